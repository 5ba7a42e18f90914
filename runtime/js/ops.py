"""JS operators and conversions for the places where Python's meaning differs.

The translator calls these only where it cannot prove plain Python is equivalent, so each one
is small, named after the JS operation, and exact.
"""

from __future__ import annotations

import math
import re
from typing import Any, Callable

from .functions import (
    DELETED, NOT_A_FUNCTION_PROPERTY, function_property, is_function_value, set_function_property, source_text,
)
from .realm import RealmPrototype
from .host import host_delete, host_get, host_has, host_keys, host_set, inherited_member
from .values import (
    NaN, JSArray, JSObject, JSSymbol, JSTypeError, adapt_args, array_named_keys, call_with_this, delete_array_named,
    delete_property,
    NO_ELEMENT, element_flags, enumerable_indexes, has_array_named, inherited_element, is_array_index, is_hole, make_hole,
    own_keys, refuse_in_strict_code, to_property_key, undefined,
)


# -- type tests --------------------------------------------------------------------------------
def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def typeof(value: Any) -> str:
    """The JS ``typeof`` operator."""
    if value is undefined:
        return "undefined"
    if value is None:
        return "object"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if type(value) is JSSymbol:
        return "symbol"
    if callable(value) and not isinstance(value, (JSObject, JSArray)):
        return "function"
    return "object"


def truthy(value: Any) -> bool:
    """JS ToBoolean.  Python's own truthiness already agrees for runtime values; this also covers
    a raw float NaN that escaped from Python arithmetic."""
    if isinstance(value, float) and value != value:
        return False
    return bool(value)


# -- ToString ----------------------------------------------------------------------------------
def number_to_str(value: float | int) -> str:
    """JS Number::toString(10): shortest round-trip digits, JS exponent rules."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if abs(value) < 2**53:
            return str(value)
        value = float(value)  # as a JS double would hold it
    if value != value:
        return "NaN"
    if value == 0:
        return "0"  # also -0
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    sign = "-" if value < 0 else ""
    digits, exponent = _shortest_digits(abs(value))
    k = len(digits)
    n = exponent  # value = 0.digits * 10**n
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    e = n - 1
    exp = f"e+{e}" if e >= 0 else f"e-{-e}"
    if k == 1:
        return sign + digits + exp
    return sign + digits[0] + "." + digits[1:] + exp


def _shortest_digits(value: float) -> tuple[str, int]:
    """Digits and decimal exponent n with value == 0.DIGITS * 10**n, digits shortest (repr)."""
    text = repr(value)
    mantissa, _, exp = text.partition("e")
    exponent = int(exp) if exp else 0
    whole, _, frac = mantissa.partition(".")
    if frac == "0":
        frac = ""
    digits = (whole + frac).lstrip("0")
    leading_zeros = len(whole + frac) - len((whole + frac).lstrip("0"))
    n = len(whole) + exponent - leading_zeros
    digits = digits.rstrip("0") or "0"
    return digits, n


def to_str(value: Any) -> str:
    """JS ToString (the ``String(x)`` conversion and what ``+`` does to a non-string)."""
    kind = type(value)
    if kind is str:
        return value
    if kind is int and -(2**53) < value < 2**53:
        return str(value)
    if isinstance(value, str):
        return value
    if value is None:
        return "null"
    if value is undefined:
        return "undefined"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return number_to_str(value)
    if isinstance(value, JSArray):
        return value.join(",")
    if isinstance(value, JSObject):
        return to_str(_object_to_primitive(value, "string"))
    if kind is JSSymbol:
        raise JSTypeError("Cannot convert a Symbol value to a string")
    if isinstance(value, type):  # a built-in constructor (Date, Map): its toString is its instances'
        return source_text(value)
    to_string = getattr(value, "toString", None)
    if callable(to_string) and to_string is not undefined:
        return to_str(call_with_this(to_string, value))  # a JS method: `this` is the value
    if callable(value):
        return source_text(value)
    return "[object Object]"


def _is_primitive(value: Any) -> bool:
    return value is None or value is undefined or isinstance(value, (str, int, float, bool, JSSymbol))


def _object_to_primitive(value: JSObject, hint: str) -> Any:
    """ToPrimitive of an object: its ``[Symbol.toPrimitive](hint)`` method if it has one (a
    TypeError if that gives an object), else OrdinaryToPrimitive."""
    from .symbols import Symbol

    exotic = value[Symbol.toPrimitive] if (_has_symbol_keys(value) or "__proto__" in dict.keys(value)) else undefined
    if exotic is undefined or exotic is None:
        return _ordinary_to_primitive(value, hint)
    if not callable(exotic) or isinstance(exotic, (JSObject, JSArray)):
        raise JSTypeError("Symbol.toPrimitive is not a function")
    result = call_with_this(exotic, value, hint)
    if not _is_primitive(result):
        raise JSTypeError("Cannot convert object to primitive value")
    return result


def _has_symbol_keys(value: JSObject) -> bool:
    return any(type(k) is JSSymbol for k in dict.keys(value))


def _ordinary_to_primitive(value: Any, hint: str) -> Any:
    """OrdinaryToPrimitive: ``toString`` then ``valueOf`` for the "string" hint (the other order
    otherwise), the first primitive result; TypeError when neither gives one."""
    for name in (("toString", "valueOf") if hint == "string" else ("valueOf", "toString")):
        method = getattr(value, name, None)
        if callable(method) and method is not undefined and not isinstance(method, (JSObject, JSArray)):
            result = call_with_this(method, value)  # a JS method: `this` is the value
            if _is_primitive(result):
                return result
    raise JSTypeError("Cannot convert object to primitive value")


# -- ToNumber ----------------------------------------------------------------------------------
_NUMERIC_LITERAL = re.compile(r"^[+-]?(\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?|Infinity)$", re.IGNORECASE)


def to_number(value: Any) -> float | int:
    """JS ToNumber."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if value is None:
        return 0
    if value is undefined:
        return NaN
    if type(value) is JSSymbol:
        raise JSTypeError("Cannot convert a Symbol value to a number")
    if isinstance(value, str):
        text = value.strip()
        if text == "":
            return 0
        lower = text.lower()
        if lower.startswith(("0x", "0o", "0b")):
            try:
                return int(text, 0)
            except ValueError:
                return NaN
        if not _NUMERIC_LITERAL.match(text) or "infinity" in lower and "Infinity" not in text:
            return NaN
        number = float(text)
        return int(number) if number.is_integer() and abs(number) < 2**53 and "." not in text and "e" not in lower else number
    if isinstance(value, JSArray):
        return to_number(to_str(value)) if len(value) <= 1 else NaN
    primitive = to_primitive(value, "number")  # a Date gives its time value; valueOf() methods run
    return NaN if primitive is value else to_number(primitive)


def to_integer(value: Any) -> int:
    number = to_number(value)
    if number != number:
        return 0
    if math.isinf(number):
        return 2**53 if number > 0 else -(2**53)
    return int(number)


def _normalise(number: float) -> float | int:
    """Give integral results as int so they print and index like JS numbers."""
    if isinstance(number, float):
        if number != number:
            return NaN
        if number.is_integer() and abs(number) < 2**53 and not (number == 0 and math.copysign(1, number) < 0):
            return int(number)
    return number


# -- arithmetic ---------------------------------------------------------------------------------
def to_primitive(value: Any, hint: str = "default") -> Any:
    """JS ToPrimitive: ``valueOf`` first unless the hint is "string" (or a Date's default hint),
    then ``toString``.  A function is left as it is (callers treat it as not a number)."""
    if value is None or value is undefined or isinstance(value, (str, int, float, bool, JSSymbol)):
        return value
    if isinstance(value, JSArray):
        return to_str(value)
    if callable(value) and not isinstance(value, JSObject):
        return value
    if hint == "default":
        hint = getattr(type(value), "js_default_hint", "number")  # Date says "string"
    if isinstance(value, JSObject):
        return _object_to_primitive(value, hint)
    if hint == "number":
        value_of = getattr(value, "valueOf", None)
        if callable(value_of) and value_of is not undefined:
            result = call_with_this(value_of, value)  # a JS method: `this` is the value
            if result is None or result is undefined or isinstance(result, (str, int, float, bool)):
                return result
    return to_str(value)


def add(left: Any, right: Any) -> Any:
    """JS binary ``+``: string concatenation if either side is (or becomes) a string."""
    kinds = (type(left), type(right))
    if kinds == (int, int):
        return left + right  # the common case first: exact, as long as it stays below 2**53
    if kinds == (str, str):
        return left + right
    left, right = to_primitive(left), to_primitive(right)
    if isinstance(left, str) or isinstance(right, str):
        return to_str(left) + to_str(right)
    return _normalise(to_number(left) + to_number(right))


def sub(left: Any, right: Any) -> Any:
    if type(left) is int and type(right) is int:
        return left - right
    return _arith(to_number(left), to_number(right), lambda a, b: a - b)


def mul(left: Any, right: Any) -> Any:
    if type(left) is int and type(right) is int:
        return left * right
    return _arith(to_number(left), to_number(right), lambda a, b: a * b)


def _arith(a: float, b: float, op: Any) -> Any:
    if a != a or b != b:
        return NaN
    try:
        return _normalise(op(a, b))
    except OverflowError:
        return math.inf


def div(left: Any, right: Any) -> Any:
    """JS ``/``: division by zero gives Infinity or NaN; exact results stay integral."""
    a, b = to_number(left), to_number(right)
    if a != a or b != b:
        return NaN
    if b == 0:
        if a == 0:
            return NaN
        negative = (a < 0) != (math.copysign(1, b) < 0)
        return -math.inf if negative else math.inf
    if isinstance(a, int) and isinstance(b, int) and a % b == 0:
        return a // b
    return _normalise(a / b)


def mod(left: Any, right: Any) -> Any:
    """JS ``%``: the result takes the dividend's sign."""
    if type(left) is int and type(right) is int and right > 0 and left >= 0:
        return left % right  # same as Python's for these signs
    a, b = to_number(left), to_number(right)
    if a != a or b != b or b == 0 or math.isinf(a):
        return NaN
    if math.isinf(b):
        return a
    return _normalise(math.fmod(a, b)) if isinstance(a, float) or isinstance(b, float) else int(math.fmod(a, b))


def pow_(base: Any, exponent: Any) -> Any:
    """JS ``**`` (ES2016), as ``Math.pow``: 0 ** -1 is Infinity, NaN ** 0 is 1."""
    from .builtins import Math

    return Math.pow(base, exponent)


def neg(value: Any) -> Any:
    """JS unary ``-`` (``-0`` stays a negative zero)."""
    number = to_number(value)
    if number != number:
        return NaN
    if number == 0:
        return 0 if math.copysign(1, number) < 0 else -0.0
    return -number


# -- comparison ---------------------------------------------------------------------------------
def strict_eq(left: Any, right: Any) -> bool:
    """JS ``===``."""
    if type(left) is type(right) and type(left) in (int, str):
        return left == right
    if is_number(left) and is_number(right):
        return left == right
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    if isinstance(left, str) and isinstance(right, str):
        return left == right
    if left is right:
        return True
    # A prototype's method read from an instance is a new wrapper each time; it is the method.
    # (`String.prototype` read from the constructor is a stand-in for the realm's object.)
    if right is None or right is undefined or left is None or left is undefined:
        return False
    left_stands_in = getattr(type(left), "js_identity", None) is not None
    right_stands_in = getattr(type(right), "js_identity", None) is not None
    if not (left_stands_in or right_stands_in):
        return False
    return (left.js_identity if left_stands_in else left) is (right.js_identity if right_stands_in else right)


def loose_eq(left: Any, right: Any) -> bool:
    """JS ``==`` (the abstract equality algorithm)."""
    nullish = (None, undefined)
    if (left is None or left is undefined) or (right is None or right is undefined):
        return left in nullish and right in nullish if not (is_number(left) or is_number(right)) else False
    if type(left) is type(right) or (is_number(left) and is_number(right)):
        return strict_eq(left, right)
    if isinstance(left, bool):
        return loose_eq(int(left), right)
    if isinstance(right, bool):
        return loose_eq(left, int(right))
    if is_number(left) and isinstance(right, str):
        return left == to_number(right)
    if isinstance(left, str) and is_number(right):
        return to_number(left) == right
    if isinstance(left, (str, int, float)) and not isinstance(right, (str, int, float)):
        primitive = to_primitive(right)
        return primitive is not right and loose_eq(left, primitive)
    if isinstance(right, (str, int, float)) and not isinstance(left, (str, int, float)):
        primitive = to_primitive(left)
        return primitive is not left and loose_eq(primitive, right)
    return left is right


def _compare(left: Any, right: Any, op: Any) -> bool:
    left, right = to_primitive(left, "number"), to_primitive(right, "number")
    if isinstance(left, str) and isinstance(right, str):
        return op(left.encode("utf-16-be"), right.encode("utf-16-be"))
    a, b = to_number(left), to_number(right)
    if a != a or b != b:
        return False
    return op(a, b)


_PLAIN_NUMBERS = ((int, int), (int, float), (float, int), (float, float))


def lt(left: Any, right: Any) -> bool:
    if (type(left), type(right)) in _PLAIN_NUMBERS:
        return left < right  # NaN compares false in Python too
    return _compare(left, right, lambda a, b: a < b)


def gt(left: Any, right: Any) -> bool:
    if (type(left), type(right)) in _PLAIN_NUMBERS:
        return left > right
    return _compare(left, right, lambda a, b: a > b)


def le(left: Any, right: Any) -> bool:
    return _compare(left, right, lambda a, b: a <= b)


def ge(left: Any, right: Any) -> bool:
    return _compare(left, right, lambda a, b: a >= b)


# -- property access on values of unknown type -------------------------------------------------
def get(obj: Any, key: Any) -> Any:
    """``obj[key]`` / ``obj.key`` where ``obj`` may be a string, array, object or proxy."""
    kind = type(obj)
    if kind is JSArray and type(key) is int:
        return obj[key]
    if kind is str and key == "length" and obj.isascii():
        return len(obj)
    if obj is undefined or obj is None:
        # (before the key becomes a string: an object key's toString does not run)
        shown = to_str(key) if key is None or isinstance(key, (str, int, float, bool)) or key is undefined else "object"
        raise JSTypeError(
            f"Cannot read properties of {to_str(obj)} (reading '{shown}')", base=to_str(obj), prop=shown
        )
    if isinstance(obj, str):
        if type(key) is JSSymbol:
            return _symbol_member(obj, key)
        if key == "length":
            # UTF-16 code units, as JS counts; isascii() is O(1) in CPython, so ASCII is cheap.
            return len(obj) if obj.isascii() else len(obj.encode("utf-16-le", "surrogatepass")) // 2
        index = to_number(key) if not isinstance(key, str) or key.isdigit() else NaN
        if is_number(index) and index == index and float(index).is_integer() and 0 <= index < len(obj):
            return obj[int(index)]
        return _primitive_method(obj, key)
    if isinstance(obj, JSObject):
        return obj[key]
    if isinstance(obj, JSArray):
        return obj[key]  # an index, `length`, a named property or a method (`a["map"]`)
    if type(obj) is RealmPrototype:  # `Number.prototype[0]`: the realm's object
        return get(obj.target(), key)
    if is_number(obj):
        return _primitive_method(obj, key)
    if type(key) is JSSymbol or type(obj) is JSSymbol:
        return _symbol_member(obj, key)
    name = to_str(key)
    if name in _FUNCTION_PROPERTIES and is_function_value(obj):
        found = function_property(obj, name)
        if found is not NOT_A_FUNCTION_PROPERTY:
            return found
        return inherited_member(obj, name)
    return host_get(obj, name)


_FUNCTION_PROPERTIES = frozenset({"prototype", "name", "length"})


def _symbol_member(obj: Any, key: Any) -> Any:
    """``value[symbol]`` on a value that is not an object or array (a string, a function, a host
    value), or any member of a symbol: its own property, else its prototype's."""
    from .realm import NOT_ADDED, prototype_member

    if type(obj) is JSSymbol:
        if key == "description":
            return obj.description
        kind = "Symbol"
    elif isinstance(obj, str):
        kind = "String"
    elif is_function_value(obj):
        kind = "Function"
    else:
        kind = "Object"
    if kind in ("Function", "Object"):
        table = getattr(obj, "__dict__", None)
        table = table.get("_js_properties") if type(table) is dict else None
        if table is not None and key in table:
            return table[key]
    for owner in (kind, "Object"):
        found = prototype_member(owner, key)
        if found is not NOT_ADDED:
            from .values import method_of

            return method_of(found, obj)
    return undefined


def has(obj: Any, key: Any) -> bool:
    """JS ``key in obj`` for any right-hand side (generated code writes ``"k" in o`` for objects)."""
    if isinstance(obj, JSObject):
        return key in obj
    if type(key) is JSSymbol:
        if obj is None or obj is undefined or isinstance(obj, (str, int, float, bool, JSSymbol)):
            raise JSTypeError(f"Cannot use 'in' operator to search for '{key!r}' in {to_str(obj)}")
        return _symbol_member(obj, key) is not undefined
    name = to_str(key)
    if isinstance(obj, JSArray):
        if is_array_index(name):
            index = int(name)
            if index < len(obj) and not is_hole(obj, index):
                return True
            return inherited_element(obj, index) is not NO_ELEMENT
        return has_array_named(obj, name)
    if obj is None or obj is undefined or isinstance(obj, (str, int, float, bool)):
        raise JSTypeError(f"Cannot use 'in' operator to search for '{name}' in {to_str(obj)}")
    return host_has(obj, name)


def _primitive_method(value: Any, key: Any) -> Any:
    """``"s".trim`` or ``(5).toFixed`` read without a call (feature tests such as
    ``if (n.toLocaleString)``): the method, bound to the value; else undefined."""
    from .strings import METHODS, NUMBER_METHODS, invoke

    name = key if isinstance(key, str) else None
    if name is not None and name in (METHODS if isinstance(value, str) else NUMBER_METHODS):
        return lambda *args: invoke(value, name, *args)
    from .values import added_prototype_member

    return added_prototype_member("String" if isinstance(value, str) else "Number", to_str(key), value)


def set_(obj: Any, key: Any, value: Any) -> Any:
    """``obj[key] = value`` for a computed key."""
    if obj is undefined or obj is None:
        raise JSTypeError(f"Cannot set properties of {to_str(obj)} (setting '{to_str(key)}')")
    if isinstance(obj, JSArray):
        obj[key] = value
    elif isinstance(obj, JSObject):
        obj[key if type(key) is str else to_property_key(key)] = value
    elif type(obj) is RealmPrototype:  # `Number.prototype[0] = 1`: the realm's object
        set_(obj.target(), key, value)
    elif type(key) is JSSymbol:
        if not isinstance(obj, (str, int, float, bool, JSSymbol)):
            from .host import side_table

            table = side_table(obj, create=True)
            if table is not None:
                table[key] = value
    elif isinstance(obj, (str, int, float, bool)):
        refuse_in_strict_code("Attempted to assign to readonly property.")  # a primitive keeps no properties
    else:
        name = to_str(key)
        if name in ("name", "length") and is_function_value(obj):
            return value  # read-only (Object.defineProperty may still redefine them)
        host_set(obj, name, value)
    return value


def call(fn: Any, *args: Any) -> Any:
    """``f(args)`` where ``f`` is a value of unknown arity (a callback held in a variable): JS
    argument passing, and the JS TypeError if ``f`` is not a function."""
    if not callable(fn) or fn is undefined:
        raise JSTypeError(f"{to_str(fn)} is not a function", base=to_str(fn), call=True)
    return fn(*adapt_args(fn, args))


def not_defined(name: str) -> Any:
    """A read of a JS name that no scope declares and no global provides: the global object's
    property if another script defined it at run time (Ti.include, passes/requires.py), else
    JS's ReferenceError (in JavaScriptCore's words, as a device prints it)."""
    from .realm import global_object
    from .values import JSReferenceError

    globals_ = global_object()
    if name in globals_:
        return globals_[name]
    raise JSReferenceError(f"Can't find variable: {name}")


def set_global(name: str, value: Any, strict: bool) -> Any:
    """``name = value`` for a name no scope declares: the global object's property; in strict-mode
    code one that is not there is JS's ReferenceError (after ``value`` was computed)."""
    from .realm import global_object
    from .values import JSReferenceError

    globals_ = global_object()
    if strict and name not in globals_:
        raise JSReferenceError(f"Can't find variable: {name}")
    globals_[name] = value
    return value


def update_global(name: str, delta: int, prefix: bool, strict: bool) -> Any:
    """``name++`` / ``--name`` for a name no scope declares (see :func:`set_global`)."""
    old = to_number(not_defined(name))
    set_global(name, old + delta, strict)
    return old + delta if prefix else old


def inc(value: Any) -> Any:
    """``x++`` / ``++x`` on a value of unknown type: ToNumber, then add one."""
    return add(to_number(value), 1)


def dec(value: Any) -> Any:
    return sub(to_number(value), 1)


def void(value: Any) -> Any:
    """``void expr``: evaluate, then give undefined."""
    return undefined


class Thrown(Exception):
    """A thrown JS value that is not an Error object (``throw "oops"``)."""

    def __init__(self, value: Any) -> None:
        super().__init__(to_str(value))
        self.value = value


def thrown(value: Any) -> BaseException:
    """The Python exception that carries a JS ``throw value``."""
    from .values import JSError

    return value if isinstance(value, JSError) else Thrown(value)


def caught(exc: BaseException) -> Any:
    """The JS value a ``catch (e)`` clause sees for a Python exception."""
    from .values import JSError, JSReferenceError

    if isinstance(exc, Thrown):
        return exc.value
    if isinstance(exc, JSError):
        return exc
    from .values import JSRangeError

    if isinstance(exc, NameError):
        return JSReferenceError(f"Can't find variable: {getattr(exc, 'name', '')}")
    if isinstance(exc, RecursionError):
        return JSRangeError("Maximum call stack size exceeded.")
    if isinstance(exc, (MemoryError, OverflowError)):
        return JSRangeError("Out of memory" if isinstance(exc, MemoryError) else "Value out of range")
    if isinstance(exc, AttributeError):
        owner = getattr(exc, "obj", _NO_OWNER)
        name = getattr(exc, "name", None) or "property"
        if owner is None:
            return JSTypeError(f"null is not an object (evaluating 'null.{name}')")
        return JSTypeError(f"{name} is not a function or property of {typeof(owner)}")
    if isinstance(exc, TypeError):
        return JSTypeError(_js_type_error_text(str(exc)))
    return JSError(f"{type(exc).__name__}: {exc}")


_NO_OWNER = object()
# Python's TypeError texts for what JS reports in its own words.
_PYTHON_TYPE_ERRORS = (
    (re.compile(r"'NoneType' object is not (callable|subscriptable|iterable)"), "null is not {0}"),
    (re.compile(r"'NoneType' object does not support item assignment"), "null is not an object"),
    (re.compile(r"'(\w+)' object is not callable"), "value is not a function"),
    (re.compile(r"'(\w+)' object is not iterable"), "value is not iterable"),
    (re.compile(r"'(\w+)' object is not subscriptable"), "value is not an object"),
)


def _js_type_error_text(text: str) -> str:
    for pattern, words in _PYTHON_TYPE_ERRORS:
        found = pattern.search(text)
        if found:
            kind = found.group(1)
            return words.format({"callable": "a function", "subscriptable": "an object"}.get(kind, kind))
    return text


def update_property(obj: Any, key: Any, delta: int, prefix: bool, binding: bool = False) -> Any:
    """``++obj[key]`` (prefix) or ``obj[key]--`` (postfix) used as a value; ``binding``: a name of
    a ``with`` object in strict-mode code (see :func:`set_binding`)."""
    old = to_number(get(obj, key))
    (set_binding if binding else set_)(obj, key, old + delta)
    return old + delta if prefix else old


def set_binding(scope: Any, key: str, value: Any) -> Any:
    """``name = value`` in strict-mode code for a name found on a ``with`` object: if reading it
    (a getter) removed the property meanwhile, JS's ReferenceError, as for an undeclared name."""
    if not has(scope, key):
        from .values import JSReferenceError

        raise JSReferenceError(f"Can't find variable: {key}")
    return set_(scope, key, value)


def same_value_zero(a: Any, b: Any) -> bool:
    """``includes`` equality: like ===, except NaN equals NaN."""
    if is_number(a) and is_number(b) and a != a and b != b:
        return True
    return strict_eq(a, b)


def new_array(length: Any) -> Any:
    """``new Array(n)``: n holes (undefined); ``new Array(x)`` for a non-number x: ``[x]``."""
    if is_number(length):
        from .values import array_length, held_length, make_holes

        array = JSArray([undefined] * held_length(array_length(length)))
        make_holes(array, 0, len(array))
        return array
    return JSArray([length])


def with_holes(array: JSArray, holes: tuple[int, ...]) -> JSArray:
    """An array literal with elisions (``[1, , 3]``): those indexes are holes, not undefined elements."""
    for index in holes:
        make_hole(array, index)
    return array


def for_in(obj: Any) -> list[str]:
    """The keys ``for (k in obj)`` visits: own enumerable keys in JS order, as strings."""
    if obj is None or obj is undefined:
        return []
    if type(obj) is RealmPrototype:
        obj = obj.target()
    if isinstance(obj, JSArray):
        return [*enumerable_indexes(obj), *array_named_keys(obj)]
    if isinstance(obj, str):
        return [str(i) for i in range(len(obj))]
    if isinstance(obj, JSObject):
        keys = own_keys(obj)
        proto = _proto_link(obj)
        if proto is None:
            return keys
        # Then the enumerable keys of the prototype chain (`Child.prototype.method = ...`), each
        # once, and not those an object nearer the start has (enumerable or not).
        seen = set(_all_own_keys(obj))
        while proto is not None:
            for key in own_keys(proto):
                if key not in seen:
                    keys.append(key)
            seen.update(_all_own_keys(proto))
            proto = _proto_link(proto)
        return keys
    if is_function_value(obj):  # what the program set on a function (a method's wrapper: its method's)
        from .functions import function_own_keys

        return host_keys(obj, [k for k in function_own_keys(obj) if k not in _FUNCTION_PROPERTIES])
    from .builtins import builtin_object_keys

    builtin_keys = builtin_object_keys(obj)
    if builtin_keys is not None:
        return builtin_keys
    props = getattr(type(obj), "js_properties", None)  # a Ti proxy's own JS properties
    return host_keys(obj, props(obj).keys() if callable(props) else ())


def _proto_link(obj: JSObject) -> JSObject | None:
    proto = dict.get(obj, "__proto__")
    return proto if isinstance(proto, JSObject) else None


def _all_own_keys(obj: JSObject) -> list[str]:
    return [key for key in dict.keys(obj) if type(key) is str and key != "__proto__"]


_pop_own = dict.pop


def delete_(obj: Any, key: Any) -> bool:
    """``delete obj[key]``: removes an own property (an array element becomes a hole)."""
    if type(obj) is JSObject:  # the common case first: a plain object's properties all go
        _pop_own(obj, key if type(key) is str else to_property_key(key), None)
        return True
    if obj is undefined or obj is None:
        raise JSTypeError(f"Cannot convert {to_str(obj)} to object")
    if type(obj) is RealmPrototype:  # `delete String.prototype.trim`
        obj = obj.target()
    if isinstance(obj, JSArray):
        index = to_number(key)
        if is_number(index) and index == index and index == int(index) and 0 <= index < len(obj):
            if type(obj) is not JSArray:  # (an AttributedArray: a non-configurable element stays)
                from .host import set_attributes

                if not element_flags(obj, int(index))[2]:
                    return False
                set_attributes(obj, str(int(index)), None)
            make_hole(obj, int(index))
        elif to_str(key) != "length":
            delete_array_named(obj, to_str(key))
        else:
            return False  # an array's length is not configurable
        return True
    if isinstance(obj, JSObject):
        delete_property(obj, key)  # (a property that stays throws in strict-mode code)
        return not dict.__contains__(obj, key if type(key) is str else to_str(key))
    name = to_str(key)
    if name in _FUNCTION_PROPERTIES and is_function_value(obj):
        if name != "prototype":  # (a function's prototype is not configurable)
            set_function_property(obj, name, DELETED)
        return name != "prototype"
    return host_delete(obj, name)


# -- int32 bitwise operators --------------------------------------------------------------------
def to_int32(value: Any) -> int:
    number = value if type(value) is int else to_number(value)
    if number != number or number in (math.inf, -math.inf):
        return 0
    number = int(number) & 0xFFFFFFFF
    return number - 0x100000000 if number & 0x80000000 else number


def to_uint32(value: Any) -> int:
    return to_int32(value) & 0xFFFFFFFF


def bit_and(left: Any, right: Any) -> int:
    return to_int32(to_int32(left) & to_int32(right))


def bit_or(left: Any, right: Any) -> int:
    return to_int32(to_int32(left) | to_int32(right))


def bit_xor(left: Any, right: Any) -> int:
    return to_int32(to_int32(left) ^ to_int32(right))


def bit_not(value: Any) -> int:
    return to_int32(~to_int32(value))


def shl(left: Any, right: Any) -> int:
    return to_int32(to_int32(left) << (to_uint32(right) & 31))


def shr(left: Any, right: Any) -> int:
    return to_int32(left) >> (to_uint32(right) & 31)


def ushr(left: Any, right: Any) -> int:
    return to_uint32(left) >> (to_uint32(right) & 31)


def optional(value: Any, then: Any) -> Any:
    """``value?.rest``: undefined when value is null or undefined, else ``then(value)``."""
    return undefined if value is None or value is undefined else then(value)


def nullish(value: Any, otherwise: Any) -> Any:
    """``value ?? other``: ``other`` (evaluated only then) when value is null or undefined."""
    return otherwise() if value is None or value is undefined else value


_COMPOUND_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "+": add, "-": sub, "*": mul, "/": div, "%": mod, "**": pow_,
    "&": bit_and, "|": bit_or, "^": bit_xor, "<<": shl, ">>": shr, ">>>": ushr,
}


def compound(obj: Any, key: Any, op: str, value: Callable[[], Any]) -> Any:
    """``obj[key] op= value`` where ``obj`` and ``key`` may run code (``base[prop()] |= f()``):
    each evaluated once, the property read (a TypeError for null or undefined) before the
    right-hand side ``value()`` runs, then written; the new value is the result."""
    result = _COMPOUND_OPERATORS[op](get(obj, key), value())
    set_(obj, key, result)
    return result
