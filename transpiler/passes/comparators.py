"""Pass: ``arr.sort(function (a, b) { return a - b; })`` (and ``b - a``) sorts numbers.

The JS comparator is replaced by ``js.ascending`` / ``js.descending``: runtime comparators that
sort an all-number array with Python's own sort (no call per comparison) and otherwise compare
exactly as ``a - b`` would.  The most common comparator in apps, and a hot spot: a sort of 40,000
numbers made 560,000 calls through it.  A pure IR -> IR function.
"""

from __future__ import annotations

from .. import ir


def _numeric_order(fn: ir.Function) -> str | None:
    """"js.ascending" for ``(a, b) => a - b``, "js.descending" for ``b - a``, else None."""
    body = [s for s in fn.body if not isinstance(s, ir.CommentOnly)]
    if len(fn.params) != 2 or fn.defaults or fn.rest or len(body) != 1 or not isinstance(body[0], ir.Return):
        return None
    value = body[0].value
    if not (isinstance(value, ir.Binary) and value.op == "-" and isinstance(value.left, ir.Name)
            and isinstance(value.right, ir.Name)):
        return None
    a, b = fn.params
    if (value.left.id, value.right.id) == (a, b):
        return "js.ascending"
    if (value.left.id, value.right.id) == (b, a):
        return "js.descending"
    return None


def numeric_sorts(body: list[ir.Stmt]) -> list[ir.Stmt]:
    """Replace numeric comparators of ``.sort(...)`` calls in ``body`` (changed in place)."""
    for stmt in body:
        for node in ir.walk(stmt):
            if (isinstance(node, ir.Call) and isinstance(node.callee, ir.Member) and node.callee.prop == "sort"
                    and len(node.args) == 1 and isinstance(node.args[0], ir.FunctionExpr)
                    and node.args[0].fn.js_name is None):
                order = _numeric_order(node.args[0].fn)
                if order is not None:
                    node.args[0] = ir.Name(order, loc=node.args[0].loc)
    return body
