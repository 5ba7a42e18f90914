"""The translator and the runtime agree on names (transpiler/names.py is the one table): every
global and helper of the table exists in the runtime, and every ``js.NAME`` any stage of the
translator can write is in the table (a missing one made whole apps fail to load)."""

from __future__ import annotations

import re
from pathlib import Path

from ti2py import runtime
from ti2py.runtime import js
from ti2py.transpiler import names

TRANSPILER = Path(names.__file__).resolve().parent


def _resolves(spelling: str) -> bool:
    head, _, attribute = spelling.partition(".")
    value = getattr(runtime, head, None)
    return value is not None and (not attribute or hasattr(value, attribute))


def test_every_import_of_generated_code_exists() -> None:
    assert sorted(n for n in names.RUNTIME_EXPORTS if not hasattr(runtime, n)) == []


def test_every_global_of_the_table_resolves() -> None:
    spellings = {g.python for g in names.GLOBALS.values()} | {g.construct for g in names.GLOBALS.values() if g.construct}
    assert sorted(s for s in spellings if not _resolves(s)) == []


def test_every_helper_of_the_table_is_a_runtime_function() -> None:
    assert sorted(h for h in names.HELPERS if not callable(getattr(js, h, None))) == []


def test_every_helper_the_translator_writes_is_in_the_table() -> None:
    written: dict[str, str] = {}
    for source in TRANSPILER.rglob("*.py"):
        if source.name == "names.py":  # the table itself
            continue
        for name in re.findall(r"(?<![.\w])js\.([A-Za-z_]\w*)", source.read_text(encoding="utf-8")):
            written.setdefault(name, source.name)
    spelled = {g.python[3:] for g in names.GLOBALS.values() if g.python.startswith("js.")}
    spelled |= {g.construct[3:] for g in names.GLOBALS.values() if g.construct and g.construct.startswith("js.")}
    unknown = {n: f for n, f in written.items() if n not in names.HELPERS and n not in spelled}
    assert unknown == {}
