"""JS String.prototype methods for Python ``str`` values, reached through :func:`invoke`."""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import ROUND_HALF_UP, Context, Decimal
from types import FunctionType
from typing import Any, Callable

from . import regexp
from .exposed import is_exposed_attribute
from .host import host_get
from .ops import get, to_integer, to_number, to_str
from .realm import NOT_ADDED, added_method
from .values import JSArray, JSObject, JSTypeError, call_with_arity, call_with_this, to_property_key, relative_range, undefined


def _index_of(s: str, search: Any = undefined, start: Any = 0) -> int:
    return s.find(to_str(search), min(max(0, to_integer(start)), len(s)))


def _last_index_of(s: str, search: Any = undefined, position: Any = undefined) -> int:
    needle = to_str(search)
    number = to_number(position)
    start = len(s) if number != number else min(max(to_integer(number), 0), len(s))
    return s.rfind(needle, 0, start + len(needle))


def _not_regexp(value: Any, method: str) -> str:
    if isinstance(value, regexp.RegExp):
        raise JSTypeError(f"First argument to String.prototype.{method} must not be a regular expression")
    return to_str(value)


def _starts_with(s: str, search: Any = undefined, position: Any = undefined) -> bool:
    needle = _not_regexp(search, "startsWith")
    start = min(max(to_integer(position), 0), len(s))
    return s.startswith(needle, start)


def _ends_with(s: str, search: Any = undefined, end_position: Any = undefined) -> bool:
    needle = _not_regexp(search, "endsWith")
    end = len(s) if end_position is undefined else min(max(to_integer(end_position), 0), len(s))
    start = end - len(needle)
    return start >= 0 and s[start:end] == needle


def _includes(s: str, search: Any = undefined, position: Any = undefined) -> bool:
    needle = _not_regexp(search, "includes")
    start = min(max(to_integer(position), 0), len(s))
    return s.find(needle, start) >= 0


def _substring(s: str, start: Any = 0, end: Any = undefined) -> str:
    a = min(max(to_integer(start), 0), len(s))
    b = len(s) if end is undefined else min(max(to_integer(end), 0), len(s))
    return s[min(a, b):max(a, b)]


def _substr(s: str, start: Any = 0, length: Any = undefined) -> str:
    a = to_integer(start)
    a = max(len(s) + a, 0) if a < 0 else min(a, len(s))
    n = len(s) - a if length is undefined else max(0, to_integer(length))
    return s[a:a + n]


def _slice(s: str, start: Any = 0, end: Any = undefined) -> str:
    a, b = relative_range(len(s), start, end)
    return s[a:b]


def _split(s: str, sep: Any = undefined, limit: Any = undefined) -> JSArray:
    if isinstance(sep, regexp.RegExp):
        return regexp.split(s, sep, limit)
    if sep is undefined:
        parts = [s]
    elif to_str(sep) == "":
        parts = list(s)
    else:
        parts = s.split(to_str(sep))
    if limit is not undefined:
        parts = parts[: to_integer(limit)]
    return JSArray(parts)


_DOLLAR = re.compile(r"\$([$&`'])")


def _replacement(s: str, needle: str, at: int, replacement: Any) -> str:
    """The text a string-pattern match is replaced by: a function's result, or the replacement
    with ``$$``, ``$&``, ``$` `` and ``$'`` expanded (a string pattern has no groups)."""
    if callable(replacement) and replacement is not undefined:
        return to_str(call_with_arity(replacement, needle, at, s))
    parts = {"$": "$", "&": needle, "`": s[:at], "'": s[at + len(needle):]}
    return _DOLLAR.sub(lambda m: parts[m.group(1)], to_str(replacement))


def _replace(s: str, pattern: Any, replacement: Any = undefined) -> str:
    if isinstance(pattern, regexp.RegExp):
        return regexp.replace(s, pattern, replacement)
    needle = to_str(pattern)
    at = s.find(needle)
    if at < 0:
        return s
    return s[:at] + _replacement(s, needle, at, replacement) + s[at + len(needle):]


def _replace_all(s: str, pattern: Any, replacement: Any = undefined) -> str:
    if isinstance(pattern, regexp.RegExp):
        if "g" not in pattern.flags:
            raise JSTypeError("replaceAll must be called with a global RegExp")
        return regexp.replace(s, pattern, replacement)
    needle = to_str(pattern)
    out, start = [], 0
    step = max(len(needle), 1)
    at = s.find(needle)
    while at >= 0 and at <= len(s):
        out.append(s[start:at] + _replacement(s, needle, at, replacement))
        start = at + len(needle)
        if not needle:  # "" matches between every two characters
            if at < len(s):
                out.append(s[at])
            start = at + 1
        at = s.find(needle, at + step) if needle else (at + 1 if at < len(s) else -1)
    return "".join(out) + s[start:]


def _code_point_at(s: str, index: Any = 0) -> Any:
    i = to_integer(index)
    return ord(s[i]) if 0 <= i < len(s) else undefined


def _char_at(s: str, index: Any = 0) -> str:
    i = to_integer(index)
    return s[i] if 0 <= i < len(s) else ""


def _char_code_at(s: str, index: Any = 0) -> Any:
    from .values import NaN

    i = to_integer(index)
    return ord(s[i]) if 0 <= i < len(s) else NaN


def _collation_key(text: str) -> tuple[str, list[bool]]:
    # Letters compare without case first, then lowercase before uppercase: what ICU's root
    # collation (node, and JavaScriptCore on iOS) does for ASCII text.  Beyond ASCII the full
    # Unicode collation is not reproduced (UNVERIFIED which orders apps rely on).
    return text.casefold(), [not c.islower() for c in text]


def _locale_compare(a: str, b: str) -> int:
    # (canonically equivalent strings, "o\u0308" and "\u00f6", compare equal)
    key_a, key_b = _collation_key(unicodedata.normalize("NFC", a)), _collation_key(unicodedata.normalize("NFC", b))
    return (key_a > key_b) - (key_a < key_b)


def _padding(s: str, length: Any, fill: Any) -> str:
    """What padStart/padEnd add: ``fill`` repeated up to ``length`` (nothing if s is long enough)."""
    missing = to_integer(length) - len(s)
    fill = " " if fill is undefined else to_str(fill)
    if missing <= 0 or not fill:
        return ""
    return (fill * (missing // len(fill) + 1))[:missing]


# What trim() removes: JS's WhiteSpace (tab, vertical tab, form feed, the BOM and every space
# separator, Zs) and LineTerminator; not Python's whole idea of whitespace (\x1c-\x1f, \x85).
JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u2028\u2029\u202f\u205f\u3000\ufeff"


def _repeat(s: str, count: Any = undefined) -> str:
    number = to_number(count)
    if number < 0 or number == math.inf:
        from .values import JSRangeError

        raise JSRangeError(f"Invalid count value: {to_str(count)}")
    return s * to_integer(number)


def _match_all(s: str, pattern: Any = undefined) -> Any:
    """``matchAll``: an iterator of every match's array (a RegExp must have the ``g`` flag; any
    other value is the source of a global RegExp)."""
    from .generators import JSGenerator

    if isinstance(pattern, regexp.RegExp):
        if "g" not in pattern.flags:
            raise JSTypeError("String.prototype.matchAll called with a non-global RegExp argument")
        matcher = regexp.RegExp(pattern, pattern.flags)
        matcher.lastIndex = pattern.lastIndex
    else:
        matcher = regexp.RegExp(undefined if pattern is None else pattern, "g")

    def matches() -> Any:
        while True:
            found = matcher.exec(s)
            if found is None:
                return
            yield found

    return JSGenerator(matches())

METHODS: dict[str, Callable[..., Any]] = {
    "indexOf": _index_of,
    "lastIndexOf": _last_index_of,
    "substring": _substring,
    "substr": _substr,
    "slice": _slice,
    "split": _split,
    "replace": _replace,
    "replaceAll": _replace_all,
    "codePointAt": _code_point_at,
    "normalize": lambda s, form="NFC": unicodedata.normalize(_normal_form(form), s),
    "trimLeft": lambda s: s.lstrip(JS_SPACE),
    "trimRight": lambda s: s.rstrip(JS_SPACE),
    "toLocaleUpperCase": lambda s, *_: s.upper(),
    "toLocaleLowerCase": lambda s, *_: s.lower(),
    "charAt": _char_at,
    "charCodeAt": _char_code_at,
    "toUpperCase": lambda s: s.upper(),
    "toLowerCase": lambda s: s.lower(),
    "trim": lambda s: s.strip(JS_SPACE),
    "trimStart": lambda s: s.lstrip(JS_SPACE),
    "padStart": lambda s, n, fill=" ": _padding(s, n, fill) + s,
    "localeCompare": lambda s, other=undefined: _locale_compare(s, to_str(other)),
    "padEnd": lambda s, n, fill=" ": s + _padding(s, n, fill),
    "trimEnd": lambda s: s.rstrip(JS_SPACE),
    "at": lambda s, i=0: (lambda n: s[n] if -len(s) <= n < len(s) else undefined)(to_integer(i)),
    "concat": lambda s, *more: s + "".join(to_str(m) for m in more),
    "startsWith": _starts_with,
    "endsWith": _ends_with,
    "includes": _includes,
    "repeat": _repeat,
    "matchAll": _match_all,
    "match": lambda s, r=undefined: regexp.match(s, r if isinstance(r, regexp.RegExp) else regexp.RegExp(r)),
    "search": lambda s, r=undefined: regexp.search(s, r if isinstance(r, regexp.RegExp) else regexp.RegExp(r)),
    "toString": lambda s: s,
    "toLocaleString": lambda s: s,  # (the runtime's one locale changes no string)
    "valueOf": lambda s: s,
}


def _arity(method: Callable[..., Any]) -> int:
    """How many arguments after ``this`` a string method takes (any number for ``*args``)."""
    code = method.__code__
    return 1_000_000 if code.co_flags & 0x04 else code.co_argcount - 1


_ARITY = {name: _arity(method) for name, method in METHODS.items()}

NUMBER_METHODS = frozenset({"toString", "toFixed", "toPrecision", "toLocaleString", "toExponential", "valueOf"})


def _normal_form(form: Any) -> Any:
    """``normalize(form)``'s form: NFC, NFD, NFKC or NFKD, else the RangeError JS gives."""
    name = "NFC" if form is undefined else to_str(form)
    if name not in ("NFC", "NFD", "NFKC", "NFKD"):
        from .values import JSRangeError

        raise JSRangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
    return name


def invoke(obj: Any, name: Any, *args: Any) -> Any:
    """``obj.name(...args)`` / ``obj[key](...args)``: a method call, ``this`` is ``obj``; JS string
    methods for ``str``."""
    if type(name) is int and isinstance(obj, JSArray) and 0 <= name < len(obj):
        # `handlers[i](e)`, the common computed call: the item itself, called with `this` = the array.
        item = list.__getitem__(obj, name)
        if type(item) is FunctionType:
            return item(*args)
        if callable(item) and item is not undefined:
            from .functions import ThisFunction

            return item.with_this(obj, args) if isinstance(item, ThisFunction) else item(*args)
    if type(name) is not str:
        name = to_property_key(name)
    if isinstance(obj, str):
        method = METHODS.get(name)
        if method is None:
            return _call_added(obj, "String", name, args)
        if len(args) > _ARITY[name]:  # JS drops the arguments a method does not take
            args = args[:_ARITY[name]]
        return method(obj, *args)
    if isinstance(obj, (int, float)) and not isinstance(obj, bool):
        if name in NUMBER_METHODS:
            return _number_method(obj, name, *args)
        return _call_added(obj, "Number", name, args)
    if obj is undefined or obj is None:
        raise JSTypeError(f"Cannot read properties of {to_str(obj)} (reading '{name}')", base=to_str(obj), prop=name)
    from .functions import ThisFunction, call_method
    from .realm import RealmPrototype

    if isinstance(obj, RealmPrototype):  # `String.prototype.m(...)`: a call on the realm's object
        obj = obj.target()
    if name in ("call", "apply", "bind") and callable(obj) and not isinstance(obj, type):
        return call_method(obj, name, args)
    # A JSObject holds every key as an item; other values expose only some names as attributes.
    if isinstance(obj, JSArray):
        method = get(obj, name)  # an item (`handlers[0](e)`), or a method
    else:
        method = obj[name] if isinstance(obj, JSObject) and not is_exposed_attribute(name) else host_get(obj, name)
    if isinstance(method, ThisFunction):
        return method.with_this(obj, args)  # a method call: `this` is the receiver
    if method is undefined and isinstance(obj, JSArray):
        return _call_added(obj, "Array", name, args)
    if not callable(method) or method is undefined:
        raise JSTypeError(f"{name} is not a function", call=True, base="undefined")
    return method(*args)


def _call_added(this: Any, kind: str, name: str, args: tuple[Any, ...]) -> Any:
    """``"x".trim2()``: a method the program added to ``String.prototype`` (or Number's, Array's)."""
    method = added_method(kind, name)
    if method is NOT_ADDED or not callable(method):
        raise JSTypeError(f"{name} is not a function", call=True, base="undefined")
    return call_with_this(method, this, *args)


def _to_locale_string(value: float) -> str:
    """``n.toLocaleString()`` in en-US (the runtime's locale): grouped thousands, at most three
    decimals rounded half away from zero, as ICU does."""
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "∞" if value > 0 else "-∞"
    rounded = Decimal(value).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.3f}".rstrip("0").rstrip(".")
    return text or "0"  # (ICU writes negative zero as "-0")


def _number_method(value: float, name: str, *args: Any) -> Any:
    if name == "toLocaleString":
        return _to_locale_string(value)
    if name == "valueOf":
        return value
    if name == "toFixed":
        digits = to_integer(args[0]) if args else 0
        if not 0 <= digits <= 100:
            from .values import JSRangeError

            raise JSRangeError("toFixed() digits argument must be between 0 and 100")
        return _to_fixed(value, digits)
    if name == "toExponential":
        return _to_exponential(value, args[0] if args else undefined)
    if name == "toString" and args and args[0] is not undefined and to_integer(args[0]) != 10:
        return _to_radix(value, to_integer(args[0]))
    if name == "toPrecision" and args and args[0] is not undefined:
        return _to_precision(value, to_integer(args[0]))
    return to_str(value)


def _to_fixed(value: float, digits: int) -> str:
    """Number.prototype.toFixed: the exact binary value, halves rounded away from zero; the sign
    only for a value below zero (so -0 gives "0.00", -0.0001 gives "-0.00")."""
    if value != value:
        return "NaN"
    if abs(value) >= 1e21 or value in (math.inf, -math.inf):
        return to_str(value)
    rounded = Decimal(abs(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return ("-" if value < 0 else "") + format(rounded, "f")


def _to_exponential(value: float, fraction_digits: Any) -> str:
    """Number.prototype.toExponential: one digit, ``fraction_digits`` more (as many as tell the
    number apart when undefined), then ``e+N``/``e-N``; halves away from zero."""
    digits = to_integer(fraction_digits)
    if value != value or value in (math.inf, -math.inf):
        return to_str(value)
    if not 0 <= digits <= 100:
        from .values import JSRangeError

        raise JSRangeError("toExponential() argument must be between 0 and 100")
    sign = "-" if value < 0 else ""
    if value == 0:
        text, exponent = "0" * (1 if fraction_digits is undefined else digits + 1), 0
    elif fraction_digits is undefined:
        exact = Decimal(repr(abs(float(value))))
        text = "".join(map(str, exact.normalize().as_tuple().digits))
        exponent = exact.adjusted()
    else:
        rounded = Context(prec=digits + 1, rounding=ROUND_HALF_UP).create_decimal(Decimal(abs(value)))
        text = "".join(map(str, rounded.as_tuple().digits)).ljust(digits + 1, "0")[:digits + 1]
        exponent = rounded.adjusted()
    mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
    return f"{sign}{mantissa}e{'+' if exponent >= 0 else '-'}{abs(exponent)}"


def _to_precision(value: float, precision: int) -> str:
    """Number.prototype.toPrecision: ``precision`` significant digits, exponential notation when
    the exponent is below -6 or not below the precision (halves away from zero)."""
    if value != value or value in (math.inf, -math.inf):
        return to_str(value)
    if not 1 <= precision <= 100:
        from .values import JSRangeError

        raise JSRangeError("toPrecision() argument must be between 1 and 100")
    sign = "-" if value < 0 else ""
    if value == 0:
        return "0" + ("." + "0" * (precision - 1) if precision > 1 else "")
    rounded = Context(prec=precision, rounding=ROUND_HALF_UP).create_decimal(Decimal(abs(value)))
    exponent = rounded.adjusted()
    digits = "".join(map(str, rounded.as_tuple().digits)).ljust(precision, "0")[:precision]
    if exponent < -6 or exponent >= precision:
        mantissa = digits[0] + ("." + digits[1:] if precision > 1 else "")
        return f"{sign}{mantissa}e{'+' if exponent >= 0 else '-'}{abs(exponent)}"
    if exponent >= 0:
        whole, fraction = digits[:exponent + 1], digits[exponent + 1:]
        return sign + whole + ("." + fraction if fraction else "")
    return sign + "0." + "0" * (-exponent - 1) + digits


def _to_radix(value: float, radix: int) -> str:
    """``n.toString(radix)``: the integer part exactly, then fraction digits until the value is
    pinned down to within half the gap to the next double (how V8 writes them)."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if not 2 <= radix <= 36:
        from .values import JSRangeError

        raise JSRangeError("toString() radix must be between 2 and 36")
    if value != value or value in (math.inf, -math.inf):
        return to_str(value)
    sign = "-" if value < 0 else ""
    value = abs(value)
    integer = math.floor(value)
    fraction = value - integer
    delta = max(0.5 * (math.nextafter(value, math.inf) - value), math.nextafter(0.0, 1.0))
    fraction_digits: list[int] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            fraction_digits.append(digit)
            fraction -= digit
            if (fraction > 0.5 or (fraction == 0.5 and digit & 1)) and fraction + delta > 1:
                while fraction_digits and fraction_digits[-1] + 1 >= radix:  # round up, carrying
                    fraction_digits.pop()
                if fraction_digits:
                    fraction_digits[-1] += 1
                else:
                    integer += 1
                break
            if fraction < delta:
                break
    out, whole = [], float(integer)
    while whole / radix >= 2.0**53:  # digits a double cannot hold are written as 0, as V8 does
        whole /= radix
        out.append("0")
    while True:
        rest = math.fmod(whole, radix)
        out.append(digits[int(rest)])
        whole = (whole - rest) / radix
        if whole <= 0:
            break
    text = "".join(reversed(out))
    if fraction_digits:
        text += "." + "".join(digits[d] for d in fraction_digits)
    return sign + text
