"""Pass: a static property whose name must not be a Python attribute becomes a computed one.

``o.__class__``, ``proxy._app``, ``gen.gi_frame`` are ordinary JS properties, but written as
Python attribute syntax they would reach the interpreter's own attributes.  Such a member
``o.name`` becomes ``o["name"]``, which the emitter writes as an item of a JSObject or through
``js.get``/``js.set_``, where the runtime keeps it as data (see ``ti2py.runtime.js.exposed`` and ``host``).
The two Python list methods that arrays keep as Python's (``append``, ``extend``; see ``exposed``)
go the same way, so ``[].append`` reads the JS property (undefined), never the list's method.
"""

from __future__ import annotations

from ti2py.runtime.js.exposed import COMPUTED_MEMBER_NAMES, is_exposed_attribute

from .. import ir


def is_confined(node: ir.Node) -> bool:
    """Is ``node`` a static member that this pass makes computed?"""
    return isinstance(node, ir.Member) and not node.computed and isinstance(node.prop, str) \
        and node.prop != "length" and (not is_exposed_attribute(node.prop) or node.prop in COMPUTED_MEMBER_NAMES)


def confine_properties(body: list[ir.Stmt]) -> list[ir.Stmt]:
    """``body`` with every static member whose name is not an exposed attribute made the
    computed member of the same string key (the input is not modified)."""

    def change(new: ir.Node, old: ir.Node) -> ir.Node | None:
        if is_confined(new):
            assert isinstance(new, ir.Member) and isinstance(new.prop, str)  # (a static member's name)
            return ir.with_fields(new, prop=ir.Literal(new.prop, loc=new.loc), computed=True)
        return None

    return ir.rewrite(body, change)
