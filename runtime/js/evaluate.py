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


class _FunctionConstructor:
    """The JS global ``Function``: ``Function('a', 'b', 'return a + b')`` or ``new Function(...)``."""

    name = "Function"
    length = 1

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


def _run(source: str) -> Any:
    code = _translate(source)
    module = ModuleType("ti2py_eval")
    # The translated module, not the JS text: it can reach only the runtime's JS globals.
    exec(compile(code, "<eval>", "exec"), module.__dict__)
    holder = JSObject(exports=undefined)
    module.main(holder, JSObject())
    return holder["exports"]


@functools.lru_cache(maxsize=256)
def _translate(source: str) -> str:
    """Python for ``source``, whose last expression statement's value becomes the result."""
    from ti2py.transpiler import convert

    text = _with_completion_value(source)
    result = convert(text, "eval.js", commonjs=True)
    if result.code is None:
        first = next((d for d in result.diagnostics.items if d.severity == "error"), None)
        raise JSSyntaxError(first.message if first is not None else "eval: the text does not convert")
    return result.code


def _with_completion_value(source: str) -> str:
    """``source`` with its completion value stored in ``module.exports`` (the text runs inside a
    function, so its own ``var``s do not clash with the module's)."""
    import esprima

    try:
        program = esprima.parseScript(source, {"range": True, "tolerant": False})
    except esprima.Error as exc:
        raise JSSyntaxError(str(getattr(exc, "description", exc))) from None
    body = program.body
    if not body or body[-1].type != "ExpressionStatement":
        return f"(function () {{\n{source}\n}})();"
    start, end = body[-1].range
    last = source[start:end].rstrip().rstrip(";")
    return f"module.exports = (function () {{\n{source[:start]}\nreturn ({last});\n}})();"


__all__ = ["eval_", "Function"]
