"""Pass: optional chains (``a?.b.c``, ``f?.()``) become explicit :class:`ir.OptionalChain` nodes.

``a?.b.c`` short-circuits the whole chain, so it lowers to "evaluate ``a`` once; undefined if it
is null/undefined; else ``<value>.b.c``".  Nested ``?.`` links nest.  A pure IR -> IR function.
"""

from __future__ import annotations

import itertools

from .. import ir


def lower_optional(program: ir.Program) -> ir.Program:
    """Return a copy of ``program`` with optional chains lowered."""
    return lower_optional_in_place(ir.clone(program))


def lower_optional_in_place(program: ir.Program) -> ir.Program:
    """The same on a program the caller owns (``lower`` has already copied its input)."""
    if not any(isinstance(n, (ir.Member, ir.Call)) and n.optional for n in ir.walk(program)):
        return program
    taken = {n.id for n in ir.walk(program) if isinstance(n, ir.Name)}
    names = (name for name in (f"link{i}" if i > 1 else "link" for i in itertools.count(1)) if name not in taken)
    rewrite = _Rewriter(names)
    for node in ir.walk(program):
        for field_name, value in list(node.__dict__.items()):
            if isinstance(value, ir.Expr):
                setattr(node, field_name, rewrite.expr(value))
            elif isinstance(value, list):
                # Items may be pairs (a VarDecl's `(name, init)`): their expressions are the
                # chain's outermost link too, so `var n = a?.b.c` short-circuits as a whole.
                setattr(node, field_name, [
                    rewrite.expr(v) if isinstance(v, ir.Expr)
                    else tuple(rewrite.expr(x) if isinstance(x, ir.Expr) else x for x in v) if isinstance(v, tuple)
                    else v for v in value])
    return program


class _Rewriter:
    def __init__(self, names: object) -> None:
        self.names = names

    def expr(self, node: ir.Expr) -> ir.Expr:
        if not isinstance(node, (ir.Member, ir.Call)):
            return node
        spine: list[ir.Member | ir.Call] = []
        link: ir.Expr = node
        while isinstance(link, (ir.Member, ir.Call)):
            spine.append(link)
            link = link.obj if isinstance(link, ir.Member) else link.callee
        innermost = next((s for s in reversed(spine) if s.optional), None)
        if innermost is None:
            return node
        var = next(self.names)  # type: ignore[call-overload]
        innermost.optional = False
        if isinstance(innermost, ir.Member):
            base, innermost.obj = innermost.obj, ir.Name(var, loc=innermost.loc)
        else:
            base, innermost.callee = innermost.callee, ir.Name(var, loc=innermost.loc)
        return ir.OptionalChain(self.expr(base), var, self.expr(node), loc=node.loc)
