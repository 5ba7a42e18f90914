"""ES2015 destructuring, desugared while the IR is built: a pattern becomes plain declarations or
assignments, one per bound name, so nothing later in the pipeline sees a pattern.

``const {a, b: c = 1, ...rest} = load()`` becomes::

    let tmp = load();  const a = tmp.a;  const c = tmp.b === undefined ? 1 : tmp.b;
    const rest = js.object_rest(tmp, ["a", "b"]);

A source that can be read twice without effects (a name, or a member chain of names) is used as
it is; anything else is evaluated once into a temporary.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from . import ir

Target = Callable[[Any, ir.Expr, ir.Loc], ir.Stmt]  # (pattern leaf, value, loc) -> statement


class TempNames:
    """Fresh names that no identifier of the source uses (a superset of its names is enough)."""

    def __init__(self, source: str) -> None:
        self.taken = set(re.findall(r"[A-Za-z_$][\w$]*", source))

    def fresh(self, base: str) -> str:
        return ir.fresh_name(base, self.taken)


def _pure(expr: ir.Expr) -> bool:
    """Can ``expr`` be evaluated again with the same result and no effect?"""
    while isinstance(expr, ir.Member):
        if expr.computed and not isinstance(expr.prop, ir.Literal):
            return False
        expr = expr.obj
    return isinstance(expr, (ir.Name, ir.This))


class Destructurer:
    """Lowers patterns for one :class:`~transpiler.build.Builder` (``expr`` builds expressions)."""

    def __init__(self, build_expr: Callable[[Any], ir.Expr], temps: TempNames,
                 unsupported: Callable[[Any, str], None], build_named: Callable[[Any, str], ir.Expr],
                 loc: Callable[[Any], ir.Loc]) -> None:
        self.expr = build_expr
        self.loc = loc  # where an esprima node starts
        self.named = build_named  # an expression stored under a name (an anonymous function takes it)
        self.temps = temps
        self.unsupported = unsupported

    # -- the three places patterns stand -----------------------------------------------------------
    def declare(self, kind: str, pattern: Any, value: ir.Expr) -> list[ir.Stmt]:
        """``var/let/const PATTERN = value``."""

        def leaf(target: Any, item: ir.Expr, loc: ir.Loc) -> ir.Stmt:
            if target.type != "Identifier":
                self.unsupported(target, "this declaration target")
                return ir.Block([], loc=loc)
            return ir.VarDecl(kind, [(target.name, item)], loc=loc)

        return self.bind(pattern, value, leaf, kind)

    def assign(self, pattern: Any, value: ir.Expr) -> list[ir.Stmt]:
        """``PATTERN = value`` as a statement (``[a, b] = [b, a]``)."""

        def leaf(target: Any, item: ir.Expr, loc: ir.Loc) -> ir.Stmt:
            if target.type not in ("Identifier", "MemberExpression"):
                self.unsupported(target, "this assignment target")
                return ir.Block([], loc=loc)
            return ir.ExprStmt(ir.Assign("=", self.expr(target), item, loc=loc), loc=loc)

        return self.bind(pattern, value, leaf, "let")

    def assign_value(self, pattern: Any, value: ir.Expr) -> tuple[ir.Expr, list[str]]:
        """``PATTERN = value`` used as a value (``result = [a, b] = pair``, ``f([x] = [1])``):
        one sequence expression that stores the value in a temporary, assigns each target from
        it and ends with it (the value of an assignment is its right-hand side), and the
        temporaries it needs declared in the enclosing function."""
        loc = self.loc(pattern)
        temp = self.temps.fresh("tmp")
        temps = [temp]
        parts: list[ir.Expr] = [ir.Assign("=", ir.Name(temp, loc=loc), value, loc=loc)]
        for stmt in self.assign(pattern, ir.Name(temp, loc=loc)):
            parts.extend(_as_expressions(stmt, temps))
        parts.append(ir.Name(temp, loc=loc))
        return ir.Sequence(parts, loc=loc), temps

    # -- the recursion ---------------------------------------------------------------------------
    def bind(self, pattern: Any, source: ir.Expr, leaf: Target, kind: str) -> list[ir.Stmt]:
        loc = self.loc(pattern)
        if pattern.type == "AssignmentPattern":
            # `x = default`: the default replaces exactly `undefined`, and is evaluated only then.
            default = self.named(pattern.right, pattern.left.name) if pattern.left.type == "Identifier" \
                else self.expr(pattern.right)
            value = self._with_default(source, default, loc)
            if pattern.left.type in ("ObjectPattern", "ArrayPattern"):
                temp = self.temps.fresh("tmp")
                return [ir.VarDecl("let", [(temp, value)], loc=loc),
                        *self.bind(pattern.left, ir.Name(temp, loc=loc), leaf, kind)]
            return [leaf(pattern.left, value, loc)]
        if pattern.type not in ("ObjectPattern", "ArrayPattern"):
            return [leaf(pattern, source, loc)]
        out: list[ir.Stmt] = []
        if pattern.type == "ArrayPattern" and not (
                isinstance(source, ir.ArrayLit) and not any(isinstance(e, ir.Spread) for e in source.elements)):
            # An array pattern iterates its source (a generator, a Map, a string...): the values
            # it takes, as an array (`js.unpack` returns an array source itself).
            has_rest = any(e is not None and e.type == "RestElement" for e in pattern.elements)
            count = ir.Literal(None if has_rest else len(pattern.elements), loc=loc)
            source = ir.Call(ir.Name("js.unpack"), [source, count], loc=loc)
        elif pattern.type == "ObjectPattern" and not pattern.properties:
            # `{} = value` reads nothing, but still requires an object (null and undefined throw).
            source = ir.Call(ir.Name("js.object_rest"), [source, ir.ArrayLit([], loc=loc)], loc=loc)
        if not _pure(source):
            temp = self.temps.fresh("tmp")
            out.append(ir.VarDecl("let", [(temp, source)], loc=loc))
            source = ir.Name(temp, loc=loc)
        if pattern.type == "ObjectPattern":
            out.extend(self._object(pattern, source, leaf, kind))
        else:
            out.extend(self._array(pattern, source, leaf, kind))
        return out

    def _object(self, pattern: Any, source: ir.Expr, leaf: Target, kind: str) -> list[ir.Stmt]:
        out: list[ir.Stmt] = []
        taken_keys: list[ir.Expr] = []
        for prop in pattern.properties:
            loc = self.loc(prop)
            if prop.type == "RestElement":
                rest = ir.Call(ir.Name("js.object_rest"), [source, ir.ArrayLit(taken_keys, loc=loc)], loc=loc)
                out.extend(self.bind(prop.argument, rest, leaf, kind))
                continue
            if prop.computed:
                key: ir.Expr = self.expr(prop.key)
                member = ir.Member(source, key, computed=True, loc=loc)
            else:
                name = prop.key.name if prop.key.type == "Identifier" else str(prop.key.value)
                key = ir.Literal(name, loc=loc)
                member = (ir.Member(source, name, loc=loc) if prop.key.type == "Identifier"
                          else ir.Member(source, key, computed=True, loc=loc))
            taken_keys.append(key)
            out.extend(self.bind(prop.value, member, leaf, kind))
        return out

    def _array(self, pattern: Any, source: ir.Expr, leaf: Target, kind: str) -> list[ir.Stmt]:
        out: list[ir.Stmt] = []
        for index, element in enumerate(pattern.elements):
            if element is None:
                continue  # a hole: `[, second] = pair`
            loc = self.loc(element)
            if element.type == "RestElement":
                rest = ir.Call(ir.Name("js.array_rest"), [source, ir.Literal(index, loc=loc)], loc=loc)
                out.extend(self.bind(element.argument, rest, leaf, kind))
                continue
            item = ir.Member(source, ir.Literal(index, loc=loc), computed=True, loc=loc)
            out.extend(self.bind(element, item, leaf, kind))
        return out

    @staticmethod
    def _with_default(value: ir.Expr, default: ir.Expr, loc: ir.Loc) -> ir.Expr:
        is_missing = ir.Binary("===", value, ir.Literal(ir.UNDEFINED, loc=loc), loc=loc)
        return ir.Conditional(is_missing, default, ir.clone(value), loc=loc)


def _as_expressions(stmt: ir.Stmt, temps: list[str]) -> list[ir.Expr]:
    """The statements a pattern lowers to, as expressions evaluated in the same order (a
    temporary's declaration becomes an assignment; its name goes to ``temps``)."""
    if isinstance(stmt, ir.ExprStmt):
        return [stmt.expr]
    if isinstance(stmt, ir.VarDecl):
        out: list[ir.Expr] = []
        for name, init in stmt.decls:
            temps.append(name)
            out.append(ir.Assign("=", ir.Name(name, loc=stmt.loc), init if init is not None
                                 else ir.Literal(ir.UNDEFINED, loc=stmt.loc), loc=stmt.loc))
        return out
    if isinstance(stmt, ir.Block):
        return [e for inner in stmt.body for e in _as_expressions(inner, temps)]
    raise AssertionError(f"a pattern lowered to {type(stmt).__name__}")
