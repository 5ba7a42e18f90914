"""Pass: JS hoisting made explicit for Python.

* A function declaration is moved up to just before the first statement of its scope that uses
  it (JS initialises declarations on scope entry; Python needs the ``def`` to have run).  One
  used nowhere earlier stays where it was written.
* A ``var`` that may be read before any assignment gets ``name = undefined`` at the top of its
  function, so Python never raises UnboundLocalError where JS reads ``undefined``.
"""

from __future__ import annotations

import bisect
import copy
from typing import Any, Iterable

from .. import ir


class _NameCache:
    """Names read anywhere inside a node (nested functions included), in walk order, kept per
    function for one run of the pass: every enclosing level asks again, and walking the whole
    subtree each time made the pass cost grow with the depth of nesting.  A function's entry is
    made after the pass has finished with its body (inner bodies are handled first) and its
    names do not change after that."""

    def __init__(self) -> None:
        self._functions: dict[int, dict[str, None]] = {}

    def names_in(self, node: ir.Node) -> dict[str, None]:
        found: dict[str, None] = {}
        stack: list[ir.Node] = [node]
        name_type, function_type = ir.Name, ir.Function  # (exact classes: no IR node class has subclasses)
        while stack:
            current = stack.pop()
            kind = type(current)
            if kind is name_type:
                found[current.id] = None  # type: ignore[attr-defined]
            elif kind is function_type:
                found.update(self.function_names(current))  # type: ignore[arg-type]
            else:
                children = current.children()  # a new list each call
                children.reverse()
                stack.extend(children)
        return found

    def function_names(self, fn: ir.Function) -> dict[str, None]:
        known = self._functions.get(id(fn))
        if known is None:
            known = {}
            for child in fn.children():
                known.update(self.names_in(child))
            self._functions[id(fn)] = known  # fn is alive while the pass runs: ids stay unique
        return known


def hoist_functions(body: list[ir.Stmt], cache: _NameCache | None = None) -> list[ir.Stmt]:
    """``body`` with each JS function declaration moved to just before its first use (in the
    bodies of functions and compound statements too; the input is not modified)."""
    cache = cache or _NameCache()
    body = [_hoist_nested(stmt, cache) for stmt in body]
    order = {id(stmt): index for index, stmt in enumerate(body)}
    decls = [s for s in body if isinstance(s, ir.FunctionDecl) and s.fn.is_declaration]
    if not decls:
        return list(body)
    result = [s for s in body if not (isinstance(s, ir.FunctionDecl) and s.fn.is_declaration)]
    names = {id(s): set(cache.names_in(s)) for s in body}
    # A statement that calls `refresh` needs every declaration `refresh` may call in turn.
    reaches = _reachable_declarations(decls, names)
    needs = [set().union(*(reaches[n] for n in names[id(s)] if n in reaches)) for s in result]
    # Where each name is first needed, and where each declaration was written (the index of the
    # first statement after it): found by one scan and a bisection, not a scan per declaration.
    first_need: dict[str, int] = {}
    for index, needed in enumerate(needs):
        for name in needed:
            first_need.setdefault(name, index)
    positions = [order[id(s)] for s in result]  # ascending: result keeps the body's order
    placed: dict[int, list[ir.FunctionDecl]] = {}
    for decl in decls:
        where_written = bisect.bisect_right(positions, order[id(decl)])
        first_use = first_need.get(decl.fn.name or "", where_written)
        placed.setdefault(min(first_use, where_written), []).append(decl)
    out: list[ir.Stmt] = []
    for index in range(len(result) + 1):
        out.extend(placed.get(index, ()))
        if index < len(result):
            out.append(result[index])
    return out


def _reachable_declarations(decls: list[ir.FunctionDecl], names: dict[int, set[str]]) -> dict[str, set[str]]:
    """For each declared function, the declarations of this body it may call (itself included)."""
    direct = {d.fn.name: names[id(d)] for d in decls if d.fn.name}
    reach: dict[str, set[str]] = {}
    for start in direct:
        seen, stack = {start}, [start]
        while stack:
            for used in direct[stack.pop()]:
                if used in direct and used not in seen:
                    seen.add(used)
                    stack.append(used)
        reach[start] = seen
    return reach


def _hoist_inner(fn: ir.Function, cache: _NameCache) -> ir.Function:
    body = hoist_functions(fn.body, cache)
    body = predeclare_vars(body, [*fn.params, *([fn.rest] if fn.rest else [])], cache)
    return ir.with_fields(fn, body=body)


def _hoist_nested(stmt: ir.Stmt, cache: _NameCache) -> ir.Stmt:
    if isinstance(stmt, ir.FunctionDecl):
        return ir.with_fields(stmt, fn=_hoist_inner(stmt.fn, cache))
    return ir.with_statement_lists(stmt, lambda block: hoist_functions(block, cache))


# -- var pre-declaration --------------------------------------------------------------------------
def _own_nodes(node: ir.Node | None) -> list[ir.Node]:
    """Nodes of an expression or simple statement in evaluation order, not entering nested
    functions: ``x = x + 1`` lists the read of x before the assignment to it."""
    found: list[ir.Node] = []
    _add_own_nodes(node, found)
    return found


def _add_own_nodes(node: ir.Node | None, found: list[ir.Node]) -> None:
    # (Appending to one list: a generator per node, each yielding through every level above
    # it, cost the most of this pass.  Exact classes: no IR node class has subclasses.)
    kind = type(node)
    if node is None or kind is ir.FunctionDecl:
        return
    any_node: Any = node  # (its class is checked exactly below, which mypy does not follow)
    if kind is ir.ExprStmt:
        _add_own_nodes(any_node.expr, found)
    elif kind is ir.Assign:
        _add_own_nodes(any_node.value, found)
        if type(any_node.target) is not ir.Name:
            _add_own_nodes(any_node.target, found)
        found.append(node)
    elif kind is ir.VarDecl:
        for _, init in any_node.decls:
            _add_own_nodes(init, found)
        found.append(node)
    elif kind is ir.Name or kind is ir.Literal:
        found.append(node)  # (a leaf)
    else:
        found.append(node)
        for child in node.children():
            _add_own_nodes(child, found)


def _assigned_by(node: ir.Node) -> set[str]:
    if isinstance(node, ir.VarDecl):
        return {name for name, _ in node.decls}
    if isinstance(node, ir.Assign) and node.op == "=" and isinstance(node.target, ir.Name):
        return {node.target.id}
    return set()


def var_names(body: Iterable[ir.Stmt]) -> list[str]:
    """Names declared with var/let/const in a function body (not in nested functions), in order."""
    names: list[str] = []
    _add_var_names(body, names)
    return names


def _add_var_names(stmts: Iterable[ir.Stmt], names: list[str]) -> None:
    # (Not a closure calling itself: that is a reference cycle per call, left to the collector.)
    for stmt in stmts:
        if isinstance(stmt, ir.VarDecl):
            names.extend(n for n, _ in stmt.decls if n not in names)
        elif isinstance(stmt, ir.For) and isinstance(stmt.init, ir.VarDecl):
            names.extend(n for n, _ in stmt.init.decls if n not in names)
        elif isinstance(stmt, (ir.ForIn, ir.ForOf)) and stmt.declared and stmt.target not in names:
            names.append(stmt.target)
        for block in ir.statement_lists(stmt):
            _add_var_names(block, names)


def _lexical_only(body: Iterable[ir.Stmt]) -> set[str]:
    """Names this function body declares only with let/const (never var), in any block."""
    lexical: set[str] = set()
    other: set[str] = set()
    _add_declared_kinds(body, lexical, other)
    return lexical - other


def _add_declared_kinds(stmts: Iterable[ir.Stmt], lexical: set[str], other: set[str]) -> None:
    for stmt in stmts:
        decl = stmt.init if isinstance(stmt, ir.For) and isinstance(stmt.init, ir.VarDecl) else stmt
        if isinstance(decl, ir.VarDecl):
            (lexical if decl.kind in ("let", "const") else other).update(n for n, _ in decl.decls)
        elif isinstance(stmt, (ir.ForIn, ir.ForOf)) and stmt.declared:
            (lexical if stmt.kind in ("let", "const") else other).add(stmt.target)
        for block in ir.statement_lists(stmt):
            _add_declared_kinds(block, lexical, other)


class _DefiniteAssignment:
    """Finds vars that may be read before any assignment (JS reads undefined; Python would raise).

    A branch or loop body works on a copy of the assigned set, so what it assigns is not
    "definitely assigned" after it."""

    def __init__(self, declared: set[str], cache: _NameCache) -> None:
        self.declared = declared
        self.cache = cache
        self.needs: list[str] = []

    def nodes(self, nodes: Iterable[ir.Node], assigned: set[str]) -> None:
        declared = self.declared
        for node in nodes:
            kind = type(node)  # (exact classes: no IR node class has subclasses)
            if kind is ir.Name:
                name = node.id  # type: ignore[attr-defined]
                if name in declared and name not in assigned and name not in self.needs:
                    self.needs.append(name)
            elif kind is ir.VarDecl or kind is ir.Assign:
                assigned |= _assigned_by(node)

    def statements(self, stmts: Iterable[ir.Stmt], assigned: set[str]) -> None:
        for stmt in stmts:
            self.statement(stmt, assigned)

    def statement(self, stmt: ir.Stmt, assigned: set[str]) -> None:
        if isinstance(stmt, ir.For):
            if stmt.init is not None:
                self.statement(stmt.init, assigned)  # runs once, unconditionally
            inner = set(assigned)
            self.nodes(_own_nodes(stmt.test), inner)
            self.statements(stmt.body, inner)
            self.nodes(_own_nodes(stmt.update), inner)
        elif isinstance(stmt, ir.ForIn):
            self.nodes(_own_nodes(stmt.obj), assigned)
            self.statements(stmt.body, assigned | {stmt.target})
        elif isinstance(stmt, ir.ForOf):
            self.nodes(_own_nodes(stmt.iterable), assigned)
            self.statements(stmt.body, assigned | {stmt.target})
        elif isinstance(stmt, (ir.If, ir.While)):
            self.nodes(_own_nodes(stmt.test), assigned)
            for block in ir.statement_lists(stmt):
                self.statements(block, set(assigned))
        elif isinstance(stmt, ir.DoWhile):
            inner = set(assigned)
            self.statements(stmt.body, inner)
            self.nodes(_own_nodes(stmt.test), inner)
        elif isinstance(stmt, ir.Switch):
            self.nodes(_own_nodes(stmt.discriminant), assigned)
            for case in stmt.cases:
                inner = set(assigned)
                self.nodes(_own_nodes(case.test), inner)
                self.statements(case.body, inner)
        elif isinstance(stmt, ir.Try):
            self.statements(stmt.block, set(assigned))
            if stmt.handler is not None:
                self.statements(stmt.handler, set(assigned) | ({stmt.param} if stmt.param else set()))
            if stmt.finalizer is not None:
                self.statements(stmt.finalizer, set(assigned))
        elif isinstance(stmt, ir.Block):
            self.statements(stmt.body, assigned)
        elif isinstance(stmt, ir.FunctionDecl):
            # Defining a function assigns its name (`var f = function` is lowered to a def). A
            # closure reading an outer var not yet assigned would raise in Python where JS reads
            # undefined, so such vars are pre-declared too.
            fn = stmt.fn
            if fn.name:
                assigned.add(fn.name)
            own = set(fn.params) | set(var_names(fn.body)) | ({fn.rest} if fn.rest else set())
            for name in self.cache.function_names(fn):
                if name in self.declared and name not in own:
                    if name not in assigned and name not in self.needs:
                        self.needs.append(name)
        else:
            self.nodes(_own_nodes(stmt), assigned)


def predeclare_vars(body: list[ir.Stmt], params: Iterable[str] = (), cache: _NameCache | None = None) -> list[ir.Stmt]:
    """Prepend ``name = undefined`` for each var that may be read before it is assigned."""
    lowered_vars = {s.fn.name for s in body if isinstance(s, ir.FunctionDecl) and not s.fn.is_declaration and s.fn.name}
    analysis = _DefiniteAssignment((set(var_names(body)) | lowered_vars) - set(params), cache or _NameCache())
    analysis.statements(body, set(params))
    # A let/const read before its declaration runs is JS's ReferenceError (the temporal dead
    # zone): left unassigned, the Python variable raises NameError there, which the runtime
    # turns into that ReferenceError.
    if analysis.needs:
        lexical = _lexical_only(body)
        analysis.needs = [name for name in analysis.needs if name not in lexical]
    if not analysis.needs:
        return body
    loc = body[0].loc if body else ir.NO_LOC
    predeclared: list[ir.Stmt] = [
        ir.ExprStmt(ir.Assign("=", ir.Name(name), ir.Literal(ir.UNDEFINED)), loc=loc) for name in analysis.needs
    ]
    if body and body[0].leading:
        # Keep the function's (or file's) opening comment first.
        first = copy.copy(body[0])
        predeclared[0].leading, first.leading = first.leading, []
        body = [first, *body[1:]]
    return predeclared + body
