"""Pass: optional chains (``a?.b.c``, ``f?.()``) become explicit :class:`ir.OptionalChain` nodes.

``a?.b.c`` short-circuits the whole chain, so it lowers to "evaluate ``a`` once; undefined if it
is null/undefined; else ``<value>.b.c``".  Nested ``?.`` links nest.  A pure IR -> IR function.
"""

from __future__ import annotations

import itertools
from typing import Iterator

from .. import ir


def lower_optional(program: ir.Program) -> ir.Program:
    """``program`` with its optional chains lowered (the input is not modified)."""
    nodes, parents = ir.nodes_and_parents(program)  # one walk for everything below
    if not any(isinstance(n, (ir.Member, ir.Call)) and n.optional for n in nodes):
        return program
    taken = {n.id for n in nodes if isinstance(n, ir.Name)}
    names = (name for name in (f"link{i}" if i > 1 else "link" for i in itertools.count(1)) if name not in taken)
    # A chain is lowered as a whole at its top (`a?.b.c` at `.c`): the member or call that is not
    # itself the object or callee of another one.
    tops = {id(n) for n in nodes if isinstance(n, (ir.Member, ir.Call)) and not _links(n, parents.get(id(n)))}
    chains = _Chains(names)
    return ir.rewrite(program, lambda new, old: chains.lower(new) if id(old) in tops else None)


def _links(node: ir.Node, parent: ir.Node | None) -> bool:
    """Is ``node`` the next link of a chain that goes on in ``parent``?"""
    return isinstance(parent, ir.Member) and parent.obj is node or isinstance(parent, ir.Call) and parent.callee is node


class _Chains:
    def __init__(self, names: Iterator[str]) -> None:
        self.names = names

    def lower(self, node: ir.Node) -> ir.Expr | None:
        """``a?.b.c`` as OptionalChain(a, link, link.b.c): evaluate ``a`` once, undefined if it is
        null or undefined, else the rest of the chain on it; None if ``node`` has no ``?.``."""
        spine: list[ir.Member | ir.Call] = []
        link: ir.Node = node
        while isinstance(link, (ir.Member, ir.Call)):
            spine.append(link)
            link = link.obj if isinstance(link, ir.Member) else link.callee
        position = next((i for i in range(len(spine) - 1, -1, -1) if spine[i].optional), None)
        if position is None:
            return None
        var = next(self.names)
        innermost = spine[position]
        base = innermost.obj if isinstance(innermost, ir.Member) else innermost.callee
        rebuilt: ir.Expr = ir.with_fields(innermost, optional=False, **{
            "obj" if isinstance(innermost, ir.Member) else "callee": ir.Name(var, loc=innermost.loc)})
        for outer in reversed(spine[:position]):  # the links after it, rebuilt on the new one
            rebuilt = ir.with_fields(outer, **{"obj" if isinstance(outer, ir.Member) else "callee": rebuilt})
        return ir.OptionalChain(self.lower(base) or base, var, self.lower(rebuilt) or rebuilt, loc=node.loc)
