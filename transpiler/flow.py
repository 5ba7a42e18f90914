"""Where function values go: every call that may reach each function, or that it escapes.

A named function's value can be called directly (``f(1)``), kept in a variable, pushed into an
array, or returned from another function and called from there (``fns.push(make(i))`` ...
``fns[j](x)``).  Following those four ways, and nothing else, gives for each function either all
of its call sites or the verdict "escapes": passed to unknown code (a callback, a listener, a
property), which could call it with anything.  Type inference then types a parameter from the
arguments of all the call sites, and a call from the functions it may reach.

Holders are named the way type inference names variables (one per name, across functions), so
two functions that share a name share their call sites: a coarser answer, never a wrong one.
"""

from __future__ import annotations

from . import ir

# Parents through which a value reaches a holder (a variable, an array's items, a result).
_HANDING_ON = (ir.VarDecl, ir.Assign, ir.Return, ir.Call)

_READERS = frozenset({ir.Name, ir.Member, ir.Call})  # the nodes _source may find a holder for

Holder = tuple[str, str]  # ("fn", f) the function itself, ("var", x), ("item", array), ("return", f)


class FunctionFlow:
    """``call_sites``: function -> every call that may reach it (for one not in ``escaped``);
    ``callees``: id of a call -> the functions it reaches, when it can reach no other value."""

    def __init__(self, nodes: list[ir.Node], parents: dict[int, ir.Node],
                 functions: dict[str, list[ir.Function]], kinds: dict[type, list[ir.Node]]) -> None:
        """``nodes`` in walk order, with their ``parents``; ``kinds``: the same nodes by class
        (:func:`ir.by_type`)."""
        self.functions = functions
        variables = _plain_variables(kinds, set(functions))
        returns_of: dict[int, str] = {}
        # Each function's own return statements, by the function's id (Types reads them too).
        self.returns: dict[int, list[ir.Return]] = {}
        for fn in (f for fs in functions.values() for f in fs):
            own = self.returns[id(fn)] = [ret for stmt in fn.body for ret in own_returns(stmt)]
            for ret in own:
                returns_of[id(ret)] = fn.name or ""
        edges: list[tuple[Holder, Holder]] = []
        calls: list[tuple[Holder, ir.Call]] = []
        escapes: list[Holder] = []
        # Holders that may also hold a value this does not follow (a parameter, a property...).
        tainted: set[Holder] = {("var", name) for name in assigned_elsewhere(kinds) if name in variables}
        for node in nodes:
            # Only names, computed members and calls can read a holder (one look-up for the rest).
            source = self._source(node, variables) if type(node) in _READERS else None
            if source is None:
                if isinstance(node, ir.Expr):
                    parent = parents.get(id(node))
                    if isinstance(parent, _HANDING_ON):
                        target = _target(node, parent, returns_of, variables)
                        if target is not None:
                            tainted.add(target)
                continue
            parent = parents.get(id(node))
            if isinstance(parent, ir.Call) and parent.callee is node:
                calls.append((source, parent))
                continue
            target = _target(node, parent, returns_of, variables)
            if target is not None:
                edges.append((source, target))
            elif not isinstance(parent, ir.ExprStmt) and not _only_read(node, parent):
                escapes.append(source)
            if source[0] == "var" and (target is not None or not _only_read(node, parent)):
                escapes.append(("item", source[1]))  # the array itself goes elsewhere: its items too
        holds: dict[Holder, set[str]] = {("fn", name): {name} for name in functions}
        for _ in range(len(edges) + 1):  # each pass that changes something adds a function or a taint
            changed = False
            for source, target in edges:
                new = holds.get(source, set()) - holds.get(target, set())
                if new:
                    holds.setdefault(target, set()).update(new)
                    changed = True
                if source in tainted and target not in tainted:
                    tainted.add(target)
                    changed = True
            if not changed:
                break
        self.escaped: set[str] = {name for holder in escapes for name in holds.get(holder, ())}
        self.callees: dict[int, set[str]] = {}
        self.call_sites: dict[str, list[ir.Call]] = {}
        for source, call in calls:
            reached = holds.get(source, set())
            if reached and source not in tainted:
                self.callees[id(call)] = reached
            for name in reached:
                self.call_sites.setdefault(name, []).append(call)

    def _source(self, node: ir.Node, variables: set[str]) -> Holder | None:
        """The holder whose value ``node`` reads, if it may be a function this tracks."""
        if isinstance(node, ir.Name):
            if node.id in self.functions:
                return ("fn", node.id)
            return ("var", node.id) if node.id in variables else None
        if isinstance(node, ir.Member) and node.computed and isinstance(node.obj, ir.Name) and node.obj.id in variables:
            return ("item", node.obj.id)
        if isinstance(node, ir.Call) and isinstance(node.callee, ir.Name) and node.callee.id in self.functions:
            return ("return", node.callee.id)
        return None


def assigned_elsewhere(kinds: dict[type, list[ir.Node]]) -> set[str]:
    """Variables given values this does not follow: parameters, loop and catch variables.
    ``kinds``: the program's nodes by class (:func:`ir.by_type`)."""
    names: set[str] = set()
    for node in (node for kind in _BINDING for node in kinds.get(kind, ())):  # (a set of names: any order)
        if isinstance(node, ir.Function):
            names.update(node.params)
            if node.rest:
                names.add(node.rest)
        elif isinstance(node, (ir.ForIn, ir.ForOf)):
            names.add(node.target)
        elif isinstance(node, ir.Try) and node.param:
            names.add(node.param)
    return names


_BINDING = frozenset({ir.Function, ir.ForIn, ir.ForOf, ir.Try})


def _target(node: ir.Node, parent: ir.Node | None, returns_of: dict[int, str], variables: set[str]) -> Holder | None:
    """Where the value of ``node`` goes, when it is one of the tracked ways."""
    if isinstance(parent, ir.VarDecl):
        name = next(n for n, value in parent.decls if value is node)
        return ("var", name) if name in variables else None
    if isinstance(parent, ir.Assign) and parent.value is node and parent.op == "=" and isinstance(parent.target, ir.Name):
        return ("var", parent.target.id) if parent.target.id in variables else None
    if isinstance(parent, ir.Assign) and parent.value is node and parent.op == "=" and isinstance(parent.target, ir.Member) \
            and parent.target.computed and isinstance(parent.target.obj, ir.Name) and parent.target.obj.id in variables:
        return ("item", parent.target.obj.id)
    if isinstance(parent, ir.Return) and id(parent) in returns_of:
        return ("return", returns_of[id(parent)])
    if isinstance(parent, ir.Call) and node in parent.args and isinstance(parent.callee, ir.Member) \
            and parent.callee.prop == "push" and isinstance(parent.callee.obj, ir.Name) \
            and parent.callee.obj.id in variables:
        return ("item", parent.callee.obj.id)
    return None


def _only_read(node: ir.Node, parent: ir.Node | None) -> bool:
    """Uses that read a variable without handing its value on: its length, a comparison..."""
    if isinstance(node, ir.Member):
        return False  # an item handed on in an unknown way
    if isinstance(parent, ir.Member) and parent.obj is node:
        return parent.computed or parent.prop in ("length", "push")
    if isinstance(parent, ir.Binary) and parent.op in ("<", ">", "<=", ">=", "-", "*", "/", "%"):
        return True
    return isinstance(parent, (ir.If, ir.While, ir.DoWhile)) or isinstance(parent, ir.Assign) and parent.target is node


def _plain_variables(kinds: dict[type, list[ir.Node]], functions: set[str]) -> set[str]:
    """Names that are variables (declared or assigned), not function names."""
    names = {name for n in kinds.get(ir.VarDecl, ()) if isinstance(n, ir.VarDecl) for name, _ in n.decls}
    names |= {n.target.id for n in kinds.get(ir.Assign, ()) if isinstance(n, ir.Assign) and isinstance(n.target, ir.Name)}
    names |= {p for n in kinds.get(ir.Function, ()) if isinstance(n, ir.Function) for p in n.params}
    return names - functions


def own_returns(stmt: ir.Stmt) -> list[ir.Return]:
    """The return statements of a function body (not of functions nested in it)."""
    if isinstance(stmt, ir.Return):
        return [stmt]
    if isinstance(stmt, ir.FunctionDecl):
        return []
    return [r for block in ir.statement_lists(stmt) for inner in block for r in own_returns(inner)]
