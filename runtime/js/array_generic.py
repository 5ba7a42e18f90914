"""Array.prototype's methods as the specification writes them, for any ``this``: an array, an
array-like object (``{length: 2, 0: 'a', 1: 'b'}``), ``arguments``, a string, a function.

Generated code calls a JSArray's own methods (values.py), which take fast paths for arrays; these
run when a method is borrowed (``Array.prototype.map.call(obj, fn)``) or called in a way the fast
path does not serve (a ``thisArg``, a callback that is not callable).  Each reads ``length`` once,
then each index with HasProperty and Get, so holes, inherited indexes and getters behave as in JS.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Iterator

from .ops import get, is_number, same_value_zero, set_, strict_eq, to_integer, to_number, to_str
from .values import JSArray, JSObject, JSTypeError, call_with_this, undefined

_MAX_LENGTH = 2**53 - 1
_DENSE_LIMIT = 100_000  # beyond this length, an object's indexes are found from its keys


_MUTATING = frozenset({"push", "pop", "shift", "unshift", "splice", "reverse", "fill", "sort", "copyWithin"})


def to_object(this: Any, method: str) -> Any:
    if this is None or this is undefined:
        raise JSTypeError(f"Array.prototype.{method} called on null or undefined")
    if method in _MUTATING and isinstance(this, str):  # a string's length and indexes are read-only
        raise JSTypeError(f"Cannot assign to read only property 'length' of string '{this}'")
    return this


def length_of(obj: Any) -> int:
    """ToLength(obj.length)."""
    if isinstance(obj, (JSArray, str)):
        return len(obj)
    if isinstance(obj, (bool, int, float)):
        return 0
    value = to_number(get(obj, "length"))
    if value != value or value <= 0:
        return 0
    if value == math.inf:
        return _MAX_LENGTH
    return min(int(value), _MAX_LENGTH)


def has_index(obj: Any, index: int) -> bool:
    if isinstance(obj, (JSArray, str)):
        return index < len(obj)
    if isinstance(obj, JSObject):
        return str(index) in obj
    if isinstance(obj, (bool, int, float)):
        return False
    from .ops import has

    return has(obj, str(index))


def get_index(obj: Any, index: int) -> Any:
    if type(obj) is JSArray:
        return obj[index]
    if isinstance(obj, str):
        return obj[index] if index < len(obj) else undefined
    if isinstance(obj, (bool, int, float)):
        return undefined
    return get(obj, str(index))


def _object_indexes(obj: Any, length: int) -> list[int]:
    """The integer keys below ``length`` of a JSObject and its prototype chain, ascending."""
    found: set[int] = set()
    holder: Any = obj
    while isinstance(holder, JSObject):
        for key in dict.keys(holder):
            if isinstance(key, str) and key.isdigit() and (key == "0" or key[0] != "0") and int(key) < length:
                found.add(int(key))
        holder = dict.get(holder, "__proto__")
    return sorted(found)


def indexes(obj: Any, length: int, start: int = 0, reverse: bool = False) -> Iterator[int]:
    """The indexes from ``start`` (ascending) or from ``length - 1`` down to ``start``, present
    when they are reached (a callback may delete or add elements)."""
    if length - start > _DENSE_LIMIT and isinstance(obj, JSObject):
        keys = [k for k in _object_indexes(obj, length) if k >= start]
        candidates: Any = reversed(keys) if reverse else keys
    else:
        candidates = range(length - 1, start - 1, -1) if reverse else range(start, length)
    for index in candidates:
        if has_index(obj, index):
            yield index


def _callable(fn: Any, method: str) -> Any:
    if not callable(fn) or fn is undefined or isinstance(fn, (JSObject, JSArray)):
        raise JSTypeError(f"Array.prototype.{method} callback must be a function")
    return fn


def _relative(value: Any, length: int, default: int) -> int:
    if value is undefined:
        return default
    number = to_integer(value) if not (is_number(value) and value in (math.inf, -math.inf)) else value
    if number < 0:
        return int(max(length + number, 0))
    return int(min(number, length))


# -- iteration methods ----------------------------------------------------------------------------
def for_each(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> Any:
    obj = to_object(this, "forEach")
    length = length_of(obj)
    _callable(fn, "forEach")
    for index in indexes(obj, length):
        call_with_this(fn, this_arg, get_index(obj, index), index, obj)
    return undefined


def map_(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> JSArray:
    obj = to_object(this, "map")
    length = length_of(obj)
    _callable(fn, "map")
    out = JSArray([undefined] * length) if length <= _DENSE_LIMIT else JSArray()
    for index in indexes(obj, length):
        set_(out, index, call_with_this(fn, this_arg, get_index(obj, index), index, obj))
    return out


def filter_(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> JSArray:
    obj = to_object(this, "filter")
    length = length_of(obj)
    _callable(fn, "filter")
    out = JSArray()
    for index in indexes(obj, length):
        value = get_index(obj, index)
        if call_with_this(fn, this_arg, value, index, obj):
            list.append(out, value)
    return out


def some(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> bool:
    obj = to_object(this, "some")
    length = length_of(obj)
    _callable(fn, "some")
    return any(call_with_this(fn, this_arg, get_index(obj, i), i, obj) for i in indexes(obj, length))


def every(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> bool:
    obj = to_object(this, "every")
    length = length_of(obj)
    _callable(fn, "every")
    return all(call_with_this(fn, this_arg, get_index(obj, i), i, obj) for i in indexes(obj, length))


def _reduce(this: Any, args: tuple[Any, ...], method: str, reverse: bool) -> Any:
    obj = to_object(this, method)
    length = length_of(obj)
    fn = _callable(args[0] if args else undefined, method)
    present = indexes(obj, length, reverse=reverse)
    if len(args) > 1:
        accumulator = args[1]
    else:
        first = next(present, None)
        if first is None:
            raise JSTypeError("Reduce of empty array with no initial value")
        accumulator = get_index(obj, first)
    for index in present:
        accumulator = call_with_this(fn, undefined, accumulator, get_index(obj, index), index, obj)
    return accumulator


def reduce(this: Any, *args: Any) -> Any:
    return _reduce(this, args, "reduce", reverse=False)


def reduce_right(this: Any, *args: Any) -> Any:
    return _reduce(this, args, "reduceRight", reverse=True)


def _find(this: Any, fn: Any, this_arg: Any, method: str, reverse: bool) -> tuple[int, Any]:
    obj = to_object(this, method)
    length = length_of(obj)
    _callable(fn, method)
    order = range(length - 1, -1, -1) if reverse else range(length)  # holes are visited, as undefined
    for index in order:
        value = get_index(obj, index)
        if call_with_this(fn, this_arg, value, index, obj):
            return index, value
    return -1, undefined


def find(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> Any:
    return _find(this, fn, this_arg, "find", reverse=False)[1]


def find_index(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> int:
    return _find(this, fn, this_arg, "findIndex", reverse=False)[0]


def find_last(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> Any:
    return _find(this, fn, this_arg, "findLast", reverse=True)[1]


def find_last_index(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> int:
    return _find(this, fn, this_arg, "findLastIndex", reverse=True)[0]


# -- searching ------------------------------------------------------------------------------------
def index_of(this: Any, item: Any = undefined, *start: Any) -> int:
    obj = to_object(this, "indexOf")
    length = length_of(obj)
    if length == 0:
        return -1
    begin = _relative(start[0] if start else undefined, length, 0)
    for index in indexes(obj, length, begin):
        if strict_eq(get_index(obj, index), item):
            return index
    return -1


def last_index_of(this: Any, item: Any = undefined, *start: Any) -> int:
    obj = to_object(this, "lastIndexOf")
    length = length_of(obj)
    if length == 0:
        return -1
    if start:
        number = to_integer(start[0]) if not (is_number(start[0]) and start[0] in (math.inf, -math.inf)) else start[0]
        last = min(number, length - 1) if number >= 0 else length + number
    else:
        last = length - 1
    if last < 0:
        return -1
    for index in indexes(obj, int(last) + 1, reverse=True):
        if strict_eq(get_index(obj, index), item):
            return index
    return -1


def includes(this: Any, item: Any = undefined, *start: Any) -> bool:
    obj = to_object(this, "includes")
    length = length_of(obj)
    if length == 0:
        return False
    begin = _relative(start[0] if start else undefined, length, 0)
    return any(same_value_zero(get_index(obj, i), item) for i in range(begin, min(length, begin + _DENSE_LIMIT)))


# -- others -----------------------------------------------------------------------------------------
def join(this: Any, separator: Any = undefined) -> str:
    obj = to_object(this, "join")
    length = length_of(obj)
    sep = "," if separator is undefined else to_str(separator)
    parts = []
    for index in range(length):
        value = get_index(obj, index)
        parts.append("" if value is None or value is undefined else to_str(value))
    return sep.join(parts)


def to_string(this: Any) -> str:
    obj = to_object(this, "toString")
    method = get(obj, "join") if not isinstance(obj, (bool, int, float, str)) else undefined
    if callable(method) and method is not undefined:
        return to_str(call_with_this(method, obj))
    from .builtins import object_to_string_tag

    return object_to_string_tag(obj)


def slice_(this: Any, start: Any = undefined, end: Any = undefined) -> JSArray:
    obj = to_object(this, "slice")
    length = length_of(obj)
    begin = _relative(start, length, 0)
    stop = _relative(end, length, length)
    out = JSArray([undefined] * max(stop - begin, 0)) if stop - begin <= _DENSE_LIMIT else JSArray()
    for index in indexes(obj, stop, begin):
        set_(out, index - begin, get_index(obj, index))
    return out


def push(this: Any, *items: Any) -> Any:
    obj = to_object(this, "push")
    if type(obj) is JSArray:
        return obj.push(*items)
    length = length_of(obj)
    if length + len(items) > _MAX_LENGTH:
        raise JSTypeError("Pushing past the maximum array length")
    for offset, item in enumerate(items):
        set_(obj, str(length + offset), item)
    set_(obj, "length", length + len(items))
    return length + len(items)


def pop(this: Any) -> Any:
    obj = to_object(this, "pop")
    if type(obj) is JSArray:
        return obj.pop()
    length = length_of(obj)
    if length == 0:
        set_(obj, "length", 0)
        return undefined
    value = get_index(obj, length - 1)
    from .ops import delete_

    delete_(obj, str(length - 1))
    set_(obj, "length", length - 1)
    return value


def fill(this: Any, value: Any = undefined, start: Any = undefined, end: Any = undefined) -> Any:
    obj = to_object(this, "fill")
    length = length_of(obj)
    for index in range(_relative(start, length, 0), _relative(end, length, length)):
        set_(obj, str(index) if not isinstance(obj, JSArray) else index, value)
    return obj


def reverse(this: Any) -> Any:
    obj = to_object(this, "reverse")
    if type(obj) is JSArray:
        return obj.reverse()
    length = length_of(obj)
    from .ops import delete_

    for lower in range(length // 2):
        upper = length - 1 - lower
        has_lower, has_upper = has_index(obj, lower), has_index(obj, upper)
        lower_value = get_index(obj, lower) if has_lower else undefined
        upper_value = get_index(obj, upper) if has_upper else undefined
        if has_upper:
            set_(obj, str(lower), upper_value)
        else:
            delete_(obj, str(lower))
        if has_lower:
            set_(obj, str(upper), lower_value)
        else:
            delete_(obj, str(upper))
    return obj


def _move(obj: Any, source: int, target: int) -> None:
    """One step of the specification's element moves: ``obj[target] = obj[source]``, or delete
    ``obj[target]`` when ``source`` is absent."""
    from .ops import delete_

    if has_index(obj, source):
        set_(obj, str(target), get_index(obj, source))
    else:
        delete_(obj, str(target))


def _touched(obj: Any, start: int, stop: int, shift: int) -> list[int]:
    """The ``k`` in [start, stop) whose move (``k`` to ``k + shift``) can change anything: every
    one for a short length, else only those where ``k`` or ``k + shift`` holds an index."""
    if stop - start <= _DENSE_LIMIT or not isinstance(obj, JSObject):
        return list(range(start, stop))
    present = _object_indexes(obj, stop + abs(shift) + 1)
    return sorted({k for p in present for k in (p, p - shift) if start <= k < stop})


def shift(this: Any) -> Any:
    obj = to_object(this, "shift")
    if type(obj) is JSArray:
        return obj.shift()
    length = length_of(obj)
    if length == 0:
        set_(obj, "length", 0)
        return undefined
    first = get_index(obj, 0)
    for k in _touched(obj, 1, length, -1):
        _move(obj, k, k - 1)
    from .ops import delete_

    delete_(obj, str(length - 1))
    set_(obj, "length", length - 1)
    return first


def unshift(this: Any, *items: Any) -> Any:
    obj = to_object(this, "unshift")
    if type(obj) is JSArray:
        return obj.unshift(*items)
    length = length_of(obj)
    if items:
        if length + len(items) > _MAX_LENGTH:
            raise JSTypeError("Unshift past the maximum array length")
        for k in reversed(_touched(obj, 0, length, len(items))):
            _move(obj, k, k + len(items))
        for offset, item in enumerate(items):
            set_(obj, str(offset), item)
    set_(obj, "length", length + len(items))
    return length + len(items)


def splice(this: Any, *args: Any) -> JSArray:
    obj = to_object(this, "splice")
    length = length_of(obj)
    begin = _relative(args[0] if args else undefined, length, 0)
    if not args:
        count = 0
    elif len(args) == 1:
        count = length - begin
    else:
        count = min(max(to_integer(args[1]), 0), length - begin)
    items = args[2:]
    if length + len(items) - count > _MAX_LENGTH:
        raise JSTypeError("Splice past the maximum array length")
    if type(obj) is JSArray:
        removed = JSArray(list.__getitem__(obj, slice(begin, begin + count)))
        list.__setitem__(obj, slice(begin, begin + count), items)
        return removed
    removed = JSArray([undefined] * count) if count <= _DENSE_LIMIT else JSArray()
    for k in indexes(obj, begin + count, begin):
        set_(removed, k - begin, get_index(obj, k))
    from .ops import delete_

    delta = len(items) - count
    if delta < 0:
        for k in _touched(obj, begin + count, length, delta):
            _move(obj, k, k + delta)
        for k in reversed(_touched(obj, length + delta, length, 0)):
            delete_(obj, str(k))
    elif delta > 0:
        for k in reversed(_touched(obj, begin + count, length, delta)):
            _move(obj, k, k + delta)
    for offset, item in enumerate(items):
        set_(obj, str(begin + offset), item)
    set_(obj, "length", length + delta)
    return removed


def concat(this: Any, *items: Any) -> JSArray:
    obj = to_object(this, "concat")
    out = JSArray()
    for element in (obj, *items):
        if type(element) is JSArray:
            list.extend(out, element)
        elif isinstance(element, JSArray):
            list.extend(out, list(element))
        else:
            if isinstance(element, (str, bool, int, float)):
                from .wrappers import wrap

                element = wrap(element)
            list.append(out, element)
    return out


def sort(this: Any, comparator: Any = undefined) -> Any:
    if comparator is not undefined and (not callable(comparator) or isinstance(comparator, (JSObject, JSArray))):
        raise JSTypeError("The comparison function must be either a function or undefined")
    obj = to_object(this, "sort")
    if type(obj) is JSArray:
        return obj.sort(comparator)
    length = length_of(obj)
    present = list(indexes(obj, length))
    ordered = JSArray([get_index(obj, k) for k in present]).sort(comparator)
    from .ops import delete_

    for k, value in enumerate(ordered):
        set_(obj, str(k), value)
    for k in present[len(ordered):] if length > _DENSE_LIMIT else range(len(ordered), length):
        if has_index(obj, k):
            delete_(obj, str(k))
    return obj


# The generic methods by JS name; Array.prototype's other methods copy an array-like first.
GENERIC: dict[str, Callable[..., Any]] = {
    "forEach": for_each, "map": map_, "filter": filter_, "some": some, "every": every, "reduce": reduce,
    "reduceRight": reduce_right, "find": find, "findIndex": find_index, "findLast": find_last,
    "findLastIndex": find_last_index, "indexOf": index_of, "lastIndexOf": last_index_of, "includes": includes,
    "join": join, "toString": to_string, "slice": slice_, "push": push, "pop": pop, "fill": fill, "reverse": reverse,
    "shift": shift, "unshift": unshift, "splice": splice, "concat": concat, "sort": sort,
}
