"""Named connections, declared outside definitions, with credentials from the environment.

Where: `[connections.NAME]` in a `segdsl.toml`, or `[tool.segdsl.connections.NAME]` in a
`pyproject.toml`, searched upward from the definition's folder; the nearest declaration of a
name wins (segdsl.toml before pyproject.toml in the same folder), so a project can override a
connection of the repository it sits in.

    [connections.warehouse]
    url = "postgresql://app@127.0.0.1:5432/shop"   # no password here: it is refused
    password_env = "SHOP_PG_PASSWORD"              # the variable holding the password

`url_env = "VAR"` instead of `url` takes the whole URL from the environment; it is then treated
as secret as a whole and never shown.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from segdsl.diagnostics import Diagnostic, DiagnosticError

SCHEMES = {"postgresql": "postgresql", "postgres": "postgresql"}
CONFIG_FILES = (("segdsl.toml", ("connections",)), ("pyproject.toml", ("tool", "segdsl", "connections")))
_KEYS = {"url", "url_env", "password_env", "connect_timeout"}


@dataclass(frozen=True)
class Connection:
    """A resolved connection. `display` is what messages show: the name and the URL without
    credentials (or only the name when the URL itself came from the environment)."""

    name: str
    declared_in: Path
    url: str = field(repr=False)  # may hold a password only when it came from url_env
    password: str | None = field(default=None, repr=False)
    url_is_secret: bool = False
    connect_timeout: int = 5

    @property
    def dialect(self) -> str:
        return SCHEMES[urlsplit(self.url).scheme]

    @property
    def display(self) -> str:
        if self.url_is_secret:
            return f"connection `{self.name}`"
        return f"connection `{self.name}` ({_strip_credentials(self.url)})"

    def uri(self) -> str:
        """The URI handed to the driver, password included: never print it."""
        parts = urlsplit(self.url)
        if self.password is None:
            return self.url
        user = parts.username or ""
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        netloc = f"{quote(user, safe='')}:{quote(self.password, safe='')}@{host}"
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))

    def secrets(self) -> list[str]:
        """Every text that must never appear in output: the password (raw and URL-encoded), the
        full URI, and the whole URL when it came from the environment."""
        found = [self.uri()]
        if self.password:
            found += [self.password, quote(self.password, safe="")]
        if self.url_is_secret:
            found.append(self.url)
            password = urlsplit(self.url).password
            if password:
                found.append(password)
        return sorted({s for s in found if s}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets():
            text = text.replace(secret, "***")
        return text


def _strip_credentials(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    netloc = f"{parts.username}@{host}" if parts.username else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class MissingSecret(DiagnosticError):
    """An environment variable the connection needs is not set (usual in offline CI)."""


def _config_error(name: str, message: str, file: Path, hint: str) -> DiagnosticError:
    return DiagnosticError([Diagnostic("E385", f"connection `{name}`: {message}", file=str(file), hints=(hint,))])


def _read_config(path: Path, keys: tuple[str, ...]) -> dict:
    import tomllib  # only when a configuration file is read (eval's start-up reads none)

    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DiagnosticError([Diagnostic("E385", f"cannot read {path.name}: {error}", file=str(path),
                                          hints=("fix the TOML syntax of the file",))]) from None
    for key in keys:
        document = document.get(key, {}) if isinstance(document, dict) else {}
    return document if isinstance(document, dict) else {}


def declared_connections(base: Path) -> dict[str, tuple[Path, dict]]:
    """Every connection visible from `base`: name -> (file, its table), nearest first wins."""
    found: dict[str, tuple[Path, dict]] = {}
    directory = base.resolve()
    for folder in (directory, *directory.parents):
        for file_name, keys in CONFIG_FILES:
            path = folder / file_name
            if not path.is_file():
                continue
            for name, entry in _read_config(path, keys).items():
                found.setdefault(name, (path, entry))
    return found


def find_connection(name: str, base: Path, environ: dict[str, str] | None = None) -> Connection:
    """Resolve a connection by name; every problem is an E130/E385 diagnostic naming it."""
    environ = os.environ if environ is None else environ
    declared = declared_connections(base)
    if name not in declared:
        from segdsl.diagnostics import available, suggest

        guess = suggest(name, declared)
        hints = (f"did you mean `{guess[0]}`?",) if guess else ()
        raise DiagnosticError([Diagnostic(
            "E130", f"no connection named `{name}` is declared",
            hints=hints + (f'declare it in segdsl.toml beside the definition: [connections.{name}] url = "postgresql://user@host:5432/db", password_env = "VAR"',
                           available(declared) if declared else "no connection is declared in segdsl.toml or pyproject.toml above this folder"),
        )])
    path, entry = declared[name]
    if not isinstance(entry, dict):
        raise _config_error(name, "must be a table of settings", path, f"write it as [connections.{name}]")
    unknown = set(entry) - _KEYS
    if unknown:
        raise _config_error(name, f"unknown setting {', '.join(sorted(unknown))}", path,
                            "the settings are url (or url_env), password_env and connect_timeout")
    url_is_secret = False
    if "url_env" in entry:
        variable = str(entry["url_env"])
        url = environ.get(variable)
        if not url:
            raise MissingSecret(_config_error(name, f"the environment variable {variable} (url_env) is not set", path,
                                f"export {variable}=postgresql://user:password@host:5432/database").diagnostics)
        url_is_secret = True
    elif isinstance(entry.get("url"), str):
        url = entry["url"]
    else:
        raise _config_error(name, "has no url", path, 'add url = "postgresql://user@host:5432/database"')
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise _config_error(name, "has a malformed url", path, "write it as postgresql://user@host:5432/database") from None
    if parts.scheme not in SCHEMES:
        shown = parts.scheme or "(none)"
        raise _config_error(name, f"unsupported url scheme `{shown}`", path, "segdsl reads PostgreSQL: postgresql://user@host:5432/database")
    if parts.password is not None and not url_is_secret:
        raise _config_error(name, "its url contains a password", path,
                            "remove the password from the url and name the environment variable holding it: password_env = \"VAR\"")
    password = None
    if "password_env" in entry:
        variable = str(entry["password_env"])
        password = environ.get(variable)
        if password is None:
            raise MissingSecret(_config_error(name, f"the environment variable {variable} (password_env) is not set", path,
                                              f"export {variable} before running segdsl").diagnostics)
    try:
        timeout = int(entry.get("connect_timeout", 5))
    except (TypeError, ValueError):
        raise _config_error(name, "connect_timeout must be a whole number of seconds", path, "e.g. connect_timeout = 5") from None
    return Connection(name, path, url, password, url_is_secret, max(1, timeout))
