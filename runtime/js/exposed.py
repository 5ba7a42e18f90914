"""Which JS property names of a host value are Python attributes: the one confinement rule.

A module of its own, with no imports, because the translator reads it too (it writes
``obj.name`` only for such names) and must not load the runtime to do so.  How the runtime keeps
every other name as data is in ``host.py``.
"""

from __future__ import annotations

# Attribute families of Python's own objects that lead back to frames, code and globals
# (generators, coroutines, tracebacks, frames, code objects) or to the class graph.
_INTROSPECTION_PREFIXES = ("gi_", "cr_", "ag_", "tb_", "f_", "co_", "func_", "im_")
_INTROSPECTION_NAMES = frozenset({"mro", "with_traceback", "add_note"})


def is_exposed_attribute(name: str) -> bool:
    """Whether JS property ``name`` of a host value is read and written as a Python attribute."""
    return (
        name.isascii() and name.isidentifier() and not name.startswith("_")
        and not name.startswith(_INTROSPECTION_PREFIXES) and name not in _INTROSPECTION_NAMES
    )
