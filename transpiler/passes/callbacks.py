"""Pass: every function expression becomes a named nested ``def`` placed before its statement.

Names say what the callback is for: ``addEventListener('downloadprogress', fn)`` gives
``on_downloadprogress``; ``button.addEventListener('click', fn)`` gives ``on_button_click``;
``{success: fn}`` gives ``on_success``; ``var f = function`` keeps ``f``.  A pure IR -> IR function.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from .. import ir
from .comparators import runtime_comparator


def _snake(text: str) -> str:
    cleaned = re.sub(r"[^0-9A-Za-z_]", "_", text).strip("_") or "fn"
    return cleaned if not cleaned[0].isdigit() else "_" + cleaned


def _receiver_name(expr: ir.Expr) -> str | None:
    """A short name for a call's receiver: ``button`` for ``button.x``; None for Ti namespaces."""
    if isinstance(expr, ir.Name):
        return None if expr.id in ("Ti", "Titanium") else expr.id
    if isinstance(expr, ir.Member) and not expr.computed and isinstance(expr.prop, str):
        root = expr
        while isinstance(root, ir.Member):
            root = root.obj
        if isinstance(root, ir.Name) and root.id in ("Ti", "Titanium"):
            return None
        return expr.prop
    return None


class _Namer:
    """Hands out unique callback names within one function body."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken

    def unique(self, wanted: str) -> str:
        return ir.fresh_name(_snake(wanted), self.taken)


def _suggest(parent: ir.Node | None, slot: str, index: int, node_fn: ir.Function | None = None) -> str:
    """The name a function expression gets from where it stands."""
    if isinstance(parent, ir.Call) and slot == "args":
        callee = parent.callee
        method = callee.prop if isinstance(callee, ir.Member) and isinstance(callee.prop, str) else (
            callee.id if isinstance(callee, ir.Name) else "call")
        if method == "addEventListener" and parent.args and isinstance(parent.args[0], ir.Literal) and isinstance(parent.args[0].value, str):
            receiver = _receiver_name(callee.obj) if isinstance(callee, ir.Member) else None
            event = parent.args[0].value
            return f"on_{receiver}_{event}" if receiver else f"on_{event}"
        if method in ("setTimeout", "setInterval"):
            return "on_timeout" if method == "setTimeout" else "on_interval"
        return f"{method}_callback"
    if isinstance(parent, ir.Prop) and isinstance(parent.key, str):
        if parent.key.startswith("on") or (node_fn is not None and not node_fn.is_arrow and ir.reads_this(node_fn)):
            return parent.key  # a method keeps its name; a callback reads as on_<key>
        return f"on_{parent.key}"
    if isinstance(parent, ir.Assign) and slot == "value":
        target = parent.target
        if isinstance(target, ir.Name):
            return target.id
        if isinstance(target, ir.Member) and isinstance(target.prop, str):
            return target.prop
    if isinstance(parent, ir.Return):
        return "inner"
    return "fn"


class _Lifter:
    """Collects the defs lifted out of one statement's expressions, replacing them by names."""

    def __init__(self, namer: _Namer) -> None:
        self.namer = namer
        self.lifted: list[ir.Stmt] = []

    def expr(self, node: ir.Expr, parent: ir.Node | None = None, slot: str = "", index: int = 0) -> ir.Expr:
        if isinstance(node, ir.FunctionExpr):
            fn = node.fn
            comparator = runtime_comparator(parent, fn)
            if comparator is not None:  # `.sort((a, b) => a - b)`: the runtime's own, no def
                return ir.Name(comparator, loc=node.loc)
            wanted = fn.js_name or _suggest(parent, slot, index, fn)
            name = self.namer.unique(wanted)
            listener = name.startswith("on_") and isinstance(parent, ir.Call)
            if fn.js_name and name != fn.js_name:
                _rename_self_references(fn, fn.js_name, name)
            lowered = replace(fn, name=name, body=lift_functions(fn.body, fn.params, self.namer.taken), is_listener=listener)
            self.lifted.append(ir.FunctionDecl(lowered, loc=node.loc))
            return ir.Name(name, loc=node.loc)
        for field_name, value in list(node.__dict__.items()):
            if isinstance(value, ir.Expr):
                setattr(node, field_name, self.expr(value, node, field_name))
            elif isinstance(value, list):
                setattr(node, field_name, [self._item(v, node, field_name, i) for i, v in enumerate(value)])
        return node

    def _item(self, value: object, parent: ir.Node, slot: str, index: int) -> object:
        if isinstance(value, ir.Expr):
            return self.expr(value, parent, slot, index)
        if isinstance(value, ir.Prop):
            value.value = self.expr(value.value, value, "value")
            if isinstance(value.key, ir.Expr):
                value.key = self.expr(value.key, value, "key")
        return value


def _rename_self_references(fn: ir.Function, old: str, new: str) -> None:
    """A named function expression (``function inner() { inner(); }``) sees its own name inside;
    when its def gets another name, the references inside follow."""
    if old in fn.params:
        return
    for node in ir.walk(fn):
        if isinstance(node, ir.Name) and node.id == old:
            node.id = new


def lift_functions(body: list[ir.Stmt], params: Iterable[str] = (), taken: set[str] | None = None) -> list[ir.Stmt]:
    """Return ``body`` with function expressions turned into named defs before their statements.

    ``taken``: names a new def must not use (by default every name in ``body``).  Nested
    functions pass the program's names down instead of walking their bodies again."""
    names = ir.names_in(body) if taken is None else taken
    namer = _Namer(names | set(params))
    return _lift_list(body, namer)


def _lift_list(body: list[ir.Stmt], namer: _Namer) -> list[ir.Stmt]:
    out: list[ir.Stmt] = []
    for stmt in body:
        lifter = _Lifter(namer)
        new = _lift_stmt(stmt, lifter, namer)
        if lifter.lifted:
            # The statement's comments describe it and its callbacks: put them before the first def.
            lifter.lifted[0].leading = stmt.leading + lifter.lifted[0].leading
            stmt.leading = []
            out.extend(lifter.lifted)
        out.append(new)
    return out


def _lift_stmt(stmt: ir.Stmt, lifter: _Lifter, namer: _Namer) -> ir.Stmt:
    if isinstance(stmt, ir.FunctionDecl):
        fn = stmt.fn
        stmt.fn = replace(fn, body=lift_functions(fn.body, fn.params, namer.taken))
        return stmt
    if isinstance(stmt, ir.VarDecl):
        new_decls = []
        for name, init in stmt.decls:
            if isinstance(init, ir.FunctionExpr) and (init.fn.js_name in (None, name)):
                # var f = function () {}: keep the variable's own name for the def.
                fn = init.fn
                lowered = replace(fn, name=name, body=lift_functions(fn.body, fn.params, namer.taken))
                lifter.lifted.append(ir.FunctionDecl(lowered, loc=init.loc))
                continue
            new_decls.append((name, lifter.expr(init, ir.Assign("=", ir.Name(name), init), "value") if init else None))
        if not new_decls:
            return ir.Block([], loc=stmt.loc, trailing=stmt.trailing)
        stmt.decls = new_decls
        return stmt
    if isinstance(stmt, ir.ExprStmt):
        stmt.expr = lifter.expr(stmt.expr, stmt, "expr")
        return stmt
    if isinstance(stmt, (ir.Return, ir.Throw)):
        field_name = "value" if isinstance(stmt, ir.Return) else "arg"
        value = getattr(stmt, field_name)
        if value is not None:
            setattr(stmt, field_name, lifter.expr(value, stmt, field_name))
        return stmt
    if isinstance(stmt, (ir.If, ir.While)):
        stmt.test = lifter.expr(stmt.test, stmt, "test")
    if isinstance(stmt, ir.ForIn):
        stmt.obj = lifter.expr(stmt.obj, stmt, "obj")
    if isinstance(stmt, ir.ForOf):
        stmt.iterable = lifter.expr(stmt.iterable, stmt, "iterable")
    if isinstance(stmt, ir.DoWhile):
        stmt.test = lifter.expr(stmt.test, stmt, "test")
    if isinstance(stmt, ir.For):
        # A function made in a loop's head is defined once, before the loop.
        if stmt.init is not None:
            stmt.init = _lift_stmt(stmt.init, lifter, namer)
        if stmt.test is not None:
            stmt.test = lifter.expr(stmt.test, stmt, "test")
        if stmt.update is not None:
            stmt.update = lifter.expr(stmt.update, stmt, "update")
    if isinstance(stmt, ir.Switch):
        stmt.discriminant = lifter.expr(stmt.discriminant, stmt, "discriminant")
        for case in stmt.cases:
            if case.test is not None:
                case.test = lifter.expr(case.test, case, "test")
    for block in ir.statement_lists(stmt):
        block[:] = _lift_list(block, namer)
    return stmt
