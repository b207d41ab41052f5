"""Checked plans kept between runs of `segdsl eval`, so an unchanged definition is not parsed
and checked again (nor are Lark, the parser tables and the checker's modules loaded).

An entry is JSON, never pickle: a cache folder is just files, and reading one must not be able
to run code. The plan is encoded as tagged lists of its own dataclasses (only the classes of
`segdsl.ir`, the `Type` enum, tuples, lists, dates, paths and JSON scalars are accepted back),
and rebuilt by calling those classes' constructors.

An entry is used only when everything that made it is unchanged: it is found by the working
folder, the path as written and the options; it stores, and checks before use, the hash of every
source text (the file and its imports), where each import resolved to, the signature (size,
mtime, ctime, inode) of every data or schema file the checker consulted (absent ones included),
and the signature of every segdsl module, Lark's and Polars' packages that took part in the
check. Anything that does not match means a fresh check, which rewrites the entry. Only clean
results are stored: no diagnostics at all (errors and warnings always come from a fresh check),
no database tables (their schemas live in a database) and no models (their files are read at
check time). README "Plan cache" says where it lives and how to clear it (`--no-cache`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sys
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from segdsl import ir
from segdsl.cache_dir import cache_folder as segdsl_cache_folder
from segdsl.schema import file_signature
from segdsl.types import Type

if TYPE_CHECKING:
    from segdsl.api import Definition
    from segdsl.check import CheckResult

FORMAT = 1
_IR_CLASSES = {name: value for name, value in vars(ir).items()
               if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == ir.__name__}
_CODE_PACKAGES = ("lark", "polars")  # their own __init__ changes with every install or upgrade


def cache_folder() -> Path:
    return segdsl_cache_folder() / "plans"


def entry_path(path: Path) -> Path:
    """One entry per (working folder, path as written, options): a changed file replaces its
    entry instead of adding one."""
    key = json.dumps([FORMAT, sys.version, os.getcwd(), str(path), "eval"])
    return cache_folder() / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".json")


def cached_definition(path: Path) -> Definition | None:
    """The definition from its entry, or None when there is none or anything it depends on
    changed (then the caller checks afresh and calls `store`)."""
    try:
        entry = json.loads(entry_path(path).read_text(encoding="utf-8"))
        if entry["format"] != FORMAT or not _unchanged(entry):
            return None
        plan = _decode(entry["plan"])
    except (OSError, ValueError, KeyError, TypeError, IndexError, RecursionError):
        return None
    if not isinstance(plan, ir.Plan):
        return None
    from segdsl.api import Definition

    return Definition(path, plan, ())


def store(path: Path, result: CheckResult, consulted: dict[str, Any]) -> None:
    """Write the entry for a clean check (a failure to write only costs the next run a check)."""
    plan = result.plan
    if plan is None or result.diagnostics or plan.models or not _files_only(plan):
        return
    from segdsl import ast
    from segdsl.atomic import write_atomic
    from segdsl.diagnostics import DiagnosticError

    sources, links = [], []
    for module in result.modules:
        source = module.source
        if source.path is None:
            return
        sources.append([str(source.path), _digest(source.text.encode("utf-8"))])
        for statement in module.statements:
            if isinstance(statement, ast.Import):
                link = source.directory / statement.path
                links.append([str(link), str(link.resolve())])
    try:
        entry = {"format": FORMAT, "code": _code_files(), "sources": sources, "links": links,
                 "files": [[name, signature] for name, signature in consulted.items()], "plan": _encode(plan)}
        text = json.dumps(entry, separators=(",", ":"), allow_nan=True)
        write_atomic(entry_path(path), lambda temporary: temporary.write_text(text, encoding="utf-8"))
    except (DiagnosticError, TypeError, ValueError, RecursionError):
        pass


def _files_only(plan: ir.Plan) -> bool:
    tables = (plan.customers, *plan.events, *plan.enrichments)
    return all(isinstance(table.path, Path) for table in tables)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _code_files() -> list[list]:
    """Every segdsl module loaded so far (those that checked the plan among them), and the
    packages whose version can change a plan."""
    files = sorted({module.__file__ for name, module in list(sys.modules.items())
                    if (name == "segdsl" or name.startswith("segdsl.") or name in _CODE_PACKAGES)
                    and getattr(module, "__file__", None)})
    grammar = Path(__file__).resolve().parent.parent / "grammars" / "segdsl.lark"
    packaged = Path(__file__).resolve().parent / "grammars" / "segdsl.lark"
    files += [str(grammar), str(packaged)]
    return [[name, _signature(name)] for name in files]


def _signature(name: str) -> list | None:
    found = file_signature(Path(name))
    return None if found is None else list(found)


def _unchanged(entry: dict) -> bool:
    if any(_signature(name) != signature for name, signature in entry["code"]):
        return False
    for name, digest in entry["sources"]:
        source = Path(name)
        if not source.is_file() or _digest(source.read_bytes()) != digest:  # (never a device or a pipe)
            return False
    if any(str(Path(link).resolve()) != target for link, target in entry["links"]):
        return False
    return all(_signature(name) == signature for name, signature in entry["files"])


# ---- the plan as JSON: tagged lists, decoded against an allow-list --------------------------


def _encode(value: Any) -> Any:
    if value is None or type(value) in (bool, int, float, str):  # exact types: Type is a str too
        return value
    if type(value) is tuple:
        return ["tuple", [_encode(v) for v in value]]
    if type(value) is list:
        return ["list", [_encode(v) for v in value]]
    if type(value) is Type:
        return ["Type", value.value]
    if type(value) is dt.date:
        return ["date", value.isoformat()]
    if type(value) is dt.datetime and value.tzinfo is None:
        return ["datetime", value.isoformat()]
    if isinstance(value, PurePath) and type(value) is type(Path()):
        return ["path", str(value)]
    name = type(value).__name__
    if _IR_CLASSES.get(name) is type(value):
        return ["ir", name, [[f.name, _encode(getattr(value, f.name))] for f in dataclasses.fields(value)]]
    raise TypeError(f"a plan cannot hold {type(value).__name__}")


def _decode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    tag, payload = value[0], value[1]
    if tag == "tuple":
        return tuple(_decode(v) for v in payload)
    if tag == "list":
        return [_decode(v) for v in payload]
    if tag == "Type":
        return Type(payload)
    if tag == "date":
        return dt.date.fromisoformat(payload)
    if tag == "datetime":
        return dt.datetime.fromisoformat(payload)
    if tag == "path":
        return Path(payload)
    if tag == "ir":
        cls = _IR_CLASSES[payload]
        fields = {f.name for f in dataclasses.fields(cls)}
        values = {name: _decode(item) for name, item in value[2]}
        if set(values) != fields:
            raise ValueError(f"fields of {payload} changed")
        return cls(**values)
    raise ValueError(f"unknown tag {tag!r}")
