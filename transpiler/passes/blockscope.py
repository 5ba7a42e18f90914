"""Pass: a ``let``/``const`` (or ``catch`` parameter) that shadows an outer binding gets a name
of its own.

In JS ``let x = 1; { let x = 2; } x`` is two variables; a Python function has one ``x``.  Where an
inner block declares a name that is already bound around it (an outer block, the function, an
enclosing function), the inner binding and its uses are renamed ``x_2``.  A name declared in two
sibling blocks is not a clash: each block assigns it before use, so it keeps its name.

Runs after function expressions are lifted (every function is a FunctionDecl).  A pure IR -> IR
function (the caller passes a copy).  Scopes are a chain, so entering a block costs only its own
names, and expressions are walked only where some binding was renamed.
"""

from __future__ import annotations

from typing import Iterable

from .. import ir


class _Scope:
    def __init__(self, parent: "_Scope | None", names: Iterable[str], renames: dict[str, str]) -> None:
        self.parent = parent
        self.names = set(names)
        self.renames = renames  # JS name -> Python name, for this scope's renamed bindings
        self.renaming = bool(renames) or (parent is not None and parent.renaming)

    def binds(self, name: str) -> bool:
        scope: _Scope | None = self
        while scope is not None:
            if name in scope.names:
                return True
            scope = scope.parent
        return False

    def resolve(self, name: str) -> str:
        scope: _Scope | None = self
        while scope is not None:
            if name in scope.names:
                return scope.renames.get(name, name)
            scope = scope.parent
        return name


class _Renamer:
    def __init__(self, body: list[ir.Stmt]) -> None:
        self.body = body
        self.taken: set[str] | None = None  # collected when the first rename needs it

    def fresh(self, name: str) -> str:
        if self.taken is None:
            self.taken = ir.names_in(self.body)
        return ir.fresh_name(name, self.taken)  # the name itself is taken: it is bound outside

    # -- scopes ----------------------------------------------------------------------------------
    def function(self, fn: ir.Function, outer: _Scope | None) -> None:
        own = [*fn.params, *([fn.rest] if fn.rest else []), *_var_names(fn.body), *_lexical(fn.body)]
        own += [s.fn.name for s in _flat(fn.body) if isinstance(s, ir.FunctionDecl) and s.fn.name]
        scope = _Scope(outer, own, {})
        for default in fn.defaults.values():
            self.expr(default, scope)
        self.statements(fn.body, scope)

    def scope(self, declared: Iterable[str], outer: _Scope) -> _Scope:
        """A new block's scope: its names, renamed where they shadow an outer binding."""
        declared = list(declared)
        if not declared:
            return outer
        renames = {name: self.fresh(name) for name in declared if outer.binds(name)}
        return _Scope(outer, declared, renames)

    def block(self, stmts: list[ir.Stmt], outer: _Scope) -> None:
        self.statements(stmts, self.scope(_lexical(stmts), outer))

    def statements(self, stmts: list[ir.Stmt], scope: _Scope) -> None:
        for stmt in stmts:
            self.stmt(stmt, scope)

    # -- statements ------------------------------------------------------------------------------
    def stmt(self, stmt: ir.Stmt, scope: _Scope) -> None:
        if isinstance(stmt, ir.FunctionDecl):
            self.function(stmt.fn, scope)
        elif isinstance(stmt, ir.VarDecl):
            if scope.renaming:
                stmt.decls = [(scope.resolve(name), self.expr(init, scope) if init is not None else None)
                              for name, init in stmt.decls]
        elif isinstance(stmt, ir.Block):
            if stmt.is_scope:
                self.block(stmt.body, scope)
            else:
                self.statements(stmt.body, scope)  # lowered code: its declarations are the outer scope's
        elif isinstance(stmt, ir.If):
            stmt.test = self.expr(stmt.test, scope)
            self.block(stmt.body, scope)
            self.block(stmt.orelse, scope)
        elif isinstance(stmt, (ir.While, ir.DoWhile)):
            stmt.test = self.expr(stmt.test, scope)
            self.block(stmt.body, scope)
        elif isinstance(stmt, ir.For):
            head = scope
            if isinstance(stmt.init, ir.VarDecl) and stmt.init.kind in ("let", "const"):
                head = self.scope([name for name, _ in stmt.init.decls], scope)
            if stmt.init is not None:
                self.stmt(stmt.init, head)
            stmt.test = self.expr(stmt.test, head) if stmt.test is not None else None
            stmt.update = self.expr(stmt.update, head) if stmt.update is not None else None
            self.block(stmt.body, head)
        elif isinstance(stmt, (ir.ForIn, ir.ForOf)):
            if isinstance(stmt, ir.ForIn):
                stmt.obj = self.expr(stmt.obj, scope)
            else:
                stmt.iterable = self.expr(stmt.iterable, scope)
            head = self.scope([stmt.target], scope) if stmt.declared and stmt.kind in ("let", "const") else scope
            stmt.target = head.resolve(stmt.target)
            self.block(stmt.body, head)
        elif isinstance(stmt, ir.Switch):
            stmt.discriminant = self.expr(stmt.discriminant, scope)
            inner = self.scope(_lexical([s for case in stmt.cases for s in case.body]), scope)
            for case in stmt.cases:
                case.test = self.expr(case.test, inner) if case.test is not None else None
                self.statements(case.body, inner)
        elif isinstance(stmt, ir.Try):
            self.block(stmt.block, scope)
            if stmt.handler is not None:
                handler = self.scope([stmt.param], scope) if stmt.param else scope
                stmt.param = handler.resolve(stmt.param) if stmt.param else None
                self.block(stmt.handler, handler)
            if stmt.finalizer is not None:
                self.block(stmt.finalizer, scope)
        elif isinstance(stmt, ir.ExprStmt):
            stmt.expr = self.expr(stmt.expr, scope)
        elif isinstance(stmt, ir.Return) and stmt.value is not None:
            stmt.value = self.expr(stmt.value, scope)
        elif isinstance(stmt, ir.Throw):
            stmt.arg = self.expr(stmt.arg, scope)

    @staticmethod
    def expr(expr: ir.Expr, scope: _Scope) -> ir.Expr:
        if scope.renaming:
            for node in ir.walk(expr):
                if isinstance(node, ir.Name):
                    node.id = scope.resolve(node.id)
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
    _Renamer(body).function(ir.Function(None, [], body), None)
    return body
