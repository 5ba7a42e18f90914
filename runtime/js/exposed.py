"""Which JS property names of a host value are Python attributes: the one confinement rule.

A module of its own, with no imports, because the translator reads it too (it writes
``obj.name`` only for such names) and must not load the runtime to do so.  How the runtime keeps
every other name as data is in ``host.py``.
"""

from __future__ import annotations

# Attribute families of Python's own objects that lead back to frames, code and globals
# (generators, coroutines, tracebacks, frames, code objects) or to the class graph, and the
# runtime's own protocol names (`js_class`, `js_json_properties`...), which no JS value has.
_INTROSPECTION_PREFIXES = ("gi_", "cr_", "ag_", "tb_", "f_", "co_", "func_", "im_", "js_")
_INTROSPECTION_NAMES = frozenset({"mro", "with_traceback", "add_note"})


# Methods of Python's list that JS arrays lack.  A JSArray is a list, so it shadows them with
# its JS properties (`a.count` is the array's own `count`, else undefined; values.py), except the
# two that the runtime and generated code call on arrays, `append` and `extend`: JS code reaches
# those names only as computed members, which the translator writes for `x.append`/`x.extend`.
PYTHON_LIST_METHODS = frozenset({"append", "clear", "copy", "count", "extend", "index", "insert", "remove"})
COMPUTED_MEMBER_NAMES = frozenset({"append", "extend"})


# Attributes of Python's own str, int, float and bool (`upper`, `format`, `encode`, `real`,
# `to_bytes`...): a JS string, number or boolean is one of those, so `s.format` written as an
# attribute read would be Python's method (`"{0.__globals__}".format(f)` reads interpreter
# state).  The translator writes a static member of such a name as a computed one, which the
# runtime answers with JS's properties only (a host value still keeps it as an attribute:
# `win.title` is the window's title, read through `js.get`).  Read from the interpreter the
# translator runs on, so a method a newer Python adds is covered once ti2py runs there.
PYTHON_PRIMITIVE_ATTRIBUTES = frozenset(
    name for kind in (str, int, float, bool) for name in dir(kind) if not name.startswith("_"))


# What every function inherits from Function.prototype and Object.prototype (``f.hasOwnProperty``):
# a Python function that is a JS global (``parseInt``, ``Number``) has none of them as attributes,
# so the translator reads them from it as computed members.
FUNCTION_INHERITED_MEMBERS = frozenset({
    "apply", "bind", "call", "toString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
    "toLocaleString", "valueOf", "constructor", "caller", "arguments"})


def is_exposed_attribute(name: str) -> bool:
    """Whether JS property ``name`` of a host value is read and written as a Python attribute."""
    return (
        name.isascii() and name.isidentifier() and not name.startswith("_")
        and not name.startswith(_INTROSPECTION_PREFIXES) and name not in _INTROSPECTION_NAMES
    )
