"""JS global objects that translated apps call: Date, Math, Object, the conversion functions (and
JSON, from json_codec)."""

from __future__ import annotations

import math
import random
import re
import struct
import time
import urllib.parse
from datetime import datetime, timezone
from typing import Any, Callable

from .host import host_get
from .lengths import LENGTHS, length_of
from .prototypes import builtin_prototype
from .wrappers import construct_boolean, construct_number, construct_string, hold_primitive, primitive_of, wrap
from .realm import RealmNamespace, RealmPrototype, register_prototype
from .realm import current as current_realm
from .strings import METHODS as STRING_METHODS
from .properties import own_property, own_property_names
from .ops import is_number, to_integer, to_number, to_str, typeof
from .values import (
    to_property_key, Accessor, BuiltinClass, NaN, InstanceProperty, JSArguments, JSArray, JSSymbol, array_extensible, element_flags,
    enumerable_indexes, length_writable, JSError, JSObject, JSRangeError, JSTypeError, JSURIError, array_named_keys,
    define_property, link_prototype, restrict, restriction_of, own_items, own_keys, undefined, SIDE_TABLE,
)


# -- Date --------------------------------------------------------------------------------------
_MS_PER_DAY = 86_400_000
_WEEKDAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _days_from_civil(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 to year-month-day (month 1..12) in the proleptic Gregorian calendar,
    for any year (the specification's Day(MakeDay(...)) without Python's datetime range)."""
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _civil_from_days(days: int) -> tuple[int, int, int]:
    """The (year, month 1..12, day) ``days`` after 1970-01-01."""
    days += 719468
    era = days // 146097
    day_of_era = days - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * shifted + 2) // 5 + 1
    month = shifted + (3 if shifted < 10 else -9)
    return year_of_era + era * 400 + (month <= 2), month, day


class _Moment:
    """The calendar fields of a time value (what datetime gives, for any year JS dates reach)."""

    __slots__ = ("year", "month", "day", "hour", "minute", "second", "microsecond", "_days")

    def __init__(self, ms: float) -> None:
        whole = int(ms)
        days, in_day = divmod(whole, _MS_PER_DAY)
        self._days = days
        self.year, self.month, self.day = _civil_from_days(days)
        self.hour, rest = divmod(in_day, 3_600_000)
        self.minute, rest = divmod(rest, 60_000)
        self.second, milliseconds = divmod(rest, 1000)
        self.microsecond = milliseconds * 1000

    def weekday(self) -> int:  # Monday is 0, as datetime's
        return (self._days + 3) % 7


def _full_year(year: float) -> float:
    """A two-digit year given to Date(y, m, ...) or Date.UTC is 1900 + y."""
    if year == year and not math.isinf(year) and 0 <= math.trunc(year) <= 99:
        return 1900 + math.trunc(year)
    return year


def _year_text(year: int) -> str:
    """A year as Date's strings write it: four digits at least, a minus sign before a year below 0."""
    return f"{'-' if year < 0 else ''}{abs(year):04d}"


def _integer(value: float) -> float:
    return float(math.trunc(value))


def _utc_ms(year: float, month: float, day: float = 1, hour: float = 0, minute: float = 0, second: float = 0,
            ms: float = 0) -> float:
    """MakeDate(MakeDay(...), MakeTime(...)) in UTC: months and days overflow as offsets."""
    values = (year, month, day, hour, minute, second, ms)
    if any(v != v or v in (math.inf, -math.inf) for v in values):
        return NaN
    whole_year, whole_month = int(year) + math.floor(int(month) / 12), int(month) % 12
    if abs(whole_year) > 400_000:  # far beyond TimeClip's range: no time value
        return NaN
    days = float(_days_from_civil(whole_year, whole_month + 1, 1)) + _integer(day) - 1
    # MakeTime in doubles, in the specification's order (its rounding is part of the result)
    time_in_day = ((_integer(hour) * 3_600_000.0 + _integer(minute) * 60_000.0) + _integer(second) * 1000.0) \
        + _integer(ms)
    result = days * _MS_PER_DAY + time_in_day
    return result if not math.isinf(result) else NaN


_OFFSET_RANGE = (-62_135_596_800_000 + 2 * _MS_PER_DAY, 253_402_300_799_000 - 2 * _MS_PER_DAY)


def _offset_ms(utc_ms: float) -> float:
    """The local time zone's offset from UTC at that moment (DST included), in ms; beyond the
    years the platform's time zone data covers, the offset at the nearest year it does."""
    utc_ms = min(max(utc_ms, _OFFSET_RANGE[0]), _OFFSET_RANGE[1])
    try:
        local = datetime.fromtimestamp(utc_ms / 1000, tz=timezone.utc).astimezone()
    except (OverflowError, OSError, ValueError):
        return 0.0
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


class Date(metaclass=BuiltinClass):
    """The JS ``Date``: a UTC time value in ms; local-time methods use the process's time zone
    (the ``TZ`` environment variable, as on a device's settings)."""

    def __getitem__(self, key: Any) -> Any:  # `d[k]`: as any object's property
        return host_get(self, key if type(key) is str else to_property_key(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        from .host import host_set

        host_set(self, key if type(key) is str else to_property_key(key), value)

    def __init__(self, value: Any = undefined, *rest: Any) -> None:
        if value is undefined:
            self._ms: float = float(time.time_ns() // 1_000_000)
        elif isinstance(value, Date):
            self._ms = value._ms
        elif rest:
            parts = [to_number(value), *(to_number(p) for p in rest)]
            parts += [1] if len(parts) < 3 else []
            self._ms = _time_clip(_local_to_utc(_utc_ms(_full_year(parts[0]), *parts[1:7])))
        elif isinstance(value, str):
            self._ms = _parse_date(value)
        else:
            self._ms = _time_clip(float(to_number(value)))

    # -- time value ------------------------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        """A JS property the date lacks as an attribute: one the program gave it (a getter too),
        else what Date.prototype and Object.prototype give (``d.hasOwnProperty``)."""
        if name.startswith("_"):
            raise AttributeError(name)
        from .host import inherited_member

        table = self.__dict__.get(SIDE_TABLE)
        if table is not None and name in table:
            value = table[name]
            return value.read(self) if type(value) is Accessor else value
        from .realm import NOT_ADDED, prototype_member

        found = prototype_member("Date", name)
        return inherited_member(self, name) if found is NOT_ADDED else found

    def getTime(self) -> Any:
        return int(self._ms) if self._ms == self._ms else NaN

    valueOf = getTime
    js_default_hint = "string"  # `date + 1` concatenates, `date - 1` and `date < other` use the time

    def setTime(self, value: Any = undefined) -> Any:
        self._ms = _time_clip(float(to_number(value)))
        return self.getTime()

    @staticmethod
    def now() -> int:
        return time.time_ns() // 1_000_000

    @staticmethod
    def UTC(year: Any = undefined, month: Any = 0, *rest: Any) -> Any:
        year = _full_year(to_number(year))
        ms = _time_clip(_utc_ms(year, to_number(month), *(to_number(p) for p in rest)))
        return int(ms) if ms == ms else NaN

    @staticmethod
    def parse(text: Any) -> Any:
        ms = _parse_date(to_str(text))
        return int(ms) if ms == ms else NaN

    # -- fields ------------------------------------------------------------------------------------
    def _fields(self, local: bool) -> _Moment:
        ms = self._ms + (_offset_ms(self._ms) if local else 0)
        return _Moment(ms)

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

    def getFullYear(self) -> Any: return self._get(True, "year")

    def getYear(self) -> Any:
        """Annex B's legacy getter (which 2012 apps still call): the local year minus 1900."""
        year = self.getFullYear()
        return year - 1900 if year == year else year

    def getMonth(self) -> Any: return self._get(True, "month")
    def getDate(self) -> Any: return self._get(True, "day")
    def getDay(self) -> Any: return self._get(True, "weekday")
    def getHours(self) -> Any: return self._get(True, "hour")
    def getMinutes(self) -> Any: return self._get(True, "minute")
    def getSeconds(self) -> Any: return self._get(True, "second")
    def getMilliseconds(self) -> Any: return self._get(True, "ms")
    def getUTCFullYear(self) -> Any: return self._get(False, "year")
    def getUTCMonth(self) -> Any: return self._get(False, "month")
    def getUTCDate(self) -> Any: return self._get(False, "day")
    def getUTCDay(self) -> Any: return self._get(False, "weekday")
    def getUTCHours(self) -> Any: return self._get(False, "hour")
    def getUTCMinutes(self) -> Any: return self._get(False, "minute")
    def getUTCSeconds(self) -> Any: return self._get(False, "second")
    def getUTCMilliseconds(self) -> Any: return self._get(False, "ms")

    def getTimezoneOffset(self) -> Any:
        return NaN if self._ms != self._ms else int(-_offset_ms(self._ms) // 60_000)

    def _set(self, local: bool, first: int, values: tuple[Any, ...]) -> Any:
        """setFullYear/setMonth/.../setMilliseconds: fields from index ``first`` on are replaced."""
        time_value = self._ms  # read before the arguments are converted (which may change it)
        invalid = time_value != time_value
        numbers = [to_number(value) for value in values] or [NaN]  # (the first argument is required)
        if invalid and first != 0:
            return NaN
        parts: list[float]
        if invalid:
            parts = [1970, 0, 1, 0, 0, 0, 0]
        else:
            moment = _Moment(time_value + (_offset_ms(time_value) if local else 0))
            parts = [moment.year, moment.month - 1, moment.day, moment.hour, moment.minute, moment.second,
                     moment.microsecond // 1000]
        for offset, number in enumerate(numbers):
            parts[first + offset] = number
        ms = _utc_ms(*parts)
        self._ms = _time_clip(_local_to_utc(ms) if local else ms)
        return self.getTime()

    def setFullYear(self, *v: Any) -> Any: return self._set(True, 0, v[:3])
    def setMonth(self, *v: Any) -> Any: return self._set(True, 1, v[:2])
    def setDate(self, *v: Any) -> Any: return self._set(True, 2, v[:1])
    def setHours(self, *v: Any) -> Any: return self._set(True, 3, v[:4])
    def setMinutes(self, *v: Any) -> Any: return self._set(True, 4, v[:3])
    def setSeconds(self, *v: Any) -> Any: return self._set(True, 5, v[:2])
    def setMilliseconds(self, *v: Any) -> Any: return self._set(True, 6, v[:1])
    def setUTCFullYear(self, *v: Any) -> Any: return self._set(False, 0, v[:3])
    def setUTCMonth(self, *v: Any) -> Any: return self._set(False, 1, v[:2])
    def setUTCDate(self, *v: Any) -> Any: return self._set(False, 2, v[:1])
    def setUTCHours(self, *v: Any) -> Any: return self._set(False, 3, v[:4])
    def setUTCMinutes(self, *v: Any) -> Any: return self._set(False, 4, v[:3])
    def setUTCSeconds(self, *v: Any) -> Any: return self._set(False, 5, v[:2])
    def setUTCMilliseconds(self, *v: Any) -> Any: return self._set(False, 6, v[:1])

    # -- strings -------------------------------------------------------------------------------------
    def toISOString(self) -> str:
        if self._ms != self._ms:
            raise JSRangeError("Invalid time value")
        moment = self._fields(False)
        year = f"{moment.year:04d}" if 0 <= moment.year <= 9999 else f"{'+' if moment.year > 0 else '-'}{abs(moment.year):06d}"
        return (f"{year}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}:"
                f"{moment.second:02d}.{moment.microsecond // 1000:03d}Z")

    def toJSON(self, _key: Any = undefined) -> Any:
        return None if self._ms != self._ms else self.toISOString()

    def toDateString(self) -> str:
        if self._ms != self._ms:
            return "Invalid Date"
        moment = self._fields(True)
        return f"{_WEEKDAYS[(moment.weekday() + 1) % 7]} {_MONTHS[moment.month - 1]} {moment.day:02d} {_year_text(moment.year)}"

    def toString(self) -> str:
        """JavaScriptCore's form, time zone name aside: ``Wed Nov 25 2026 11:09:45 GMT+0000``."""
        if self._ms != self._ms:
            return "Invalid Date"
        moment = self._fields(True)
        offset = -self.getTimezoneOffset()
        sign = "+" if offset >= 0 else "-"
        return (f"{self.toDateString()} {moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} "
                f"GMT{sign}{abs(offset) // 60:02d}{abs(offset) % 60:02d}")

    def toTimeString(self) -> str:
        if self._ms != self._ms:
            return "Invalid Date"
        return self.toString().split(" ", 4)[4]

    def toUTCString(self) -> str:
        if self._ms != self._ms:
            return "Invalid Date"
        moment = self._fields(False)
        return (f"{_WEEKDAYS[(moment.weekday() + 1) % 7]}, {moment.day:02d} {_MONTHS[moment.month - 1]} "
                f"{_year_text(moment.year)} {moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} GMT")

    toGMTString = toUTCString

    # en-US, the runtime's locale, as ICU writes it by default: 3/5/2024, 2:07:09 PM
    def toLocaleDateString(self, *_: Any) -> str:
        if self._ms != self._ms:
            return "Invalid Date"
        moment = self._fields(True)
        return f"{moment.month}/{moment.day}/{moment.year}"

    def toLocaleTimeString(self, *_: Any) -> str:
        if self._ms != self._ms:
            return "Invalid Date"
        moment = self._fields(True)
        hour = moment.hour % 12 or 12
        return f"{hour}:{moment.minute:02d}:{moment.second:02d} {'AM' if moment.hour < 12 else 'PM'}"

    def toLocaleString(self, *_: Any) -> str:
        if self._ms != self._ms:
            return "Invalid Date"
        return f"{self.toLocaleDateString()}, {self.toLocaleTimeString()}"

    def __repr__(self) -> str:
        return self.toString()


def _time_clip(ms: float) -> float:
    if ms != ms or abs(ms) > 8.64e15:
        return NaN
    return float(int(ms))  # toward zero, as TimeClip


_ISO_DATE = re.compile(
    r"([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2}))?)?"
    r"(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:\d{2})?")
# What toString and toUTCString write: "Tue Feb 01 2022 10:00:00 GMT+0100", "Tue, 01 Feb 2022 10:00:00 GMT"
_WRITTEN_DATE = re.compile(
    r"(?:[A-Z][a-z]{2},? )?(?:([A-Z][a-z]{2}) (\d{1,2})|(\d{1,2}) ([A-Z][a-z]{2})) (-?\d{4,6})"
    r"(?: (\d{2}):(\d{2})(?::(\d{2}))?)?(?: GMT(?:([+-])(\d{2}):?(\d{2}))?)?(?: \(.*\))?")


def _parse_date(text: str) -> float:
    """Date.parse: the ISO format (a date alone is UTC, a date-time without a zone local, years
    may be ±YYYYYY), and the forms toString and toUTCString write."""
    text = text.strip()
    found = _ISO_DATE.fullmatch(text)
    if found is not None:
        year_text, month, day, hour, minute, second, fraction, zone = found.groups()
        if year_text == "-000000" or (hour is None and (minute is not None)):
            return NaN
        fields = [int(year_text), int(month or 1) - 1, int(day or 1), int(hour or 0), int(minute or 0),
                  int(second or 0), int((fraction or "0")[:3].ljust(3, "0"))]
        if not (0 <= fields[1] <= 11 and 1 <= fields[2] <= 31 and fields[3] <= 24 and fields[4] <= 59
                and fields[5] <= 59) or (fields[3] == 24 and any(fields[4:])):
            return NaN
        ms = _utc_ms(*fields)
        if zone is None and hour is not None:
            return _time_clip(_local_to_utc(ms))
        if zone not in (None, "Z"):
            sign = 1 if zone[0] == "+" else -1
            ms -= sign * (int(zone[1:3]) * 3_600_000 + int(zone[4:6]) * 60_000)
        return _time_clip(ms)
    found = _WRITTEN_DATE.fullmatch(text)
    if found is None:
        return NaN
    month_a, day_a, day_b, month_b, year, hours, minutes, seconds, offset_sign, zone_h, zone_m = found.groups()
    month_name = month_a or month_b
    if month_name not in _MONTHS:
        return NaN
    ms = _utc_ms(int(year), _MONTHS.index(month_name), int(day_a or day_b), int(hours or 0), int(minutes or 0),
                 int(seconds or 0))
    if "GMT" not in text:
        return _time_clip(_local_to_utc(ms))
    if offset_sign is not None:
        ms -= (1 if offset_sign == "+" else -1) * (int(zone_h) * 3_600_000 + int(zone_m) * 60_000)
    return _time_clip(ms)


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
        return _js_number(result)

    return wrapper


def _js_number(result: Any) -> Any:
    """An integral float as an int (how the runtime holds JS integers), -0 kept a float."""
    if isinstance(result, float) and result.is_integer() and abs(result) < 2**53 and (
            result != 0 or math.copysign(1, result) > 0):
        return int(result)
    return result


def _round(x: float) -> float:
    """Math.round: halves go up (toward +Infinity); computed from the floor's remainder, since
    ``floor(x + 0.5)`` rounds wrongly where the addition itself rounds (0.49999999999999994)."""
    if math.isinf(x) or x == 0:
        return x
    if -0.5 <= x < 0:
        return -0.0  # rounds up to zero, keeping the sign
    low = math.floor(x)
    return low + 1 if x - low >= 0.5 else low


def _whole(fn: Callable[[float], int]) -> Callable[[float], float]:
    """floor/ceil/trunc, which leave infinities as they are (Python's raise)."""
    def whole(x: float) -> float:
        if math.isinf(x):
            return x
        result = fn(x)
        return result if result != 0 else math.copysign(0.0, x)  # ceil(-0.5) and trunc(-0.9) are -0

    return whole


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
    return x if x == 0 else (1 if x > 0 else -1)


class _Math(RealmNamespace):
    js_namespace = "Math"
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
    asin = staticmethod(_numeric(math.asin))  # (outside [-1, 1] math raises: NaN, as JS gives)
    acos = staticmethod(_numeric(math.acos))
    sinh = staticmethod(_numeric(math.sinh))
    cosh = staticmethod(_numeric(math.cosh))
    tanh = staticmethod(_numeric(math.tanh))
    asinh = staticmethod(_numeric(math.asinh))
    acosh = staticmethod(_numeric(math.acosh))
    atanh = staticmethod(_numeric(lambda x: math.copysign(math.inf, x) if abs(x) == 1 else math.atanh(x)))
    expm1 = staticmethod(_numeric(math.expm1))
    log1p = staticmethod(_numeric(lambda x: -math.inf if x == -1 else math.log1p(x)))
    fround = staticmethod(_numeric(lambda x: struct.unpack("f", struct.pack("f", x))[0] if abs(x) < 3.5e38 else
                                   math.copysign(math.inf, x)))

    @staticmethod
    def clz32(value: Any = undefined) -> int:
        from .ops import to_uint32

        return 32 - to_uint32(value).bit_length()

    @staticmethod
    def imul(a: Any = undefined, b: Any = undefined) -> int:
        from .ops import to_int32

        return to_int32(to_int32(a) * to_int32(b))

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
        return _js_number(result)

    @staticmethod
    def max(*args: Any) -> Any:
        numbers = [to_number(a) for a in args]
        if any(n != n for n in numbers):
            return NaN
        result = max(numbers, default=-math.inf)
        if result == 0 and any(n == 0 and math.copysign(1, n) > 0 for n in numbers):
            return 0  # +0 is larger than -0
        return result

    @staticmethod
    def min(*args: Any) -> Any:
        numbers = [to_number(a) for a in args]
        if any(n != n for n in numbers):
            return NaN
        result = min(numbers, default=math.inf)
        if result == 0 and any(n == 0 and math.copysign(1, n) < 0 for n in numbers):
            return -0.0  # -0 is smaller than +0
        return result

    @staticmethod
    def random() -> float:
        return random.random()


Math = _Math()


# -- global functions ------------------------------------------------------------------------
_RADIX_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def parseInt(value: Any = undefined, radix: Any = undefined) -> Any:
    from .ops import to_int32
    from .strings import JS_SPACE

    text = to_str(value).lstrip(JS_SPACE + "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                "\u2009\u200a\u202f\u205f\u3000")
    sign = -1 if text.startswith("-") else 1
    if text[:1] in ("-", "+"):
        text = text[1:]
    base = to_int32(radix)
    strip_prefix = True
    if base != 0:
        if not 2 <= base <= 36:
            return NaN
        strip_prefix = base == 16
    else:
        base = 10
    if strip_prefix and text[:2] in ("0x", "0X"):
        text, base = text[2:], 16
    digits = _RADIX_DIGITS[:base]
    end = 0
    while end < len(text) and text[end].isascii() and text[end].lower() in digits:
        end += 1
    if not end:
        return NaN
    number = int(text[:end], base)
    if number == 0:
        return 0 if sign > 0 else -0.0
    if number >= 2**53:
        try:
            return sign * float(number)
        except OverflowError:
            return sign * math.inf
    return sign * number


def parseFloat(value: Any = undefined) -> Any:
    import re

    match = re.match(r"\s*([+-]?(Infinity|[0-9]+\.?[0-9]*(e[+-]?[0-9]+)?|\.[0-9]+(e[+-]?[0-9]+)?))", to_str(value),
                     re.IGNORECASE)
    if not match or match.group(2).lower() == "infinity" and "Infinity" not in match.group(2):
        return NaN
    number = float(match.group(1))
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def isNaN(value: Any = undefined) -> bool:
    number = to_number(value)
    return number != number


def isFinite(value: Any = undefined) -> bool:
    number = to_number(value)
    return number == number and not math.isinf(number)


# -- URI functions: UTF-8 percent-escapes, with the characters each one leaves as they are ----------
_URI_UNESCAPED = "-_.!~*'()"  # besides letters and digits
_URI_RESERVED = ";/?:@&=+$,#"
_ESCAPE_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _encode_uri(value: Any, keep: str) -> str:
    try:
        return urllib.parse.quote(to_str(value), safe=keep, encoding="utf-8", errors="strict")
    except UnicodeEncodeError:  # a lone surrogate has no UTF-8 form
        raise JSURIError("URI error") from None


def _decode_uri(value: Any, keep: str) -> str:
    text = to_str(value)
    if _BAD_ESCAPE.search(text):
        raise JSURIError("URI error")

    def decode_run(match: re.Match[str]) -> str:
        escapes = match.group(0)
        try:
            decoded = bytes.fromhex(escapes.replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            raise JSURIError("URI error") from None
        if not keep:
            return decoded
        out, at = [], 0  # decodeURI writes an escaped reserved character back as it was written
        for char in decoded:
            width = 3 * len(char.encode("utf-8"))
            out.append(escapes[at:at + width] if char in keep else char)
            at += width
        return "".join(out)

    return _ESCAPE_RUN.sub(decode_run, text)


_ESCAPE_KEEPS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./")
_UNESCAPE = re.compile(r"%u([0-9A-Fa-f]{4})|%([0-9A-Fa-f]{2})")


def escape(value: Any = undefined) -> str:
    """The old global ``escape``: %XX below 256, %uXXXX above (per UTF-16 unit)."""
    out = []
    for char in to_str(value):
        if char in _ESCAPE_KEEPS:
            out.append(char)
        else:
            for unit in (char.encode("utf-16-be", "surrogatepass")[i:i + 2] for i in range(0, 4 if ord(char) > 0xFFFF else 2, 2)):
                code = int.from_bytes(unit, "big")
                out.append(f"%{code:02X}" if code < 256 else f"%u{code:04X}")
    return "".join(out)


def unescape(value: Any = undefined) -> str:
    text = _UNESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), to_str(value))
    return text.encode("utf-16", "surrogatepass").decode("utf-16")  # joins %uD83D%uDE00 into one character


def encodeURIComponent(value: Any = undefined) -> str:
    return _encode_uri(value, _URI_UNESCAPED)


def encodeURI(value: Any = undefined) -> str:
    return _encode_uri(value, _URI_UNESCAPED + _URI_RESERVED)


def decodeURIComponent(value: Any = undefined) -> str:
    return _decode_uri(value, "")


def decodeURI(value: Any = undefined) -> str:
    return _decode_uri(value, _URI_RESERVED)


def String(value: Any = "") -> str:
    if type(value) is JSSymbol:  # (the one value String() converts that ToString refuses)
        return value.toString()
    return to_str(value)


def _from_char_code(*codes: Any) -> str:
    units = "".join(chr(to_integer(c) & 0xFFFF) for c in codes)
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


String.fromCharCode = _from_char_code  # type: ignore[attr-defined]


def _from_code_point(*points: Any) -> str:
    out = []
    for point in points:
        number = to_number(point)
        if number != number or not float(number).is_integer() or not 0 <= number <= 0x10FFFF:
            raise JSRangeError(f"Invalid code point {to_str(point)}")
        out.append(chr(int(number)))
    return "".join(out)


String.fromCodePoint = _from_code_point  # type: ignore[attr-defined]


def _raw(template: Any = undefined, *substitutions: Any) -> str:
    """``String.raw`strings`` / ``String.raw({raw: [...]}, ...subs)``: the raw strings, each
    followed by the next substitution while there are strings after it."""
    from .array_generic import get_index, length_of
    from .ops import get

    if template is None or template is undefined:
        raise JSTypeError(f"Cannot convert {to_str(template)} to object")
    raw = get(template, "raw")
    if raw is None or raw is undefined:
        raise JSTypeError(f"Cannot convert {to_str(raw)} to object")
    count = length_of(raw)
    out: list[str] = []
    for index in range(count):
        out.append(to_str(get_index(raw, index)))
        if index + 1 < count and index < len(substitutions):
            out.append(to_str(substitutions[index]))
    return "".join(out)


String.raw = _raw  # type: ignore[attr-defined]

_FORMAT_SPEC = re.compile(r"%(?:(\d+)\$)?([-+ 0#]*)(\d*)(?:\.(\d+))?([sdifxXo@%])")


def _format(template: Any = "", *args: Any) -> str:
    """Titanium's ``String.format``: printf-style ``%s %d %i %f %x %@ %%``, with flags, width,
    precision and positions (``%1$s``), as apps use it with ``L()`` strings."""
    position = iter(range(len(args)))

    def one(match: re.Match[str]) -> str:
        index, flags, width, precision, conversion = match.groups()
        if conversion == "%":
            return "%"
        at = int(index) - 1 if index else next(position, len(args))
        value = args[at] if 0 <= at < len(args) else undefined
        spec = "%" + flags + width + (f".{precision}" if precision is not None else "")
        if conversion in "s@":
            return (spec + "s") % to_str(value)
        number = to_number(value)
        if conversion == "f":
            return (spec + "f") % number if number == number else "nan"
        whole = to_integer(number) if number == number and not math.isinf(number) else 0
        return (spec + {"i": "d"}.get(conversion, conversion)) % whole

    return _FORMAT_SPEC.sub(one, to_str(template))


String.format = _format  # type: ignore[attr-defined]

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _date_of(value: Any) -> "Date":
    if isinstance(value, Date):
        return value
    raise JSTypeError("Invalid date: String.formatDate/formatTime take a Date")


def _format_date(date: Any = undefined, style: Any = "short") -> str:
    """Titanium's ``String.formatDate(date[, 'short'|'medium'|'long'])`` in the device's en-US
    locale: ``1/5/26``, ``Jan 5, 2026``, ``January 5, 2026``."""
    d = _date_of(date)
    year, month, day = int(d.getFullYear()), int(d.getMonth()), int(d.getDate())
    style = to_str(style) if style is not undefined else "short"
    if style == "long":
        return f"{_MONTH_NAMES[month]} {day}, {year}"
    if style == "medium":
        return f"{_MONTH_NAMES[month][:3]} {day}, {year}"
    return f"{month + 1}/{day}/{year % 100:02d}"


def _format_time(date: Any = undefined, style: Any = "short") -> str:
    """``String.formatTime(date[, 'short'|'medium'|'long'])``: ``3:04 PM``, ``3:04:05 PM``, and the
    long style with the zone's offset (``3:04:05 PM GMT-5``)."""
    d = _date_of(date)
    hours, minutes, seconds = int(d.getHours()), int(d.getMinutes()), int(d.getSeconds())
    clock = f"{(hours % 12) or 12}:{minutes:02d}"
    style = to_str(style) if style is not undefined else "short"
    if style in ("medium", "long"):
        clock += f":{seconds:02d}"
    clock += " AM" if hours < 12 else " PM"
    if style == "long":
        offset = -int(d.getTimezoneOffset())
        sign, offset = ("+" if offset >= 0 else "-"), abs(offset)
        clock += f" GMT{sign}{offset // 60}" + (f":{offset % 60:02d}" if offset % 60 else "")
    return clock


def _format_decimal(value: Any = undefined, *_args: Any) -> str:
    """``String.formatDecimal(n)``: grouped thousands, at most three decimals (en-US)."""
    from .strings import invoke

    return invoke(to_number(value), "toLocaleString")


def _format_currency(value: Any = undefined, *_args: Any) -> str:
    """``String.formatCurrency(n)``: US dollars, two decimals, grouped (``-$1,234.50``)."""
    number = to_number(value)
    if number != number:
        return "NaN"
    return ("-" if number < 0 else "") + f"${abs(number):,.2f}"


String.formatDate = _format_date  # type: ignore[attr-defined]
String.formatTime = _format_time  # type: ignore[attr-defined]
String.formatDecimal = _format_decimal  # type: ignore[attr-defined]
String.formatCurrency = _format_currency  # type: ignore[attr-defined]


def Number(value: Any = 0) -> Any:
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
Number.MIN_VALUE = 5e-324  # type: ignore[attr-defined]
# `new String(x)`, `new Number(x)`, `new Boolean(x)` make wrapper objects (functions.new).
String.js_construct = construct_string  # type: ignore[attr-defined]
Number.js_construct = construct_number  # type: ignore[attr-defined]
Number.NaN = NaN  # type: ignore[attr-defined]
Number.POSITIVE_INFINITY = math.inf  # type: ignore[attr-defined]
Number.NEGATIVE_INFINITY = -math.inf  # type: ignore[attr-defined]
Number.parseFloat = parseFloat  # type: ignore[attr-defined]
Number.parseInt = parseInt  # type: ignore[attr-defined]


def _boolean(_this: Any, value: Any = False, *_rest: Any) -> bool:
    return bool(value)


def _make_boolean() -> Any:
    """The JS ``Boolean``: a function object (``Boolean.hasOwnProperty``, ``Boolean.call``), whose
    ``new`` makes a wrapper object."""
    from .functions import StrictThisFunction, builtin

    made = builtin(StrictThisFunction(_boolean), "Boolean", 1)
    made.__dict__["js_construct"] = construct_boolean
    return made


Boolean = _make_boolean()


def Error(message: Any = undefined) -> JSError:
    return JSError(message)


def _error_to_string(this: Any) -> str:
    """Error.prototype.toString: ``name: message`` (either left out when empty)."""
    from .descriptors import is_object

    if not is_object(this):
        raise JSTypeError("Error.prototype.toString called on a value that is not an object")
    from .ops import get

    name, message = get(this, "name"), get(this, "message")
    name = "Error" if name is undefined else to_str(name)
    message = "" if message is undefined else to_str(message)
    if not name:
        return message
    return f"{name}: {message}" if message else name


def _register_error_prototypes() -> None:
    """Error.prototype (name, message, toString) and TypeError.prototype... on it."""
    from .values import JSEvalError, JSRangeError, JSReferenceError, JSSyntaxError

    def make(cls: type) -> Callable[[], JSObject]:
        def build() -> JSObject:
            proto = _prototype_of_class(cls, {"toString": _error_to_string} if cls is JSError else {})
            define_property(proto, "name", Accessor(value=cls.name, writable=True, enumerable=False))  # type: ignore[attr-defined]
            define_property(proto, "message", Accessor(value="", writable=True, enumerable=False))
            if cls is not JSError:
                link_prototype(proto, current_realm().prototype("Error"))
            return proto
        return build

    for cls in (JSError, JSTypeError, JSRangeError, JSSyntaxError, JSReferenceError, JSURIError, JSEvalError):
        register_prototype(cls.name, make(cls))


def _prototype_of_class(cls: type, methods: dict[str, Callable[..., Any]]) -> JSObject:
    return builtin_prototype("Error", methods, cls)


_register_error_prototypes()


_HOST_RESTRICTION = "_js_restriction"


def _restrict_host(obj: Any, level: str) -> Any:
    """freeze/seal/preventExtensions of a function or built-in object (a Date, a RegExp, an
    error): the level is recorded on it, as isFrozen/isSealed/isExtensible read it (the model
    keeps such values' properties as it does; a primitive is returned as it is)."""
    from .functions import MethodOf

    target = obj.__dict__["js_method"] if isinstance(obj, MethodOf) else obj
    attributes = getattr(target, "__dict__", None)
    if type(attributes) is dict:
        order = ("open", "closed", "sealed", "frozen")
        if order.index(level) > order.index(attributes.get(_HOST_RESTRICTION, "open")):
            attributes[_HOST_RESTRICTION] = level
    return obj


def _host_restriction(obj: Any) -> str:
    from .functions import MethodOf

    target = obj.__dict__["js_method"] if isinstance(obj, MethodOf) else obj
    attributes = getattr(target, "__dict__", None)
    return attributes.get(_HOST_RESTRICTION, "open") if type(attributes) is dict else "open"


def restrict_array(array: JSArray, level: str) -> JSArray:
    """Object.preventExtensions ("closed"), seal ("sealed") or freeze ("frozen") of an array: no
    new elements; for seal and freeze no element (nor a named property) configurable, for freeze
    none writable and the length read-only."""
    from .host import attributes_of, set_attributes
    from .values import attribute_array

    attribute_array(array)
    array.__dict__["_js_extensible"] = False
    if level == "closed":
        return array
    frozen = level == "frozen"
    for index in range(len(array)):
        writable, enumerable, _ = element_flags(array, index)
        accessor = type(list.__getitem__(array, index)) is Accessor
        set_attributes(array, str(index), (writable and (not frozen or accessor), enumerable, False))
    for name in array_named_keys(array, enumerable_only=False):
        writable, enumerable, _ = attributes_of(array, name)
        set_attributes(array, name, (writable and not frozen, enumerable, False))
    if frozen:
        array.__dict__["_js_length_writable"] = False
    return array


def array_restricted_to(array: JSArray, frozen: bool) -> bool:
    """Object.isSealed / isFrozen of an array."""
    from .host import attributes_of

    if array_extensible(array):
        return False
    if frozen and length_writable(array):
        return False
    for index in range(len(array)):
        writable, _, configurable = element_flags(array, index)
        if configurable or (frozen and writable and type(list.__getitem__(array, index)) is not Accessor):
            return False
    for name in array_named_keys(array, enumerable_only=False):
        writable, _, configurable = attributes_of(array, name)
        if configurable or (frozen and writable):
            return False
    return True


class _Object(RealmNamespace):
    js_namespace = "Object"
    """The JS ``Object`` constructor's static functions apps use."""

    js_constructs = True  # `new Object()`, `class A extends Object`

    @staticmethod
    def js_has_instance(value: Any = undefined) -> bool:
        """``value instanceof Object``: anything but a primitive."""
        return not (value is None or value is undefined or isinstance(value, (str, int, float, bool)))

    def __call__(self, value: Any = undefined, *_rest: Any) -> Any:
        if value is undefined or value is None:
            return JSObject()
        return wrap(value) if isinstance(value, (str, bool, int, float, JSSymbol)) else value

    @staticmethod
    def keys(obj: Any = undefined) -> JSArray:
        if isinstance(obj, JSObject):
            return JSArray(own_keys(obj))
        if isinstance(obj, JSArray):
            return JSArray([*enumerable_indexes(obj), *array_named_keys(obj)])
        if isinstance(obj, str):
            return JSArray(str(i) for i in range(len(obj)))
        if obj is None or obj is undefined:
            raise JSTypeError("Cannot convert undefined or null to object")
        if typeof(obj) == "function":  # what the program set on it (`Model.extend = extend`)
            from .functions import function_own_keys
            from .host import attributes_of

            return JSArray(key for key in function_own_keys(obj) if attributes_of(obj, key)[1])
        return JSArray(builtin_object_keys(obj) or ())  # numbers and booleans have none

    @staticmethod
    def values(obj: Any = undefined) -> JSArray:
        if isinstance(obj, JSObject):
            return JSArray(value for _, value in own_items(obj))
        return JSArray(list(obj)) if isinstance(obj, (JSArray, str)) else _Object.keys(obj)

    @staticmethod
    def entries(obj: Any = undefined) -> JSArray:
        if isinstance(obj, JSObject):
            return JSArray(JSArray([key, value]) for key, value in own_items(obj))
        if isinstance(obj, (JSArray, str)):
            return JSArray(JSArray([str(i), v]) for i, v in enumerate(obj))
        return _Object.keys(obj)

    @staticmethod
    def fromEntries(pairs: Any = undefined) -> JSObject:
        from .collections import for_of

        out = JSObject()
        for pair in for_of(pairs):
            out[pair[0]] = pair[1]
        return out

    @staticmethod
    def assign(target: Any = undefined, *sources: Any) -> Any:
        if target is None or target is undefined:
            raise JSTypeError("Cannot convert undefined or null to object")
        if isinstance(target, (str, bool, int, float)):
            target = wrap(target)
        for source in sources:
            if isinstance(source, JSObject):
                for key, value in own_items(source):
                    target[key] = value
            elif isinstance(source, (JSArray, str)):  # indices, as JS copies them
                for index, value in enumerate(source):
                    target[str(index)] = value
        return target

    @staticmethod
    def defineProperty(obj: Any = undefined, key: Any = undefined, descriptor: Any = undefined) -> Any:
        """A property from a descriptor; as in JS, what the descriptor leaves out is false for a new
        property and unchanged for an existing one, and a non-configurable property refuses."""
        from .descriptors import define_own_property

        return define_own_property(obj, key, descriptor)

    @staticmethod
    def getOwnPropertyDescriptor(obj: Any = undefined, key: Any = undefined) -> Any:
        """The own property ``key`` of ``obj`` as a descriptor object, or undefined."""
        if obj is None or obj is undefined:
            raise JSTypeError("Cannot convert undefined or null to object")
        found = own_property(obj, to_property_key(key))
        if found is None:
            return undefined
        if isinstance(found, Accessor) and not found.is_data:
            return JSObject(get=found.get if found.get is not None else undefined,
                            set=found.set if found.set is not None else undefined,
                            enumerable=found.enumerable, configurable=found.configurable)
        if isinstance(found, Accessor):
            return JSObject(value=found.value, writable=found.writable, enumerable=found.enumerable,
                            configurable=found.configurable)
        value, writable, enumerable, configurable = found
        return JSObject(value=value, writable=writable, enumerable=enumerable, configurable=configurable)

    @staticmethod
    def getOwnPropertyDescriptors(obj: Any = undefined) -> JSObject:
        out = JSObject()
        for name in _Object.getOwnPropertyNames(obj):
            out[name] = _Object.getOwnPropertyDescriptor(obj, name)
        return out

    @staticmethod
    def getOwnPropertyNames(obj: Any = undefined) -> JSArray:
        """Every own property name, enumerable or not (array indexes and ``length`` too)."""
        if obj is None or obj is undefined:
            raise JSTypeError("Cannot convert undefined or null to object")
        return JSArray(own_property_names(obj))

    @staticmethod
    def getOwnPropertySymbols(obj: Any = undefined) -> JSArray:
        from .properties import own_property_symbols

        if obj is None or obj is undefined:
            raise JSTypeError("Cannot convert undefined or null to object")
        return JSArray(own_property_symbols(obj))

    @staticmethod
    def defineProperties(obj: Any = undefined, descriptors: Any = undefined) -> Any:
        """Every descriptor is read (and checked) before the first property is defined."""
        from .descriptors import define_own_property, is_object, to_descriptor

        if not is_object(obj):
            raise JSTypeError("Object.defineProperties called on non-object")
        if descriptors is None or descriptors is undefined:
            raise JSTypeError("Cannot convert undefined or null to object")
        from .ops import get

        keys = _Object.keys(descriptors)
        checked = [(key, get(descriptors, key)) for key in keys]
        for _, descriptor in checked:
            to_descriptor(descriptor)
        for key, descriptor in checked:
            define_own_property(obj, key, descriptor)
        return obj

    @staticmethod
    def create(proto: Any = undefined, properties: Any = undefined) -> JSObject:
        if not (proto is None or isinstance(proto, JSObject) or (
                proto is not undefined and not isinstance(proto, (str, bool, int, float)))):
            raise JSTypeError("Object prototype may only be an Object or null")
        created = JSObject()
        if isinstance(proto, JSObject):
            link_prototype(created, proto)
        elif proto is None:
            dict.__setitem__(created, "__proto__", None)  # (no prototype: getPrototypeOf gives null)
        if properties is not undefined:
            _Object.defineProperties(created, properties)
        return created

    @staticmethod
    def setPrototypeOf(obj: Any = undefined, proto: Any = undefined) -> Any:
        """``Object.setPrototypeOf``: an object's prototype link (an object or null)."""
        from .descriptors import is_object

        if obj is None or obj is undefined:
            raise JSTypeError("Object.setPrototypeOf called on null or undefined")
        if proto is not None and not is_object(proto):
            raise JSTypeError("Object prototype may only be an Object or null")
        if not isinstance(obj, JSObject):
            if callable(proto) and callable(obj) and isinstance(getattr(obj, "__dict__", None), dict):
                obj.__dict__["__parent__"] = proto  # a function's static parent (what `extends` links)
            return obj  # (a primitive, or a built-in value whose prototype this model fixes)
        if prototype_of_value(obj) is proto:
            return obj
        if not _Object.isExtensible(obj):
            raise JSTypeError("Cannot set the prototype of an object that is not extensible")
        walk = proto
        while walk is not None:
            if walk is obj:
                raise JSTypeError("Cyclic __proto__ value")
            walk = prototype_of_value(walk)
        if proto is None:
            dict.__setitem__(obj, "__proto__", None)
        else:
            link_prototype(obj, proto)
        return obj

    @staticmethod
    def getPrototypeOf(obj: Any = undefined) -> Any:
        if obj is None or obj is undefined:
            raise JSTypeError("Cannot convert undefined or null to object")
        return prototype_of_value(obj)

    @staticmethod
    def freeze(obj: Any = undefined) -> Any:
        if isinstance(obj, JSArray):
            return restrict_array(obj, "frozen")
        return restrict(obj, "frozen") if isinstance(obj, JSObject) else _restrict_host(obj, "frozen")

    @staticmethod
    def seal(obj: Any = undefined) -> Any:
        if isinstance(obj, JSArray):
            return restrict_array(obj, "sealed")
        return restrict(obj, "sealed") if isinstance(obj, JSObject) else _restrict_host(obj, "sealed")

    @staticmethod
    def preventExtensions(obj: Any = undefined) -> Any:
        if isinstance(obj, JSArray):
            return restrict_array(obj, "closed")
        return restrict(obj, "closed") if isinstance(obj, JSObject) else _restrict_host(obj, "closed")

    @staticmethod
    def isFrozen(obj: Any = undefined) -> bool:
        if isinstance(obj, JSArray):
            return array_restricted_to(obj, frozen=True)
        return _Object._restricted_to(obj, ("frozen",))

    @staticmethod
    def isSealed(obj: Any = undefined) -> bool:
        if isinstance(obj, JSArray):
            return array_restricted_to(obj, frozen=False)
        return _Object._restricted_to(obj, ("sealed", "frozen"))

    @staticmethod
    def _restricted_to(obj: Any, levels: tuple[str, ...]) -> bool:
        from .descriptors import is_object

        if not is_object(obj):
            return True  # primitives cannot change
        if not isinstance(obj, (JSObject, JSArray)):
            # a function or built-in object: what freeze/seal/preventExtensions recorded on it (one
            # that is not extensible and has no own properties is sealed and frozen too)
            level = _host_restriction(obj)
            return level in levels or (level != "open" and not own_property_names(obj))
        level = restriction_of(obj)
        # A closed object without properties is sealed and frozen too: nothing could change.
        return level in levels or (level != "open" and isinstance(obj, JSObject) and not own_keys(obj))

    @staticmethod
    def isExtensible(obj: Any = undefined) -> bool:
        from .descriptors import is_object

        if isinstance(obj, JSArray):
            return array_extensible(obj)
        if is_object(obj) and not isinstance(obj, JSObject):
            return _host_restriction(obj) == "open"
        return is_object(obj) and restriction_of(obj) == "open"

    @staticmethod
    def is_(left: Any = undefined, right: Any = undefined) -> bool:
        """``Object.is``: SameValue (NaN is NaN, 0 is not -0)."""
        if is_number(left) and is_number(right):
            if left != left and right != right:
                return True
            return left == right and (left != 0 or math.copysign(1, left) == math.copysign(1, right))
        return left is right or (type(left) is type(right) is str and left == right)

    def __getitem__(self, name: str) -> Any:
        return host_get(self, name)  # `Object["is"]`: generated code spells keyword members so


class _Array(RealmNamespace):
    js_namespace = "Array"
    """The JS ``Array`` constructor's static functions."""

    js_constructs = True  # `new Array(...)`, `class A extends Array`

    @staticmethod
    def js_has_instance(value: Any) -> bool:
        return isinstance(value, JSArray)

    def __call__(self, *items: Any) -> JSArray:
        from .ops import new_array

        return new_array(items[0]) if len(items) == 1 else JSArray(items)

    @staticmethod
    def isArray(value: Any) -> bool:
        return isinstance(value, JSArray) and not isinstance(value, JSArguments)

    def __getitem__(self, name: str) -> Any:
        return host_get(self, name)  # `Array["from"]`: generated code spells keyword members so



def _array_this(this: Any) -> JSArray:
    """``this`` of ``Array.prototype.m.call(this, ...)``: an array, or an array-like copied."""
    if isinstance(this, JSArray):
        return this
    if isinstance(this, (list, tuple, str)):
        return JSArray(this)
    if this is None or this is undefined:
        raise JSTypeError("Array.prototype method called on null or undefined")
    from .array_generic import get_index, length_of

    obj = this
    return JSArray(get_index(obj, i) for i in range(length_of(obj)))


def _prototype_of(kind: str, methods: dict[str, Callable[..., Any]]) -> JSObject:
    """``<kind>.prototype`` of the built-in ``kind`` (prototypes.py), its constructor linked."""
    if kind == "Function":
        from .evaluate import Function

        return builtin_prototype(kind, methods, Function)
    return builtin_prototype(kind, methods, globals().get(kind))


def _array_prototype() -> JSObject:
    """Array.prototype: the specification's algorithms where array_generic.py has them (any
    array-like ``this``), else the JSArray method on a copy of an array-like."""
    from .array_generic import GENERIC, to_object
    from .values import ARRAY_METHOD_NAMES

    return _prototype_of("Array", {
        name: GENERIC.get(name) or (lambda name, method: lambda this, *args: method(
            _array_this(to_object(this, name)), *args))(name, getattr(JSArray, name))
        for name in sorted(ARRAY_METHOD_NAMES)})


# `Array.prototype.slice.call(arguments, 1)` and friends: the array methods, borrowable.
register_prototype("Array", _array_prototype)
# The Array and Object namespaces give the realm's prototype object itself.
_Array.prototype = property(lambda self: current_realm().prototype("Array"))  # type: ignore[attr-defined]
# `Object.prototype.hasOwnProperty.call(obj, key)`, the guard apps put in for...in loops.
register_prototype("Object", lambda: _prototype_of("Object", {
    "hasOwnProperty": lambda this, key=undefined: _own_descriptor(this, key) is not None,
    "toString": lambda this: object_to_string_tag(this),
    "propertyIsEnumerable": lambda this, key=undefined: _is_enumerable(_own_descriptor(this, key)),
    "isPrototypeOf": lambda this, other=undefined: _is_prototype_of(this, other),
    "valueOf": lambda this: _to_object(_object_this(this)),
    "toLocaleString": lambda this: to_str(_object_this(this)),
}))
_Object.prototype = property(lambda self: current_realm().prototype("Object"))  # type: ignore[attr-defined]


def prototype_of_value(value: Any) -> Any:
    """[[GetPrototypeOf]] of any value (a primitive's is its wrapper's): an object's link, the
    realm's Array/Function/String... prototype for the runtime's other kinds, None at the end."""
    from .functions import is_function_value

    if isinstance(value, RealmPrototype):
        value = value.target()
    if getattr(type(value), "js_subclass_instance", False):  # (`class A extends Array`: A.prototype)
        return value.__dict__["__proto__"]
    if isinstance(value, JSObject):
        if dict.__contains__(value, "__proto__"):
            return dict.__getitem__(value, "__proto__")  # (None: Object.create(null))
        realm = current_realm()
        if value is realm.prototypes.get("Object"):
            return None
        return realm.prototype("Object")  # a plain object's link is Object.prototype's, implicitly
    if isinstance(value, JSArguments):
        return current_realm().prototype("Object")
    if isinstance(value, JSArray):
        return current_realm().prototype("Array")
    if isinstance(value, JSError):
        return type(value).prototype
    if isinstance(value, bool):
        return current_realm().prototype("Boolean")
    if isinstance(value, str):
        return current_realm().prototype("String")
    if is_number(value):
        return current_realm().prototype("Number")
    if isinstance(value, JSSymbol):
        return current_realm().prototype("Symbol")
    if isinstance(value, Date):
        return current_realm().prototype("Date")
    kind = getattr(type(value), "js_kind", None)  # Map, Set, RegExp...
    if kind is not None:
        return current_realm().prototype(kind)
    if isinstance(value, type) and issubclass(value, JSError) and value is not JSError:
        return JSError  # (`Object.getPrototypeOf(TypeError) === Error`)
    heritage = getattr(value, "__dict__", {}).get("js_heritage", undefined) if is_function_value(value) else undefined
    if heritage is not undefined and heritage is not None:  # a derived class's is its parent class
        return heritage
    if is_function_value(value) or isinstance(value, type) or typeof(value) == "function":
        return current_realm().prototype("Function")
    return current_realm().prototype("Object")


def _is_prototype_of(this: Any, other: Any) -> bool:
    """Object.prototype.isPrototypeOf: is ``this`` on ``other``'s prototype chain?"""
    if isinstance(this, RealmPrototype):
        this = this.target()
    if other is None or other is undefined or isinstance(other, (str, bool, int, float, JSSymbol)):
        return False
    _object_this(this)
    proto = prototype_of_value(other)
    while proto is not None:
        if proto is this:
            return True
        proto = prototype_of_value(proto)
    return False


def object_to_string_tag(this: Any) -> str:
    """``Object.prototype.toString.call(x)``: ``[object Array]``, ``[object Null]``... (a wrapper
    object, ``new Number(1)``, tags as its primitive)."""
    if this is None or this is undefined:
        return f"[object {_builtin_tag(this)}]"
    if isinstance(this, JSObject):  # an object's own [Symbol.toStringTag] (a string) names it
        from .symbols import Symbol

        tag = this[Symbol.toStringTag]
        if isinstance(tag, str):
            return f"[object {tag}]"
    return f"[object {_builtin_tag(primitive_of(this, this))}]"


def _own_descriptor(this: Any, key: Any) -> Any:
    """The own property ``key`` of ``this`` (see properties.own_property), after the TypeError JS
    gives for a null or undefined ``this``."""
    name = to_property_key(key)
    return own_property(_object_this(this), name)


def builtin_object_keys(obj: Any) -> list[str] | None:
    """The enumerable own keys of a built-in object that is a Python object (a Date, a RegExp, an
    error, Math): what the program gave it; None for any other host value."""
    from .regexp import RegExp

    if not isinstance(obj, (Date, RegExp, JSError, RealmNamespace)):
        return None
    return [name for name in own_property_names(obj) if _is_enumerable(own_property(obj, name))]


def _is_enumerable(found: Any) -> bool:
    if found is None:
        return False
    return found.enumerable if isinstance(found, Accessor) else found[2]


def _builtin_tag(this: Any) -> str:
    """The ``X`` of ``Object.prototype.toString.call(value)``'s ``[object X]``: the value's kind,
    as libraries test it (underscore's ``_.isDate``/``_.isRegExp``/``_.isFunction``, moment's
    ``isObject``), or the ``Symbol.toStringTag`` of the built-in it is (``Map``, ``Promise``...)."""
    from .collections import Map, Set, WeakMap, WeakSet
    from .generators import JSGenerator
    from .promise import Promise
    from .regexp import RegExp

    if this is None:
        return "Null"
    if this is undefined:
        return "Undefined"
    if isinstance(this, JSArguments):
        return "Arguments"
    if isinstance(this, JSArray):
        return "Array"
    if isinstance(this, bool):
        return "Boolean"
    if isinstance(this, (int, float)):
        return "Number"
    if isinstance(this, str):
        return "String"
    if isinstance(this, JSSymbol):
        return "Symbol"
    for kind, tag in ((Date, "Date"), (RegExp, "RegExp"), (JSError, "Error"), (WeakMap, "WeakMap"),
                      (WeakSet, "WeakSet"), (Map, "Map"), (Set, "Set"), (Promise, "Promise"),
                      (JSGenerator, "Generator")):
        if isinstance(this, kind):
            return tag
    if this is Math:
        return "Math"
    from .functions import is_function_value
    from .json_codec import JSON

    if typeof(this) == "function" or is_function_value(this) or isinstance(this, type):
        return "Function"

    return "JSON" if this is JSON else "Object"


def _to_object(value: Any) -> Any:
    """ToObject of a value that is not null or undefined: a primitive's wrapper."""
    return wrap(value) if isinstance(value, (str, bool, int, float, JSSymbol)) else value


def _object_this(this: Any) -> Any:
    if this is None or this is undefined:
        raise JSTypeError("Cannot convert undefined or null to object")
    return this


def _function_methods() -> dict[str, Callable[..., Any]]:
    """``Function.prototype.call/apply/bind``, borrowable (``Function.prototype.call.bind(f)``)."""
    from .functions import call_method, function_to_string, is_callable

    def method(name: str) -> Callable[..., Any]:
        def run(this: Any, *args: Any) -> Any:
            if not is_callable(this):
                raise JSTypeError(f"Function.prototype.{name} called on a value that is not a function")
            return call_method(this, name, args)
        return run

    return {**{name: method(name) for name in ("call", "apply", "bind")}, "toString": function_to_string}


register_prototype("Function", lambda: _prototype_of("Function", _function_methods()))
Boolean.prototype = RealmPrototype("Boolean")
Date.prototype = RealmPrototype("Date")
Date.constructor = InstanceProperty(lambda self: Date)  # (`new Date().constructor`)


def _primitive_prototype(kind: str, names: Any, this_of: Callable[[Any], Any],
                         own: dict[str, Callable[..., Any]]) -> None:
    """``String.prototype``/``Number.prototype``: the built-in methods, borrowable with call and
    apply (``String.prototype.trim.call(x)``), and what the program adds."""
    from .strings import invoke

    register_prototype(kind, lambda: hold_primitive(_prototype_of(kind, {
        **{name: (lambda name: lambda this, *args: invoke(this_of(this), name, *args))(name) for name in names},
        **own}), {"String": "", "Number": 0}[kind]))


def _string_this(this: Any) -> str:
    """``this`` of a String.prototype method: anything but null and undefined, as a string."""
    if this is None or this is undefined:
        raise JSTypeError("String.prototype method called on null or undefined")
    wrapped = primitive_of(this)
    return wrapped if isinstance(wrapped, str) else to_str(this)


def _string_value(this: Any) -> str:
    """``this`` of String.prototype.toString/valueOf: a string or a String object only."""
    wrapped = primitive_of(this, this)
    if not isinstance(wrapped, str):
        raise JSTypeError("String.prototype.valueOf requires that 'this' be a String")
    return wrapped


def _number_this(this: Any) -> Any:
    """``this`` of a Number.prototype method: a number or Number object (not a boolean or string)."""
    wrapped = primitive_of(this, this)
    if not is_number(wrapped):
        raise JSTypeError("Number.prototype method called on a value that is not a number")
    return wrapped


def _boolean_this(this: Any) -> bool:
    wrapped = primitive_of(this, this)
    if type(wrapped) is not bool:
        raise JSTypeError("Boolean.prototype method called on a value that is not a boolean")
    return wrapped


_primitive_prototype("String", [name for name in STRING_METHODS if name not in ("toString", "valueOf")], _string_this,
                     {"toString": _string_value, "valueOf": _string_value})
_primitive_prototype("Number", ("toString", "toFixed", "toPrecision", "toLocaleString", "toExponential"),
                     _number_this, {"valueOf": lambda this, *_: _number_this(this)})
register_prototype("Boolean", lambda: hold_primitive(_prototype_of("Boolean", {
    "toString": lambda this, *_: "true" if _boolean_this(this) else "false",
    "valueOf": lambda this, *_: _boolean_this(this),
}), False))


def _date_method(name: str) -> Callable[..., Any]:
    def run(this: Any, *args: Any) -> Any:
        if not isinstance(this, Date):
            raise JSTypeError(f"Date.prototype.{name} called on a value that is not a Date")
        return getattr(this, name)(*args)
    return run


def _date_to_json(this: Any, *_: Any) -> Any:
    """Date.prototype.toJSON, generic: null for a non-finite time value, else ``this.toISOString()``."""
    from .ops import to_primitive
    from .strings import invoke

    if this is None or this is undefined:
        raise JSTypeError("Date.prototype.toJSON called on null or undefined")
    value = to_primitive(this, "number")
    if is_number(value) and (value != value or math.isinf(value)):
        return None
    return invoke(this, "toISOString")


register_prototype("Date", lambda: _prototype_of("Date", {
    **{name: _date_method(name) for name in LENGTHS["Date.prototype"] if callable(getattr(Date, name, None))},
    "toJSON": _date_to_json}))
String.prototype = RealmPrototype("String")  # type: ignore[attr-defined]
Number.prototype = RealmPrototype("Number")  # type: ignore[attr-defined]

def _array_maker(fn: Callable[..., Any]) -> Any:
    """``Array.of``/``Array.from``: functions of ``this`` (``Array.of.call(C, ...)`` makes a ``new C(n)``)."""
    from .functions import StrictThisFunction

    return StrictThisFunction(fn)


def _array_from(this: Any, source: Any = undefined, map_fn: Any = undefined, this_arg: Any = undefined) -> Any:
    from .array_generic import array_from

    return array_from(this, source, map_fn, this_arg)


def _array_of(this: Any, *items: Any) -> Any:
    from .array_generic import array_of

    return array_of(this, *items)


_Array.of = _array_maker(_array_of)  # type: ignore[attr-defined]
setattr(_Array, "from", _array_maker(_array_from))
setattr(_Object, "is", staticmethod(_Object.is_))  # `from` is a Python keyword: reached with getattr
Object = _Object()
Array = _Array()


def _mark_builtins() -> None:
    """Give each built-in function its JS ``name`` and ``length`` (lengths.py)."""
    from .functions import builtin
    from .json_codec import JSON
    from .values import ARRAY_METHOD_NAMES

    for name in ARRAY_METHOD_NAMES:
        builtin(vars(JSArray)[name], name, length_of("Array.prototype", name))
    owners: dict[str, Any] = {"Object": _Object, "Array": _Array, "Math": _Math, "Number": Number, "String": String,
                              "Date": Date, "JSON": type(JSON)}
    for owner, holder in owners.items():
        for name, length in LENGTHS[owner].items():
            member = holder.__dict__.get(name)
            member = member.__func__ if isinstance(member, staticmethod) else member
            if callable(member) and type(getattr(member, "__dict__", None)) is dict and not isinstance(member, type):
                builtin(member, name, length)
    from .collections import Map, Set, WeakMap, WeakSet
    from .promise import Promise
    from .regexp import RegExp

    for cls in (Date, RegExp, Map, Set, WeakMap, WeakSet, Promise):
        cls.js_builtin = True  # (its `prototype` is read-only)
    for name, length in LENGTHS[""].items():
        member = globals().get(name)
        if callable(member) and type(getattr(member, "__dict__", None)) is dict and not isinstance(member, type):
            builtin(member, name, length)
    for constructor in (String, Number):
        _hide_static_members(constructor)


def _hide_static_members(constructor: Any) -> None:
    """The static members the runtime gave a constructor that is a Python function
    (``Number.MAX_VALUE``, ``String.fromCharCode``) have a built-in's attributes: not enumerable,
    constants read-only and fixed, methods writable and configurable."""
    from .exposed import is_exposed_attribute
    from .host import set_attributes

    for name, value in list(vars(constructor).items()):
        if is_exposed_attribute(name) and name not in ("name", "length", "prototype"):
            constant = isinstance(value, (int, float)) and not isinstance(value, bool)
            set_attributes(constructor, name, (not constant, False, not constant))


_mark_builtins()


def _static_member_attributes() -> None:
    """The static members of Number, String and Math as the specification lays them out: a
    method is writable and configurable but not enumerable (``for (k in Number)`` visits none),
    a constant (``Number.MAX_VALUE``, ``Math.PI``) and the ``prototype`` are none of the three."""
    from .exposed import is_exposed_attribute
    from .host import set_attributes

    for holder, members in ((Number, vars(Number)), (String, vars(String)), (Math, vars(_Math))):
        for name, member in list(members.items()):
            if not is_exposed_attribute(name) or name in ("name", "length"):
                continue
            constant = isinstance(member, (int, float, RealmPrototype)) and not isinstance(member, bool)
            set_attributes(holder, name, (False, False, False) if constant else (True, False, True))


_static_member_attributes()
