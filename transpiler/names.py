"""The one table of what generated code may name.

Every stage reads it: scope analysis (which free names are JS globals), the emitter (how each
global and runtime helper is spelled), the formatter (what to import from ``ti2py.runtime``),
type inference (what a global's call returns) and the tests (every name here exists in the
runtime, every name the emitter writes is here).

Generated code reaches nothing else of Python: a free JS name that is not a global here becomes
``js.not_defined("name")`` (a ReferenceError when it runs), and a JS property becomes a Python
attribute only when ``ti2py.runtime.js.host.is_exposed_attribute`` allows it.
"""

from __future__ import annotations

import builtins
import keyword
from dataclasses import dataclass

from .jstype import JSType


@dataclass(frozen=True)
class Global:
    """A JS global the runtime provides.

    ``python``: what generated code writes for a read of it (an export of ``ti2py.runtime`` or
    ``js.NAME``). ``construct``: what ``new X(...)`` writes, when it is not ``js.new(X, ...)``.
    ``call_type``: the type of ``X(...)``'s result, when fixed.
    ``namespace``: an object of methods (``Math.max``), never a string receiver."""

    python: str
    construct: str | None = None
    call_type: JSType | None = None
    namespace: bool = False


def _js(name: str, **facts: object) -> Global:
    return Global(f"js.{name}", **facts)  # type: ignore[arg-type]


GLOBALS: dict[str, Global] = {
    # Values
    "undefined": Global("undefined"), "NaN": Global("NaN"), "Infinity": Global("Infinity"),
    "globalThis": _js("global_this"), "global": _js("global_this"),
    # Constructors and namespaces of the language
    "Object": _js("Object", construct="JSObject", namespace=True),
    "Array": _js("Array", construct="JSArray", namespace=True),
    "String": Global("String", call_type=JSType.STR, namespace=True),
    "Number": Global("Number", call_type=JSType.NUM, namespace=True),
    "Boolean": Global("Boolean", call_type=JSType.BOOL),
    "Date": Global("Date", construct="Date", namespace=True),
    "RegExp": _js("RegExp", construct="js.RegExp"),
    "Symbol": _js("Symbol", namespace=True),
    "Map": _js("Map", construct="js.Map"), "Set": _js("Set", construct="js.Set"),
    "WeakMap": _js("WeakMap", construct="js.WeakMap"), "WeakSet": _js("WeakSet", construct="js.WeakSet"),
    "Promise": _js("Promise", construct="js.Promise", namespace=True),
    "Error": Global("JSError", construct="JSError"), "TypeError": Global("JSTypeError", construct="JSTypeError"),
    "RangeError": Global("JSRangeError", construct="JSRangeError"),
    "SyntaxError": Global("JSSyntaxError", construct="JSSyntaxError"),
    "URIError": _js("JSURIError", construct="js.JSURIError"),
    "EvalError": _js("JSEvalError", construct="js.JSEvalError"),
    "ReferenceError": _js("JSReferenceError", construct="js.JSReferenceError"),
    "JSON": Global("JSON", namespace=True), "Math": Global("Math", namespace=True),
    # Functions of the language (eval and Function translate their text with ti2py when they run)
    "eval": _js("eval_"), "Function": _js("Function", construct="js.Function", namespace=True),
    "parseInt": Global("parseInt", call_type=JSType.NUM), "parseFloat": Global("parseFloat", call_type=JSType.NUM),
    "isNaN": Global("isNaN", call_type=JSType.BOOL), "isFinite": _js("isFinite", call_type=JSType.BOOL),
    "encodeURIComponent": _js("encodeURIComponent", call_type=JSType.STR),
    "decodeURIComponent": _js("decodeURIComponent", call_type=JSType.STR),
    "encodeURI": _js("encodeURI", call_type=JSType.STR), "decodeURI": _js("decodeURI", call_type=JSType.STR),
    "escape": _js("escape", call_type=JSType.STR), "unescape": _js("unescape", call_type=JSType.STR),
    # Titanium and its host functions
    "Ti": Global("Ti", namespace=True), "Titanium": Global("Titanium", namespace=True),
    "alert": Global("alert"), "require": Global("require"), "console": Global("console", namespace=True),
    "L": Global("L", call_type=JSType.STR),
    "setTimeout": Global("setTimeout"), "setInterval": Global("setInterval"),
    "clearTimeout": Global("clearTimeout"), "clearInterval": Global("clearInterval"),
}

# Runtime helpers generated code calls as ``js.NAME``: the helper and its positional arity
# (None: any number).  A helper is written only through this table (see Emitter.helper).
HELPERS: dict[str, int | None] = {
    # operators
    "add": 2, "sub": 2, "mul": 2, "div": 2, "mod": 2, "pow_": 2, "neg": 1, "to_number": 1, "to_str": 1,
    "bit_and": 2, "bit_or": 2, "bit_xor": 2, "bit_not": 1, "shl": 2, "shr": 2, "ushr": 2,
    "lt": 2, "gt": 2, "le": 2, "ge": 2, "loose_eq": 2, "strict_eq": 2, "typeof": 1, "void": 1,
    "nullish": None, "optional": None, "instanceof": 2, "truthy": 1,
    # properties and calls
    "get": 2, "set_": 3, "has": 2, "delete_": 2, "key": 1, "invoke": None, "call": None, "new": None,
    "new_array": 1, "arguments_object": 1, "with_holes": 2, "update_property": None, "compound": 4, "for_in": 1, "for_of": 1, "not_defined": 1,
    "direct_eval": None, "declare_global": None, "set_binding": 3, "set_global": 3, "update_global": 4,
    # functions, classes, generators
    "named": None, "this_function": 1, "strict_this_function": 1, "async_function": 1, "generator_function": 1, "delegate": 1,
    "extend": None, "end_class": 1, "super_call": None, "super_member": None, "super_property": 3,
    "checked_this": 1,
    "Accessor": None, "with_accessors": 1, "define_accessor": None, "define_method": 3,
    "object_rest": 2, "array_rest": 2, "unpack": 2, "with_object": 1, "template_object": 3, "ascending": 2, "descending": 2,
    # exceptions
    "thrown": 1, "caught": 1,
}

# Names the module imports from ``ti2py.runtime`` besides the globals' own spellings.
_VALUE_MODEL = ("js", "JSObject", "JSArray")

RUNTIME_EXPORTS = frozenset(
    {g.python.split(".")[0] for g in GLOBALS.values()}
    | {g.construct.split(".")[0] for g in GLOBALS.values() if g.construct}
    | set(_VALUE_MODEL)
)

# Python names a JS variable may not keep: keywords, builtins, and every name generated code takes
# from the runtime or the module (``js``, ``Ti``, ``main``...). Such a variable is renamed.
RESERVED = frozenset(keyword.kwlist) | frozenset(dir(builtins)) | RUNTIME_EXPORTS | {
    "main", "self", "runtime", "ti2py", "_args",  # (`*_args`: the extra arguments of a JS function)
}


def helper_call(name: str, *args: str) -> str:
    """``js.NAME(args)`` for a helper of the table (a KeyError names a helper missing from it)."""
    arity = HELPERS[name]
    assert arity is None or arity == len(args), f"js.{name} takes {arity} arguments, given {len(args)}"
    return f"js.{name}({', '.join(args)})"
