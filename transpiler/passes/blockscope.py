"""Pass: a ``let``/``const`` (or ``catch`` parameter) that shadows an outer binding gets a name
of its own.

In JS ``let x = 1; { let x = 2; } x`` is two variables; a Python function has one ``x``.  Where an
inner block declares a name that is already bound around it (an outer block, the function, an
enclosing function), the inner binding and its uses are renamed ``x_2``.  A name declared in two
sibling blocks is not a clash: each block assigns it before use, so it keeps its name.

Runs after function expressions are lifted (every function is a FunctionDecl).  A pure IR -> IR
function (the caller passes a copy).
"""

from __future__ import annotations

from typing import Iterable

from .. import ir

Env = dict[str, str]  # JS name in scope -> its Python name


class _Renamer:
    def __init__(self, taken: set[str]) -> None:
        self.taken = taken

    def fresh(self, name: str) -> str:
        n = 2
        while f"{name}_{n}" in self.taken:
            n += 1
        self.taken.add(f"{name}_{n}")
        return f"{name}_{n}"

    # -- scopes ----------------------------------------------------------------------------------
    def function(self, fn: ir.Function, outer: Env) -> None:
        own = [*fn.params, *([fn.rest] if fn.rest else []), *_var_names(fn.body), *_lexical(fn.body)]
        own += [s.fn.name for s in _flat(fn.body) if isinstance(s, ir.FunctionDecl) and s.fn.name]
        env = {**outer, **{name: name for name in own}}
        for name, default in fn.defaults.items():
            self.expr(default, env)
        self.statements(fn.body, env)

    def scope(self, declared: Iterable[str], env: Env) -> Env:
        """``env`` plus the names a new block declares: renamed where they shadow."""
        inner = dict(env)
        for name in declared:
            inner[name] = self.fresh(name) if name in env else name
        return inner

    def block(self, stmts: list[ir.Stmt], env: Env) -> None:
        self.statements(stmts, self.scope(_lexical(stmts), env))

    def statements(self, stmts: list[ir.Stmt], env: Env) -> None:
        for stmt in stmts:
            self.stmt(stmt, env)

    # -- statements ------------------------------------------------------------------------------
    def stmt(self, stmt: ir.Stmt, env: Env) -> None:
        if isinstance(stmt, ir.FunctionDecl):
            self.function(stmt.fn, env)
        elif isinstance(stmt, ir.VarDecl):
            stmt.decls = [(env.get(name, name), self.expr(init, env) if init is not None else None)
                          for name, init in stmt.decls]
        elif isinstance(stmt, ir.Block):
            if stmt.is_scope:
                self.block(stmt.body, env)
            else:
                self.statements(stmt.body, env)  # lowered code: its declarations are the outer scope's
        elif isinstance(stmt, ir.If):
            stmt.test = self.expr(stmt.test, env)
            self.block(stmt.body, env)
            self.block(stmt.orelse, env)
        elif isinstance(stmt, (ir.While, ir.DoWhile)):
            stmt.test = self.expr(stmt.test, env)
            self.block(stmt.body, env)
        elif isinstance(stmt, ir.For):
            head = env
            if isinstance(stmt.init, ir.VarDecl) and stmt.init.kind in ("let", "const"):
                head = self.scope([name for name, _ in stmt.init.decls], env)
            if stmt.init is not None:
                self.stmt(stmt.init, head)
            stmt.test = self.expr(stmt.test, head) if stmt.test is not None else None
            stmt.update = self.expr(stmt.update, head) if stmt.update is not None else None
            self.block(stmt.body, head)
        elif isinstance(stmt, (ir.ForIn, ir.ForOf)):
            if isinstance(stmt, ir.ForIn):
                stmt.obj = self.expr(stmt.obj, env)
            else:
                stmt.iterable = self.expr(stmt.iterable, env)
            head = self.scope([stmt.target], env) if stmt.declared and stmt.kind in ("let", "const") else env
            stmt.target = head.get(stmt.target, stmt.target)
            self.block(stmt.body, head)
        elif isinstance(stmt, ir.Switch):
            stmt.discriminant = self.expr(stmt.discriminant, env)
            inner = self.scope(_lexical([s for case in stmt.cases for s in case.body]), env)
            for case in stmt.cases:
                case.test = self.expr(case.test, inner) if case.test is not None else None
                self.statements(case.body, inner)
        elif isinstance(stmt, ir.Try):
            self.block(stmt.block, env)
            if stmt.handler is not None:
                handler_env = self.scope([stmt.param], env) if stmt.param else env
                stmt.param = handler_env.get(stmt.param, stmt.param) if stmt.param else None
                self.block(stmt.handler, handler_env)
            if stmt.finalizer is not None:
                self.block(stmt.finalizer, env)
        elif isinstance(stmt, ir.ExprStmt):
            stmt.expr = self.expr(stmt.expr, env)
        elif isinstance(stmt, ir.Return) and stmt.value is not None:
            stmt.value = self.expr(stmt.value, env)
        elif isinstance(stmt, ir.Throw):
            stmt.arg = self.expr(stmt.arg, env)

    def expr(self, expr: ir.Expr, env: Env) -> ir.Expr:
        renames = {js: py for js, py in env.items() if js != py}
        if renames:
            for node in ir.walk(expr):
                if isinstance(node, ir.Name) and node.id in renames:
                    node.id = renames[node.id]
        return expr


def _flat(stmts: Iterable[ir.Stmt]) -> Iterable[ir.Stmt]:
    """Statements of a list, entering lowered (non-scope) blocks."""
    for stmt in stmts:
        yield stmt
        if isinstance(stmt, ir.Block) and not stmt.is_scope:
            yield from _flat(stmt.body)


def _var_names(body: Iterable[ir.Stmt]) -> list[str]:
    """Names a function declares with ``var`` (anywhere in it, outside nested functions)."""
    names: list[str] = []
    for stmt in body:
        if isinstance(stmt, ir.VarDecl) and stmt.kind == "var":
            names.extend(name for name, _ in stmt.decls)
        elif isinstance(stmt, ir.For) and isinstance(stmt.init, ir.VarDecl) and stmt.init.kind == "var":
            names.extend(name for name, _ in stmt.init.decls)
        elif isinstance(stmt, (ir.ForIn, ir.ForOf)) and stmt.declared and stmt.kind == "var":
            names.append(stmt.target)
        if not isinstance(stmt, ir.FunctionDecl):
            for block in ir.statement_lists(stmt):
                names.extend(_var_names(block))
    return names


def _lexical(stmts: Iterable[ir.Stmt]) -> list[str]:
    """Names a block declares with let/const (its own scope, unlike var)."""
    return [name for s in _flat(stmts) if isinstance(s, ir.VarDecl) and s.kind in ("let", "const")
            for name, _ in s.decls]


def rename_shadowing(body: list[ir.Stmt]) -> list[ir.Stmt]:
    """Give shadowing block-scoped bindings their own names; returns ``body`` (changed in place)."""
    taken = {n.id for stmt in body for n in ir.walk(stmt) if isinstance(n, ir.Name)}
    for stmt in body:
        for node in ir.walk(stmt):
            if isinstance(node, ir.VarDecl):
                taken.update(name for name, _ in node.decls)
            elif isinstance(node, ir.Function):
                taken.update(node.params)
    main = ir.Function(None, [], body)
    _Renamer(taken).function(main, {})
    return body
