"""``eval(text)`` and ``Function(args..., body)``: JS text run by translating it with ti2py.

The text is never given to Python: ti2py's translator converts it, at run time, into a module
confined exactly as converted code is (free names resolve to the JS globals or throw a
ReferenceError, properties never reach Python attributes), which then runs in the calling app.

``eval`` runs as an *indirect* eval does: in the global scope, so it cannot see the local
variables of the function that calls it, and its ``var``s stay its own.  Its value is that of
the text's last expression statement (``eval('(' + json + ')')`` gives the object).
"""

from __future__ import annotations

import functools
from types import ModuleType
from typing import Any

from .values import JSObject, JSSyntaxError, undefined


def eval_(source: Any = undefined, *_args: Any) -> Any:
    """The JS global ``eval``."""
    if not isinstance(source, str):
        return source  # eval of a non-string gives the value back
    return _run(source)


def direct_eval(strict: bool, caller_lexical: str, source: Any = undefined, *_args: Any) -> Any:
    """``eval(text)`` called by name where the calling code matters to the text: strict code
    makes the text strict-mode code, and ``caller_lexical`` (space-separated) names the
    block-scoped names around the call, which a ``var`` of the text may not redeclare.  It
    still runs in the global scope, as ``eval_`` does."""
    if not isinstance(source, str):
        return source
    return _run(source, strict, frozenset(caller_lexical.split()))


class _FunctionConstructor:
    """The JS global ``Function``: ``Function('a', 'b', 'return a + b')`` or ``new Function(...)``."""

    name = "Function"
    length = 1
    js_constructs = True  # `new Function(...)`, `class F extends Function`

    @property
    def prototype(self) -> Any:  # the realm's object itself (`getPrototypeOf(f) === Function.prototype`)
        from .realm import current

        return current().prototype("Function")

    def __call__(self, *args: Any) -> Any:
        from .ops import to_str

        from .functions import ThisFunction, function_property, plain_function

        params = ", ".join(to_str(a) for a in args[:-1])
        body = to_str(args[-1]) if args else ""
        made = _run(f"(function anonymous({params}\n) {{\n{body}\n}});")
        if isinstance(made, ThisFunction):
            made.__dict__["js_name"] = "anonymous"
            return made
        # A function object as any other (`f.constructor === Function`, `f.hasOwnProperty`).
        return plain_function(made, "anonymous", function_property(made, "length"))

    @staticmethod
    def js_has_instance(value: Any) -> bool:
        return callable(value) and not isinstance(value, type)

    def __getattr__(self, name: str) -> Any:  # what Function inherits as a function (`Function.call`)
        if name.startswith("_") or name.startswith("js_"):
            raise AttributeError(name)
        from .functions import inherited_function_member

        return inherited_function_member(self, name)


Function = _FunctionConstructor()


def _run(source: str, strict: bool = False, caller_lexical: frozenset[str] = frozenset()) -> Any:
    code = _translate(source, strict, caller_lexical)
    module = ModuleType("ti2py_eval")
    # The translated module, not the JS text: it can reach only the runtime's JS globals.
    exec(compile(code, "<eval>", "exec"), module.__dict__)
    holder = JSObject(exports=undefined)
    module.main(holder, JSObject())
    return holder["exports"]


@functools.lru_cache(maxsize=256)
def _translate(source: str, strict: bool = False, caller_lexical: frozenset[str] = frozenset()) -> str:
    """Python for ``source``, whose last expression statement's value becomes the result
    (``strict``: as strict-mode code; ``caller_lexical``: see direct_eval)."""
    from ti2py.transpiler import convert

    text = _with_completion_value(source, caller_lexical)
    if strict:  # (on the wrapper's first line: the text's lines keep their numbers)
        text = text.replace("(function () {", "(function () { 'use strict';", 1)
    result = convert(text, "eval.js", commonjs=True)
    if result.code is None:
        first = next((d for d in result.diagnostics.items if d.severity == "error"), None)
        raise JSSyntaxError(first.message if first is not None else "eval: the text does not convert")
    return result.code


def _with_completion_value(source: str, caller_lexical: frozenset[str] = frozenset()) -> str:
    """``source`` with its completion value stored in ``module.exports`` (the text runs inside a
    function, so its own ``var``s do not clash with the module's).  The value is JS's: each
    expression statement's value, kept in a variable; an ``if``, loop, ``switch``, ``try`` or
    ``with`` starts from undefined (``eval('1; if (false) {}')`` is undefined), declarations
    and empty statements leave it as it was (``eval('1; var x;')`` is 1), and a ``finally``
    block's values do not replace the ``try`` block's."""
    from ti2py.transpiler.diagnostics import Diagnostics
    from ti2py.transpiler.parse import parse

    diagnostics = Diagnostics("eval.js")
    parsed = parse(source, diagnostics, caller_lexical=caller_lexical)
    if parsed is None:
        raise JSSyntaxError(diagnostics.items[0].message)
    body = parsed.ast.body
    if body and body[-1].type == "ExpressionStatement" and all(
            s.type in ("ExpressionStatement", "VariableDeclaration", "FunctionDeclaration", "EmptyStatement")
            for s in body):
        start, end = body[-1].range  # the common case (`eval('(' + json + ')')`): the last statement's value
        last = source[start:end].rstrip().rstrip(";")
        return f"module.exports = (function () {{\n{source[:start]}\nreturn ({last});\n}})();"
    value = "$completion"
    while value in source:
        value += "_"
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), disjoint

    def visit(node: Any, reset_at: int | None = None) -> None:
        kind = node.type
        start, end = node.range
        if kind == "LabeledStatement":  # (a reset goes before the label: `outer: for ...` stays a labelled loop)
            visit(node.body, start if reset_at is None else reset_at)
            return
        if kind == "ExpressionStatement":
            if getattr(node, "directive", None):
                edits.append((end, end, f" {value} = {source[slice(*node.expression.range)]};"))
            else:
                edits.append((start, end, f"{value} = ({source[slice(*node.expression.range)]});"))
            return
        if kind in ("IfStatement", "WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement",
                    "ForOfStatement", "SwitchStatement", "TryStatement", "WithStatement"):
            at = start if reset_at is None else reset_at
            edits.append((at, at, f"{value} = undefined; "))
        for child in _statements_in(node):
            visit(child)
        if kind == "TryStatement" and node.finalizer is not None and node.finalizer.body:
            block_start, block_end = node.finalizer.range
            edits.append((block_start + 1, block_start + 1, f" var {value}_kept = {value};"))
            edits.append((block_end - 1, block_end - 1, f" {value} = {value}_kept; "))

    for statement in body:
        visit(statement)
    prologue = 0  # `var` after the directives ("use strict" stays first)
    for statement in body:
        if statement.type != "ExpressionStatement" or not getattr(statement, "directive", None):
            break
        prologue = statement.range[1]
    edits.append((prologue, prologue, f" var {value};"))
    text = source
    for start, end, replacement in sorted(edits, key=lambda edit: (edit[0], edit[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return f"module.exports = (function () {{\n{text}\nreturn {value};\n}})();"


def _statements_in(node: Any) -> list[Any]:
    """The statements directly inside a statement (not inside its functions or expressions)."""
    kind = node.type
    if kind in ("BlockStatement", "Program"):
        return list(node.body)
    if kind == "IfStatement":
        return [node.consequent] + ([node.alternate] if node.alternate is not None else [])
    if kind in ("WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement", "ForOfStatement",
                "WithStatement", "LabeledStatement"):
        return [node.body]
    if kind == "SwitchStatement":
        return [statement for case in node.cases for statement in case.consequent]
    if kind == "TryStatement":
        return [node.block] + ([node.handler.body] if node.handler is not None else []) \
            + ([node.finalizer] if node.finalizer is not None else [])
    return []


__all__ = ["eval_", "direct_eval", "Function"]
