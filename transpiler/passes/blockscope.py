"""Pass: a ``let``/``const`` (or ``catch`` parameter) that shadows an outer binding gets a name
of its own.

In JS ``let x = 1; { let x = 2; } x`` is two variables; a Python function has one ``x``.  Where an
inner block declares a name that is already bound around it (an outer block, the function, an
enclosing function), the inner binding and its uses are renamed ``x_2``.  A name declared in two
sibling blocks is not a clash: each block assigns it before use, so it keeps its name.

Runs after function expressions are lifted (every function is a FunctionDecl).  A pure IR -> IR
function.  Scopes are a chain, so entering a block costs only its own
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
        self.renaming: bool = bool(renames) or (parent is not None and parent.renaming)

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
    def function(self, fn: ir.Function, outer: _Scope | None) -> ir.Function:
        own = [*fn.params, *([fn.rest] if fn.rest else []), *_var_names(fn.body), *_lexical(fn.body)]
        own += [s.fn.name for s in _flat(fn.body) if isinstance(s, ir.FunctionDecl) and s.fn.name]
        scope = _Scope(outer, own, {})
        defaults = {name: self.expr(default, scope) for name, default in fn.defaults.items()}
        body = self.statements(fn.body, scope)
        if body is fn.body and all(defaults[k] is fn.defaults[k] for k in defaults):
            return fn
        return ir.with_fields(fn, body=body, defaults=defaults)

    def scope(self, declared: Iterable[str], outer: _Scope) -> _Scope:
        """A new block's scope: its names, renamed where they shadow an outer binding."""
        declared = list(declared)
        if not declared:
            return outer
        renames = {name: self.fresh(name) for name in declared if outer.binds(name)}
        return _Scope(outer, declared, renames)

    def block(self, stmts: list[ir.Stmt], outer: _Scope) -> list[ir.Stmt]:
        return self.statements(stmts, self.scope(_lexical(stmts), outer))

    def statements(self, stmts: list[ir.Stmt], scope: _Scope) -> list[ir.Stmt]:
        """``stmts`` with the renames done: the same list when nothing in it changed."""
        new = [self.stmt(stmt, scope) for stmt in stmts]
        return stmts if all(a is b for a, b in zip(new, stmts)) else new

    # -- statements ------------------------------------------------------------------------------
    def stmt(self, stmt: ir.Stmt, scope: _Scope) -> ir.Stmt:
        """``stmt`` with its shadowing bindings renamed (a copy where anything changed)."""
        changes: dict[str, object] = {}
        if isinstance(stmt, ir.FunctionDecl):
            changes["fn"] = self.function(stmt.fn, scope)
        elif isinstance(stmt, ir.VarDecl):
            if scope.renaming:
                changes["decls"] = [(scope.resolve(name), self.expr(init, scope) if init is not None else None)
                                    for name, init in stmt.decls]
        elif isinstance(stmt, ir.Block):
            # Lowered code (not a JS `{ ... }`): its declarations are the outer scope's.
            changes["body"] = self.block(stmt.body, scope) if stmt.is_scope else self.statements(stmt.body, scope)
        elif isinstance(stmt, ir.If):
            changes.update(test=self.expr(stmt.test, scope), body=self.block(stmt.body, scope),
                           orelse=self.block(stmt.orelse, scope))
        elif isinstance(stmt, (ir.While, ir.DoWhile)):
            changes.update(test=self.expr(stmt.test, scope), body=self.block(stmt.body, scope))
        elif isinstance(stmt, ir.For):
            head = scope
            if isinstance(stmt.init, ir.VarDecl) and stmt.init.kind in ("let", "const"):
                head = self.scope([name for name, _ in stmt.init.decls], scope)
            changes.update(init=self.stmt(stmt.init, head) if stmt.init is not None else None,
                           test=self.expr(stmt.test, head) if stmt.test is not None else None,
                           update=self.expr(stmt.update, head) if stmt.update is not None else None,
                           body=self.block(stmt.body, head))
        elif isinstance(stmt, (ir.ForIn, ir.ForOf)):
            if isinstance(stmt, ir.ForIn):
                changes["obj"] = self.expr(stmt.obj, scope)
            else:
                changes["iterable"] = self.expr(stmt.iterable, scope)
            head = self.scope([stmt.target], scope) if stmt.declared and stmt.kind in ("let", "const") else scope
            changes.update(target=head.resolve(stmt.target), body=self.block(stmt.body, head))
        elif isinstance(stmt, ir.Switch):
            inner = self.scope(_lexical([s for case in stmt.cases for s in case.body]), scope)
            discriminant = self.expr(stmt.discriminant, scope)
            cases = [self._case(case, inner) for case in stmt.cases]
            changes.update(discriminant=discriminant, cases=stmt.cases if all(
                a is b for a, b in zip(cases, stmt.cases)) else cases)
        elif isinstance(stmt, ir.Try):
            changes["block"] = self.block(stmt.block, scope)
            if stmt.handler is not None:
                handler = self.scope([stmt.param], scope) if stmt.param else scope
                changes.update(param=handler.resolve(stmt.param) if stmt.param else None,
                               handler=self.block(stmt.handler, handler))
            if stmt.finalizer is not None:
                changes["finalizer"] = self.block(stmt.finalizer, scope)
        elif isinstance(stmt, ir.ExprStmt):
            changes["expr"] = self.expr(stmt.expr, scope)
        elif isinstance(stmt, ir.Return) and stmt.value is not None:
            changes["value"] = self.expr(stmt.value, scope)
        elif isinstance(stmt, ir.Throw):
            changes["arg"] = self.expr(stmt.arg, scope)
        changed = {k: v for k, v in changes.items()
                   if v is not getattr(stmt, k) and not (isinstance(v, str) and v == getattr(stmt, k))}
        return ir.with_fields(stmt, **changed) if changed else stmt

    def _case(self, case: ir.Case, scope: _Scope) -> ir.Case:
        test = self.expr(case.test, scope) if case.test is not None else None
        body = self.statements(case.body, scope)
        return case if test is case.test and body is case.body else ir.with_fields(case, test=test, body=body)

    @staticmethod
    def expr(expr: ir.Expr, scope: _Scope) -> ir.Expr:
        if not scope.renaming:
            return expr
        return ir.rewrite(expr, lambda node, _: ir.with_fields(node, id=scope.resolve(node.id))
                          if isinstance(node, ir.Name) and scope.resolve(node.id) != node.id else None)


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
    """``body`` with shadowing block-scoped bindings given their own names (the input is not
    modified; the same list when nothing shadows)."""
    return _Renamer(body).function(ir.Function(None, [], body), None).body
