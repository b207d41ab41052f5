"""Limits of the input, checked once where the text is read so that no later stage meets an
input it cannot walk.

The checker, lints, formatter and backend walk expressions recursively (the code stays plain
and close to the grammar). Instead of rewriting each walk with explicit stacks, two things keep
them safe: an expression may nest at most `MAX_NESTING` levels (diagnosed at parse time, E006,
with the place where the limit is crossed), and the walks run with `stack_headroom()`, a
recursion limit comfortably above what that nesting needs. Numbers, windows and seeds have
limits of their own (README "Limits").
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

# Levels of operators, calls and parentheses one expression may nest (README "Limits"). Each
# operator of a chain counts (`a and b and c` is two levels: the chain is a left-deep tree).
MAX_NESTING = 200
# Digits a number literal may have: more cannot mean a customer attribute, a count or a date.
MAX_DIGITS = 30
# Python frames the deepest walk may need: about 8 per level at MAX_NESTING, with room to spare
# (kept well below what the C stack holds for the C-level recursions it also bounds).
_RECURSION_LIMIT = 6_000

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def stack_headroom() -> Iterator[None]:
    """Raise the recursion limit for the duration (never lower it). Python 3.11+ does not use
    the C stack for Python-to-Python calls, and MAX_NESTING bounds the depth, so this is safe."""
    previous = sys.getrecursionlimit()
    if previous < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    try:
        yield
    finally:
        if sys.getrecursionlimit() == _RECURSION_LIMIT and previous < _RECURSION_LIMIT:
            sys.setrecursionlimit(previous)


def with_stack_headroom(function: Callable[P, R]) -> Callable[P, R]:
    """Decorator form of `stack_headroom` for the entry points of recursive stages."""

    @wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with stack_headroom():
            return function(*args, **kwargs)

    return wrapper
