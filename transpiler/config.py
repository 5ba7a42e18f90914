"""What `ti2py convert` reports, and with which settings.

* ``[tool.ti2py]`` in the nearest ``pyproject.toml`` that has one, looked for from the input's
  folder upward (from the working folder for standard input).  Keys: ``select``, ``ignore``
  (lists of codes), ``werror``, ``strict`` (booleans), ``jobs`` (an integer).  Options given on
  the command line win (``--ignore`` adds to the file's ``ignore``).
* ``--select``/``--ignore``: codes of :data:`~.diagnostic_codes.CODES`, or a prefix of some
  (``W1`` is W101-W104).  They choose which warnings and notes are shown, counted and, with
  ``--werror``, fail the conversion.  Errors are always reported: naming one in ``ignore`` is a
  usage error, as is a code (or prefix) the catalog does not have.
* In the JavaScript: ``// ti2py-disable-next-line W011`` silences those codes on the next line,
  ``// ti2py-disable-line W011`` on its own line (a block comment works too); without codes, every
  warning and note there.  Only real comments count: the file is tokenised when the text occurs.

Nothing here loads the translator: a bad setting is reported as fast as any usage error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable

from .diagnostic_codes import CODES, Severity

CONFIG_FILE = "pyproject.toml"
KEYS = {"select": list, "ignore": list, "werror": bool, "strict": bool, "jobs": int}


class ConfigError(ValueError):
    """A setting that cannot be used (a usage error, exit 2)."""


def parse_codes(items: Iterable[str], option: str) -> tuple[str, ...]:
    """``["W011,W102", "N"]`` -> ``("W011", "W102", "N")``, each checked against the catalog."""
    codes: list[str] = []
    for item in items:
        for part in str(item).replace(" ", ",").split(","):
            code = part.strip().upper()
            if not code:
                continue
            matched = [c for c in CODES if c.startswith(code)]
            if not matched:
                known = ", ".join(CODES)
                raise ConfigError(f"{option}: unknown diagnostic code {part.strip()!r} (the codes are {known})")
            if option.endswith("ignore") and any(CODES[c].severity is Severity.ERROR for c in matched):
                raise ConfigError(f"{option}: {part.strip()} names errors, which cannot be ignored "
                                  "(only warnings and notes can)")
            codes.append(code)
    return tuple(codes)


@dataclass(frozen=True)
class Settings:
    """The options of one conversion after the config file and the command line are merged."""

    select: tuple[str, ...] | None = None  # None: every code
    ignore: tuple[str, ...] = ()
    werror: bool = False
    strict: bool = False
    jobs: int | None = None
    source: Path | None = None  # the pyproject.toml they came from, if any
    explicit: frozenset[str] = field(default_factory=frozenset)  # keys set by the file or the command line

    def shows(self, code: str) -> bool:
        """True if a warning or note with ``code`` is reported (errors always are)."""
        if self.select is not None and not any(code.startswith(p) for p in self.select):
            return False
        return not any(code.startswith(p) for p in self.ignore)

    @property
    def filters(self) -> bool:
        return self.select is not None or bool(self.ignore)


def find_config(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.ti2py]`` table, from ``start`` upward."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        path = candidate / CONFIG_FILE
        if path.is_file() and "[tool.ti2py" in _read(path):
            return path
    return None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def load_config(path: Path) -> Settings:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read [tool.ti2py]: {exc}") from None
    table = data.get("tool", {}).get("ti2py", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.ti2py] must be a table")
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        kind = KEYS.get(name)
        if kind is None:
            raise ConfigError(f"{path}: [tool.ti2py] has an unknown key {key!r} (known: {', '.join(KEYS)})")
        if kind is list and isinstance(value, str):
            value = [value]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ConfigError(f"{path}: [tool.ti2py] {key} must be a {kind.__name__}, not {value!r}")
        values[name] = value
    select = parse_codes(values["select"], f"{path}: select") if "select" in values else None
    ignore = parse_codes(values.get("ignore", []), f"{path}: ignore")
    return Settings(select=select, ignore=ignore, werror=values.get("werror", False),
                    strict=values.get("strict", False), jobs=values.get("jobs"), source=path,
                    explicit=frozenset(values))


def settings_for(start: Path, *, select: list[str] | None, ignore: list[str] | None, werror: bool | None,
                 strict: bool | None, jobs: int | None, use_config: bool = True) -> Settings:
    """The config file's settings (if any), with what the command line gave on top."""
    found = find_config(start) if use_config else None
    settings = load_config(found) if found is not None else Settings()
    changes: dict[str, Any] = {}
    if select is not None:
        changes["select"] = parse_codes(select, "--select")
    if ignore is not None:  # added to the file's (as ruff does); --select replaces
        changes["ignore"] = settings.ignore + parse_codes(ignore, "--ignore")
    if werror is not None:
        changes["werror"] = werror
    if strict is not None:
        changes["strict"] = strict
    if jobs is not None:
        changes["jobs"] = jobs
    return replace(settings, **changes, explicit=settings.explicit | frozenset(changes))


# -- inline comments ---------------------------------------------------------------------------------
_MARK = re.compile(r"ti2py-disable-(next-line|line)\b")
_COMMENT = re.compile(r"^\s*ti2py-disable-(next-line|line)\b([^\n]*)")


def disabled_lines(source: str) -> dict[int, tuple[str, ...] | None]:
    """Line -> the codes silenced there (None: all warnings and notes) by ``ti2py-disable``
    comments.  The text is tokenised only if the mark occurs, so only comments count."""
    if not _MARK.search(source):
        return {}
    import esprima

    try:
        tokens = esprima.tokenize(source, {"comment": True, "loc": True})
    except Exception:  # a file that does not tokenise has errors, which nothing silences
        return {}
    lines: dict[int, tuple[str, ...] | None] = {}
    for token in tokens:
        if token.type not in ("LineComment", "BlockComment"):
            continue
        match = _COMMENT.match(token.value)
        if match is None:
            continue
        line = token.loc.end.line + 1 if match.group(1) == "next-line" else token.loc.start.line
        words = re.findall(r"[A-Za-z]+\d*", match.group(2).split("--")[0])
        codes = tuple(w.upper() for w in words if any(c.startswith(w.upper()) for c in CODES)) or None
        previous = lines.get(line, ())
        lines[line] = None if codes is None or previous is None else previous + codes
    return lines


def silenced(code: str, line: int, disabled: dict[int, tuple[str, ...] | None]) -> bool:
    if line not in disabled:
        return False
    codes = disabled[line]
    return codes is None or any(code.startswith(c) for c in codes)
