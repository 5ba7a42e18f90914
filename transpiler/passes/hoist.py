"""Pass: JS hoisting made explicit for Python.

* A function declaration is moved up to just before the first statement of its scope that uses
  it (JS initialises declarations on scope entry; Python needs the ``def`` to have run).  One
  used nowhere earlier stays where it was written.
* A ``var`` that may be read before any assignment gets ``name = undefined`` at the top of its
  function, so Python never raises UnboundLocalError where JS reads ``undefined``.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from .. import ir


def _names_used(stmt: ir.Stmt) -> set[str]:
    return {n.id for n in ir.walk(stmt) if isinstance(n, ir.Name)}


def hoist_functions(body: list[ir.Stmt]) -> list[ir.Stmt]:
    """Move each JS function declaration to just before its first use in ``body``."""
    for stmt in body:
        _hoist_nested(stmt)
    order = {id(stmt): index for index, stmt in enumerate(body)}
    decls = [s for s in body if isinstance(s, ir.FunctionDecl) and s.fn.is_declaration]
    result = [s for s in body if not (isinstance(s, ir.FunctionDecl) and s.fn.is_declaration)]
    for decl in decls:
        name = decl.fn.name
        where_written = next((i for i, s in enumerate(result) if order[id(s)] > order[id(decl)]), len(result))
        first_use = next((i for i, s in enumerate(result) if name in _names_used(s)), None)
        result.insert(where_written if first_use is None else min(first_use, where_written), decl)
    return result


def _hoist_inner(fn: ir.Function) -> None:
    fn.body[:] = hoist_functions(fn.body)
    fn.body[:] = predeclare_vars(fn.body, fn.params)


def _hoist_nested(stmt: ir.Stmt) -> None:
    if isinstance(stmt, ir.FunctionDecl):
        _hoist_inner(stmt.fn)
        return
    for block in ir.statement_lists(stmt):
        block[:] = hoist_functions(block)


# -- var pre-declaration --------------------------------------------------------------------------
def _own_nodes(stmt: ir.Node) -> Iterator[ir.Node]:
    """Nodes of a statement in evaluation-ish order, not entering nested function bodies."""
    if isinstance(stmt, ir.FunctionDecl):
        return
    if isinstance(stmt, ir.ExprStmt) and isinstance(stmt.expr, ir.Assign):
        # value first, then target: `x = x + 1` reads x before it writes it.
        yield from _own_nodes(stmt.expr.value)
        yield stmt.expr
        yield from _own_nodes(stmt.expr.target)
        return
    if isinstance(stmt, ir.VarDecl):
        for _, init in stmt.decls:
            if init is not None:
                yield from _own_nodes(init)
        yield stmt
        return
    yield stmt
    for child in stmt.children():
        yield from _own_nodes(child)


def _assigned_by(node: ir.Node) -> set[str]:
    if isinstance(node, ir.VarDecl):
        return {name for name, _ in node.decls}
    if isinstance(node, ir.Assign) and node.op == "=" and isinstance(node.target, ir.Name):
        return {node.target.id}
    return set()


def var_names(body: Iterable[ir.Stmt]) -> list[str]:
    """Names declared with var/let/const in a function body (not in nested functions), in order."""
    names: list[str] = []

    def visit(stmts: Iterable[ir.Stmt]) -> None:
        for stmt in stmts:
            if isinstance(stmt, ir.VarDecl):
                names.extend(n for n, _ in stmt.decls if n not in names)
            for block in ir.statement_lists(stmt):
                visit(block)

    visit(body)
    return names


def predeclare_vars(body: list[ir.Stmt], params: Iterable[str] = ()) -> list[ir.Stmt]:
    """Prepend ``name = undefined`` for each var that may be read before it is assigned."""
    declared = set(var_names(body)) - set(params)
    definitely_assigned: set[str] = set(params)
    needs: list[str] = []
    for stmt in body:
        conditional = not isinstance(stmt, (ir.ExprStmt, ir.VarDecl, ir.Return, ir.Throw))
        for node in _own_nodes(stmt):
            if isinstance(node, ir.Name) and node.id in declared and node.id not in definitely_assigned:
                if _is_read(stmt, node) and node.id not in needs:
                    needs.append(node.id)
            if not conditional:
                definitely_assigned |= _assigned_by(node)
        if conditional:
            # Names assigned only inside a branch or loop are not definitely assigned after it.
            continue
    # A var declared only inside a block, and read after it, is also at risk.
    for name in var_names(body):
        if name in declared and name not in definitely_assigned and name not in needs and _read_anywhere(body, name):
            needs.append(name)
    if not needs:
        return body
    predeclared = [
        ir.ExprStmt(ir.Assign("=", ir.Name(name), ir.Literal(ir.UNDEFINED)), loc=body[0].loc if body else ir.NO_LOC)
        for name in needs
    ]
    return predeclared + body


def _is_read(stmt: ir.Stmt, name: ir.Name) -> bool:
    """False when ``name`` is the target of a plain assignment in ``stmt``."""
    for node in ir.walk(stmt):
        if isinstance(node, ir.Assign) and node.op == "=" and node.target is name:
            return False
    return True


def _read_anywhere(body: list[ir.Stmt], name: str) -> bool:
    for stmt in body:
        for node in _own_nodes(stmt):
            if isinstance(node, ir.Name) and node.id == name and _is_read(stmt, node):
                return True
    return False
