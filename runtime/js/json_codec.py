"""The JS ``JSON`` object: ``JSON.stringify`` and ``JSON.parse`` with JavaScriptCore's results.

Each has a fast way and a general way.  The fast way gives the text work to a C codec: orjson
when it is installed (a dependency of the project: it writes dict and list subclasses such as
JSObject and JSArray as they are, with no Python call per object), else Python's own ``json``.
The general way follows the spec rule by rule (toJSON, replacers, indentation, accessors,
cycles); it is taken whenever the fast way cannot promise exactly the same text.
"""

from __future__ import annotations

import json as _json
import math
import re
from typing import Any, Callable

from .realm import RealmNamespace
from .ops import get, is_number, number_to_str, to_integer, to_number, to_str
from .values import (
    JSArray, JSObject, JSSyntaxError, JSTypeError, call_with_this, delete_property, js_key_order, own_items, own_keys, undefined,
)

try:  # optional at run time: without it the same results come from Python's json module
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised by forcing _orjson = None in the tests
    _orjson = None  # type: ignore[assignment]


# -- General way -------------------------------------------------------------------------------
_JSON_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


_SURROGATE = re.compile("[\ud800-\udfff]")
_encode_string = _json.JSONEncoder(ensure_ascii=False).encode


def _quote(text: str) -> str:
    """JSON.stringify's string quoting: short escapes, \\u00XX for controls, lone surrogates escaped.

    Python's C encoder escapes exactly as JS does except for lone surrogates (JS writes them as
    \\uXXXX since ES2019; Python would emit them raw), so it does the work unless one is present."""
    if not _SURROGATE.search(text):
        return _encode_string(text)
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in _JSON_ESCAPES:
            out.append(_JSON_ESCAPES[ch])
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _own_enumerable(value: Any) -> list[tuple[str, Any]] | None:
    """Key/value pairs JSON.stringify sees on an object, or None if it is not a plain object."""
    if isinstance(value, JSObject):
        return own_items(value)
    to_json_props = getattr(type(value), "js_json_properties", None)
    if to_json_props is not None:
        return list(to_json_props(value))
    return None


class _JSON(RealmNamespace):
    """The JS ``JSON`` object."""

    js_namespace = "JSON"

    def stringify(self, value: Any, replacer: Any = undefined, space: Any = undefined) -> Any:
        if replacer is undefined and space is undefined:
            fast = _stringify_plain(value)
            if fast is not None:
                return fast
        from .wrappers import NOT_WRAPPED, primitive_of

        wrapped_space = primitive_of(space)  # a Number or String object counts as its primitive
        if wrapped_space is not NOT_WRAPPED and not isinstance(wrapped_space, bool):
            space = to_number(space) if is_number(wrapped_space) else to_str(space)
        if is_number(space):
            indent = " " * max(0, min(10, to_integer(space)))
        elif isinstance(space, str):
            indent = space[:10]
        else:
            indent = ""
        allow: list[str] | None = None
        replacer_fn: Callable[..., Any] | None = None
        if isinstance(replacer, JSArray):
            allow = []
            for item in replacer:
                wrapped = primitive_of(item)
                if isinstance(item, (str, int, float)) and not isinstance(item, bool) or (
                        wrapped is not NOT_WRAPPED and not isinstance(wrapped, bool)):
                    name = to_str(item)
                    if name not in allow:  # (the list's order, each name once)
                        allow.append(name)
        elif callable(replacer) and replacer is not undefined:
            replacer_fn = replacer
        stack: list[int] = []

        def bracket(opening: str, parts: list[str], closing: str, inner: str, current_indent: str) -> str:
            if not parts:
                return opening + closing
            if indent:
                return opening + "\n" + inner + (",\n" + inner).join(parts) + "\n" + current_indent + closing
            return opening + ",".join(parts) + closing

        def serialise(holder: Any, key: str, val: Any, current_indent: str) -> str | None:
            if isinstance(val, (JSObject, JSArray)) or not isinstance(val, (str, int, float, bool)) and \
                    val is not None and val is not undefined:
                to_json = get(val, "toJSON")  # (any object's, found as JS finds a property)
                if callable(to_json) and to_json is not undefined and not isinstance(to_json, (JSObject, JSArray)):
                    val = call_with_this(to_json, val, key)
            if replacer_fn is not None:
                val = call_with_this(replacer_fn, holder, key, val)
            if isinstance(val, JSObject):  # a String, Number or Boolean object: its primitive
                from .wrappers import NOT_WRAPPED, primitive_of

                wrapped = primitive_of(val)
                if wrapped is not NOT_WRAPPED:
                    val = to_str(val) if isinstance(wrapped, str) else to_number(val) if is_number(wrapped) else wrapped
            if val is None:
                return "null"
            if val is undefined:
                return None
            if isinstance(val, bool):
                return "true" if val else "false"
            if isinstance(val, str):
                return _quote(val)
            if is_number(val):
                return number_to_str(val) if math.isfinite(val) else "null"
            if isinstance(val, JSArray):
                if id(val) in stack:
                    raise JSTypeError("Converting circular structure to JSON")
                stack.append(id(val))
                inner = current_indent + indent
                parts = [serialise(val, str(i), v, inner) or "null" for i, v in enumerate(val)]
                stack.pop()
                return bracket("[", parts, "]", inner, current_indent)
            pairs = _own_enumerable(val)
            if pairs is None:
                if callable(val):
                    return None
                pairs = []
            if id(val) in stack:
                raise JSTypeError("Converting circular structure to JSON")
            stack.append(id(val))
            inner = current_indent + indent
            parts = []
            if allow is not None:  # the replacer list's names, in its order
                own = dict(pairs)
                pairs = [(k, own[k]) for k in allow if k in own]
            for k, v in pairs:
                text = serialise(val, k, v, inner)
                if text is not None:
                    parts.append(_quote(k) + (": " if indent else ":") + text)
            stack.pop()
            return bracket("{", parts, "}", inner, current_indent)

        result = serialise(JSObject({"": value}), "", value, "")
        return undefined if result is None else result

    def parse(self, text: Any, reviver: Any = undefined) -> Any:
        try:
            value = _decode(to_str(text))
        except ValueError as exc:
            raise JSSyntaxError(_json_error_message(to_str(text), getattr(exc, "pos", None))) from None
        if reviver is not undefined and callable(reviver):
            root = JSObject({"": value})
            return _revive(root, "", reviver)
        return value

    def toString(self) -> str:
        return "[object JSON]"


def _json_error_message(text: str, position: int | None) -> str:
    """JavaScriptCore's words for the usual mistakes (apps show them, e.g. on an HTML error page)."""
    rest = text[position:] if position is not None else ""
    if not rest.strip():
        return "JSON Parse error: Unexpected EOF"
    rest = rest.lstrip()
    word = re.match(r"[A-Za-z_$][\w$]*", rest)
    if word:
        return f'JSON Parse error: Unexpected identifier "{word.group(0)}"'
    return f"JSON Parse error: Unrecognized token '{rest[0]}'"


def _revive(holder: Any, key: str, reviver: Any) -> Any:
    """JSON.parse's reviver: children first, then the value itself; undefined deletes it."""
    value = holder[key]
    if isinstance(value, JSArray):
        for index in range(len(value)):
            revived = _revive(value, str(index), reviver)
            value[index] = revived
    elif isinstance(value, JSObject):
        for name in list(own_keys(value)):
            revived = _revive(value, name, reviver)
            if revived is undefined:
                delete_property(value, name)
            else:
                value[name] = revived
    return call_with_this(reviver, holder, key, value)


# -- Fast ways ----------------------------------------------------------------------------------
class _NotPlain(Exception):
    """The value needs the general JSON.stringify (toJSON, accessors, odd numbers...)."""


def _js_number(value: float) -> Any:
    if value.is_integer() and abs(value) < 2**53 and (value or math.copysign(1.0, value) > 0):
        return int(value)
    return value  # (a fraction, a huge number, or -0)


_new_dict = dict.__new__
_update = dict.update


_CONVERTED = frozenset({dict, list, float})  # what a decoded value holds that JS sees otherwise


def _js_value(raw: Any) -> Any:
    """A decoded JSON value (plain dicts and lists from the codec) as JS values: JSObjects,
    JSArrays, integral floats as ints."""
    kind = type(raw)
    if kind is dict:
        for key, item in raw.items():
            if type(item) in _CONVERTED:
                raw[key] = _js_value(item)
        obj = _new_dict(JSObject)  # without JSObject.__init__: this runs once per decoded object
        obj.__dict__ = obj
        _update(obj, raw)
        return obj
    if kind is list:
        for index, item in enumerate(raw):
            if type(item) in _CONVERTED:
                raw[index] = _js_value(item)
        return JSArray(raw)
    if kind is float:
        return _js_number(raw)
    return raw


def _reject_constant(name: str) -> Any:
    raise ValueError(name)  # NaN/Infinity are not JSON


_decode_plain = _json.JSONDecoder(parse_constant=_reject_constant).decode
# (`-0` is negative zero in JS; the fast codec reads it as the integer 0)
_decode_negative_zero = _json.JSONDecoder(parse_constant=_reject_constant,
                                          parse_int=lambda text: -0.0 if text == "-0" else int(text)).decode
_NEGATIVE_ZERO = re.compile(r"-0(?![0-9.eE])")


def _decode(text: str) -> Any:
    """JSON text as JS values; ValueError (with ``pos`` where known) for text that is not JSON.

    orjson parses unless it refuses something JS accepts (a lone surrogate escape) or the text
    is wrong; Python's decoder then decides, and words the error."""
    if "-0" in text and _NEGATIVE_ZERO.search(text):
        return _js_value(_decode_negative_zero(text))
    if _orjson is not None:
        try:
            return _js_value(_orjson.loads(text))
        except (_orjson.JSONDecodeError, UnicodeEncodeError, RecursionError):
            pass
    return _js_value(_decode_plain(text))


_encode_plain = _json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                                  check_circular=False).encode


_SCALARS = frozenset({str, int, bool, type(None)})
_SAFE = 2**53  # an integer beyond it is written as JS writes the double it would be (general way)
_has_own = dict.__contains__
_items = dict.items


def _plain(value: Any) -> Any:
    """``value`` as Python's json module would write it exactly as JSON.stringify does, or
    _NotPlain.  Keys whose value is undefined or a function are left out, as in JS.  Scalars are
    handled inline in the loops: this walk is the cost of the fast path."""
    kind = type(value)
    if kind is JSObject:
        if _has_own(value, "toJSON") or _has_own(value, "__proto__"):
            raise _NotPlain
        out = {}
        for key, item in _items(value):
            item_kind = type(item)
            if item_kind in _SCALARS and (item_kind is not int or -_SAFE < item < _SAFE):
                out[key] = item
            elif item is not undefined and not (callable(item) and item_kind is not JSObject):
                out[key] = _plain(item)
        if any(type(key) is not str or key[:1].isdigit() for key in out):  # integer keys first; symbols never
            out = {key: out[key] for key in js_key_order(out)}
        return out
    if kind is JSArray:
        items = []
        for item in value:
            item_kind = type(item)
            if item_kind in _SCALARS and (item_kind is not int or -_SAFE < item < _SAFE):
                items.append(item)
            elif item is undefined or callable(item):
                items.append(None)
            else:
                items.append(_plain(item))
        return items
    if kind in _SCALARS:
        if kind is int and not -_SAFE < value < _SAFE:
            raise _NotPlain
        return value
    if kind is float:
        if value != value or value in (math.inf, -math.inf):
            return None
        if value.is_integer() and abs(value) < 1e21:
            return int(value)
        if 1e-4 <= abs(value) < 1e16:  # where Python's repr and JS's number to string agree
            return value
        raise _NotPlain
    raise _NotPlain


def _refuse(value: Any) -> Any:
    raise _NotPlain  # orjson met a value it does not know (undefined, a function, a Date...)


# orjson writes numbers as JS does except integral floats (1.0 for 1), 1e16 <= x < 1e21 (1e+16)
# and 1e-6 <= x < 1e-5 (1e-6); a string holding such text only costs the slower way.  (Two
# searches that start with a literal are each ~10x faster than one with both alternatives.)
_ORJSON_INTEGRAL_FLOAT = re.compile(rb"\.0(?:[,\]}]|$)")
_ORJSON_EXPONENT = re.compile(rb"e(?:\+|-6(?![0-9]))")
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_INDEX_KEY = re.compile(rb'"[0-9]+":')  # JS writes keys like "2" before the others
_UNSAFE_INTEGER = re.compile(rb"(?<![.0])0{16}")  # (on the digits-to-0 text) JS rounds from 2**53 up
_ORJSON_OPTIONS = 0
if _orjson is not None:  # dataclasses and datetimes are not JS values: send them to _refuse
    _ORJSON_OPTIONS = _orjson.OPT_PASSTHROUGH_DATACLASS | _orjson.OPT_PASSTHROUGH_DATETIME


def _stringify_orjson(value: Any) -> str | None:
    try:
        out = _orjson.dumps(value, default=_refuse, option=_ORJSON_OPTIONS)
    except _orjson.JSONEncodeError:  # _NotPlain, a lone surrogate, a key that is not a string,
        return None                  # an int beyond 64 bits, nesting deeper than 254
    if b'"__proto__":' in out or _ORJSON_INTEGRAL_FLOAT.search(out) or _ORJSON_EXPONENT.search(out):
        return None
    digits = out.translate(_DIGITS_TO_ZERO)
    if (b'0":' in digits and _INDEX_KEY.search(out)) or (b"0" * 16 in digits and _UNSAFE_INTEGER.search(digits)):
        return None
    return out.decode()


def _stringify_plain(value: Any) -> str | None:
    """JSON.stringify(value) through a C encoder, or None where the general path is needed."""
    if _orjson is not None:
        text = _stringify_orjson(value)
        if text is not None:
            return text
    try:
        text = _encode_plain(_plain(value))
    except (_NotPlain, RecursionError, ValueError):
        return None  # (a cycle is reported by the general path, with JS's message)
    return None if _SURROGATE.search(text) else text


JSON = _JSON()
