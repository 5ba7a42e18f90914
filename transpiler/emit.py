"""Stage 5: IR -> Python source, one method per node kind, dispatched through two tables.

Plain Python wherever the types make it equivalent; a named helper from ``runtime.js`` where they
do not.  Every Python statement the emitter writes is recorded with its JS location, in order, so
that after formatting the module can carry a Python-line -> JS-line map.
"""

from __future__ import annotations

import keyword
from typing import Any, Callable, TypeGuard

from ti2py.runtime.js.exposed import FUNCTION_INHERITED_MEMBERS, PYTHON_PRIMITIVE_ATTRIBUTES

from . import ir
from .diagnostics import Diagnostics
from .facts import ProgramFacts, find_facts
from .jstype import JSType
from .names import GLOBALS, RESERVED, helper_call
from .passes.counted import is_item, nodes_without_items

# Python operator precedence, low to high.
IFEXP, OR, AND, NOT, CMP, BOR, BXOR, BAND, SHIFT, ARITH, TERM, UNARY, POWER, PRIMARY, ATOM = range(1, 16)

# JS String.prototype methods: a call of one of these on a value that may be a string goes
# through js.invoke, since Python's str lacks them (or has them with other meanings).
STRING_METHODS = frozenset({
    "charAt", "charCodeAt", "indexOf", "lastIndexOf", "substring", "substr", "slice", "split",
    "replace", "toUpperCase", "toLowerCase", "trim", "concat", "match", "search", "startsWith",
    "endsWith", "includes", "repeat", "padStart", "padEnd", "toString", "localeCompare", "trimStart", "trimEnd",
    "at", "valueOf", "replaceAll", "codePointAt", "normalize", "trimLeft", "trimRight", "toLocaleUpperCase",
    "toLocaleLowerCase", "matchAll",
    "toFixed", "toPrecision", "toLocaleString",  # Number.prototype: also reached through js.invoke
})

COMPARISONS = {"<": "lt", ">": "gt", "<=": "le", ">=": "ge"}
BITWISE = {"&": "bit_and", "|": "bit_or", "^": "bit_xor", "<<": "shl", ">>": "shr", ">>>": "ushr"}
ARITHMETIC = {"-": "sub", "*": "mul", "/": "div", "%": "mod", "**": "pow_"}

Code = tuple[str, int]  # (python source, precedence)


def py_string(value: str) -> str:
    """A Python literal of exactly this string value (black picks the quote style)."""
    return repr(value)


def py_number(value: int | float) -> str:
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return repr(value)
    return str(value)


def is_identifier(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and name.isascii()


class Emitter:
    def __init__(self, program: ir.Program, diagnostics: Diagnostics, facts: ProgramFacts) -> None:
        assert program.main is not None, "scope analysis must run before emission"
        self.program = program
        self.diag = diagnostics
        self.facts = facts
        self.types = facts.types
        self.declared = facts.declared
        self.constants = facts.constants
        self.function_arity, self.value_used = facts.function_arity, facts.value_used
        self.escaping = facts.escaping
        self.function_params = facts.function_params
        self.this_functions, self.method_names = facts.this_functions, facts.method_names
        self.function_objects = facts.function_objects
        self.lines: list[str] = []
        self.locs: list[ir.Loc] = []  # one per Python statement, in emission order
        self.depth = 1  # inside def main()
        self.functions: list[ir.Function] = [program.main]  # the function being emitted is last
        # Derived constructors past their top-level `super(...)` statement: `this` is bound there.
        self.this_bound: set[int] = set()
        # For each enclosing loop, what a `continue` must run first: the update of
        # `for (;; update)`, or the test of `do ... while (test)`.
        self.loop_updates: list[list[ir.Stmt]] = []
        self.loop_labels: list[str | None] = []  # label of each enclosing loop (see passes/jumps.py)
        # let/const names bound afresh on each iteration of the loops being emitted.
        self.per_iteration: list[set[str]] = []
        # Item reads `a[i]` of the loops being emitted as `for item in a`: (array, index) -> item.
        self.items: dict[tuple[str, str], str] = {}
        self._taken_names: set[str] | None = None  # every name in the program, once an item needs one
        self.noted_eval: set[str] = set()
        self.catch_params: list[str | None] = []  # the parameters of the catch clauses being emitted
        # Each entry's method takes its own class (which a dict type cannot say: hence Any).
        self.stmt_table: dict[type[ir.Stmt], Callable[[Any], None]] = {
            ir.ExprStmt: self.expr_stmt, ir.VarDecl: self.var_decl, ir.FunctionDecl: self.function_decl,
            ir.Return: self.return_stmt, ir.If: self.if_stmt, ir.While: self.while_stmt,
            ir.For: self.for_stmt, ir.ForIn: self.for_in_stmt, ir.ForOf: self.for_of_stmt,
            ir.DoWhile: self.do_while_stmt,
            ir.Break: self.break_stmt, ir.Continue: self.continue_stmt, ir.Throw: self.throw_stmt,
            ir.Try: self.try_stmt, ir.Block: self.block_stmt, ir.Unsupported: self.unsupported_stmt,
            ir.CommentOnly: self.comment_only,
        }
        self.expr_table: dict[type[ir.Expr], Callable[[Any], Code]] = {
            ir.Name: self.name, ir.Literal: self.literal, ir.Template: self.template, ir.ArrayLit: self.array,
            ir.ObjectLit: self.object, ir.Member: self.member, ir.Call: self.call, ir.New: self.new,
            ir.Unary: self.unary, ir.Update: self.update_expr, ir.Binary: self.binary, ir.Logical: self.logical,
            ir.Conditional: self.conditional, ir.Assign: self.assign_expr, ir.Sequence: self.sequence,
            ir.This: self.this, ir.GlobalRef: self.global_ref, ir.Regex: self.regex, ir.FunctionExpr: self.function_expr,
            ir.Spread: self.spread, ir.OptionalChain: self.optional_chain,
            ir.SuperCall: self.super_call, ir.SuperMember: self.super_member, ir.Await: self.await_expr,
            ir.Yield: self.yield_expr, ir.WithName: self.with_name,
        }

    # -- driver ----------------------------------------------------------------------------------
    def main_body(self) -> str:
        assert self.program.main is not None
        self.body(self.program.main.body, self.program.main)
        return "\n".join(self.lines)

    # -- output helpers ------------------------------------------------------------------------------
    def line(self, text: str, loc: ir.Loc | None = None, trailing: str | None = None) -> None:
        if trailing is not None:
            text += "  #" + (trailing if trailing.startswith(" ") else " " + trailing)
        self.lines.append("    " * self.depth + text)
        if loc is not None:
            self.locs.append(loc)

    def comments(self, texts: list[str]) -> None:
        for text in texts:
            self.lines.append("    " * self.depth + ("#" + text if text.startswith(" ") or not text else "# " + text))

    def body(self, stmts: list[ir.Stmt], owner: ir.Node) -> None:
        self.depth += 1 if owner is not self.program.main else 0
        real = [s for s in stmts if not isinstance(s, ir.CommentOnly) and not (isinstance(s, ir.Block) and not s.body and not s.leading)]
        for stmt in stmts:
            self.stmt(stmt)
        if not real:
            self.line("pass", owner.loc)
        self.depth -= 1 if owner is not self.program.main else 0

    def stmt(self, stmt: ir.Stmt) -> None:
        if not isinstance(stmt, (ir.CommentOnly,)):
            self.comments(stmt.leading)
        self.stmt_table[type(stmt)](stmt)
        fn = self.functions[-1]
        if fn.derived and isinstance(stmt, ir.ExprStmt) and isinstance(stmt.expr, ir.SuperCall) and \
                any(stmt is top for top in fn.body):
            self.this_bound.add(id(fn))

    def expr(self, expr: ir.Expr, min_prec: int = 0) -> str:
        code, prec = self.expr_table[type(expr)](expr)
        return f"({code})" if prec < min_prec else code

    def unsupported(self, node: ir.Node, what: str) -> None:
        self.diag.error("E100", f"{what} is not supported yet", node.loc.line, node.loc.col + 1,
                        hint="ti2py translates the ES5 core that Titanium apps use; this construct is planned")

    # -- statements ----------------------------------------------------------------------------------
    def expr_stmt(self, stmt: ir.ExprStmt) -> None:
        expr = stmt.expr
        if isinstance(expr, ir.SuperCall):  # `super(...)` binds the constructor's `this`
            self.line(f"this = {self.super_call(expr, bind=False)[0]}", stmt.loc, stmt.trailing)
            return
        if isinstance(expr, ir.Sequence):
            for part in expr.exprs:
                self.expr_stmt(ir.ExprStmt(part, loc=part.loc))
            if stmt.trailing:
                self.lines[-1] += "  # " + stmt.trailing.strip()
            return
        if (isinstance(expr, ir.Call) and isinstance(expr.callee, ir.Member) and expr.callee.prop == "push"
                and len(expr.args) == 1 and not isinstance(expr.args[0], ir.Spread)
                and self.types.infer(expr.callee.obj) == JSType.ARRAY and "push" not in self.method_names):
            # `list.push(x);` whose result is unused: Python's append.
            self.line(f"{self.expr(expr.callee.obj, PRIMARY)}.append({self.expr(expr.args[0])})", stmt.loc,
                      stmt.trailing)
            return
        if isinstance(expr, ir.Assign):
            self.line(self.assignment(expr), stmt.loc, stmt.trailing)
        elif isinstance(expr, ir.Update):
            self.line(self.increment(expr), stmt.loc, stmt.trailing)
        else:
            self.line(self.expr(expr), stmt.loc, stmt.trailing)

    def assignment(self, expr: ir.Assign) -> str:
        if any(isinstance(node, ir.WithName) for node in (expr.target, expr.value)):
            return self.assign_expr(expr)[0]  # a name of a `with` body: one conditional expression
        if isinstance(expr.target, ir.Name) and self._is_constant(expr.target.id):
            return 'raise JSTypeError("Assignment to constant variable.")'
        targets = [expr.target]
        value = expr.value
        while isinstance(value, ir.Assign) and value.op == "=" and expr.op == "=":
            targets.append(value.target)
            value = value.value
        if expr.op == "=":
            if len(targets) == 1 and isinstance(expr.target, ir.Member) and (expr.target.computed and (
                    not self._indexable(expr.target.obj) or _writes_a_variable(value))
                    or self.types.infer(expr.target.obj) in (JSType.STR, JSType.NUM, JSType.BOOL)):
                # (a primitive's property: js.set_ ignores it, or throws in strict-mode code, as JS does)
                # (js.set_'s arguments run left to right, as JS evaluates `a[i] = b[i++]`; Python's
                # `a[i] = v` would compute v first)
                return f"js.set_({self.expr(expr.target.obj)}, {self.key(expr.target)}, {self.expr(value)})"
            if any(self._written_by_set(t) for t in targets):
                # `a = b = m[id] = v` with a property the runtime must write: js.set_ returns v.
                code, plain = self.expr(value), list[str]()
                for t in reversed(targets):
                    if self._written_by_set(t):
                        assert isinstance(t, ir.Member) and isinstance(t.prop, ir.Expr)
                        code = f"js.set_({self.expr(t.obj)}, {self.expr(t.prop)}, {code})"
                    else:
                        plain.insert(0, self.target(t))
                return " = ".join([*plain, code])
            return " = ".join(self.target(t) for t in targets) + " = " + self.expr(value)
        op = expr.op[:-1]
        if self._written_by_set(expr.target):
            # `this._n += 1`, `counts[k] -= 2` on a value of unknown type: read, combine, write.
            member = expr.target
            assert isinstance(member, ir.Member) and isinstance(member.prop, ir.Expr)
            if not self._pure_member(member):
                return self._compound_property(expr, member)
            helper = {"+": "add", **ARITHMETIC, **BITWISE}.get(op)
            if helper is None:
                self.unsupported(expr, f"the `{expr.op}` operator")
                return "pass"
            obj, key = self.expr(member.obj), self.expr(member.prop)
            return f"js.set_({obj}, {key}, js.{helper}(js.get({obj}, {key}), {self.expr(expr.value)}))"
        target_code = self.target(expr.target)
        left, right = self.types.infer(expr.target), self.types.infer(expr.value)
        if op == "+" and (left == right == JSType.NUM or left == JSType.STR and right == JSType.STR):
            return f"{target_code} += {self.expr(expr.value)}"
        if op in ("-", "*") and left == right == JSType.NUM:
            return f"{target_code} {op}= {self.expr(expr.value)}"
        if op == "+" and left == JSType.STR:
            return f"{target_code} += js.to_str({self.expr(expr.value)})"
        helper = {"+": "add", **ARITHMETIC, **BITWISE}.get(op)
        if helper is None:
            self.unsupported(expr, f"the `{expr.op}` operator")
            return f"{target_code} = undefined"
        return f"{target_code} = js.{helper}({self.expr(expr.target)}, {self.expr(expr.value)})"

    def _is_constant(self, name: str) -> bool:
        """A `const` of the program, unless a parameter of the function being emitted shadows it."""
        if name not in self.constants:
            return False
        fn = self.functions[-1]
        return not (name in fn.params or name == fn.rest)

    def _written_by_set(self, target: ir.Expr) -> bool:
        """A computed property of a value that may not be a JSObject/JSArray: the runtime writes it."""
        return isinstance(target, ir.Member) and target.computed and isinstance(target.prop, ir.Expr) \
            and not self._indexable(target.obj)

    def target(self, target: ir.Expr) -> str:
        if isinstance(target, ir.Member) and target.prop == "length" and not target.computed:
            return f"{self.expr(target.obj, PRIMARY)}.length"  # JSArray.length is settable, as in JS
        if isinstance(target, ir.Member) and target.computed and self.types.infer(target.obj) == JSType.OBJECT:
            # A JSObject stores the key it is given: a string, as JS would make it.
            assert isinstance(target.prop, ir.Expr)
            key = self.expr(target.prop)
            if self.types.infer(target.prop) != JSType.STR:
                key = f"str({key})" if self.types.is_int(target.prop) else f"js.key({key})"
            return f"{self.expr(target.obj, PRIMARY)}[{key}]"
        if isinstance(target, ir.Member) and not target.computed and is_identifier(str(target.prop)) \
                and (self.types.infer(target.obj) == JSType.FUNCTION or target.prop == "name"):
            return f"{self.expr(target.obj, PRIMARY)}.{target.prop}"  # a function keeps its own properties
        if isinstance(target, ir.Member) and not target.computed and str(target.prop) in PYTHON_PRIMITIVE_ATTRIBUTES:
            # (a write cannot reach Python's attribute of a primitive: str/int/float refuse it)
            return f"{self.expr(target.obj, PRIMARY)}.{target.prop}"
        if isinstance(target, (ir.Name, ir.Member)):
            return self.expr(target)
        self.unsupported(target, "this assignment target")
        return "_"

    def increment(self, expr: ir.Update) -> str:
        if isinstance(expr.arg, ir.WithName):
            return self.update_expr(expr)[0]
        if isinstance(expr.arg, ir.Name) and self._is_constant(expr.arg.id):
            return 'raise JSTypeError("Assignment to constant variable.")'
        if self._written_by_set(expr.arg):
            return self.update_expr(expr)[0]  # the value form, its result dropped
        target = self.target(expr.arg)
        if self.types.infer(expr.arg) == JSType.NUM:
            return f"{target} {'+' if expr.op == '++' else '-'}= 1"
        return f"{target} = js.{'inc' if expr.op == '++' else 'dec'}({target})"

    def var_decl(self, stmt: ir.VarDecl) -> None:
        for index, (name, init) in enumerate(stmt.decls):
            value = self.expr(init) if init is not None else "undefined"
            trailing = stmt.trailing if index == len(stmt.decls) - 1 else None
            self.line(f"{name} = {value}", stmt.loc, trailing)

    def function_decl(self, stmt: ir.FunctionDecl) -> None:
        fn = stmt.fn
        # JS pads missing arguments with undefined and drops extra ones: a function called only
        # by name needs defaults from its fewest-argument call on; one whose value escapes takes
        # any number (`*_args` takes the extra ones).
        escapes = fn.name in self.escaping
        fewest = 0 if escapes else self.function_arity.get(fn.name or "", len(fn.params))
        params = [p if i < fewest and p not in fn.defaults else f"{p}=undefined" for i, p in enumerate(fn.params)]
        # Where the program reads `name` / `length` properties and this def's Python name or
        # positional parameters are not the function's JS name and length (`{m: function () {}}`
        # is `on_m`, a getter `get_x`, a renamed `f_2`; `function (a, b = 1)` has length 1).
        js_name = fn.name_property if fn.name_property is not None else fn.js_name
        named = []
        if js_name and self.program.reads_names and js_name != (fn.name or "").rstrip("_"):
            named.append(py_string(js_name))
        if fn.length is not None and self.program.reads_lengths and fn.length != len(fn.params):
            named.append(f"length={fn.length}")
        if named:
            self.lines.append("    " * self.depth + f"@js.named({', '.join(named)})")
        if id(fn) in self.this_functions:
            # Uses `this` (or is a constructor): `this` is its first parameter, bound by the runtime.
            params = ["this", *params]
            # Sloppy-mode code sees the global object as `this` of a plain call; strict code, undefined.
            decorator = "@js.strict_this_function" if fn.strict else "@js.this_function"
            self.lines.append("    " * self.depth + decorator)
        if fn.is_async:
            # Runs as a generator driven by the runtime: each `await` is a `yield`, the call a Promise.
            self.lines.append("    " * self.depth + "@js.async_function")
        elif fn.is_generator:
            self.lines.append("    " * self.depth + "@js.generator_function")
        if fn.rest:
            params.append(f"*{fn.rest}")
        elif escapes:
            params.append("*_args")
        captured = self._captured_per_iteration(fn)
        keywords = [f"{name}={name}" for name in captured]
        if fn.reads_new_target:
            keywords.append("new_target=undefined")  # `new` passes the constructor
        if keywords:
            # A closure made in a loop keeps this iteration's let/const values (JS gives each
            # iteration its own binding): keyword-only defaults, which positional calls never replace.
            params += ([] if fn.rest or escapes else ["*"]) + keywords
        self.line(f"def {fn.name}({', '.join(params)}):", stmt.loc, stmt.trailing)
        self.depth += 1
        nonlocals = fn.nonlocals + (["this"] if fn.is_arrow and _calls_super(fn) else [])
        if nonlocals:
            self.line(f"nonlocal {', '.join(nonlocals)}", fn.loc)
        for name, default in fn.defaults.items():
            # JS evaluates a default on each call, and only for a missing (undefined) argument.
            self.line(f"if {name} is undefined:", default.loc)
            self.depth += 1
            self.line(f"{name} = {self.expr(default)}", default.loc)
            self.depth -= 1
        if fn.arguments_object:
            self.line(f"{fn.rest} = js.arguments_object({fn.rest})", fn.loc)
        elif fn.rest:
            self.line(f"{fn.rest} = JSArray({fn.rest})", fn.loc)
        self.depth -= 1
        self.functions.append(fn)
        body = list(fn.body)
        if self._result_may_be_read(fn.name) and not (body and isinstance(body[-1], (ir.Return, ir.Throw))):
            # JS functions that fall off the end return undefined, not Python's None (null).
            body.append(ir.Return(ir.Literal(ir.UNDEFINED), loc=fn.loc))
        self.body(body, fn)
        self.functions.pop()

    def _result_may_be_read(self, name: str | None) -> bool:
        """A call's value is read somewhere: a call by name used as a value, or the function's
        value escapes (``_.noop`` stored in an object, then ``_.noop()`` read)."""
        return name in self.value_used or name in self.escaping

    def _captured_per_iteration(self, fn: ir.Function) -> list[str]:
        fresh = set().union(*self.per_iteration) if self.per_iteration else set()
        if not fresh:
            return []
        own = set(fn.params) | set(fn.locals) | ({fn.rest} if fn.rest else set())
        captured = sorted({n.id for n in ir.walk(fn) if isinstance(n, ir.Name) and n.id in fresh} - own)
        for name in captured:
            if name in fn.nonlocals:
                self.unsupported(fn, f"a closure assigning `{name}`, a per-iteration `let` binding of its loop")
        return captured

    def return_stmt(self, stmt: ir.Return) -> None:
        if stmt.value is None and self.functions[-1].derived:
            # (`new` gives the object super() made: `this` may be bound after this, in a `finally`)
            self.line("return undefined", stmt.loc, stmt.trailing)
        elif stmt.value is None:
            used = self._result_may_be_read(self.functions[-1].name)
            self.line("return undefined" if used else "return", stmt.loc, stmt.trailing)
        else:
            self.line(f"return {self.expr(stmt.value)}", stmt.loc, stmt.trailing)

    def if_stmt(self, stmt: ir.If, keyword_: str = "if") -> None:
        self.line(f"{keyword_} {self.expr(stmt.test)}:", stmt.loc, stmt.trailing)
        self.body(stmt.body, stmt)
        orelse = stmt.orelse
        if len(orelse) == 1 and isinstance(orelse[0], ir.If) and not orelse[0].leading:
            self.if_stmt(orelse[0], "elif")
        elif orelse:
            self.lines.append("    " * self.depth + "else:")
            self.body(orelse, stmt)

    def while_stmt(self, stmt: ir.While) -> None:
        self.line(f"while {self.expr(stmt.test)}:", stmt.loc, stmt.trailing)
        self.loop_body(stmt, stmt.body, [])

    def loop_body(self, loop: ir.Stmt, body: list[ir.Stmt], prelude: list[ir.Stmt]) -> None:
        """A loop's body; ``prelude`` is what each ``continue`` of this loop runs first."""
        fresh = _block_scoped_names(body)
        if isinstance(loop, ir.For) and isinstance(loop.init, ir.VarDecl) and loop.init.kind in ("let", "const"):
            fresh |= {name for name, _ in loop.init.decls}
        if isinstance(loop, (ir.ForIn, ir.ForOf)) and loop.declared and loop.kind in ("let", "const"):
            fresh.add(loop.target)  # `for (let x of ...)`: a fresh binding per iteration
        self.loop_updates.append(prelude)
        self.per_iteration.append(fresh)
        self.loop_labels.append(getattr(loop, "label", None))
        self.body(body, loop)
        self.loop_labels.pop()
        self.per_iteration.pop()
        self.loop_updates.pop()

    def do_while_stmt(self, stmt: ir.DoWhile) -> None:
        """``do { body } while (test)`` as ``while True:`` ending in ``if not test: break``; a
        ``continue`` runs the test first, as in JS."""
        check = ir.If(ir.Unary("!", stmt.test, loc=stmt.test.loc), [ir.Break(loc=stmt.test.loc)], [], loc=stmt.test.loc)
        self.line("while True:", stmt.loc, stmt.trailing)
        self.loop_body(stmt, [*stmt.body, check], [check])

    def for_stmt(self, stmt: ir.For) -> None:
        """``for (init; test; update)`` as init + ``while test:`` with the update at the end of the
        body and before every ``continue`` that belongs to this loop; a counted loop as
        ``for i in range(...)`` or ``for item in array`` where the types allow it."""
        if stmt.counted is not None and self.counted_loop(stmt, stmt.counted):
            return
        if stmt.init is not None:
            self.stmt(stmt.init)
        test = self.expr(stmt.test) if stmt.test is not None else "True"
        self.line(f"while {test}:", stmt.loc, stmt.trailing)
        update: list[ir.Stmt] = [ir.ExprStmt(stmt.update, loc=stmt.update.loc)] if stmt.update is not None else []
        self.loop_body(stmt, [*stmt.body, *update], update)

    def counted_loop(self, stmt: ir.For, counted: ir.Counted) -> bool:
        """The Python ``for`` of a loop passes/counted.py proved countable, if the types allow:
        an array (or ASCII string) to iterate, or integer start and stop for ``range``."""
        array = ir.Name(counted.each, loc=stmt.loc) if counted.each else None
        item = None
        if array is not None and (self.types.infer(array) == JSType.ARRAY or self.types.is_ascii(array)):
            item = self.item_name(array.id, self.types.infer(array) == JSType.STR)
            index_used = counted.index_used and self._reads_index(stmt.body, array.id, counted.var)
            target = f"{counted.var}, {item}" if index_used else item
            iterable = f"enumerate({array.id})" if index_used else array.id
        elif counted.fixed and self.types.is_int(counted.start) and self.types.is_int(counted.stop):
            start, stop = self.expr(counted.start), self.expr(counted.stop)
            bounds = [stop] if start == "0" and counted.step == 1 else [start, stop]
            iterable = f"range({', '.join(bounds + ([str(counted.step)] if counted.step != 1 else []))})"
            target = counted.var
        else:
            return False
        assert isinstance(stmt.init, (ir.VarDecl, ir.ExprStmt))
        if isinstance(stmt.init, ir.VarDecl) and len(stmt.init.decls) > 1:  # `var i = 0, n = a.length`
            others = [(name, value) for name, value in stmt.init.decls if name != counted.var]
            self.stmt(ir.VarDecl(stmt.init.kind, others, loc=stmt.init.loc))
        self.line(f"for {target} in {iterable}:", stmt.loc, stmt.trailing)
        if item is not None and array is not None:
            self.items[(array.id, counted.var)] = item
        self.loop_body(stmt, stmt.body, [])
        if array is not None:
            self.items.pop((array.id, counted.var), None)
        return True

    def _reads_index(self, body: list[ir.Stmt], array: str, index: str) -> bool:
        """Does the loop body need the index beside the item: a read of it other than as
        ``array[index]``, or an ``array[index](...)`` written as a method call (see call())?"""
        if any(isinstance(n, ir.Name) and n.id == index for n in nodes_without_items(body, array, index)):
            return True
        return any(isinstance(n, ir.Call) and is_item(n.callee, array, index) and not self._plain_computed_call(n)
                   for stmt in body for n in ir.walk(stmt))

    def _plain_computed_call(self, call: ir.Call) -> bool:
        """``fns[j](x)`` may be a plain call when every function it can reach is known and none
        takes ``this`` (flow.py): the receiver would go unread."""
        reached = self.types.reached(call)
        return bool(reached) and not any(id(fn) in self.this_functions for name in reached or ()
                                         for fn in self.types.functions.get(name, ()))

    def item_name(self, array: str, is_string: bool) -> str:
        """A name for the items of ``array``: its singular (``fns`` -> ``fn``), else ``item``."""
        if is_string:
            base = "char"
        elif array.endswith("ies") and len(array) > 4:
            base = array[:-3] + "y"
        elif array.endswith("s") and not array.endswith("ss") and len(array) > 2:
            base = array[:-1]
        else:
            base = "item"
        return self.new_local(base, "item")

    def new_local(self, *bases: str) -> str:
        """A Python variable the emitter adds (a loop item, a switch value): the first of
        ``bases`` no JS name, runtime name or earlier addition takes, else a numbered one."""
        if self._taken_names is None:
            assert self.program.main is not None
            self._taken_names = ir.names_in(self.program.main.body) | set(RESERVED)
        taken = self._taken_names
        name = next((b for b in bases if b not in taken and is_identifier(b) and b not in RESERVED), None)
        if name is None:
            name = ir.fresh_name(bases[0], taken)
        taken.add(name)
        self.declared.add(name)
        return name

    def for_of_stmt(self, stmt: ir.ForOf) -> None:
        self.line(f"for {stmt.target} in js.for_of({self.expr(stmt.iterable)}):", stmt.loc, stmt.trailing)
        self.loop_body(stmt, stmt.body, [])

    def super_call(self, expr: ir.SuperCall, bind: bool = True) -> Code:
        """``js.super_call(C, this, ...)``, whose result is the constructor's ``this`` from then on
        (as a value, ``bind``: assigned where it stands)."""
        args = "".join(f", {self.expr(a)}" for a in expr.args)
        call = f"js.super_call({self.expr(expr.cls)}, this{args})"
        return (f"(this := {call})", ATOM) if bind else (call, PRIMARY)

    def super_member(self, expr: ir.SuperMember) -> Code:
        key = f"js.key({self.expr(expr.prop)})" if isinstance(expr.prop, ir.Expr) else py_string(expr.prop)
        this = self.this(ir.This(loc=expr.loc))[0]
        if expr.home:
            return f"js.super_property({self.expr(expr.parent)}, {this}, {key})", PRIMARY
        return f"js.super_member({self.expr(expr.parent)}, {this}, {key})", PRIMARY

    def optional_chain(self, expr: ir.OptionalChain) -> Code:
        self._no_suspend_in_lambda(expr.chain, "`?.`")
        return f"js.optional({self.expr(expr.base)}, lambda {expr.var}: {self.expr(expr.chain)})", PRIMARY

    def _no_suspend_in_lambda(self, expr: ir.Expr, where: str) -> None:
        """`await`/`yield` become Python `yield`s, which a lambda cannot hold for its enclosing function."""
        found = next((n for n in ir.walk(expr) if isinstance(n, (ir.Await, ir.Yield))), None)
        if found is not None:
            word = "await" if isinstance(found, ir.Await) else "yield"
            self.unsupported(found, f"`{word}` after {where} ({word} into a variable first)")

    def spread(self, expr: ir.Spread) -> Code:
        return f"*js.for_of({self.expr(expr.arg)})", ATOM

    def for_in_stmt(self, stmt: ir.ForIn) -> None:
        obj = self.expr(stmt.obj)
        # A JSObject iterates its own keys in JS order, as a snapshot (what js.for_in gives).
        plain = isinstance(stmt.obj, ir.Name) and stmt.obj.id in self.types.literal_objects
        keys = obj if plain else f"js.for_in({obj})"
        self.line(f"for {stmt.target} in {keys}:", stmt.loc, stmt.trailing)
        self.loop_body(stmt, stmt.body, [])

    def break_stmt(self, stmt: ir.Break) -> None:
        self._check_label(stmt)
        self.line("break", stmt.loc, stmt.trailing)

    def _check_label(self, stmt: ir.Break | ir.Continue) -> None:
        # The jumps pass leaves labels only on jumps to the innermost loop.
        if stmt.label is not None and (not self.loop_labels or self.loop_labels[-1] != stmt.label):
            self.unsupported(stmt, f"this jump to the label `{stmt.label}`")

    def continue_stmt(self, stmt: ir.Continue) -> None:
        self._check_label(stmt)
        for prelude in self.loop_updates[-1] if self.loop_updates else []:
            self.stmt(prelude)
        self.line("continue", stmt.loc, stmt.trailing)

    def throw_stmt(self, stmt: ir.Throw) -> None:
        arg = stmt.arg
        if isinstance(arg, ir.New) and isinstance(arg.callee, ir.Name) and arg.callee.id in (
            "Error", "TypeError", "RangeError", "SyntaxError", "URIError", "ReferenceError"
        ):
            self.line(f"raise {self.expr(arg)}", stmt.loc, stmt.trailing)  # already a Python exception
        else:
            self.line(f"raise js.thrown({self.expr(arg)})", stmt.loc, stmt.trailing)

    def try_stmt(self, stmt: ir.Try) -> None:
        self.line("try:", stmt.loc, stmt.trailing)
        self.body(stmt.block, stmt)
        if stmt.handler is not None:
            self.lines.append("    " * self.depth + "except Exception as exc:")
            self.depth += 1
            if stmt.param:
                # The catch parameter is the thrown JS value (errors from the runtime included).
                self.line(f"{stmt.param} = js.caught(exc)", stmt.loc)
            self.depth -= 1
            self.catch_params.append(stmt.param)
            self.body(stmt.handler, stmt)
            self.catch_params.pop()
        if stmt.finalizer is not None:
            self.lines.append("    " * self.depth + "finally:")
            self.body(stmt.finalizer, stmt)

    def block_stmt(self, stmt: ir.Block) -> None:
        for inner in stmt.body:
            self.stmt(inner)
        if stmt.trailing and not stmt.body:
            self.comments([" " + stmt.trailing.strip()])

    def unsupported_stmt(self, stmt: ir.Unsupported) -> None:
        self.line(f"pass  # not translated: {stmt.what}", stmt.loc)

    def comment_only(self, stmt: ir.CommentOnly) -> None:
        self.comments(stmt.leading)

    # -- expressions -----------------------------------------------------------------------------------
    def name(self, expr: ir.Name) -> Code:
        # (A declared name that still spells a Python builtin or runtime name was never renamed:
        # an assignment to a JS global such as `eval = f`; reading it stays a JS global.)
        if (expr.id in self.declared and expr.id not in RESERVED) or expr.id.startswith("js."):
            if expr.id == "js.direct_eval":  # `eval(text)` in strict code or among let/const (build.py)
                self.note_eval("eval", expr.loc)
            return expr.id, ATOM
        # A free name: a JS global of the runtime, or a ReferenceError when it runs; never a
        # Python builtin or module global.
        glob = GLOBALS.get(expr.id)
        if glob is not None:
            if expr.id in ("eval", "Function"):
                self.note_eval(expr.id, expr.loc)
            return glob.python, (PRIMARY if "." in glob.python else ATOM)
        return helper_call("not_defined", py_string(expr.id)), PRIMARY

    def note_eval(self, name: str, loc: ir.Loc) -> None:
        """N001, once per name: ``eval``/``Function`` text is translated when it runs."""
        if name not in self.noted_eval:
            self.noted_eval.add(name)
            self.diag.report("N001", loc.line, loc.col + 1, name=name)

    def global_ref(self, expr: ir.GlobalRef) -> Code:
        spelling = GLOBALS[expr.name].python
        return spelling, (PRIMARY if "." in spelling else ATOM)

    def is_global(self, expr: ir.Expr) -> TypeGuard[ir.Name]:
        """Whether ``expr`` names a JS global of the runtime (not a variable of the program)."""
        return self.facts.is_global(expr)

    def key(self, member: ir.Member) -> str:
        """The Python value of a member's key: its expression when computed, else its name."""
        return self.expr(member.prop) if isinstance(member.prop, ir.Expr) else py_string(member.prop)

    def literal(self, expr: ir.Literal) -> Code:
        value = expr.value
        if value is ir.UNDEFINED:
            return "undefined", ATOM
        if value is None:
            return "None", ATOM
        if isinstance(value, bool):
            return ("True" if value else "False"), ATOM
        if isinstance(value, (int, float)):
            text = py_number(value)
            return text, (UNARY if text.startswith("-") else ATOM)
        return py_string(str(value)), ATOM

    def template(self, expr: ir.Template) -> Code:
        return self.string_of(self.concat_pieces(expr))

    def string_of(self, pieces: list[str | ir.Expr]) -> Code:
        """JS string building (a template, or a chain of ``+`` with a string in it): an f-string
        when every piece converts to text as Python does (strings, integers), else ``+``."""
        if not pieces:
            return '""', ATOM
        fstring = self.fstring(pieces)
        if fstring is not None:
            return fstring, ATOM
        parts = [py_string(p) if isinstance(p, str) else self.as_string(p) for p in pieces]
        if len(parts) == 1 and not isinstance(pieces[0], str) and self.types.infer(pieces[0]) == JSType.STR:
            return self.expr_table[type(pieces[0])](pieces[0])
        return " + ".join(parts), ARITH

    def fstring(self, pieces: list[str | ir.Expr]) -> str | None:
        if all(isinstance(p, str) for p in pieces) or not any(isinstance(p, str) for p in pieces):
            return None  # nothing to interpolate into, or no text around the values
        out = []
        for piece in pieces:
            if isinstance(piece, str):
                out.append("".join(_FSTRING_ESCAPES.get(c) or (c if c.isprintable() and not "\ud800" <= c <= "\udfff"
                                                                else repr(c)[1:-1]) for c in piece))
                continue
            if not (self.types.infer(piece) == JSType.STR or self.types.is_int(piece)):
                return None
            code = self.expr(piece)
            if any(c in code for c in "\\\"{}\n#!:") or code.startswith("="):
                return None  # not representable inside an f-string's braces (Python 3.11)
            out.append("{" + code + "}")
        return 'f"' + "".join(out) + '"'

    def as_string(self, expr: ir.Expr) -> str:
        if self.types.infer(expr) == JSType.STR:
            return self.expr(expr, ARITH + 1)
        if self.types.is_int(expr):
            return f"str({self.expr(expr)})"
        return f"js.to_str({self.expr(expr)})"

    def concat_pieces(self, expr: ir.Expr) -> list[str | ir.Expr]:
        """The operands of a string-building ``+`` chain, in order (string concatenation is
        associative, so nested string sums flatten; a numeric sum inside stays one piece)."""
        if isinstance(expr, ir.Binary) and expr.op == "+" and self.types.infer(expr) == JSType.STR:
            return self.concat_pieces(expr.left) + self.concat_pieces(expr.right)
        if isinstance(expr, ir.Template):
            pieces: list[str | ir.Expr] = []
            for index, text in enumerate(expr.quasis):
                if text:
                    pieces.append(text)
                if index < len(expr.exprs):
                    pieces.append(expr.exprs[index])
            return pieces
        if isinstance(expr, ir.Literal) and (isinstance(expr.value, str) or type(expr.value) is int):
            text = str(expr.value)  # an integer literal reads as its digits
            return [text] if text else []
        return [expr]

    def array(self, expr: ir.ArrayLit) -> Code:
        code = f"JSArray([{', '.join(self.expr(e) for e in expr.elements)}])"
        if expr.holes:
            return f"js.with_holes({code}, {expr.holes!r})", PRIMARY
        return code, PRIMARY

    def object(self, expr: ir.ObjectLit) -> Code:
        if not expr.props:
            return "JSObject()", PRIMARY
        if any(p.kind == "spread" for p in expr.props):
            # `{a: 1, ...b, c: 2}`: the literal's parts, copied in order, as Object.assign does.
            parts: list[str] = []
            run: list[ir.Prop] = []
            for p in [*expr.props, None]:
                if p is not None and p.kind != "spread":
                    run.append(p)
                    continue
                if run or not parts:
                    parts.append(self.object(ir.ObjectLit(run, loc=expr.loc))[0])
                    run = []
                if p is not None:
                    parts.append(self.expr(p.value))
            return f"js.Object.assign({', '.join(parts)})", PRIMARY
        if any(p.kind in ("get", "set") for p in expr.props):
            return self.object_with_accessors(expr)
        keys = [p.key for p in expr.props]
        plain = all(
            isinstance(p.key, str) and not p.computed and is_identifier(p.key) and not p.key.startswith("_")
            for p in expr.props
        ) and len(set(keys)) == len(keys)  # a repeated key (the last one wins in JS) needs the dict form
        if plain:
            args = ", ".join(f"{p.key}={self.expr(p.value)}" for p in expr.props)
            return f"JSObject({args})", PRIMARY
        items = []
        for p in expr.props:
            key = self.expr(p.key) if isinstance(p.key, ir.Expr) else py_string(p.key)
            items.append(f"{key}: {self.expr(p.value)}")
        return "JSObject({" + ", ".join(items) + "})", PRIMARY

    def object_with_accessors(self, expr: ir.ObjectLit) -> Code:
        """``{get full() {...}, set full(v) {...}}``: each getter/setter pair becomes one
        ``js.Accessor`` value, in the literal's key order."""
        pairs: dict[str, dict[str, str]] = {}
        values: dict[str, str] = {}
        for p in expr.props:
            key = self.expr(p.key) if isinstance(p.key, ir.Expr) else py_string(p.key)
            if p.kind in ("get", "set"):
                pair = pairs.setdefault(key, {})
                pair[p.kind] = self.expr(p.value)
                values.pop(key, None)
                values[key] = ""
            else:
                pairs.pop(key, None)
                values.pop(key, None)
                values[key] = self.expr(p.value)
        items = []
        for key, value in values.items():
            if key in pairs:
                pair = pairs[key]
                value = f"js.Accessor({pair.get('get', 'None')}, {pair.get('set', 'None')})"
            items.append(f"{key}: {value}")
        return "js.with_accessors(JSObject({" + ", ".join(items) + "}))", PRIMARY

    def _indexable(self, obj: ir.Expr) -> bool:
        return self.types.infer(obj) in (JSType.OBJECT, JSType.ARRAY)

    def _may_be_primitive(self, obj: ir.Expr) -> bool:
        """Whether ``obj`` may be a string, number or boolean at run time: a member named like
        one of Python's attributes of those (``s.format``, ``n.real``) then goes through the
        runtime, never Python's attribute (see ``runtime/js/exposed.py``)."""
        return not self.types.proven_object(obj) and not self.is_global(obj)

    def member(self, expr: ir.Member) -> Code:
        if expr.computed and self.items and isinstance(expr.obj, ir.Name) and isinstance(expr.prop, ir.Name):
            item = self.items.get((expr.obj.id, expr.prop.id))
            if item is not None:  # `a[i]` in `for (i = 0; i < a.length; i++)` iterating `a`
                return item, ATOM
        obj_type = self.types.infer(expr.obj)
        obj = self.expr(expr.obj, PRIMARY)
        if expr.computed:
            assert isinstance(expr.prop, ir.Expr)
            if obj_type in (JSType.OBJECT, JSType.ARRAY):
                return f"{obj}[{self.expr(expr.prop)}]", PRIMARY
            return f"js.get({self.expr(expr.obj)}, {self.expr(expr.prop)})", PRIMARY
        prop = str(expr.prop)
        if prop == "length" and (obj_type == JSType.ARRAY or obj_type == JSType.STR and self.types.is_ascii(expr.obj)):
            return f"len({self.expr(expr.obj)})", PRIMARY  # (beyond ASCII, JS counts UTF-16 units)
        plain_function = obj_type == JSType.FUNCTION and not (
            isinstance(expr.obj, ir.Name) and expr.obj.id in self.function_objects)
        # (a property a lazy initialisation expects missing, or one of a value also used as a key)
        maybe_primitive = obj_type is None and not self.is_global(expr.obj) and (
            id(expr) in self.facts.lazy_init_reads or id(expr) in self.facts.key_value_reads)
        # (`e.name` of a caught error stays an attribute: what a catch clause holds is an error.)
        unknown_name = prop == "name" and obj_type is None and not (
            isinstance(expr.obj, ir.Name) and expr.obj.id in self.catch_params)
        if obj_type in (JSType.STR, JSType.NUM) or plain_function or (prop == "length" and obj_type is None) \
                or self._inherited_by_builtin_function(expr.obj, prop) \
                or maybe_primitive or unknown_name \
                or (prop in PYTHON_PRIMITIVE_ATTRIBUTES and self._may_be_primitive(expr.obj)):
            # (a Python function has no attributes for the properties JS functions have)
            return f"js.get({self.expr(expr.obj)}, {py_string(prop)})", PRIMARY
        if is_identifier(prop):
            if isinstance(expr.obj, ir.Literal) and isinstance(expr.obj.value, (int, float)):
                obj = f"({obj})"
            return f"{obj}.{prop}", PRIMARY
        return f"{obj}[{py_string(prop)}]", PRIMARY

    def _inherited_by_builtin_function(self, obj: ir.Expr, prop: str) -> bool:
        """``parseInt.prototype``, ``Number.hasOwnProperty``: a global function of the language is
        a Python function in the runtime, whose attributes are only its static members."""
        if not self.is_global(obj):
            return False
        found = GLOBALS[obj.id]
        return found.call_type is not None and (not found.namespace or prop in FUNCTION_INHERITED_MEMBERS)

    def call(self, expr: ir.Call) -> Code:
        callee = expr.callee
        if isinstance(callee, ir.WithName):  # `f()` in a `with` body: the object's method, if it has one
            args_code = "".join(f", {self.expr(a)}" for a in expr.args)
            static = self.call(ir.Call(callee.name, expr.args, loc=expr.loc))[0]
            return self.with_chain(callee, lambda scope, key: f"js.invoke({scope}, {key}{args_code})", static)
        if isinstance(callee, ir.Name) and callee.id == "js.unpack" and self.types.infer(expr.args[0]) == JSType.ARRAY:
            return self.expr_table[type(expr.args[0])](expr.args[0])  # an array pattern reads an array as it is
        args = ", ".join(self.expr(a) for a in expr.args)
        if isinstance(callee, ir.Member) and not callee.computed and isinstance(callee.prop, str):
            method = callee.prop
            obj_type = self.types.infer(callee.obj)
            is_namespace = self.is_global(callee.obj) and GLOBALS[callee.obj.id].namespace
            if method in self.method_names or method in ("call", "apply", "bind") \
                    or (method in PYTHON_PRIMITIVE_ATTRIBUTES and self._may_be_primitive(callee.obj)):
                # A method that reads `this` (or a call/apply/bind): the runtime binds the receiver.
                extra = f", {args}" if args else ""
                return f"js.invoke({self.expr(callee.obj)}, {py_string(method)}{extra})", PRIMARY
            if method in STRING_METHODS and not is_namespace and obj_type not in (JSType.OBJECT, JSType.ARRAY, JSType.FUNCTION):
                extra = f", {args}" if args else ""
                return f"js.invoke({self.expr(callee.obj)}, {py_string(method)}{extra})", PRIMARY
        if isinstance(callee, ir.Member) and callee.computed and isinstance(callee.prop, ir.Expr):
            # `o[name](...)`, `handlers[i](e)`: a method call, `this` is the receiver, unless
            # every function it can reach is known and ignores `this` (flow.py): a plain call.
            if self._plain_computed_call(expr):
                return f"{self.expr(callee, PRIMARY)}({args})", PRIMARY
            extra = f", {args}" if args else ""
            return f"js.invoke({self.expr(callee.obj)}, {self.expr(callee.prop)}{extra})", PRIMARY
        if self.is_global(callee):
            assert isinstance(callee, ir.Name)
            construct = GLOBALS[callee.id].construct
            if construct is not None and callee.id not in ("Date", "Object", "Array"):
                return f"{construct}({args})", PRIMARY  # `Error("x")` is `new Error("x")`
        elif isinstance(callee, ir.Name) and not callee.id.startswith("js."):
            params = self.function_params.get(callee.id)
            if params is None or len(expr.args) > params:
                # A function value of unknown arity: JS drops extra arguments, pads missing ones.
                extra = f", {args}" if args else ""
                return f"js.call({self.expr(callee)}{extra})", PRIMARY
        return f"{self.expr(callee, PRIMARY)}({args})", PRIMARY

    def new(self, expr: ir.New) -> Code:
        args = ", ".join(self.expr(a) for a in expr.args)
        construct = GLOBALS[expr.callee.id].construct if self.is_global(expr.callee) else None
        if construct is not None:
            name = construct
            if name == "JSArray":
                return (f"JSArray([{args}])" if len(expr.args) != 1 else f"js.new_array({args})"), PRIMARY
            if name == "JSObject" and expr.args:  # `new Object(v)`: v's wrapper, or v itself if an object
                return f"{GLOBALS['Object'].python}({args})", PRIMARY
            return f"{name}({args})", PRIMARY
        extra = f", {args}" if args else ""
        return f"js.new({self.expr(expr.callee)}{extra})", PRIMARY

    def unary(self, expr: ir.Unary) -> Code:
        op, arg = expr.op, expr.arg
        if op == "!":
            return f"not {self.expr(arg, NOT)}", NOT
        if op == "-":
            if isinstance(arg, ir.Literal) and isinstance(arg.value, (int, float)) and not isinstance(arg.value, bool):
                return (f"-{py_number(arg.value)}" if arg.value != 0 else "-0.0"), UNARY  # JS has a negative zero
            if self.types.infer(arg) == JSType.NUM:
                return f"-{self.expr(arg, UNARY)}", UNARY
            return f"js.neg({self.expr(arg)})", PRIMARY
        if op == "+":
            if self.types.infer(arg) == JSType.NUM:
                return self.expr_table[type(arg)](arg)
            return f"js.to_number({self.expr(arg)})", PRIMARY
        if op in ("typeof", "delete") and isinstance(arg, ir.WithName):
            static = self.unary(ir.Unary(op, arg.name, loc=expr.loc))[0]
            if op == "delete":
                return self.with_chain(arg, lambda scope, key: f"js.delete_({scope}, {key})", static)
            return self.with_chain(arg, lambda scope, key: f"js.typeof(js.get({scope}, {key}))", static)
        if op == "typeof":
            if isinstance(arg, ir.Name) and not self.is_global(arg) and not self._visible(arg.id):
                if self.program.global_object_names:  # a program that uses the global object: it may be there
                    return f"js.typeof(js.get(js.global_this, {py_string(arg.id)}))", PRIMARY
                return py_string("undefined"), ATOM  # JS's test for a name not declared here: no error
            return f"js.typeof({self.expr(arg)})", PRIMARY
        if op == "~":
            return f"js.bit_not({self.expr(arg)})", PRIMARY
        if op == "delete":
            if isinstance(arg, ir.Member):
                key = self.key(arg)
                return f"js.delete_({self.expr(arg.obj)}, {key})", PRIMARY
            # A declared variable (and NaN, Infinity, undefined) cannot be deleted: false; a name
            # nothing declares, or a value, gives true (sloppy mode: no effect either way).
            if isinstance(arg, ir.Name) and (self._visible(arg.id) or arg.id in ("NaN", "Infinity", "undefined")):
                return "False", ATOM
            if isinstance(arg, (ir.Name, ir.Literal)):
                return "True", ATOM
            return f"({self.expr(arg)}, True)[1]", PRIMARY  # `delete f()`: the value is computed, then true
        if op == "void":
            if isinstance(arg, ir.Literal):
                return "undefined", ATOM
            return f"js.void({self.expr(arg)})", PRIMARY
        self.unsupported(expr, f"the `{op}` operator")
        return "undefined", ATOM

    def update_expr(self, expr: ir.Update) -> Code:
        """``++n``/``n++`` as a value (a name only): an assignment expression, with the old value
        for the postfix form."""
        if isinstance(expr.arg, ir.WithName):
            arg = expr.arg
            return self.with_chain(arg, lambda scope, key: (
                f"js.update_property({scope}, {key}, {1 if expr.op == '++' else -1}, prefix={expr.prefix}"
                + (", binding=True)" if self.functions[-1].strict else ")")),
                self.update_expr(ir.Update(expr.op, expr.prefix, arg.name, loc=expr.loc))[0])
        if isinstance(expr.arg, ir.Member):
            # `++this.n` / `items[i]++` as a value: the runtime reads, stores and returns.
            target = expr.arg
            key = self.key(target)
            delta = 1 if expr.op == "++" else -1
            return f"js.update_property({self.expr(target.obj)}, {key}, {delta}, prefix={expr.prefix})", PRIMARY
        if not isinstance(expr.arg, ir.Name):
            self.unsupported(expr, f"`{expr.op}` on this operand")
            return "undefined", ATOM
        name = self.expr(expr.arg)
        step = "inc" if expr.op == "++" else "dec"
        if self.types.infer(expr.arg) == JSType.NUM:
            new = f"({name} := {name} {'+' if step == 'inc' else '-'} 1)"
            old = f"{new} {'-' if step == 'inc' else '+'} 1"
        else:
            new = f"({name} := js.{step}({name}))"
            old = f"js.{'dec' if step == 'inc' else 'inc'}{new}"
        return (new, ATOM) if expr.prefix else (old, ARITH if self.types.infer(expr.arg) == JSType.NUM else PRIMARY)

    def binary(self, expr: ir.Binary) -> Code:
        op = expr.op
        left_type, right_type = self.types.infer(expr.left), self.types.infer(expr.right)
        if op == "+":
            if left_type == JSType.STR or right_type == JSType.STR:
                pieces = self.concat_pieces(expr)
                merged: list[str | ir.Expr] = []
                for piece in pieces:  # adjacent literal texts join
                    if isinstance(piece, str) and merged and isinstance(merged[-1], str):
                        merged[-1] += piece
                    else:
                        merged.append(piece)
                if not any(isinstance(p, str) for p in merged) and len(merged) == 2:
                    return f"{self.as_string_left(expr.left)} + {self.as_string(expr.right)}", ARITH
                return self.string_of(merged)
            if left_type == right_type == JSType.NUM:
                return f"{self.expr(expr.left, ARITH)} + {self.expr(expr.right, ARITH + 1)}", ARITH
            return f"js.add({self.expr(expr.left)}, {self.expr(expr.right)})", PRIMARY
        if op in ARITHMETIC:
            if op == "%" and self.types.is_natural(expr.left) and self.types.is_int(expr):
                # A non-negative integer by a non-zero integer literal: Python's % is JS's here.
                return f"{self.expr(expr.left, TERM)} % {self.expr(expr.right, TERM + 1)}", TERM
            if op in ("-", "*") and left_type == right_type == JSType.NUM:
                prec = ARITH if op == "-" else TERM
                return f"{self.expr(expr.left, prec)} {op} {self.expr(expr.right, prec + 1)}", prec
            return f"js.{ARITHMETIC[op]}({self.expr(expr.left)}, {self.expr(expr.right)})", PRIMARY
        if op in COMPARISONS:
            if left_type == right_type and left_type in (JSType.NUM, JSType.STR) and left_type == JSType.NUM:
                return f"{self.expr(expr.left, CMP + 1)} {op} {self.expr(expr.right, CMP + 1)}", CMP
            return f"js.{COMPARISONS[op]}({self.expr(expr.left)}, {self.expr(expr.right)})", PRIMARY
        if op in ("===", "!==", "==", "!="):
            return self.equality(expr, left_type, right_type)
        if op == "instanceof":
            return f"js.instanceof({self.expr(expr.left)}, {self.expr(expr.right)})", PRIMARY
        if op in BITWISE:
            return f"js.{BITWISE[op]}({self.expr(expr.left)}, {self.expr(expr.right)})", PRIMARY
        if op == "in":
            if right_type != JSType.OBJECT:  # an array's indices, a string's TypeError...: the runtime decides
                return f"js.has({self.expr(expr.right)}, {self.expr(expr.left)})", PRIMARY
            key = self.expr(expr.left, CMP + 1) if left_type == JSType.STR else f"js.key({self.expr(expr.left)})"
            return f"{key} in {self.expr(expr.right, CMP + 1)}", CMP
        self.unsupported(expr, f"the `{op}` operator")
        return "undefined", ATOM

    def as_string_left(self, expr: ir.Expr) -> str:
        """Left operand of a string concatenation (a nested concatenation needs no parentheses)."""
        if self.types.infer(expr) == JSType.STR:
            return self.expr(expr, ARITH)
        return f"js.to_str({self.expr(expr)})"

    def equality(self, expr: ir.Binary, left_type: JSType | None, right_type: JSType | None) -> Code:
        negate = expr.op in ("!==", "!=")
        strict = expr.op in ("===", "!==")
        left, right = expr.left, expr.right
        nullish = (JSType.NULL, JSType.UNDEFINED)
        if right_type in nullish or left_type in nullish:
            value, other = (left, right_type) if right_type in nullish else (right, left_type)
            code = self.expr(value, CMP + 1)
            if strict:
                singleton = "None" if other == JSType.NULL else "undefined"
                return f"{code} is {'not ' if negate else ''}{singleton}", CMP
            return f"{code} {'not ' if negate else ''}in (None, undefined)", CMP
        same_primitive = left_type == right_type and left_type in (JSType.STR, JSType.NUM, JSType.BOOL)
        string_literal = isinstance(left, ir.Literal) and isinstance(left.value, str) or isinstance(right, ir.Literal) and isinstance(right.value, str)
        if same_primitive or (strict and string_literal):
            return f"{self.expr(left, CMP + 1)} {'!=' if negate else '=='} {self.expr(right, CMP + 1)}", CMP
        helper = "strict_eq" if strict else "loose_eq"
        code = f"js.{helper}({self.expr(left)}, {self.expr(right)})"
        return (f"not {code}", NOT) if negate else (code, PRIMARY)

    def logical(self, expr: ir.Logical) -> Code:
        if expr.op == "&&":
            return f"{self.expr(expr.left, AND)} and {self.expr(expr.right, AND + 1)}", AND
        if expr.op == "||":
            return f"{self.expr(expr.left, OR)} or {self.expr(expr.right, OR + 1)}", OR
        if expr.op == "??":
            left = self.expr(expr.left, CMP + 1)
            if isinstance(expr.left, ir.Name):  # a plain name can be read twice
                return f"{left} if {left} not in (None, undefined) else {self.expr(expr.right, IFEXP)}", IFEXP
            self._no_suspend_in_lambda(expr.right, "`??`")
            return f"js.nullish({self.expr(expr.left)}, lambda: {self.expr(expr.right)})", PRIMARY
        self.unsupported(expr, f"the `{expr.op}` operator")
        return "undefined", ATOM

    def conditional(self, expr: ir.Conditional) -> Code:
        return (f"{self.expr(expr.consequent, OR)} if {self.expr(expr.test, OR)} else "
                f"{self.expr(expr.alternate, IFEXP)}"), IFEXP

    def assign_expr(self, expr: ir.Assign) -> Code:
        """An assignment whose value is used: `(x := v)`, or `js.set_(o, k, v)` (which returns v)
        for a property; a compound one (`+=`...) reads its target again, so only where reading
        it twice cannot run anything twice."""
        target = expr.target
        if isinstance(target, ir.WithName):
            return self.with_assign(target, expr.op, expr.value)
        value = expr.value if expr.op == "=" else ir.Binary(expr.op[:-1], target, expr.value, loc=expr.loc)
        if isinstance(target, ir.Name):
            return f"({target.id} := {self.expr(value)})", ATOM
        if isinstance(target, ir.Member) and (expr.op == "=" or self._pure_member(target)):
            key = self.key(target)
            return f"js.set_({self.expr(target.obj)}, {key}, {self.expr(value)})", PRIMARY
        if isinstance(target, ir.Member) and expr.op[:-1] in ("+", *ARITHMETIC, *BITWISE):
            return self._compound_property(expr, target), PRIMARY
        self.unsupported(expr, "a compound assignment to a computed property inside an expression")
        return "undefined", ATOM

    def _compound_property(self, expr: ir.Assign, target: ir.Member) -> str:
        """``base[key()] += f()``: object and key evaluated once, the right-hand side after the read."""
        self._no_suspend_in_lambda(expr.value, "a compound assignment to a computed property")
        key = self.key(target)
        return f"js.compound({self.expr(target.obj)}, {key}, {py_string(expr.op[:-1])}, lambda: {self.expr(expr.value)})"

    @staticmethod
    def _pure_member(target: ir.Member) -> bool:
        return isinstance(target.obj, (ir.Name, ir.This)) and (
            not target.computed or isinstance(target.prop, (ir.Name, ir.Literal)))

    def sequence(self, expr: ir.Sequence) -> Code:
        # `(a, b, c)` used as a value: a tuple evaluates left to right, its last item is the value.
        # (As a statement, or in a for-loop's update, each part is a statement of its own.)
        return f"({', '.join(self.expr(part) for part in expr.exprs)})[-1]", PRIMARY

    def this(self, expr: ir.This) -> Code:
        # The nearest enclosing non-arrow function binds `this` (arrow functions see their parent's).
        for fn in reversed(self.functions):
            if not fn.is_arrow:
                if fn is self.program.main:
                    break
                if fn.derived and id(fn) not in self.this_bound:
                    return "js.checked_this(this)", PRIMARY  # (a ReferenceError before super() runs)
                return "this", ATOM
        # Top level: a CommonJS module's `this` is its exports (as in Node); app.js's is the global
        # object, which the runtime models as one plain object (CoffeeScript's `}).call(this)`).
        module_params = self.program.main.params if self.program.main is not None else []
        return ("exports" if "exports" in module_params else "js.global_this"), ATOM

    def regex(self, expr: ir.Regex) -> Code:
        pattern = expr.pattern
        raw_ok = '"' not in pattern and "\n" not in pattern and not pattern.endswith("\\") and pattern.isprintable()
        literal = f'r"{pattern}"' if raw_ok else py_string(pattern)
        flags = f", {py_string(expr.flags)}" if expr.flags else ""
        return f"js.RegExp({literal}{flags})", PRIMARY

    def _visible(self, name: str) -> bool:
        """Is ``name`` a variable of the function being emitted or of one around it?"""
        if name not in self.declared:
            return False
        return any(name in fn.locals or name in fn.params or name == fn.rest or name == fn.name
                   for fn in [self.program.main, *self.functions] if fn is not None)

    # -- names inside `with` bodies ------------------------------------------------------------
    def with_chain(self, expr: ir.WithName, found: Callable[[str, str], str], static: str) -> Code:
        """``found(scope, key) if js.has(scope, key) else ...`` for each ``with`` object around
        the name, innermost first, ending in ``static``: what the name means outside them."""
        code = static
        key = py_string(expr.key)
        for scope in reversed(expr.scopes):
            name = self.expr(scope)
            code = f"{found(name, key)} if js.has({name}, {key}) else {code}"
        return code, IFEXP

    def with_name(self, expr: ir.WithName) -> Code:
        return self.with_chain(expr, lambda scope, key: f"js.get({scope}, {key})", self.expr(expr.name))

    def with_assign(self, target: ir.WithName, op: str, value: ir.Expr) -> Code:
        code = self.assign_expr(ir.Assign(op, target.name, value, loc=target.loc))[0]
        key = py_string(target.key)
        for scope in reversed(target.scopes):
            name = self.expr(scope)
            own: ir.Expr = value
            if op != "=":
                own = ir.Binary(op[:-1], ir.Member(scope, ir.Literal(target.key, loc=target.loc), computed=True,
                                                   loc=target.loc), value, loc=target.loc)
            setter = "js.set_binding" if self.functions[-1].strict else "js.set_"
            code = f"{setter}({name}, {key}, {self.expr(own)}) if js.has({name}, {key}) else {code}"
        return code, IFEXP

    def await_expr(self, expr: ir.Await) -> Code:
        return f"(yield {self.expr(expr.arg)})", ATOM

    def yield_expr(self, expr: ir.Yield) -> Code:
        if expr.delegate:
            assert expr.arg is not None
            return f"(yield from js.delegate({self.expr(expr.arg)}))", ATOM
        return f"(yield {self.expr(expr.arg) if expr.arg is not None else 'undefined'})", ATOM

    def function_expr(self, expr: ir.FunctionExpr) -> Code:  # lifted by the callbacks pass
        self.unsupported(expr, "a function expression here")
        return "undefined", ATOM


# How text stands inside an f-string's literal part.
_FSTRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "{": "{{", "}": "}}"}


def _block_scoped_names(body: list[ir.Stmt]) -> set[str]:
    """let/const names declared in a loop body (in nested blocks too, not in nested functions)."""
    names: set[str] = set()
    stack = list(body)
    while stack:
        stmt = stack.pop()
        if isinstance(stmt, ir.VarDecl) and stmt.kind in ("let", "const"):
            names.update(name for name, _ in stmt.decls)
        if not isinstance(stmt, ir.FunctionDecl):
            for block in ir.statement_lists(stmt):
                stack.extend(block)
            if isinstance(stmt, ir.For) and isinstance(stmt.init, ir.VarDecl) and stmt.init.kind in ("let", "const"):
                names.update(name for name, _ in stmt.init.decls)
    return names


def _writes_a_variable(expr: ir.Expr) -> bool:
    """Whether evaluating ``expr`` may assign a variable (``i++``, ``(x = y)``) before it is done."""
    return any(isinstance(n, (ir.Update, ir.Assign)) for n in ir.walk(expr))


def emit(program: ir.Program, diagnostics: Diagnostics,
         facts: ProgramFacts | None = None) -> tuple[str, list[ir.Loc]]:
    """The body of ``main()`` as Python source, and the JS location of each emitted statement.
    ``facts``: :func:`facts.find_facts` of the program (found here when not given)."""
    emitter = Emitter(program, diagnostics, facts or find_facts(program))
    try:
        return emitter.main_body(), emitter.locs
    finally:
        emitter.__dict__.clear()  # its dispatch tables make a cycle (see build.build)


def _calls_super(fn: ir.Function) -> bool:
    """Does the arrow function ``fn`` call ``super(...)`` (which binds its constructor's ``this``)?"""
    return ir.shares_this(fn.body, (ir.SuperCall,))
