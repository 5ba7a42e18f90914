"""The translator and the runtime agree on names: every global the translator accepts and every
name generated code imports exists in the runtime (a missing one made whole apps fail to load)."""

from __future__ import annotations

from ti2py import runtime
from ti2py.runtime import js
from ti2py.transpiler.emit import CONSTRUCTORS, GLOBAL_NAMES
from ti2py.transpiler.format import RUNTIME_EXPORTS
from ti2py.transpiler.scope import KNOWN_GLOBALS


def _resolves(name: str) -> bool:
    target = GLOBAL_NAMES.get(name) or CONSTRUCTORS.get(name) or name
    if target.startswith("js."):
        return hasattr(js, target[3:])
    return hasattr(runtime, target)


def test_every_import_of_generated_code_exists() -> None:
    assert sorted(n for n in RUNTIME_EXPORTS if not hasattr(runtime, n)) == []


def test_every_known_global_resolves() -> None:
    assert sorted(n for n in KNOWN_GLOBALS if not _resolves(n)) == []
