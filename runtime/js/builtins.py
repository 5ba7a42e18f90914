"""JS global objects that translated apps call: JSON, Date, Math and the conversion functions."""

from __future__ import annotations

import json as _json
import re
import math
import random
import time
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

from .ops import is_number, number_to_str, to_integer, to_number, to_str
from .values import (
    Accessor, NaN, JSArray, bare_object, JSError, JSObject, JSRangeError, JSSyntaxError, JSTypeError, define_property, js_key_order,
    link_prototype, own_items, own_keys, undefined,
)


# -- JSON --------------------------------------------------------------------------------------
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


class _JSON:
    """The JS ``JSON`` object."""

    def stringify(self, value: Any, replacer: Any = undefined, space: Any = undefined) -> Any:
        if replacer is undefined and space is undefined:
            fast = _stringify_plain(value)
            if fast is not None:
                return fast
        if is_number(space):
            indent = " " * max(0, min(10, to_integer(space)))
        elif isinstance(space, str):
            indent = space[:10]
        else:
            indent = ""
        allow: list[str] | None = None
        replacer_fn: Callable[..., Any] | None = None
        if isinstance(replacer, JSArray):
            allow = [to_str(k) for k in replacer if isinstance(k, (str, int, float))]
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
            to_json = getattr(val, "toJSON", None) if not isinstance(val, (str, int, float, bool)) and val is not None and val is not undefined else None
            if callable(to_json) and to_json is not undefined:
                val = to_json(key)
            if replacer_fn is not None:
                val = replacer_fn(key, val)
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
            for k, v in pairs:
                if allow is not None and k not in allow:
                    continue
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
        if type(value) is list:
            value = _js_array(value)
        elif type(value) is float:
            value = _js_number(value)
        if reviver is not undefined and callable(reviver):
            root = JSObject({"": value})
            return _revive(root, "", reviver)
        return value

    def toString(self) -> str:  # noqa: N802
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
    from .values import adapt_args

    value = holder[key]
    if isinstance(value, JSArray):
        for index in range(len(value)):
            revived = _revive(value, str(index), reviver)
            value[index] = revived
    elif isinstance(value, JSObject):
        for name in list(own_keys(value)):
            revived = _revive(value, name, reviver)
            if revived is undefined:
                del value[name]
            else:
                value[name] = revived
    with_this = getattr(reviver, "with_this", None)
    if with_this is not None:
        return with_this(holder, (key, value))
    return reviver(*adapt_args(reviver, (key, value)))


# -- JSON fast paths: the C encoder/decoder of Python's json module does the work ----------------
class _NotPlain(Exception):
    """The value needs the general JSON.stringify (toJSON, accessors, odd numbers...)."""


def _js_number(value: float) -> Any:
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _js_array(items: list[Any]) -> JSArray:
    """A decoded JSON array as a JSArray (objects inside were built by the object hook)."""
    for index, item in enumerate(items):
        kind = type(item)
        if kind is list:
            items[index] = _js_array(item)
        elif kind is float:
            items[index] = _js_number(item)
    return JSArray(items)


_update = dict.update


def _js_object(props: dict[str, Any]) -> JSObject:
    """A decoded JSON object as a JSObject (a repeated key: the decoder kept the last one, as
    JS does)."""
    for key, item in props.items():
        kind = type(item)
        if kind is list:
            props[key] = _js_array(item)
        elif kind is float:
            props[key] = _js_number(item)
    obj = bare_object()
    _update(obj, props)
    return obj


def _reject_constant(name: str) -> Any:
    raise ValueError(name)  # NaN/Infinity are not JSON


_decode = _json.JSONDecoder(object_hook=_js_object, parse_constant=_reject_constant).decode
_encode_plain = _json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                                  check_circular=False).encode


_SCALARS = frozenset({str, int, bool, type(None)})
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
            if item_kind in _SCALARS and (item_kind is not int or -10**21 < item < 10**21):
                out[key] = item
            elif item is not undefined and not (callable(item) and item_kind is not JSObject):
                out[key] = _plain(item)
        if any(key[:1].isdigit() for key in out):  # integer keys come first in JS
            out = {key: out[key] for key in js_key_order(out)}
        return out
    if kind is JSArray:
        items = []
        for item in value:
            item_kind = type(item)
            if item_kind in _SCALARS and (item_kind is not int or -10**21 < item < 10**21):
                items.append(item)
            elif item is undefined or callable(item):
                items.append(None)
            else:
                items.append(_plain(item))
        return items
    if kind in _SCALARS:
        if kind is int and not -10**21 < value < 10**21:
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
    if kind is Date:
        return value.toJSON()
    raise _NotPlain


def _stringify_plain(value: Any) -> str | None:
    """JSON.stringify(value) through the C encoder, or None where the general path is needed."""
    try:
        text = _encode_plain(_plain(value))
    except (_NotPlain, RecursionError, ValueError):
        return None  # (a cycle is reported by the general path, with JS's message)
    return None if _SURROGATE.search(text) else text


JSON = _JSON()


# -- Date --------------------------------------------------------------------------------------
_MS_PER_DAY = 86_400_000
_WEEKDAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _utc_ms(year: float, month: float, day: float = 1, hour: float = 0, minute: float = 0, second: float = 0,
            ms: float = 0) -> float:
    """MakeDate(MakeDay(...), MakeTime(...)) in UTC: months and days overflow as offsets."""
    values = (year, month, day, hour, minute, second, ms)
    if any(v != v or v in (math.inf, -math.inf) for v in values):
        return NaN
    year, month = int(year) + int(month) // 12, int(month) % 12
    days = (datetime(year, month + 1, 1) - datetime(1970, 1, 1)).days if 1 <= year <= 9999 else NaN
    if days != days:
        return NaN
    return float((days + int(day) - 1) * _MS_PER_DAY + int(hour) * 3_600_000 + int(minute) * 60_000
                 + int(second) * 1000 + int(ms))


def _offset_ms(utc_ms: float) -> float:
    """The local time zone's offset from UTC at that moment (DST included), in ms."""
    local = datetime.fromtimestamp(utc_ms / 1000, tz=timezone.utc).astimezone()
    offset = local.utcoffset()
    return offset.total_seconds() * 1000 if offset is not None else 0.0


def _local_to_utc(local_ms: float) -> float:
    """A local wall-clock time as a UTC moment.  In a daylight-saving gap or overlap the offset in
    force before the change applies, as the spec's LocalTZA(t, false) says (V8 and JSC agree)."""
    if local_ms != local_ms:
        return NaN
    before = _offset_ms(local_ms - _MS_PER_DAY)
    after = _offset_ms(local_ms + _MS_PER_DAY)
    if before != after and _offset_ms(local_ms - before) != before and _offset_ms(local_ms - after) == after:
        return local_ms - after
    return local_ms - before


class Date:
    """The JS ``Date``: a UTC time value in ms; local-time methods use the process's time zone
    (the ``TZ`` environment variable, as on a device's settings)."""

    def __init__(self, value: Any = undefined, *rest: Any) -> None:
        if value is undefined:
            self._ms: float = float(time.time_ns() // 1_000_000)
        elif isinstance(value, Date):
            self._ms = value._ms
        elif rest:
            parts = [to_number(value), *(to_number(p) for p in rest)]
            parts += [1] if len(parts) < 3 else []
            year = parts[0]
            if year == year and 0 <= int(year) <= 99:
                year = 1900 + int(year)
            self._ms = _local_to_utc(_utc_ms(year, *parts[1:7]))
        elif isinstance(value, str):
            self._ms = _parse_date(value)
        else:
            self._ms = _time_clip(float(to_number(value)))

    # -- time value ------------------------------------------------------------------------------
    def getTime(self) -> Any:  # noqa: N802
        return int(self._ms) if self._ms == self._ms else NaN

    valueOf = getTime

    def setTime(self, value: Any) -> Any:  # noqa: N802
        self._ms = _time_clip(float(to_number(value)))
        return self.getTime()

    @staticmethod
    def now() -> int:
        return time.time_ns() // 1_000_000

    @staticmethod
    def UTC(year: Any, month: Any = 0, *rest: Any) -> Any:  # noqa: N802
        year = to_number(year)
        if year == year and 0 <= int(year) <= 99:
            year = 1900 + int(year)
        ms = _time_clip(_utc_ms(year, to_number(month), *(to_number(p) for p in rest)))
        return int(ms) if ms == ms else NaN

    @staticmethod
    def parse(text: Any) -> Any:
        ms = _parse_date(to_str(text))
        return int(ms) if ms == ms else NaN

    # -- fields ------------------------------------------------------------------------------------
    def _fields(self, local: bool) -> datetime:
        if self._ms != self._ms:
            raise ValueError("invalid date")
        ms = self._ms + (_offset_ms(self._ms) if local else 0)
        return datetime(1970, 1, 1) + timedelta(milliseconds=ms)

    def _get(self, local: bool, field: str) -> Any:
        if self._ms != self._ms:
            return NaN
        moment = self._fields(local)
        if field == "weekday":
            return (moment.weekday() + 1) % 7
        if field == "month":
            return moment.month - 1
        if field == "ms":
            return moment.microsecond // 1000
        return getattr(moment, field)

    def getFullYear(self) -> Any: return self._get(True, "year")  # noqa: E704,N802
    def getMonth(self) -> Any: return self._get(True, "month")  # noqa: E704,N802
    def getDate(self) -> Any: return self._get(True, "day")  # noqa: E704,N802
    def getDay(self) -> Any: return self._get(True, "weekday")  # noqa: E704,N802
    def getHours(self) -> Any: return self._get(True, "hour")  # noqa: E704,N802
    def getMinutes(self) -> Any: return self._get(True, "minute")  # noqa: E704,N802
    def getSeconds(self) -> Any: return self._get(True, "second")  # noqa: E704,N802
    def getMilliseconds(self) -> Any: return self._get(True, "ms")  # noqa: E704,N802
    def getUTCFullYear(self) -> Any: return self._get(False, "year")  # noqa: E704,N802
    def getUTCMonth(self) -> Any: return self._get(False, "month")  # noqa: E704,N802
    def getUTCDate(self) -> Any: return self._get(False, "day")  # noqa: E704,N802
    def getUTCDay(self) -> Any: return self._get(False, "weekday")  # noqa: E704,N802
    def getUTCHours(self) -> Any: return self._get(False, "hour")  # noqa: E704,N802
    def getUTCMinutes(self) -> Any: return self._get(False, "minute")  # noqa: E704,N802
    def getUTCSeconds(self) -> Any: return self._get(False, "second")  # noqa: E704,N802
    def getUTCMilliseconds(self) -> Any: return self._get(False, "ms")  # noqa: E704,N802

    def getTimezoneOffset(self) -> Any:  # noqa: N802
        return NaN if self._ms != self._ms else int(-_offset_ms(self._ms) // 60_000)

    def _set(self, local: bool, first: int, values: tuple[Any, ...]) -> Any:
        """setFullYear/setMonth/.../setMilliseconds: fields from index ``first`` on are replaced."""
        if self._ms != self._ms and first != 0:
            return NaN
        if self._ms != self._ms:
            parts = [1970, 0, 1, 0, 0, 0, 0]
        else:
            moment = self._fields(local)
            parts = [moment.year, moment.month - 1, moment.day, moment.hour, moment.minute, moment.second,
                     moment.microsecond // 1000]
        for offset, value in enumerate(values):
            parts[first + offset] = to_number(value)
        ms = _utc_ms(*parts)
        self._ms = _time_clip(_local_to_utc(ms) if local else ms)
        return self.getTime()

    def setFullYear(self, *v: Any) -> Any: return self._set(True, 0, v[:3])  # noqa: E704,N802
    def setMonth(self, *v: Any) -> Any: return self._set(True, 1, v[:2])  # noqa: E704,N802
    def setDate(self, *v: Any) -> Any: return self._set(True, 2, v[:1])  # noqa: E704,N802
    def setHours(self, *v: Any) -> Any: return self._set(True, 3, v[:4])  # noqa: E704,N802
    def setMinutes(self, *v: Any) -> Any: return self._set(True, 4, v[:3])  # noqa: E704,N802
    def setSeconds(self, *v: Any) -> Any: return self._set(True, 5, v[:2])  # noqa: E704,N802
    def setMilliseconds(self, *v: Any) -> Any: return self._set(True, 6, v[:1])  # noqa: E704,N802
    def setUTCFullYear(self, *v: Any) -> Any: return self._set(False, 0, v[:3])  # noqa: E704,N802
    def setUTCMonth(self, *v: Any) -> Any: return self._set(False, 1, v[:2])  # noqa: E704,N802
    def setUTCDate(self, *v: Any) -> Any: return self._set(False, 2, v[:1])  # noqa: E704,N802
    def setUTCHours(self, *v: Any) -> Any: return self._set(False, 3, v[:4])  # noqa: E704,N802
    def setUTCMinutes(self, *v: Any) -> Any: return self._set(False, 4, v[:3])  # noqa: E704,N802
    def setUTCSeconds(self, *v: Any) -> Any: return self._set(False, 5, v[:2])  # noqa: E704,N802

    # -- strings -------------------------------------------------------------------------------------
    def toISOString(self) -> str:  # noqa: N802
        if self._ms != self._ms:
            raise JSRangeError("Invalid time value")
        moment = self._fields(False)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"

    def toJSON(self, _key: Any = undefined) -> Any:  # noqa: N802
        return None if self._ms != self._ms else self.toISOString()

    def toDateString(self) -> str:  # noqa: N802
        if self._ms != self._ms:
            return "Invalid Date"
        moment = self._fields(True)
        return f"{_WEEKDAYS[(moment.weekday() + 1) % 7]} {_MONTHS[moment.month - 1]} {moment.day:02d} {moment.year:04d}"

    def toString(self) -> str:  # noqa: N802
        """JavaScriptCore's form, time zone name aside: ``Wed Nov 25 2026 11:09:45 GMT+0000``."""
        if self._ms != self._ms:
            return "Invalid Date"
        moment = self._fields(True)
        offset = -self.getTimezoneOffset()
        sign = "+" if offset >= 0 else "-"
        return (f"{self.toDateString()} {moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} "
                f"GMT{sign}{abs(offset) // 60:02d}{abs(offset) % 60:02d}")

    def __repr__(self) -> str:
        return self.toString()


def _time_clip(ms: float) -> float:
    if ms != ms or abs(ms) > 8.64e15:
        return NaN
    return float(int(ms))  # toward zero, as TimeClip


def _parse_date(text: str) -> float:
    """Date.parse for the ISO forms (date-only is UTC; date-time without a zone is local)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return NaN
    if moment.tzinfo is None and "T" not in text:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp() * 1000


# -- Math --------------------------------------------------------------------------------------
def _numeric(fn: Callable[..., float], arity: int = 1) -> Callable[..., Any]:
    """A Math function: its ``arity`` arguments as numbers (JS ignores extra ones, as when
    ``xs.map(Math.round)`` passes index and array too); NaN in, NaN out."""

    def wrapper(*args: Any) -> Any:
        args = (args + (undefined,) * arity)[:arity]
        numbers = [to_number(a) for a in args]
        if any(n != n for n in numbers):
            return NaN
        try:
            result = fn(*numbers)
        except (ValueError, OverflowError):
            return NaN
        if isinstance(result, float) and result.is_integer() and abs(result) < 2**53:
            return int(result)
        return result

    return wrapper


def _round(x: float) -> float:
    """Math.round: halves go up (toward +Infinity); computed from the floor's remainder, since
    ``floor(x + 0.5)`` rounds wrongly where the addition itself rounds (0.49999999999999994)."""
    if math.isinf(x):
        return x
    low = math.floor(x)
    return low + 1 if x - low >= 0.5 else low


def _whole(fn: Callable[[float], int]) -> Callable[[float], float]:
    """floor/ceil/trunc, which leave infinities as they are (Python's raise)."""
    return lambda x: x if math.isinf(x) else fn(x)


def _cbrt(x: float) -> float:
    if math.isinf(x) or x == 0:
        return x
    root = math.copysign(round(abs(x) ** (1 / 3), 12), x)
    return root if root ** 3 == x else math.copysign(abs(x) ** (1 / 3), x)


def _pow(base: float, exponent: float) -> float:
    """Math.pow where Python raises: a zero base with a negative exponent, and overflow."""
    if abs(base) == 1 and math.isinf(exponent):
        return NaN
    try:
        return math.pow(base, exponent)
    except ZeroDivisionError:
        odd = float(exponent).is_integer() and int(exponent) % 2 == 1
        return -math.inf if odd and math.copysign(1, base) < 0 else math.inf
    except OverflowError:
        odd = float(exponent).is_integer() and int(exponent) % 2 == 1
        return -math.inf if base < 0 and odd else math.inf
    except ValueError:
        if base == 0:  # math.pow(0.0, -1) raises ValueError, not ZeroDivisionError
            odd = float(exponent).is_integer() and int(exponent) % 2 == 1
            return -math.inf if odd and math.copysign(1, base) < 0 else math.inf
        return NaN


def _sign(x: float) -> float:
    return 0 if x == 0 else (1 if x > 0 else -1)


class _Math:
    PI = math.pi
    E = math.e
    LN2 = math.log(2)
    LN10 = math.log(10)
    LOG2E = 1 / math.log(2)
    LOG10E = 1 / math.log(10)
    SQRT2 = math.sqrt(2)
    SQRT1_2 = math.sqrt(0.5)
    floor = staticmethod(_numeric(_whole(math.floor)))
    ceil = staticmethod(_numeric(_whole(math.ceil)))
    trunc = staticmethod(_numeric(_whole(math.trunc)))
    sign = staticmethod(_numeric(_sign))
    cbrt = staticmethod(_numeric(lambda x: _cbrt(x)))
    log2 = staticmethod(_numeric(lambda x: -math.inf if x == 0 else math.log2(x)))
    log10 = staticmethod(_numeric(lambda x: -math.inf if x == 0 else math.log10(x)))
    log = staticmethod(_numeric(lambda x: -math.inf if x == 0 else math.log(x)))
    exp = staticmethod(_numeric(math.exp))
    sin = staticmethod(_numeric(math.sin))
    cos = staticmethod(_numeric(math.cos))
    tan = staticmethod(_numeric(math.tan))
    atan = staticmethod(_numeric(math.atan))
    atan2 = staticmethod(_numeric(math.atan2, 2))

    @staticmethod
    def hypot(*args: Any) -> Any:
        numbers = [to_number(a) for a in args]
        if any(math.isinf(n) for n in numbers):
            return math.inf
        if any(n != n for n in numbers):
            return NaN
        result = math.hypot(*numbers)
        return int(result) if result.is_integer() and result < 2**53 else result
    round = staticmethod(_numeric(_round))
    abs = staticmethod(_numeric(abs))
    sqrt = staticmethod(_numeric(math.sqrt))
    @staticmethod
    def pow(base: Any = undefined, exponent: Any = undefined) -> Any:
        b, e = to_number(base), to_number(exponent)
        if e == 0:
            return 1  # even for a NaN base
        if b != b or e != e:
            return NaN
        result = _pow(b, e)
        return int(result) if isinstance(result, float) and result.is_integer() and abs(result) < 2**53 else result

    @staticmethod
    def max(*args: Any) -> Any:
        numbers = [to_number(a) for a in args]
        if any(n != n for n in numbers):
            return NaN
        return max(numbers, default=-math.inf)

    @staticmethod
    def min(*args: Any) -> Any:
        numbers = [to_number(a) for a in args]
        if any(n != n for n in numbers):
            return NaN
        return min(numbers, default=math.inf)

    @staticmethod
    def random() -> float:
        return random.random()


Math = _Math()


# -- global functions ------------------------------------------------------------------------
def parseInt(value: Any, radix: Any = undefined) -> Any:  # noqa: N802
    text = to_str(value).strip()
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    base = to_integer(radix) if radix is not undefined else 10
    if base == 0:
        base = 10
    if (radix is undefined or base == 16) and text.lower().startswith("0x"):
        text, base = text[2:], 16
    if not 2 <= base <= 36:
        return NaN
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    end = 0
    while end < len(text) and text[end].lower() in digits:
        end += 1
    return sign * int(text[:end], base) if end else NaN


def parseFloat(value: Any) -> Any:  # noqa: N802
    import re

    match = re.match(r"\s*([+-]?(Infinity|\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?))", to_str(value), re.IGNORECASE)
    if not match or match.group(2).lower() == "infinity" and "Infinity" not in match.group(2):
        return NaN
    number = float(match.group(1))
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def isNaN(value: Any) -> bool:  # noqa: N802
    number = to_number(value)
    return number != number


def String(value: Any = "") -> str:  # noqa: N802
    return to_str(value)


def _from_char_code(*codes: Any) -> str:
    units = "".join(chr(to_integer(c) & 0xFFFF) for c in codes)
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


String.fromCharCode = _from_char_code  # type: ignore[attr-defined]


def Number(value: Any = 0) -> Any:  # noqa: N802
    return to_number(value)


def _is_integer(value: Any) -> bool:
    return is_number(value) and value == value and not math.isinf(value) and float(value).is_integer()


Number.isInteger = _is_integer  # type: ignore[attr-defined]
Number.isSafeInteger = lambda v: _is_integer(v) and abs(v) <= 2**53 - 1  # type: ignore[attr-defined]
Number.isFinite = lambda v: is_number(v) and v == v and not math.isinf(v)  # type: ignore[attr-defined]
Number.isNaN = lambda v: is_number(v) and v != v  # type: ignore[attr-defined]
Number.MAX_SAFE_INTEGER = 2**53 - 1  # type: ignore[attr-defined]
Number.MIN_SAFE_INTEGER = -(2**53 - 1)  # type: ignore[attr-defined]
Number.EPSILON = 2.0**-52  # type: ignore[attr-defined]
Number.MAX_VALUE = 1.7976931348623157e308  # type: ignore[attr-defined]


def Boolean(value: Any = False) -> bool:  # noqa: N802
    return bool(value)


def Error(message: Any = "") -> JSError:  # noqa: N802
    return JSError(message)


class _Object:
    """The JS ``Object`` constructor's static functions apps use."""

    def __call__(self, value: Any = undefined) -> Any:
        return JSObject() if value is undefined or value is None else value

    @staticmethod
    def keys(obj: Any) -> JSArray:
        if isinstance(obj, JSObject):
            return JSArray(own_keys(obj))
        if isinstance(obj, (JSArray, str)):
            return JSArray(str(i) for i in range(len(obj)))
        if obj is None or obj is undefined:
            raise JSTypeError("Cannot convert undefined or null to object")
        return JSArray()  # numbers and booleans have no own enumerable keys

    @staticmethod
    def values(obj: Any) -> JSArray:
        if isinstance(obj, JSObject):
            return JSArray(value for _, value in own_items(obj))
        return JSArray(list(obj)) if isinstance(obj, (JSArray, str)) else _Object.keys(obj)

    @staticmethod
    def entries(obj: Any) -> JSArray:
        if isinstance(obj, JSObject):
            return JSArray(JSArray([key, value]) for key, value in own_items(obj))
        if isinstance(obj, (JSArray, str)):
            return JSArray(JSArray([str(i), v]) for i, v in enumerate(obj))
        return _Object.keys(obj)

    @staticmethod
    def fromEntries(pairs: Any) -> JSObject:  # noqa: N802
        from .collections import for_of

        out = JSObject()
        for pair in for_of(pairs):
            out[pair[0]] = pair[1]
        return out

    @staticmethod
    def assign(target: Any, *sources: Any) -> Any:
        if target is None or target is undefined:
            raise JSTypeError("Cannot convert undefined or null to object")
        for source in sources:
            if isinstance(source, JSObject):
                for key, value in own_items(source):
                    target[key] = value
            elif isinstance(source, (JSArray, str)):  # indices, as JS copies them
                for index, value in enumerate(source):
                    target[str(index)] = value
        return target

    @staticmethod
    def defineProperty(obj: Any, key: Any, descriptor: Any) -> Any:  # noqa: N802
        """A property from a descriptor; as in JS, what the descriptor leaves out is false."""
        if not isinstance(descriptor, JSObject):
            raise JSTypeError("Property description must be an object")
        get, set_ = descriptor["get"], descriptor["set"]
        enumerable = bool(descriptor["enumerable"])
        if get is not undefined or set_ is not undefined:
            if "value" in descriptor or "writable" in descriptor:
                raise JSTypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute")
            return define_property(obj, key, Accessor(get, set_, enumerable=enumerable))
        writable = bool(descriptor["writable"])
        if writable and enumerable and bool(descriptor["configurable"]):
            obj[key] = descriptor["value"]  # an ordinary property: stored as a plain value
            return obj
        return define_property(obj, key, Accessor(value=descriptor["value"], writable=writable, enumerable=enumerable))

    @staticmethod
    def defineProperties(obj: Any, descriptors: Any) -> Any:  # noqa: N802
        for key, descriptor in own_items(descriptors):
            _Object.defineProperty(obj, key, descriptor)
        return obj

    @staticmethod
    def create(proto: Any = undefined, properties: Any = undefined) -> JSObject:
        created = JSObject()
        if isinstance(proto, JSObject):
            link_prototype(created, proto)
        return created

    @staticmethod
    def getPrototypeOf(obj: Any) -> Any:  # noqa: N802
        return dict.get(obj, "__proto__", None) if isinstance(obj, JSObject) else None

    @staticmethod
    def freeze(obj: Any) -> Any:
        return obj  # objects are not frozen (UNVERIFIED need in apps); returned as JS does


class _Array:
    """The JS ``Array`` constructor's static functions."""

    def __call__(self, *items: Any) -> JSArray:
        from .ops import new_array

        return new_array(items[0]) if len(items) == 1 else JSArray(items)

    @staticmethod
    def isArray(value: Any) -> bool:  # noqa: N802
        return isinstance(value, JSArray)

    @staticmethod
    def of(*items: Any) -> JSArray:
        return JSArray(items)

    @staticmethod
    def from_(source: Any, map_fn: Any = undefined) -> JSArray:
        """``Array.from(iterable, mapFn)``, or from an array-like ``{length: n, 0: ...}``."""
        from .collections import for_of
        from .values import adapt_args

        if source is None or source is undefined:
            raise JSTypeError(f"{source!r} is not iterable")
        if type(source) is JSObject:
            items = [source[i] for i in range(int(to_integer(source["length"])))]
        else:
            items = list(for_of(source))
        if map_fn is undefined:
            return JSArray(items)
        return JSArray(map_fn(*adapt_args(map_fn, (item, index))) for index, item in enumerate(items))

    def __getitem__(self, name: str) -> Any:
        return getattr(self, name)  # `Array["from"]`: generated code spells keyword members so



def _array_this(this: Any) -> JSArray:
    """``this`` of ``Array.prototype.m.call(this, ...)``: an array, or an array-like copied."""
    if isinstance(this, JSArray):
        return this
    if isinstance(this, (list, tuple, str)):
        return JSArray(this)
    if isinstance(this, JSObject):
        length = int(to_number(this["length"]) or 0)
        return JSArray(this[i] for i in range(length))
    raise JSTypeError("Array.prototype method called on null or undefined")


def _prototype_of(methods: dict[str, Callable[..., Any]]) -> JSObject:
    from .functions import ThisFunction

    def borrowed(name: str, method: Callable[..., Any]) -> ThisFunction:
        def run(this: Any, *args: Any) -> Any:
            return method(this, *args)

        run.__name__ = name
        return ThisFunction(run)

    return JSObject({name: borrowed(name, method) for name, method in methods.items()})


_ARRAY_METHODS = ("slice", "join", "map", "filter", "forEach", "indexOf", "some", "every", "reduce", "concat",
                  "find", "findIndex", "includes", "lastIndexOf",
                  "push", "reverse", "sort", "splice")
# `Array.prototype.slice.call(arguments, 1)` and friends: the array methods, borrowable.
_Array.prototype = _prototype_of({name: (lambda method: lambda this, *args: method(_array_this(this), *args))(
    getattr(JSArray, name)) for name in _ARRAY_METHODS})
# `Object.prototype.hasOwnProperty.call(obj, key)`, the guard apps put in for...in loops.
_Object.prototype = _prototype_of({
    "hasOwnProperty": lambda this, key=undefined: (
        JSObject.hasOwnProperty(this, key) if isinstance(this, JSObject)
        else isinstance(this, (JSArray, str)) and (to_str(key) == "length" or to_str(key) in {str(i) for i in range(len(this))})),
    "toString": lambda this: "[object Array]" if isinstance(this, JSArray) else (
        "[object Null]" if this is None else "[object Undefined]" if this is undefined else "[object Object]"),
})

setattr(_Array, "from", staticmethod(_Array.from_))  # `from` is a Python keyword: reached with getattr
Object = _Object()
Array = _Array()
