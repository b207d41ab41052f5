"""Expectations checked against the definition and the fixtures; problems are E603.

A misspelt segment name or a customer key that is not in the fixture would otherwise make a
test pass or fail for the wrong reason, so both are errors, with "did you mean".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import polars as pl

from segdsl.diagnostics import Diagnostic, DiagnosticError, available, suggest
from segdsl.testing.fixtures import WHAT, cast_texts
from segdsl.testing.spec import Expectation, FixtureSource
from segdsl.testing.target import Target
from segdsl.types import Type

ROLES = {"members": "segment", "not_members": "segment", "labels": "segmentation", "traits": "trait"}
HOW_TO_CHECK = {
    "segment": "check its members with members.{name} = [KEYS]",
    "segmentation": 'check its labels with labels.{name} = {{ KEY = "label" }}',
    "trait": "check its values with traits.{name} = {{ KEY = value }}",
}
VALUE_TYPES: dict[Type, tuple[type, ...]] = {Type.NUMBER: (int, float), Type.BOOLEAN: (bool,), Type.STRING: (str,), Type.DATE: (dt.date,)}


@dataclass(frozen=True)
class Check:
    """One expectation with typed customer keys, ready to compare with an evaluation."""

    kind: str  # members | not_members | labels | traits
    name: str
    keys: tuple[object, ...]
    values: tuple[object, ...] = ()  # labels / traits: the expected value per key (None: missing)


def table_problems(target: Target, tables: Mapping[str, FixtureSource]) -> list[Diagnostic]:
    problems = []
    for name, fixture in tables.items():
        if name not in target.tables:
            guess = suggest(name, target.tables)
            problems.append(Diagnostic(
                "E603", f"{target.name} declares no table `{name}`", fixture.span,
                note=f"did you mean `{guess[0]}`?" if guess else None, hints=(available(target.tables),),
            ))
    return problems


def bind(target: Target, expectations: tuple[Expectation, ...], customers: pl.DataFrame) -> tuple[Check, ...]:
    problems: list[Diagnostic] = []
    checks = []
    for expectation in expectations:
        found = _name_problem(target, expectation) or _value_problems(target, expectation)
        keys = _keys(target, expectation, customers, found)
        problems += found
        if not found:
            checks.append(Check(expectation.kind, expectation.name, keys, expectation.values))
    if problems:
        raise DiagnosticError(problems)
    return tuple(checks)


def _name_problem(target: Target, expectation: Expectation) -> list[Diagnostic]:
    roles = {d.name: d.role for d in target.definition.ir.derived}
    wanted, name = ROLES[expectation.kind], expectation.name
    if roles.get(name) == wanted:
        return []
    if name in roles:
        return [Diagnostic("E603", f"`{name}` is a {roles[name]}, not a {wanted}", expectation.span,
                           hints=(HOW_TO_CHECK[roles[name]].format(name=name),))]
    candidates = [n for n, role in roles.items() if role == wanted]
    guess = suggest(name, candidates)
    return [Diagnostic("E603", f"no {wanted} `{name}` in {target.name}", expectation.span,
                       note=f"did you mean `{guess[0]}`?" if guess else None, hints=(available(candidates),))]


def _value_problems(target: Target, expectation: Expectation) -> list[Diagnostic]:
    if expectation.kind != "traits":
        return []
    trait_type = target.definition.ir.derived_by_name(expectation.name).expr.type
    accepted = VALUE_TYPES.get(trait_type)
    problems = []
    for key, value in zip(expectation.keys, expectation.values):
        wrong_bool = isinstance(value, bool) and trait_type is not Type.BOOLEAN
        wrong_date = isinstance(value, dt.datetime)
        if value is not None and accepted is not None and (not isinstance(value, accepted) or wrong_bool or wrong_date):
            problems.append(Diagnostic(
                "E603", f"traits.{expectation.name}: `{value}` for customer `{key.text}` is not a {trait_type}", key.span,
                hints=(f"`{expectation.name}` is a {trait_type}; write \"missing\" for a missing value",),
            ))
    return problems


def _keys(target: Target, expectation: Expectation, customers: pl.DataFrame, problems: list[Diagnostic]) -> tuple[object, ...]:
    key = target.customers.key
    assert key is not None
    kind = target.customers.schema.columns[key].kind
    typed = cast_texts(pl.Series(key, [k.text for k in expectation.keys], dtype=pl.String), kind).to_list()
    known = set(customers[key].to_list())
    for written, value in zip(expectation.keys, typed):
        if value is None:
            problems.append(Diagnostic("E603", f"`{written.text}` is not a customer key: a {key} is {WHAT[kind]}", written.span,
                                       hints=(f"write the {key} of a customer of the fixture",)))
        elif value not in known:
            problems.append(Diagnostic("E603", f"customer `{written.text}` is not in the customers fixture", written.span,
                                       hints=("expectations can only name customers of the fixture the case uses",)))
    return tuple(typed)
