"""JS semantics for translated code: the value model, operators and built-ins.

Generated modules import this package as ``js`` and call ``js.add``, ``js.div``, ``js.typeof``
and friends only where plain Python would differ from JavaScript.
"""

from .json_codec import JSON
from .builtins import (
    Array, Boolean, Object, Date, Error, Math, Number, String, decodeURI, decodeURIComponent, encodeURI,
    encodeURIComponent, escape, isFinite, isNaN, parseFloat, parseInt, unescape,
)
from .ops import (
    Thrown, add, nullish, optional, bit_and, bit_not, bit_or, bit_xor, call, has, caught, dec, delete_, div, for_in, inc, new_array, thrown, void, ge, get, gt, is_number, le, loose_eq, lt, mod, mul, neg, number_to_str,
    set_, update_property, pow_, shl, shr, strict_eq, sub, to_int32, to_number, to_str, to_uint32, truthy, typeof, ushr,
)
from .collections import Map, Set, WeakMap, WeakSet, for_of
from .functions import ThisFunction, extend, instanceof, new, super_call, super_member, this_function
from .generators import delegate, generator_function
from .promise import Promise, async_function
from .regexp import RegExp
from .strings import invoke
from .values import (
    Accessor, array_rest, ascending, descending, define_accessor, object_rest, with_accessors,
    adapt_args, Infinity, JSArray, JSError, JSObject, JSRangeError, JSReferenceError, JSSyntaxError, JSURIError,
    JSTypeError, NaN, undefined,
)
from .values import to_property_key as key

# `this` at the top level of app.js: the global object, as one plain object the app's code shares.
global_this = JSObject()

__all__ = [
    "Array", "Object", "Accessor", "array_rest", "ascending", "descending", "define_accessor", "object_rest", "with_accessors",
    "extend", "super_call", "super_member", "Map", "Set", "WeakMap", "WeakSet", "Promise", "async_function", "global_this", "generator_function", "delegate", "for_of", "nullish", "optional", "RegExp", "ThisFunction", "instanceof", "new", "this_function", "Thrown", "adapt_args", "bit_and", "bit_not", "bit_or", "bit_xor", "shl", "shr", "ushr", "to_int32", "to_uint32", "delete_", "for_in", "has", "caught", "dec", "inc", "invoke", "new_array", "thrown", "void",
    "JSON", "Boolean", "Date", "Error", "Math", "Number", "String", "isNaN", "parseFloat", "parseInt",
    "isFinite", "escape", "unescape", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI", "JSURIError",
    "add", "update_property", "pow_", "call", "div", "ge", "get", "gt", "is_number", "le", "loose_eq", "lt", "mod", "mul", "neg",
    "number_to_str", "set_", "strict_eq", "sub", "to_number", "to_str", "truthy", "typeof",
    "key", "Infinity", "JSArray", "JSError", "JSObject", "JSRangeError", "JSReferenceError", "JSSyntaxError",
    "JSTypeError", "NaN", "undefined",
]
