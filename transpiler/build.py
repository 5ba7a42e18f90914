"""Stage 2: esprima AST -> ti2py IR, with every comment attached to a statement.

One method per ESTree node kind, looked up in a table.  Constructs the translator does not handle
yet become :class:`ir.Unsupported` (statements) or a placeholder literal (expressions) plus an
error diagnostic that names the construct and its line:column, so conversion never crashes.
"""

from __future__ import annotations

import functools

from bisect import bisect_left
from typing import Any, Callable

from . import ir
from .destructure import Destructurer, TempNames
from .diagnostics import Diagnostics
from .estree import children as _children, pattern_names as _pattern_names
from .globalscope import global_object_names
from .parse import Parsed

ES2015 = "ES2015"


# Locations are immutable and many nodes share one (a statement and its expression, a call and
# its callee): each is made once, which costs a tenth of building a frozen dataclass.
_location = functools.lru_cache(maxsize=1 << 16)(ir.Loc)


# Characters a Python comment cannot hold as they are: NUL, other controls, and the characters
# Python or black treat as line breaks.  They are written as escapes instead.
_UNSAFE_IN_COMMENT = {c: f"\\x{c:02x}" for c in range(0x20) if c not in (0x09,)}
_UNSAFE_IN_COMMENT.update({0x7F: "\\x7f", 0x85: "\\x85", 0x2028: "\\u2028", 0x2029: "\\u2029"})
_UNSAFE_IN_COMMENT.update({c: f"\\u{c:04x}" for c in range(0xD800, 0xE000)})  # lone surrogates: not UTF-8


def js_string(value: str) -> str:
    """A JS string value as Python text: UTF-16 surrogate pairs become the one character they
    encode (as JS prints them); a lone surrogate stays, as in JS."""
    if not any("\ud800" <= ch <= "\udfff" for ch in value):
        return value
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _safe(text: str) -> str:
    return text.translate(_UNSAFE_IN_COMMENT)


def comment_lines(comment: Any) -> list[str]:
    """A JS comment as the text of Python comment lines (without the leading '#')."""
    if comment.type == "Line":
        return [_safe(comment.value.rstrip())]
    lines = [_safe(line) for line in comment.value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("*"):
            stripped = stripped[1:]
            stripped = stripped[1:] if stripped.startswith(" ") else stripped
            stripped = " " + stripped if stripped else ""
        elif stripped:
            stripped = " " + stripped
        out.append(stripped.rstrip())
    while out and not out[0].strip():
        out.pop(0)
    while out and not out[-1].strip():
        out.pop()
    return out or [""]


class Builder:
    def __init__(self, parsed: Parsed, diagnostics: Diagnostics) -> None:
        self.parsed = parsed
        self.diag = diagnostics
        self.comments = sorted(parsed.comments, key=lambda c: c.range[0])
        self.comment_starts = [c.range[0] for c in self.comments]
        # Comments are claimed by the innermost block around them (inner blocks are built first).
        # `_unclaimed[i]` leads to the first unclaimed comment at index >= i (a union-find with
        # path compression), so each block visits only its own comments: linear in all, where
        # rescanning every comment for every block took minutes on a 5 MB file.
        self._unclaimed = list(range(len(self.comments) + 1))
        # The superclass of each class being built, or the home object of an object literal's
        # methods (`{m() { return super.m(); }}`), innermost last.
        self.class_parents: list[ir.Expr | _Home | None] = []
        # The class whose constructor `super(...)` would be in (None: a base class), innermost last.
        self.derived_classes: list[str | None] = []
        self.for_loops = 0  # `for (;;)` statements built (the counted-loop pass runs only if any)
        self.optional_chains = 0  # `?.` chains built (the optional-chain pass runs only if any)
        self.strict = False  # building strict-mode code ("use strict" around it, or a class body)
        self.reads_names = False  # a `name` property is read (`f.name`, `o["name"]`, "name" as a key)
        self.reads_lengths = False  # a `length` property is read, likewise
        self.new_target_readers: list[bool] = []  # for each non-arrow function being built: reads new.target
        self.temps = TempNames(parsed.source)
        # A read of `arguments` can only come from the source saying so (the word, or an escape
        # spelling it): without either, no function body needs to be searched for one.
        self.may_read_arguments = "arguments" in parsed.source or "\\u" in parsed.source
        self.patterns = Destructurer(self.expr, self.temps, self.unsupported, self.named, self.loc)
        # Temporaries that expressions of each function being built need declared (a
        # destructuring assignment used as a value keeps its right-hand side in one).
        self.function_temps: list[list[str]] = [[]]
        # Class declarations that class expressions of the statement being built lower to; they
        # go before that statement (the expression becomes the class's name).
        self.pending: list[ir.Stmt] = []
        # Inside `with` bodies: ("with", temporary holding the object) and ("shadow", names bound
        # between there and here: a nested function's parameters and variables, block bindings).
        # Kept everywhere when some global-scope names live on the global object, to tell their
        # uses from those of local variables of the same name.
        self.with_frames: list[tuple[str, Any]] = []
        # The script's global-scope names kept as the global object's properties (globalscope.py).
        self.global_names: dict[str, bool] = {}
        self.stmt_table: dict[str, Callable[[Any], ir.Stmt]] = {
            "VariableDeclaration": self.var_decl,
            "FunctionDeclaration": self.function_decl,
            "ExpressionStatement": self.expr_stmt,
            "ReturnStatement": lambda n: ir.Return(self.expr(n.argument) if n.argument else None, loc=self.loc(n)),
            "IfStatement": self.if_stmt,
            "WhileStatement": lambda n: ir.While(self.expr(n.test), self.body_of(n.body), loc=self.loc(n)),
            "BlockStatement": self.block_stmt,
            "ForStatement": self.for_stmt,
            "ForInStatement": self.for_in_stmt,
            "ForOfStatement": self.for_of_stmt,
            "DoWhileStatement": lambda n: ir.DoWhile(self.body_of(n.body), self.expr(n.test), loc=self.loc(n)),
            "SwitchStatement": self.switch_stmt,
            "BreakStatement": lambda n: ir.Break(n.label.name if n.label else None, loc=self.loc(n)),
            "ContinueStatement": lambda n: ir.Continue(n.label.name if n.label else None, loc=self.loc(n)),
            "ThrowStatement": lambda n: ir.Throw(self.expr(n.argument), loc=self.loc(n)),
            "TryStatement": self.try_stmt,
            "EmptyStatement": lambda n: ir.Block([], loc=self.loc(n)),
            "DebuggerStatement": lambda n: ir.Block([], loc=self.loc(n)),  # no debugger attached: nothing to do
            "ClassDeclaration": self.class_decl,
            "LabeledStatement": self.labelled,
            "WithStatement": self.with_stmt,
        }
        self.expr_table: dict[str, Callable[[Any], ir.Expr]] = {
            "Identifier": self.identifier,
            "Literal": self.literal,
            "TemplateLiteral": self.template,
            "ArrayExpression": self.array_lit,
            "SpreadElement": lambda n: ir.Spread(self.expr(n.argument), loc=self.loc(n)),
            "AwaitExpression": lambda n: ir.Await(self.expr(n.argument), loc=self.loc(n)),
            "YieldExpression": lambda n: ir.Yield(self.expr(n.argument) if n.argument is not None else None,
                                                  delegate=bool(n.delegate), loc=self.loc(n)),
            "ObjectExpression": self.object_lit,
            "FunctionExpression": self.function_expr,
            "ArrowFunctionExpression": self.function_expr,
            "CallExpression": self.call,
            # `a?.b.c`: the parser wraps a chain in ChainExpression and marks each `?.` link
            # (`optional`); the optional-chain pass finds the links in the IR.
            "ChainExpression": self.chain,
            "NewExpression": lambda n: ir.New(self.expr(n.callee), self.args(n.arguments), loc=self.loc(n)),
            "MemberExpression": self.member,
            "UnaryExpression": lambda n: ir.Unary(n.operator, self.expr(n.argument), loc=self.loc(n)),
            "UpdateExpression": self.update,
            "BinaryExpression": lambda n: ir.Binary(n.operator, self.expr(n.left), self.expr(n.right), loc=self.loc(n)),
            "LogicalExpression": lambda n: ir.Logical(n.operator, self.expr(n.left), self.expr(n.right), loc=self.loc(n)),
            "ConditionalExpression": lambda n: ir.Conditional(
                self.expr(n.test), self.expr(n.consequent), self.expr(n.alternate), loc=self.loc(n)),
            "AssignmentExpression": self.assign,
            "SequenceExpression": lambda n: ir.Sequence([self.expr(e) for e in n.expressions], loc=self.loc(n)),
            "ThisExpression": lambda n: ir.This(loc=self.loc(n)),
            "MetaProperty": self.meta_property,
            "ClassExpression": self.class_expr,
            "TaggedTemplateExpression": self.tagged_template,
        }

    def loc(self, node: Any) -> ir.Loc:
        """Where ``node`` starts."""
        return _location(*self.parsed.positions.at(node.range[0]))

    def end_line(self, node: Any) -> int:
        return self.parsed.positions.at(node.range[1])[0]

    # -- diagnostics for what is not handled yet ---------------------------------------------------
    def unsupported(self, node: Any, what: str) -> None:
        start = self.loc(node)
        self.diag.error(
            "E100", f"{what} is not supported yet", start.line, start.col + 1,
            hint="ti2py translates the ES5 core that Titanium apps use; this construct is planned",
        )

    # -- program and blocks -------------------------------------------------------------------------
    def program(self) -> ir.Program:
        ast = self.parsed.ast
        self.strict = _uses_strict(ast.body)
        body = self.block(ast.body, (0, len(self.parsed.source) + 1))
        if self.global_names:
            body[:0] = self.declare_globals()
        body = self._with_temps(body, self.function_temps[0])
        return ir.Program(body, loc=ir.Loc(1, 0), has_optional_chains=self.optional_chains > 0,
                          has_for_loops=self.for_loops > 0, reads_names=self.reads_names,
                          reads_lengths=self.reads_lengths, strict=self.strict,
                          global_object_names=frozenset(self.global_names))

    @staticmethod
    def _with_temps(body: list[ir.Stmt], temps: list[str]) -> list[ir.Stmt]:
        if not temps:
            return body
        return [ir.VarDecl("var", [(name, None) for name in temps], loc=body[0].loc if body else ir.Loc(1, 0)), *body]

    def block(self, nodes: list[Any], span: tuple[int, int]) -> list[ir.Stmt]:
        built = [(node, self.stmt(node)) for node in nodes]
        return self._attach_comments(built, span)

    def body_of(self, node: Any) -> list[ir.Stmt]:
        """The statements of a loop or branch body (a block or a single statement)."""
        if node.type == "BlockStatement":
            return self.block(node.body, node.range)
        return self.block([node], node.range)

    def _first_unclaimed(self, index: int) -> int:
        links = self._unclaimed
        root = index
        while links[root] != root:
            root = links[root]
        while links[index] != root:  # compress the path, so later look-ups jump straight there
            links[index], index = root, links[index]
        return root

    def _claim_comments(self, lo: int, hi: int) -> list[int]:
        """Claim the unclaimed comments that start in [lo, hi), in source order."""
        end = bisect_left(self.comment_starts, hi)
        claimed = []
        index = self._first_unclaimed(bisect_left(self.comment_starts, lo))
        while index < end:
            claimed.append(index)
            self._unclaimed[index] = index + 1
            index = self._first_unclaimed(index + 1)
        return claimed

    def _attach_comments(self, built: list[tuple[Any, ir.Stmt]], span: tuple[int, int]) -> list[ir.Stmt]:
        lo, hi = span
        out: list[ir.Stmt] = []
        free = self._claim_comments(lo, hi)  # every one of them goes to this block
        position = 0
        previous: tuple[Any, ir.Stmt] | None = None
        for node, stmt in built:
            start, end = node.range
            while position < len(free) and self.comments[free[position]].range[0] < end:
                comment = self.comments[free[position]]
                position += 1
                if (
                    previous is not None
                    and comment.range[0] >= previous[0].range[1]
                    and self.loc(comment).line == self.end_line(previous[0])
                    and previous[1].trailing is None
                    and comment.type == "Line"
                ):
                    previous[1].trailing = comment_lines(comment)[0]
                else:
                    stmt.leading.extend(comment_lines(comment))
            out.append(stmt)
            previous = (node, stmt)
        rest: list[str] = []
        for index in free[position:]:
            comment = self.comments[index]
            if (
                previous is not None and not rest
                and self.loc(comment).line == self.end_line(previous[0]) and previous[1].trailing is None
                and comment.type == "Line"
            ):
                previous[1].trailing = comment_lines(comment)[0]
            else:
                rest.extend(comment_lines(comment))
        if rest:
            out.append(ir.CommentOnly(leading=rest))
        return out

    # -- statements ---------------------------------------------------------------------------------
    def stmt(self, node: Any) -> ir.Stmt:
        outer, self.pending = self.pending, []
        try:
            built = self._stmt(node)
            if not self.pending:
                return built
            return ir.Block([*self.pending, built], loc=built.loc)
        finally:
            self.pending = outer

    def _stmt(self, node: Any) -> ir.Stmt:
        handler = self.stmt_table.get(node.type)
        if handler is None:
            what = f"`{node.type}`"
            self.unsupported(node, what)
            return ir.Unsupported(what, loc=self.loc(node))
        return handler(node)

    def with_stmt(self, node: Any) -> ir.Stmt:
        """``with (obj) body``: the object is kept in a temporary, and each name the body uses
        (unless bound inside it) is looked up there first when it runs (ir.WithName)."""
        loc = self.loc(node)
        scope = self.temps.fresh("scope")
        self.function_temps[-1].append(scope)
        start = ir.ExprStmt(ir.Assign("=", ir.Name(scope, loc=loc),
                                      ir.Call(ir.Name("js.with_object"), [self.expr(node.object)], loc=loc), loc=loc), loc=loc)
        self.with_frames.append(("with", scope))
        self.with_frames.append(("shadow", _block_bindings(node.body)))
        try:
            body = self.body_of(node.body)
        finally:
            del self.with_frames[-2:]
        return ir.Block([start, *body], loc=loc)

    def block_stmt(self, node: Any) -> ir.Stmt:
        tracked = bool(self.with_frames or self.global_names)
        if tracked:
            self.with_frames.append(("shadow", _block_bindings(node)))
        try:
            return ir.Block(self.block(node.body, node.range), loc=self.loc(node), is_scope=True)
        finally:
            if tracked:
                self.with_frames.pop()

    def identifier(self, node: Any) -> ir.Expr:
        name = ir.Name(node.name, loc=self.loc(node))
        scopes: list[ir.Name] = []
        for kind, value in reversed(self.with_frames):
            if kind == "shadow" and node.name in value:
                return ir.WithName(scopes, name, node.name, loc=self.loc(node)) if scopes else name
            if kind == "with":
                scopes.append(ir.Name(value, loc=self.loc(node)))
        outside: ir.Name | ir.Member = name
        if node.name in self.global_names:
            outside = ir.global_property(node.name, self.loc(node))
        return ir.WithName(scopes, outside, node.name, loc=self.loc(node)) if scopes else outside

    def _in_with(self) -> bool:
        """Is the builder inside a ``with`` body (not only a block that shadows names)?"""
        return any(kind == "with" for kind, _ in self.with_frames)

    def on_global_object(self, name: str) -> bool:
        """Does ``name``, where the builder is, mean a global-scope name kept on the global object?"""
        return name in self.global_names and not any(
            kind == "shadow" and name in value for kind, value in self.with_frames)

    def declare_globals(self) -> list[ir.Stmt]:
        """The global object's properties for the script's declarations, made when it starts (as
        JS does before running a script): ``js.declare_global("x")`` for ``var x``,
        ``js.declare_global("f", f)`` for ``function f``."""
        loc = ir.Loc(1, 0)
        functions = {s.id.name for s in self.parsed.ast.body if s.type == "FunctionDeclaration" and s.id is not None}
        made: list[ir.Stmt] = []
        for name, deletable in self.global_names.items():
            if deletable:
                continue  # an implicit global: a property once assigned
            args: list[ir.Expr] = [ir.Literal(name, loc=loc)]
            if name in functions:
                args.append(ir.Name(name, loc=loc))
            made.append(ir.ExprStmt(ir.Call(ir.Name("js.declare_global", loc=loc), args, loc=loc), loc=loc))
        return made

    def labelled(self, node: Any) -> ir.Stmt:
        """``outer: for (...)`` labels the loop; a labelled block or other statement becomes a
        loop that runs once, so that ``break label`` can leave it."""
        inner = self.stmt(node.body)
        if isinstance(inner, (ir.While, ir.For, ir.ForIn, ir.ForOf, ir.DoWhile)) and inner.label is None:
            inner.label = node.label.name
            return inner
        body = inner.body if isinstance(inner, ir.Block) else [inner]
        return ir.While(ir.Literal(True, loc=self.loc(node)), [*body, ir.Break(node.label.name, loc=self.loc(node))],
                        label=node.label.name, role="block", loc=self.loc(node))

    def class_decl(self, node: Any, name: str | None = None, name_property: str | None = None) -> ir.Stmt:
        """``class C extends P { constructor() {...} m() {...} static s() {...} }`` as the
        constructor function, ``js.extend(C, P)`` and assignments to ``C.prototype`` / ``C``.
        ``name``: the name a class expression is declared under; ``name_property``: its JS
        ``name``, when that is not ``name``."""
        if name is None:
            name = node.id.name
        elif node.id is not None and node.id.name != name:
            self.unsupported(node.id, "a named class expression stored under another name")
        parent = self.expr(node.superClass) if node.superClass is not None else None
        self.class_parents.append(parent)
        self.derived_classes.append(name if parent is not None else None)
        outer_strict, self.strict = self.strict, True  # a class body is strict-mode code
        try:
            constructor = None
            members: list[ir.Stmt] = []
            accessors: dict[str, dict[str, ir.Expr]] = {}  # getters and setters, by property name
            static_accessors: dict[str, dict[str, ir.Expr]] = {}  # `static get x()`: the class's own
            fields: list[ir.Stmt] = []  # `x = 1;`: set on each instance by the constructor
            static_fields: list[ir.Stmt] = []  # `static y = 2;`: set on the class after its methods
            for method in node.body.body:
                if method.type == "StaticBlock":
                    self.unsupported(method, "a static initialization block (ES2022)")
                    continue
                if method.key.type == "PrivateIdentifier":
                    self.unsupported(method, "private class members (#name, ES2022)")
                    continue
                key = self._class_key(method)
                if method.type == "PropertyDefinition":
                    if not isinstance(key, str):
                        self.unsupported(method, "a class field with a computed name")
                        continue
                    self.class_field(method, key, name, fields, static_fields)
                    continue
                # `super.x`: the member of the home object's prototype (for a static method, the
                # class's own prototype: the parent class).
                home_object: ir.Expr = ir.Name(name, loc=self.loc(method))
                if not method.static:
                    home_object = ir.Member(home_object, "prototype", loc=self.loc(method))
                self.class_parents.append(_Home(self.temps, home_object))
                try:
                    fn = self.function(method.value, False)
                finally:
                    self.class_parents.pop()
                if isinstance(key, str):
                    fn.name_property = f"{method.kind} {key}" if method.kind in ("get", "set") else key
                if method.kind == "constructor" and not method.static:
                    constructor = fn
                    continue
                owner: ir.Expr = ir.Name(name, loc=self.loc(method))
                if not method.static:
                    owner = ir.Member(owner, "prototype", loc=self.loc(method))
                if method.kind in ("get", "set"):
                    label = key if isinstance(key, str) and is_identifier_text(key) else "property"
                    fn.js_name = f"{method.kind}_{label}"
                    if isinstance(key, str):
                        pairs = static_accessors if method.static else accessors
                        pairs.setdefault(key, {})[method.kind] = ir.FunctionExpr(fn, loc=self.loc(method))
                        continue
                    # A computed accessor: defined where it stands (the halves of one property
                    # join when they meet, as in JS).
                    none = ir.Literal(ir.UNDEFINED, loc=self.loc(method))
                    halves = [ir.FunctionExpr(fn, loc=self.loc(method)), none]
                    key_expr = key if isinstance(key, ir.Expr) else ir.Literal(key, loc=self.loc(method))
                    define = ir.Call(ir.Name("js.define_accessor"),
                                     [owner, key_expr, *(halves if method.kind == "get" else halves[::-1])], loc=self.loc(method))
                    members.append(ir.ExprStmt(define, loc=self.loc(method)))
                    continue
                if method.static and key in ("name", "length"):
                    # `static name() {}` replaces the class's own `name`, which assignment cannot.
                    define = ir.Call(ir.Name("js.define_method"), [owner, ir.Literal(key, loc=self.loc(method)),
                                                                  ir.FunctionExpr(fn, loc=self.loc(method))], loc=self.loc(method))
                    members.append(ir.ExprStmt(define, loc=self.loc(method)))
                    continue
                if isinstance(key, str) and is_identifier_text(key):
                    target = ir.Member(owner, key, loc=self.loc(method))
                else:
                    key_expr = key if isinstance(key, ir.Expr) else ir.Literal(key, loc=self.loc(method))
                    target = ir.Member(owner, key_expr, computed=True, loc=self.loc(method))
                members.append(ir.ExprStmt(ir.Assign("=", target, ir.FunctionExpr(fn, loc=self.loc(method)), loc=self.loc(method)),
                                           loc=self.loc(method)))
            for is_static, pairs in ((False, accessors), (True, static_accessors)):
                for key, pair in pairs.items():
                    # `get area() {...}` lives on the prototype, shared by the instances, as in
                    # JS; `static get x()` on the class.
                    loc = pair.get("get", pair.get("set")).loc  # type: ignore[union-attr]
                    holder: ir.Expr = ir.Name(name, loc=loc)
                    if not is_static:
                        holder = ir.Member(holder, "prototype", loc=loc)
                    none = ir.Literal(ir.UNDEFINED, loc=loc)
                    define = ir.Call(ir.Name("js.define_accessor"),
                                     [holder, ir.Literal(key, loc=loc), pair.get("get", none), pair.get("set", none)], loc=loc)
                    members.append(ir.ExprStmt(define, loc=loc))
        finally:
            self.class_parents.pop()
            self.derived_classes.pop()
            self.strict = outer_strict
        if constructor is None:
            # The default constructor: a derived class passes its arguments to the parent.
            body: list[ir.Stmt] = []
            if parent is not None:
                body = [ir.ExprStmt(ir.SuperCall(ir.Name(name, loc=self.loc(node)), [ir.Spread(ir.Name("args"))]),
                                    loc=self.loc(node))]
            constructor = ir.Function(name, [], body, loc=self.loc(node), rest="args" if parent is not None else None)
        constructor_body = constructor.body
        if fields:
            constructor_body = self._with_fields(node, constructor_body, fields, derived=parent is not None)
        if parent is not None and not (constructor_body and isinstance(constructor_body[-1], (ir.Return, ir.Throw))):
            # A derived constructor gives the `this` its super() call bound (`new` checks it was).
            constructor_body = [*constructor_body, ir.Return(ir.This(loc=self.loc(node)), loc=self.loc(node))]
        constructor = ir.Function(name, constructor.params, constructor_body, loc=self.loc(node), js_name=name,
                                  defaults=constructor.defaults, rest=constructor.rest, strict=True,
                                  arguments_object=constructor.arguments_object,
                                  name_property=name_property, length=constructor.length,
                                  reads_new_target=constructor.reads_new_target, is_class=True,
                                  derived=parent is not None)
        statements: list[ir.Stmt] = [ir.FunctionDecl(constructor, loc=self.loc(node))]
        if parent is not None:
            # "js.extend" as one Name: the runtime helper, which renaming an app's own `js` never touches.
            extend = ir.Call(ir.Name("js.extend"), [ir.Name(name), parent], loc=self.loc(node))
            statements.append(ir.ExprStmt(extend, loc=self.loc(node)))
        # Its methods and accessors are not enumerable (a runtime call: the prototype holds them).
        end = ir.ExprStmt(ir.Call(ir.Name("js.end_class"), [ir.Name(name, loc=self.loc(node))], loc=self.loc(node)), loc=self.loc(node))
        return ir.Block(statements + members + [end] + static_fields, loc=self.loc(node))

    def _class_key(self, member: Any) -> str | ir.Expr:
        """A class member's property key: its text for a name or literal (``0x10`` is ``"16"``,
        as JS converts it), the expression for a computed one (``[Symbol.iterator]``)."""
        if member.computed:
            return self.expr(member.key)
        if member.key.type == "Identifier":
            return str(member.key.name)
        value = member.key.value
        if isinstance(value, str):
            return js_string(value)
        from ti2py.runtime.js.ops import number_to_str  # only for a class with numeric member names

        return str(number_to_str(value))

    def class_expr(self, node: Any, name_property: str | None = None) -> ir.Expr:
        """A class expression where a value stands (``f(class {...})``, ``x = class D {...}``):
        the class is declared just before the statement, under its own name or a fresh one.
        ``name_property``: the JS ``name`` of an anonymous class, from where it is stored."""
        name = node.id.name if node.id is not None else self.temps.fresh("Class")
        self.pending.append(self.class_decl(node, name, name_property if node.id is None else None))
        return ir.Name(name, loc=self.loc(node))

    def named(self, node: Any, name: str) -> ir.Expr:
        """``node`` stored under ``name`` (a binding, a property key): an anonymous function,
        arrow or class there takes that name as its JS ``name`` (NamedEvaluation)."""
        if node.type in ("FunctionExpression", "ArrowFunctionExpression") and getattr(node, "id", None) is None:
            built = self.function_expr(node)
            assert isinstance(built, ir.FunctionExpr)
            built.fn.name_property = name
            return built
        if node.type == "ClassExpression" and node.id is None:
            return self.class_expr(node, name)
        return self.expr(node)

    def class_field(self, node: Any, key: str, class_name: str, fields: list[ir.Stmt], static_fields: list[ir.Stmt]) -> None:
        """``x = value;`` (ES2022) as ``this.x = value`` in the constructor, and ``static y = v;`` as
        ``C.y = v`` after the class: where and when JS evaluates them."""
        loc = self.loc(node)
        value = self.named(node.value, key) if node.value is not None else ir.Literal(ir.UNDEFINED, loc=loc)
        if not node.static:
            fields.append(ir.ExprStmt(ir.Assign("=", self._member_of(ir.This(loc=loc), key, loc), value, loc=loc),
                                      loc=loc))
        elif _reads_this(value):
            self.unsupported(node, "`this` in a static class field (ES2022)")
        else:
            static_fields.append(ir.ExprStmt(
                ir.Assign("=", self._member_of(ir.Name(class_name, loc=loc), key, loc), value, loc=loc), loc=loc))

    @staticmethod
    def _member_of(obj: ir.Expr, key: str, loc: ir.Loc) -> ir.Member:
        if is_identifier_text(key):
            return ir.Member(obj, key, loc=loc)
        return ir.Member(obj, ir.Literal(key, loc=loc), computed=True, loc=loc)

    def _with_fields(self, node: Any, body: list[ir.Stmt], fields: list[ir.Stmt], derived: bool) -> list[ir.Stmt]:
        """The constructor body with the instance fields set first, or, in a derived class, right
        after ``super(...)`` returns (before that there is no ``this``)."""
        if not derived:
            return fields + body
        for index, statement in enumerate(body):
            if isinstance(statement, ir.ExprStmt) and isinstance(statement.expr, ir.SuperCall):
                return body[:index + 1] + fields + body[index + 1:]
        self.unsupported(node, "class fields in a derived class whose constructor calls `super()` inside a nested statement")
        return body

    def var_decl(self, node: Any) -> ir.Stmt:
        decls: list[tuple[str, ir.Expr | None]] = []
        lowered: list[ir.Stmt] = []  # destructuring and class expressions: several statements
        for declarator in node.declarations:
            if declarator.id.type != "Identifier":
                if declarator.init is None:
                    self.unsupported(declarator.id, "a destructuring declaration without a value")
                    continue
                if decls:
                    lowered.append(ir.VarDecl(node.kind, decls, loc=self.loc(node)))
                    decls = []
                if node.kind == "var" and any(self.on_global_object(name) for name in _pattern_names(declarator.id)):
                    # Global-scope names kept on the global object: stored there (declared already).
                    lowered.extend(self.patterns.assign(declarator.id, self.expr(declarator.init)))
                else:
                    lowered.extend(self.patterns.declare(node.kind, declarator.id, self.expr(declarator.init)))
                continue
            if declarator.init is not None and declarator.init.type == "ClassExpression" and not (
                    node.kind == "var" and self.on_global_object(declarator.id.name)) and (
                    declarator.init.id is None or declarator.init.id.name == declarator.id.name):
                # `const Point = class { ... }`: the class, declared under the variable's name.
                lowered.append(self.class_decl(declarator.init, declarator.id.name))
                continue
            if (self.with_frames or self.global_names) and node.kind == "var":
                target = self.identifier(declarator.id)
                if not isinstance(target, ir.Name):
                    # `var x = v` in a `with` body: x is the function's, but `x = v` assigns the
                    # object's x when it has one, as in JS.  A global-scope name kept on the
                    # global object is declared when the script starts: only `x = v` is left.
                    if isinstance(target, ir.WithName) and isinstance(target.name, ir.Name):
                        decls.append((declarator.id.name, None))
                    if decls:
                        lowered.append(ir.VarDecl(node.kind, decls, loc=self.loc(node)))
                        decls = []
                    if declarator.init is not None:
                        lowered.append(ir.ExprStmt(ir.Assign("=", target, self.named(declarator.init, declarator.id.name),
                                                             loc=self.loc(declarator)), loc=self.loc(declarator)))
                    continue
            decls.append((declarator.id.name, self.named(declarator.init, declarator.id.name) if declarator.init else None))
        if not lowered:
            return ir.VarDecl(node.kind, decls, loc=self.loc(node))
        if decls:
            lowered.append(ir.VarDecl(node.kind, decls, loc=self.loc(node)))
        return ir.Block(lowered, loc=self.loc(node))

    def function(self, node: Any, is_declaration: bool) -> ir.Function:
        self.function_temps.append([])
        if self.with_frames or self.global_names:
            self.with_frames.append(("shadow", _function_bindings(node)))
        own_new_target = node.type != "ArrowFunctionExpression"
        if own_new_target:
            self.new_target_readers.append(False)
        try:
            built = self._function(node, is_declaration)
            if own_new_target and self.new_target_readers[-1]:
                built.reads_new_target = True
            return built
        finally:
            self.function_temps.pop()
            if own_new_target:
                self.new_target_readers.pop()
            if self.with_frames:
                self.with_frames.pop()

    def _function(self, node: Any, is_declaration: bool) -> ir.Function:
        params: list[str] = []
        defaults: dict[str, ir.Expr] = {}
        rest = None
        unpack: list[ir.Stmt] = []  # destructured parameters, bound at the top of the body
        for param in node.params:
            if param.type == "Identifier":
                params.append(param.name)
            elif param.type == "AssignmentPattern" and param.left.type == "Identifier":
                params.append(param.left.name)
                defaults[param.left.name] = self.named(param.right, param.left.name)
            elif param.type == "RestElement" and param.argument.type == "Identifier":
                rest = param.argument.name
            elif param.type == "RestElement":
                rest = self.temps.fresh("rest")
                unpack.extend(self.patterns.declare("let", param.argument, ir.Name(rest, loc=self.loc(param))))
            else:
                pattern = param
                arg = self.temps.fresh("arg")
                params.append(arg)
                if param.type == "AssignmentPattern":
                    defaults[arg] = self.expr(param.right)
                    pattern = param.left
                unpack.extend(self.patterns.declare("let", pattern, ir.Name(arg, loc=self.loc(param))))
        for index, param_name in enumerate(params):
            if param_name in params[index + 1:]:  # `function (a, a)` (sloppy mode): the last one is `a`
                params[index] = self.temps.fresh(f"{param_name}_unused")
        self._uninitialised_in_defaults(node, defaults, params)
        length = next((i for i, p in enumerate(node.params) if p.type in ("AssignmentPattern", "RestElement")),
                      len(node.params))
        outer_strict = self.strict
        if node.body.type == "BlockStatement":
            self.strict = outer_strict or _uses_strict(node.body.body)
            try:
                body = self.block(node.body.body, node.body.range)
            finally:
                strict, self.strict = self.strict, outer_strict
        else:  # arrow with expression body
            outer, self.pending = self.pending, []
            strict = outer_strict
            body = [ir.Return(self.expr(node.body), loc=self.loc(node.body))]
            body[:0], self.pending = self.pending, outer
        is_generator = bool(getattr(node, "generator", False))
        is_async = bool(getattr(node, "isAsync", False) or getattr(node, "async", False))
        lazy_head = is_generator and not is_async and bool(defaults or unpack)
        if lazy_head or any(isinstance(n, ir.FunctionExpr) for value in defaults.values() for n in ir.walk(value)):
            # A default that makes a function: the defaults become the body's first statements,
            # where the function can be defined as a nested def.
            loc = self.loc(node)
            unpack[:0] = [ir.If(ir.Binary("===", ir.Name(param, loc=loc), ir.Literal(ir.UNDEFINED, loc=loc), loc=loc),
                                [ir.ExprStmt(ir.Assign("=", ir.Name(param, loc=loc), value, loc=loc), loc=loc)], [],
                                loc=value.loc)
                          for param, value in defaults.items()]
            defaults = {}
        name = node.id.name if getattr(node, "id", None) else None
        if lazy_head:
            # A generator binds its parameters when it is called, before its body first runs
            # (a default that throws, throws from the call): the parameters are bound by a plain
            # function that returns the body, a nested generator.
            inner_name = self.temps.fresh(f"{name or 'generator'}_body")
            inner = ir.Function(inner_name, [], body, is_arrow=True, is_declaration=True, loc=self.loc(node),
                                is_generator=True)
            body = [*unpack, ir.FunctionDecl(inner, loc=self.loc(node)),
                    ir.Return(ir.Call(ir.Name(inner_name, loc=self.loc(node)), [], loc=self.loc(node)), loc=self.loc(node))]
            unpack, is_generator = [], False
        body = self._with_temps(unpack + body, self.function_temps[-1])
        arguments_object = self.may_read_arguments and node.type != "ArrowFunctionExpression" and _reads_arguments(
            [*body, *(ir.ExprStmt(value, loc=value.loc) for value in defaults.values())])
        if arguments_object:
            params, defaults, rest, body = self._with_arguments(node, params, defaults, rest, body)
        if is_async and getattr(node, "generator", False):
            self.unsupported(node, "an async generator (ES2018)")
        return ir.Function(
            name, params, body, is_arrow=node.type == "ArrowFunctionExpression",
            is_declaration=is_declaration, js_name=name, loc=self.loc(node), defaults=defaults, rest=rest,
            arguments_object=arguments_object, is_async=is_async, is_generator=is_generator, strict=strict, length=length,
        )

    @staticmethod
    def _uninitialised_in_defaults(node: Any, defaults: dict[str, ir.Expr], params: list[str]) -> None:
        """A default that reads its own parameter or a later one (``function (a = b, b)``) reads
        it before it is initialised: a ReferenceError in JS, written as the runtime's
        ``js.not_defined`` for that name (read when the default is evaluated)."""
        if not defaults:
            return
        bound = [_pattern_names(p) for p in node.params]
        for index, param in enumerate(node.params):
            name = params[index] if index < len(params) else None
            if name is None or name not in defaults:
                continue
            later = set().union(*bound[index:])
            default = defaults[name]
            stack: list[ir.Node] = [default]
            while stack:
                item = stack.pop()
                if isinstance(item, ir.FunctionExpr):
                    continue  # a closure reads it later, once it is initialised
                for field_name, value in list(vars(item).items()):
                    if isinstance(value, ir.Name) and value.id in later:
                        setattr(item, field_name, _not_initialised(value))
                    elif isinstance(value, list):
                        value[:] = [_not_initialised(v) if isinstance(v, ir.Name) and v.id in later else v for v in value]
                stack.extend(item.children())
            if isinstance(default, ir.Name) and default.id in later:
                defaults[name] = _not_initialised(default)

    def _with_arguments(self, node: Any, params: list[str], defaults: dict[str, ir.Expr], rest: str | None,
                        body: list[ir.Stmt]) -> tuple[list[str], dict[str, ir.Expr], str | None, list[ir.Stmt]]:
        """A function that reads ``arguments`` takes ``*arguments``; its named parameters are
        read from it, so ``arguments.length`` counts what the caller really passed."""
        loc = self.loc(node)
        unpack: list[ir.Stmt] = []
        for index, name in enumerate(params):
            value: ir.Expr = ir.Member(ir.Name("arguments", loc=loc), ir.Literal(index, loc=loc), computed=True, loc=loc)
            if name in defaults:
                missing = ir.Binary("===", value, ir.Literal(ir.UNDEFINED, loc=loc), loc=loc)
                value = ir.Conditional(missing, defaults[name], ir.clone(value), loc=loc)
            unpack.append(ir.VarDecl("var", [(name, value)], loc=loc))
        if rest is not None:  # `...rest`: what the named parameters leave
            rest_value = ir.Call(ir.Name("js.array_rest"), [ir.Name("arguments", loc=loc), ir.Literal(len(params), loc=loc)],
                                 loc=loc)
            unpack.append(ir.VarDecl("var", [(rest, rest_value)], loc=loc))
        return [], {}, "arguments", unpack + body

    def function_decl(self, node: Any) -> ir.Stmt:
        return ir.FunctionDecl(self.function(node, True), loc=self.loc(node))

    def expr_stmt(self, node: Any) -> ir.Stmt:
        if getattr(node, "directive", None):
            return ir.Block([], loc=self.loc(node))  # "use strict" and friends: nothing to run
        expression = node.expression
        if expression.type == "AssignmentExpression" and expression.operator == "=":
            if expression.left.type in ("ObjectPattern", "ArrayPattern"):
                return ir.Block(self.patterns.assign(expression.left, self.expr(expression.right)), loc=self.loc(node))
            if expression.right.type == "ClassExpression" and expression.left.type == "MemberExpression":
                # `module.exports.Point = class { ... }`: declare the class, then store it.
                right, left = expression.right, expression.left
                name = right.id.name if right.id else (
                    left.property.name if not left.computed and left.property.type == "Identifier" else self.temps.fresh("Class"))
                store = ir.ExprStmt(ir.Assign("=", self.expr(expression.left), ir.Name(name)), loc=self.loc(node))
                return ir.Block([self.class_decl(expression.right, name), store], loc=self.loc(node))
        if (expression.type == "AssignmentExpression" and expression.operator in LOGICAL_ASSIGNMENT
                and (expression.left.type == "Identifier" or (expression.left.type == "MemberExpression"
                                                              and _evaluates_twice_safely(expression.left)))):
            # A statement `a ??= b` reads best as `if a is null or undefined: a = b`.
            loc = self.loc(node)
            target = self.expr(expression.left)
            test: ir.Expr = {
                "??=": lambda: ir.Binary("==", target, ir.Literal(None, loc=loc), loc=loc),
                "||=": lambda: ir.Unary("!", target, loc=loc),
                "&&=": lambda: target,
            }[expression.operator]()
            right = self.named(expression.right, expression.left.name) if expression.left.type == "Identifier" \
                else self.expr(expression.right)
            assignment = ir.Assign("=", self.expr(expression.left), right, loc=loc)
            return ir.If(test, [ir.ExprStmt(assignment, loc=loc)], [], loc=loc)
        return ir.ExprStmt(self.expr(expression), loc=self.loc(node))

    def for_stmt(self, node: Any) -> ir.Stmt:
        self.for_loops += 1
        init: ir.Stmt | None = None
        if node.init is not None:
            if node.init.type == "VariableDeclaration":
                init = self.var_decl(node.init)
            else:
                init = ir.ExprStmt(self.expr(node.init), loc=self.loc(node.init))
        return ir.For(
            init,
            self.expr(node.test) if node.test is not None else None,
            self.expr(node.update) if node.update is not None else None,
            self.body_of(node.body),
            loc=self.loc(node),
        )

    def for_of_stmt(self, node: Any) -> ir.Stmt:
        # `for await (...)` (ES2018): esprima-fork keeps ESTree's `await` flag as `allowAwait`.
        if getattr(node, "allowAwait", False) or getattr(node, "await", False):
            self.unsupported(node, "`for await` (ES2018)")
        name, declared, unpack = self._loop_target(node)
        return ir.ForOf(name, declared, self.expr(node.right), unpack + self.body_of(node.body), loc=self.loc(node),
                        kind=node.left.kind if declared else "var")

    def _loop_target(self, node: Any) -> tuple[str, bool, list[ir.Stmt]]:
        """The variable of a for...in/for...of loop, whether the loop declares it, and the
        statements that destructure it (``for (const [key, value] of pairs)``) at the top of the body."""
        left = node.left
        if left.type == "VariableDeclaration":
            target = left.declarations[0].id
            if left.kind == "var" and any(self.on_global_object(name) for name in _pattern_names(target)):
                left = target  # declared when the script starts: the loop assigns the global object's property
            elif target.type == "Identifier":
                return target.name, True, []
            else:
                item = self.temps.fresh("item")
                return item, True, self.patterns.declare(left.kind, target, ir.Name(item, loc=self.loc(target)))
        if left.type == "Identifier":
            reference = self.identifier(left)
            if isinstance(reference, ir.Name):
                return left.name, False, []
            # A name of a `with` body or one kept on the global object: assigned each time round.
            item = self.temps.fresh("item")
            return item, True, [ir.ExprStmt(ir.Assign("=", reference, ir.Name(item)), loc=self.loc(left))]
        item = self.temps.fresh("item")
        unpack: list[ir.Stmt]
        if left.type == "MemberExpression":
            unpack = [ir.ExprStmt(ir.Assign("=", self.expr(left), ir.Name(item)), loc=self.loc(left))]
        else:
            unpack = self.patterns.assign(left, ir.Name(item, loc=self.loc(left)))
        return item, True, unpack

    def switch_stmt(self, node: Any) -> ir.Stmt:
        cases = []
        for case in node.cases:
            body = self.block(case.consequent, case.range) if case.consequent else []
            cases.append(ir.Case(self.expr(case.test) if case.test is not None else None, body, loc=self.loc(case)))
        return ir.Switch(self.expr(node.discriminant), cases, loc=self.loc(node))

    def for_in_stmt(self, node: Any) -> ir.Stmt:
        name, declared, unpack = self._loop_target(node)
        return ir.ForIn(name, declared, self.expr(node.right), unpack + self.body_of(node.body), loc=self.loc(node),
                        kind=node.left.kind if declared else "var")

    def if_stmt(self, node: Any) -> ir.Stmt:
        orelse = self.body_of(node.alternate) if node.alternate else []
        return ir.If(self.expr(node.test), self.body_of(node.consequent), orelse, loc=self.loc(node))

    def try_stmt(self, node: Any) -> ir.Stmt:
        handler = node.handler
        param = None
        unpack: list[ir.Stmt] = []
        if handler is not None and handler.param is not None:
            if handler.param.type != "Identifier":
                # `catch ({message})`: the thrown value, destructured first thing in the handler.
                param = self.temps.fresh("error")
                unpack = self.patterns.declare("let", handler.param, ir.Name(param, loc=self.loc(handler.param)))
            else:
                param = handler.param.name
        return ir.Try(
            self.block(node.block.body, node.block.range),
            param,
            unpack + self.block(handler.body.body, handler.body.range) if handler is not None else None,
            self.block(node.finalizer.body, node.finalizer.range) if node.finalizer is not None else None,
            loc=self.loc(node),
        )

    # -- expressions ------------------------------------------------------------------------------
    def expr(self, node: Any) -> ir.Expr:
        handler = self.expr_table.get(node.type)
        if handler is None:
            what = {
            }.get(node.type, f"`{node.type}`")
            self.unsupported(node, what)
            return ir.Literal(ir.UNDEFINED, loc=self.loc(node))
        return handler(node)

    def args(self, nodes: list[Any]) -> list[ir.Expr]:
        return [self.expr(n) for n in nodes]

    def literal(self, node: Any) -> ir.Expr:
        if getattr(node, "regex", None):
            problem = _regex_problem(node.regex.pattern, node.regex.flags)
            if problem:
                self.unsupported(node, f"this regular expression ({problem})")
            return ir.Regex(node.regex.pattern, node.regex.flags, loc=self.loc(node))
        if getattr(node, "bigint", None) is not None:
            self.unsupported(node, "a BigInt literal (ES2020)")
            return ir.Literal(ir.UNDEFINED, loc=self.loc(node))
        value = node.value
        if isinstance(value, str):
            value = js_string(value)
            if value == "name":
                self.reads_names = True
            elif value == "length":
                self.reads_lengths = True
        if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2**53:
            value = float(value)  # a JS number is a double: beyond 2**53 it is rounded
        return ir.Literal(value, loc=self.loc(node))

    def template(self, node: Any) -> ir.Expr:
        quasis = [js_string(q.value.cooked) for q in node.quasis]
        return ir.Template(quasis, [self.expr(e) for e in node.expressions], loc=self.loc(node))

    def tagged_template(self, node: Any) -> ir.Expr:
        """``tag`a${x}b``` calls ``tag(strings, x)``: ``strings`` holds the cooked texts (undefined
        for an invalid escape) and, as ``raw``, the texts as written; the same array each time
        this template runs (js.template_object keeps one per source location and text)."""
        loc = self.loc(node)
        quasi = node.quasi
        cooked: list[ir.Expr] = [ir.Literal(js_string(q.value.cooked) if q.value.cooked is not None else ir.UNDEFINED, loc=loc)
                  for q in quasi.quasis]
        raw: list[ir.Expr] = [ir.Literal(js_string(q.value.raw), loc=loc) for q in quasi.quasis]
        site = ir.Literal(str(loc), loc=loc)
        strings = ir.Call(ir.Name("js.template_object"), [site, ir.ArrayLit(cooked, loc=loc), ir.ArrayLit(raw, loc=loc)],
                          loc=loc)
        return ir.Call(self.expr(node.tag), [strings, *(self.expr(e) for e in quasi.expressions)], loc=loc)

    def array_lit(self, n: Any) -> ir.ArrayLit:
        """A hole (`[1, , 3]`) is undefined in its slot, and listed in ``holes`` (no own property
        there: forEach skips it, `1 in a` is false); after a spread its index is unknown, and it
        stays a plain undefined."""
        spread_at = next((i for i, e in enumerate(n.elements) if e is not None and e.type == "SpreadElement"),
                         len(n.elements))
        holes = tuple(i for i, e in enumerate(n.elements[:spread_at]) if e is None)
        return ir.ArrayLit([ir.Literal(ir.UNDEFINED, loc=self.loc(n)) if e is None else self.expr(e) for e in n.elements],
                           holes=holes, loc=self.loc(n))

    def object_lit(self, node: Any) -> ir.Expr:
        home = _Home(self.temps)
        props = self._object_props(node, home)
        built = ir.ObjectLit(props, loc=self.loc(node))
        if not home.used:
            return built
        # Its methods read `super`: the object is kept in a temporary they see as their home.
        self.function_temps[-1].append(home.name)
        loc = self.loc(node)
        return ir.Sequence([ir.Assign("=", ir.Name(home.name, loc=loc), built, loc=loc), ir.Name(home.name, loc=loc)],
                           loc=loc)

    def _object_props(self, node: Any, home: "_Home") -> list[ir.Prop]:
        props: list[ir.Prop] = []
        for prop in node.properties:
            if prop.type != "Property":  # `...source` (ES2018 object spread)
                props.append(ir.Prop("", self.expr(prop.argument), kind="spread", loc=self.loc(prop)))
                continue
            if prop.computed:
                key: str | ir.Expr = self.expr(prop.key)
            elif prop.key.type == "Identifier":
                key = prop.key.name
            else:
                literal = prop.key.value
                if isinstance(literal, str):
                    literal = js_string(literal)
                if isinstance(literal, float) and literal.is_integer():
                    literal = int(literal)
                key = str(literal) if not isinstance(literal, str) else literal
            is_method = bool(prop.method) or prop.kind in ("get", "set")
            if is_method:
                self.class_parents.append(home)
            try:
                if not isinstance(key, str) or (key == "__proto__" and not prop.shorthand and not prop.method):
                    value = self.expr(prop.value)  # (`__proto__: v` sets the prototype, naming nothing)
                else:
                    value = self.named(prop.value, f"{prop.kind} {key}" if prop.kind in ("get", "set") else key)
            finally:
                if is_method:
                    self.class_parents.pop()
            if prop.kind in ("get", "set") and isinstance(value, ir.FunctionExpr) and isinstance(key, str):
                value.fn.js_name = f"{prop.kind}_{key}"  # the def's name: get_full / set_full
            props.append(ir.Prop(key, value, kind=prop.kind, computed=bool(prop.computed), loc=self.loc(prop)))
        return props

    def function_expr(self, node: Any) -> ir.Expr:
        return ir.FunctionExpr(self.function(node, False), loc=self.loc(node))

    def meta_property(self, node: Any) -> ir.Expr:
        """``new.target``: the keyword-only parameter ``new_target`` of the nearest non-arrow
        function, which ``new`` fills with the constructor (undefined in a plain call)."""
        if node.meta.name != "new" or node.property.name != "target" or not self.new_target_readers:
            self.unsupported(node, f"`{node.meta.name}.{node.property.name}`")
            return ir.Literal(ir.UNDEFINED, loc=self.loc(node))
        self.new_target_readers[-1] = True
        return ir.Name("new_target", loc=self.loc(node))

    def chain(self, node: Any) -> ir.Expr:
        self.optional_chains += 1
        return self.expr(node.expression)

    def call(self, node: Any) -> ir.Expr:
        if node.callee.type == "Super":
            return self.super_call(node)
        call = ir.Call(self.expr(node.callee), self.args(node.arguments), loc=self.loc(node), optional=bool(node.optional))
        if node.callee.type == "Identifier" and node.callee.name == "eval" and not node.optional and not self._in_with():
            return self._direct_eval(node, call)
        return call

    def _direct_eval(self, node: Any, call: ir.Call) -> ir.Call:
        """``eval(text)`` called by its name: its text is strict-mode code if the caller is, and a
        ``var`` of the text may not redeclare the block-scoped names around the call.  A call
        that needs neither stays a plain call of the global ``eval``."""
        caller_lexical = _names_around_eval(_path_to(self.parsed.ast, node))
        if caller_lexical is None or not (self.strict or caller_lexical):
            return call
        names = "" if self.strict else " ".join(sorted(caller_lexical))  # strict eval code has its own vars
        context = [ir.Literal(self.strict, loc=call.loc), ir.Literal(names, loc=call.loc)]
        return ir.Call(ir.Name("js.direct_eval", loc=call.loc), [*context, *call.args], loc=call.loc)

    def super_call(self, node: Any) -> ir.Expr:
        if not self.derived_classes or self.derived_classes[-1] is None:
            self.unsupported(node, "`super(...)` outside a derived class")
            return ir.Literal(ir.UNDEFINED, loc=self.loc(node))
        return ir.SuperCall(ir.Name(self.derived_classes[-1], loc=self.loc(node)), self.args(node.arguments), loc=self.loc(node))

    def member(self, node: Any) -> ir.Expr:
        if node.object.type == "Super":
            if not self.class_parents or self.class_parents[-1] is None:
                self.unsupported(node, "this use of `super`")
                return ir.Literal(ir.UNDEFINED, loc=self.loc(node))
            prop = self.expr(node.property) if node.computed else node.property.name
            home = self.class_parents[-1]
            if isinstance(home, _Home):
                # In an object literal's method (or a base class's): the prototype of the home
                # object, read on `this`.
                home.used = True
                holder = ir.clone(home.fixed) if home.fixed is not None else ir.Name(home.name, loc=self.loc(node))
                return ir.SuperMember(holder, prop, loc=self.loc(node), home=True)
            return ir.SuperMember(home, prop, loc=self.loc(node))
        optional = bool(node.optional)
        if not node.computed and node.property.name in ("name", "length"):
            # (a "name" string sets it too: `o["name"]`, `hasOwnProperty("name")`)
            self.reads_names = self.reads_names or node.property.name == "name"
            self.reads_lengths = self.reads_lengths or node.property.name == "length"
        if node.computed:
            return ir.Member(self.expr(node.object), self.expr(node.property), computed=True, loc=self.loc(node),
                             optional=optional)
        return ir.Member(self.expr(node.object), node.property.name, loc=self.loc(node), optional=optional)

    def strict_implicit_global(self, target: Any) -> bool:
        """Is ``target`` an undeclared name, kept on the global object, written by strict-mode code
        (a ReferenceError unless the property is there: js.set_global / js.update_global)?"""
        return self.strict and target.type == "Identifier" and self.global_names.get(target.name, False) \
            and self.on_global_object(target.name) and not self._in_with()

    def update(self, node: Any) -> ir.Expr:
        loc = self.loc(node)
        if self.strict_implicit_global(node.argument):
            args: list[ir.Expr] = [ir.Literal(node.argument.name, loc=loc), ir.Literal(1 if node.operator == "++" else -1, loc=loc),
                                   ir.Literal(node.prefix, loc=loc), ir.Literal(True, loc=loc)]
            return ir.Call(ir.Name("js.update_global", loc=loc), args, loc=loc)
        return ir.Update(node.operator, node.prefix, self.expr(node.argument), loc=loc)

    def assign(self, node: Any) -> ir.Expr:
        # (An optional chain as the target, `a?.b = 1`, is the parser's syntax error.)
        if node.operator not in LOGICAL_ASSIGNMENT and self.strict_implicit_global(node.left):
            loc, name = self.loc(node), ir.Literal(node.left.name, loc=self.loc(node))
            value = self.expr(node.right)
            if node.operator != "=":
                value = ir.Binary(node.operator[:-1], self.expr(node.left), value, loc=loc)
            return ir.Call(ir.Name("js.set_global", loc=loc), [name, value, ir.Literal(True, loc=loc)], loc=loc)
        if node.left.type in ("ObjectPattern", "ArrayPattern"):
            # (The parser allows only `=` with a pattern.)
            value, temps = self.patterns.assign_value(node.left, self.expr(node.right))
            self.function_temps[-1].extend(temps)
            return value
        if node.left.type == "MemberExpression" and node.left.object.type == "Super" and node.operator == "=" \
                and self.class_parents:
            # `super.x = v` stores on `this` (a setter up the chain runs on it, as in JS).
            left = node.left
            prop = self.expr(left.property) if left.computed else left.property.name
            target = ir.Member(ir.This(loc=self.loc(left)), prop, computed=bool(left.computed), loc=self.loc(left))
            return ir.Assign("=", target, self.expr(node.right), loc=self.loc(node))
        if node.left.type not in ("Identifier", "MemberExpression"):
            self.unsupported(node.left, "this assignment target")
        elif node.operator in LOGICAL_ASSIGNMENT:
            return self.logical_assign(node)
        right = self.named(node.right, node.left.name) if node.operator == "=" and node.left.type == "Identifier" \
            else self.expr(node.right)
        return ir.Assign(node.operator, self.expr(node.left), right, loc=self.loc(node))

    def logical_assign(self, node: Any) -> ir.Expr:
        """``a ??= b`` (ES2021) is ``a ?? (a = b)``: the target is read once, and assigned only
        when the test says so.  Its object must be safe to evaluate twice (a name, ``this``, or a
        property of those), since the IR has no temporary for it."""
        if node.left.type == "MemberExpression" and not _evaluates_twice_safely(node.left):
            self.unsupported(node, f"the `{node.operator}` operator on the property of a computed object (ES2021)")
            return ir.Literal(ir.UNDEFINED, loc=self.loc(node))
        right = self.named(node.right, node.left.name) if node.left.type == "Identifier" else self.expr(node.right)
        store = ir.Assign("=", self.expr(node.left), right, loc=self.loc(node))
        return ir.Logical(LOGICAL_ASSIGNMENT[node.operator], self.expr(node.left), store, loc=self.loc(node))


class _Home:
    """The home object of an object literal's methods, for ``super.x`` in them: a temporary
    named when first needed."""

    def __init__(self, temps: TempNames, fixed: ir.Expr | None = None) -> None:
        self.temps = temps
        self.fixed = fixed  # a base class's prototype (or the class, for a static method)
        self.used = False
        self._name: str | None = None

    @property
    def name(self) -> str:
        if self._name is None:
            self._name = self.temps.fresh("home")
        return self._name


def _not_initialised(name: ir.Name) -> ir.Expr:
    return ir.Call(ir.Name("js.not_defined", loc=name.loc), [ir.Literal(name.id, loc=name.loc)], loc=name.loc)


def _declared_in(node: Any, block_only: bool) -> set[str]:
    """Names declared in ``node`` without entering nested functions: every declaration, or only
    the block-scoped ones (let/const/class, catch parameters) when ``block_only``."""
    names: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if item.type in ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"):
            if item is not node:
                if item.type == "FunctionDeclaration" and not block_only and item.id is not None:
                    names.add(item.id.name)
                continue
        elif item.type == "VariableDeclaration" and (not block_only or item.kind != "var"):
            for declarator in item.declarations:
                names |= _pattern_names(declarator.id)
        elif item.type == "ClassDeclaration" and item.id is not None:
            names.add(item.id.name)
        elif item.type == "CatchClause":
            names |= _pattern_names(item.param)
        stack.extend(_children(item))
    return names


def _path_to(root: Any, target: Any) -> list[Any]:
    """The nodes from ``root`` down to ``target`` (found by their ranges)."""
    path = [root]
    start, end = target.range
    while path[-1] is not target:
        path.append(next(child for child in _children(path[-1]) if child.range[0] <= start and end <= child.range[1]))
    return path


_FUNCTION_NODES = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")


def _names_around_eval(path: list[Any]) -> set[str] | None:
    """For a call of ``eval`` at the end of ``path``: the let/const/class names of the blocks
    between it and its function or script, and the parameters if it stands among them; None
    if ``eval`` there names a binding of the program, not the global."""
    lexical: set[str] = set()
    inside_function = False
    for node, child in zip(reversed(path[:-1]), reversed(path[1:])):
        kind = node.type
        if kind in _FUNCTION_NODES:
            if "eval" in _function_bindings(node):
                return None
            if not inside_function and child is not node.body:
                lexical |= {name for param in node.params for name in _pattern_names(param)}
            inside_function = True
            continue
        statements = node.body if kind in ("BlockStatement", "Program", "StaticBlock") else \
            [s for case in node.cases for s in case.consequent] if kind == "SwitchStatement" else \
            [head] if kind in ("ForStatement", "ForInStatement", "ForOfStatement") \
            and (head := node.init if kind == "ForStatement" else node.left) is not None else []
        declared = _lexical_declarations(statements)
        if "eval" in declared or kind == "Program" and "eval" in _declared_in(node, block_only=False):
            return None
        if not inside_function:
            lexical |= declared
    return lexical


def _lexical_declarations(statements: list[Any]) -> set[str]:
    """The names ``let``, ``const`` and ``class`` declarations among ``statements`` bind."""
    names: set[str] = set()
    for statement in statements:
        if statement.type == "VariableDeclaration" and statement.kind != "var":
            for declarator in statement.declarations:
                names |= _pattern_names(declarator.id)
        elif statement.type == "ClassDeclaration" and statement.id is not None:
            names.add(statement.id.name)
    return names


def _block_bindings(body: Any) -> set[str]:
    """Names a ``with`` body binds itself (let/const/class/catch): not looked up on the object."""
    return _declared_in(body, block_only=True)


def _function_bindings(node: Any) -> set[str]:
    """Names a function binds (parameters, its own name, ``arguments``, its declarations)."""
    names = set().union(*(_pattern_names(p) for p in node.params)) if node.params else set()
    if node.type != "ArrowFunctionExpression":
        names.add("arguments")
        if node.type == "FunctionExpression" and node.id is not None:
            names.add(node.id.name)
    return names | _declared_in(node.body, block_only=False)


def is_identifier_text(text: str) -> bool:
    """Is ``text`` a JS identifier name that reads as a plain property (``o.name``)?"""
    return text.isidentifier() and text.isascii() or bool(text) and text.replace("$", "_").isidentifier()


def _regex_problem(pattern: str, flags: str) -> str:
    """Why the runtime cannot run this (valid JS) regular expression, or "".

    The parser checks JS's grammar; the runtime runs the pattern on Python's ``re`` (or the
    ``regex`` package where ``re`` refuses it) after rewriting the forms that differ
    (runtime/js/regexp.py).  What both still refuse is reported at convert time, not left to fail
    when the app runs."""
    from ti2py.runtime.js.regexp import FLAGS, compile_pattern  # only for a program with regex literals

    unknown = "".join(sorted(set(flags) - set(FLAGS)))
    if unknown:  # `d` (ES2022): the runtime's RegExp has no match indices
        return f"the `{unknown}` flag{'s' if len(unknown) > 1 else ''}"
    import re

    try:
        compile_pattern(pattern, flags)
    except (re.error, ValueError, OverflowError) as exc:
        return f"Python's re: {exc}"
    return ""


# ES2021 logical assignment: the operator, and the logical operator it assigns through.
LOGICAL_ASSIGNMENT = {"??=": "??", "||=": "||", "&&=": "&&"}


def _evaluates_twice_safely(node: Any) -> bool:
    """Is this expression free of calls and other effects, so that reading it twice is the same
    as reading it once (``config``, ``this.state``, ``a.b[0]``, ``a[key]``)?"""
    if node.type in ("Identifier", "ThisExpression", "Literal"):
        return True
    if node.type == "MemberExpression" and node.object.type != "Super":
        return _evaluates_twice_safely(node.object) and (not node.computed or _evaluates_twice_safely(node.property))
    return False


def _reads_this(expr: ir.Expr) -> bool:
    """Does this expression read ``this`` (itself or in arrow functions inside it)?"""
    return ir.shares_this([expr], (ir.This,))


def _reads_arguments(body: list[ir.Stmt]) -> bool:
    """Does this function body read ``arguments`` (itself or in arrow functions inside it)?"""
    stack: list[ir.Node] = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, ir.Name) and node.id == "arguments":
            return True
        if isinstance(node, (ir.FunctionDecl, ir.FunctionExpr)) and not node.fn.is_arrow:
            continue
        stack.extend(node.children())
    return False


def _uses_strict(statements: list[Any]) -> bool:
    """Whether a body's directive prologue holds "use strict"."""
    for statement in statements:
        directive = getattr(statement, "directive", None)
        if directive is None:
            return False
        if directive == "use strict":
            return True
    return False


def build(parsed: Parsed, diagnostics: Diagnostics, *, script: bool = False,
          shared: frozenset[str] = frozenset()) -> ir.Program:
    """The program's IR.  ``script``: the file runs in the global scope (not a CommonJS module),
    so some of its top-level names may be the global object's (globalscope.py); ``shared``: names
    other files of the project read from there."""
    builder = Builder(parsed, diagnostics)
    if script:
        builder.global_names = global_object_names(parsed.ast, shared, parsed.source, parsed.comments)
    try:
        return builder.program()
    finally:
        # Its dispatch tables of bound methods make a reference cycle that would keep the parse
        # tree alive until the cyclic collector, paused while converting, walks it all.
        builder.__dict__.clear()
