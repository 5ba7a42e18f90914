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
        root: ir.Expr = expr
        while isinstance(root, ir.Member):
            root = root.obj
        if isinstance(root, ir.Name) and root.id in ("Ti", "Titanium"):
            return None
        return expr.prop
    return None


class _Taken:
    """The names a function body's new defs must avoid: its own (parameters, defs made in it)
    and, read through, those of the bodies around it.  (Each nested function copying the whole
    program's names made this pass grow with functions times names.)"""

    def __init__(self, own: set[str], around: "_Taken | None" = None) -> None:
        self.own, self.around = own, around

    def __contains__(self, name: object) -> bool:
        taken: _Taken | None = self
        while taken is not None:
            if name in taken.own:
                return True
            taken = taken.around
        return False

    def add(self, name: str) -> None:
        self.own.add(name)


class _Namer:
    """Hands out unique callback names within one function body."""

    def __init__(self, taken: _Taken) -> None:
        self.taken = taken

    def unique(self, wanted: str) -> str:
        return ir.fresh_name(_snake(wanted), self.taken)  # type: ignore[arg-type]  # (only `in` and `add`)


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
                fn = _rename_self_references(fn, fn.js_name, name)
            lowered = replace(fn, name=name, body=lift_functions(fn.body, fn.params, self.namer.taken), is_listener=listener)
            self.lifted.append(ir.FunctionDecl(lowered, loc=node.loc))
            return ir.Name(name, loc=node.loc)
        changes: dict[str, object] = {}
        for field_name in ir.node_fields(node):  # (a name, a literal: none)
            value = node.__dict__[field_name]
            new: object
            if isinstance(value, ir.Expr):
                new = self.expr(value, node, field_name)
            elif isinstance(value, list):
                items = [self._item(v, node, field_name, i) for i, v in enumerate(value)]
                new = value if all(a is b for a, b in zip(items, value)) else items
            else:
                continue
            if new is not value:
                changes[field_name] = new
        return ir.with_fields(node, **changes) if changes else node

    def _item(self, value: object, parent: ir.Node, slot: str, index: int) -> object:
        if isinstance(value, ir.Expr):
            return self.expr(value, parent, slot, index)
        if isinstance(value, ir.Prop):
            new_value = self.expr(value.value, value, "value")
            new_key = self.expr(value.key, value, "key") if isinstance(value.key, ir.Expr) else value.key
            if new_value is not value.value or new_key is not value.key:
                return ir.with_fields(value, value=new_value, key=new_key)
        return value


def _rename_self_references(fn: ir.Function, old: str, new: str) -> ir.Function:
    """A named function expression (``function inner() { inner(); }``) sees its own name inside;
    when its def gets another name, the references inside follow."""
    if old in fn.params:
        return fn
    return ir.rewrite(fn, lambda node, _: ir.with_fields(node, id=new)
                      if isinstance(node, ir.Name) and node.id == old else None)


def lift_functions(body: list[ir.Stmt], params: Iterable[str] = (), taken: "set[str] | _Taken | None" = None) -> list[ir.Stmt]:
    """Return ``body`` with function expressions turned into named defs before their statements.

    ``taken``: names a new def must not use (by default every name in ``body``).  Nested
    functions pass the program's names down instead of walking their bodies again."""
    if taken is None:
        taken = ir.names_in(body)
    around = taken if isinstance(taken, _Taken) else _Taken(set(taken))
    return _lift_list(body, _Namer(_Taken(set(params), around)))


def _lift_list(body: list[ir.Stmt], namer: _Namer) -> list[ir.Stmt]:
    out: list[ir.Stmt] = []
    for stmt in body:
        lifter = _Lifter(namer)
        new = _lift_stmt(stmt, lifter, namer)
        if lifter.lifted:
            # The statement's comments describe it and its callbacks: put them before the first def.
            lifter.lifted[0].leading = stmt.leading + lifter.lifted[0].leading  # a def made here
            new = ir.with_fields(new, leading=[])
            out.extend(lifter.lifted)
        out.append(new)
    return out


def _lift_stmt(stmt: ir.Stmt, lifter: _Lifter, namer: _Namer) -> ir.Stmt:
    """``stmt`` with its function expressions lifted (into ``lifter``) and its blocks done too;
    a copy wherever something changed."""
    if isinstance(stmt, ir.FunctionDecl):
        fn = stmt.fn
        return ir.with_fields(stmt, fn=replace(fn, body=lift_functions(fn.body, fn.params, namer.taken)))
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
        if all(a[1] is b[1] for a, b in zip(new_decls, stmt.decls)) and len(new_decls) == len(stmt.decls):
            return stmt
        return ir.with_fields(stmt, decls=new_decls)
    changes: dict[str, object] = {}
    for field_name in _EXPRESSION_FIELDS.get(type(stmt), ()):
        value = getattr(stmt, field_name)
        if value is not None:
            new = lifter.expr(value, stmt, field_name)
            if new is not value:
                changes[field_name] = new
    if isinstance(stmt, ir.For) and stmt.init is not None:
        # A function made in a loop's head is defined once, before the loop (also from the
        # statements a destructuring head lowers to).
        lifted_init: ir.Stmt
        if isinstance(stmt.init, ir.Block):
            body = [_lift_stmt(inner, lifter, namer) for inner in stmt.init.body]
            lifted_init = ir.with_fields(stmt.init, body=body) if any(a is not b for a, b in zip(body, stmt.init.body)) \
                else stmt.init
        else:
            lifted_init = _lift_stmt(stmt.init, lifter, namer)
        if lifted_init is not stmt.init:
            changes["init"] = lifted_init
    if isinstance(stmt, ir.For):
        for field_name in ("test", "update"):
            value = getattr(stmt, field_name)
            if value is not None and (new := lifter.expr(value, stmt, field_name)) is not value:
                changes[field_name] = new
    if isinstance(stmt, ir.Switch):
        cases = []
        for case in stmt.cases:
            test = lifter.expr(case.test, case, "test") if case.test is not None else None
            cases.append(ir.with_fields(case, test=test) if test is not case.test else case)
        if any(a is not b for a, b in zip(cases, stmt.cases)):
            changes["cases"] = cases
    if changes:
        stmt = ir.with_fields(stmt, **changes)
    return ir.with_statement_lists(stmt, lambda block: _lift_list(block, namer))


# The expressions of each statement kind the pass looks into (before its blocks, in this order).
_EXPRESSION_FIELDS: dict[type, tuple[str, ...]] = {
    ir.ExprStmt: ("expr",), ir.Return: ("value",), ir.Throw: ("arg",), ir.If: ("test",), ir.While: ("test",),
    ir.ForIn: ("obj",), ir.ForOf: ("iterable",), ir.DoWhile: ("test",), ir.Switch: ("discriminant",),
}
