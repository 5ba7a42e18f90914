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

from .descriptors import extensible
from .ops import delete_, get, has, is_number, same_value_zero, set_, strict_eq, to_integer, to_number, to_str
from .properties import own_property
from .values import (
    NO_ELEMENT, Accessor, JSArray, JSObject, JSRangeError, JSTypeError, call_with_this, inherited_element, is_hole, make_holes, undefined,
)
from .symbols import WELL_KNOWN
from .wrappers import wrap

_MAX_LENGTH = 2**53 - 1
_DENSE_LIMIT = 100_000  # beyond this length, an object's indexes are found from its keys
_WRAPPED_STRING_LIMIT = 10_000  # a longer string is read as it is, not through a wrapper


_MUTATING = frozenset({"push", "pop", "shift", "unshift", "splice", "reverse", "fill", "sort", "copyWithin"})


def to_object(this: Any, method: str) -> Any:
    """ToObject(this): a number or boolean becomes its wrapper (a callback is given that object,
    and ``Number.prototype[0]`` is read through it), as does a string short enough to wrap."""
    if this is None or this is undefined:
        raise JSTypeError(f"Array.prototype.{method} called on null or undefined")
    if isinstance(this, str):
        if method in _MUTATING:  # a string's length and indexes are read-only
            raise JSTypeError(f"Cannot assign to read only property 'length' of string '{this}'")
        return wrap(this) if len(this) <= _WRAPPED_STRING_LIMIT else this
    if isinstance(this, (bool, int, float)):
        return wrap(this)
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
    """HasProperty(obj, index): own or inherited (an array's hole or end finds Array.prototype's)."""
    if isinstance(obj, JSArray):
        if index < len(obj) and (type(obj) is JSArray or not is_hole(obj, index)):
            return True
        return inherited_element(obj, index) is not NO_ELEMENT
    if isinstance(obj, str):
        return index < len(obj)
    if isinstance(obj, JSObject):
        return str(index) in obj
    if isinstance(obj, (bool, int, float)):
        return False
    return has(obj, str(index))


def get_index(obj: Any, index: int) -> Any:
    if type(obj) is JSArray and index < len(obj):
        return list.__getitem__(obj, index)
    if isinstance(obj, str):
        return obj[index] if index < len(obj) else undefined
    if isinstance(obj, (bool, int, float)):
        return undefined
    return get(obj, str(index))


def present(obj: Any, start: int, length: int, reverse: bool = False) -> Iterator[tuple[int, Any]]:
    """(index, value) of each index from ``start`` up to ``length`` (or down to ``start``) that
    is present when it is reached, its value read then: a callback that deletes, adds or changes
    elements is seen as JS sees it."""
    for index in indexes(obj, length, start, reverse):
        yield index, get_index(obj, index)


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


def put(obj: Any, key: Any, value: Any) -> None:
    """Set(obj, key, value, true): the write, or the TypeError JS throws where it is refused (a
    read-only property, a getter without a setter, an object that takes no new properties)."""
    if type(obj) is not JSArray:
        name = key if type(key) is str else to_str(key)
        found = own_property(obj, name)
        if isinstance(found, Accessor):
            refused = not found.writable if found.is_data else found.set is None
        elif found is not None:
            refused = not found[1]
        else:
            refused = isinstance(obj, (JSObject, JSArray)) and not extensible(obj)
        if refused:
            raise JSTypeError(f"Cannot assign to read only property '{name}' of object")
    set_(obj, key, value)


def remove(obj: Any, key: Any) -> None:
    """DeletePropertyOrThrow(obj, key)."""
    if not delete_(obj, key):
        raise JSTypeError(f"Cannot delete property '{to_str(key)}' of object")


def create_data(obj: Any, key: Any, value: Any) -> None:
    """CreateDataPropertyOrThrow(obj, key, value): a TypeError where an existing property is not
    configurable or the object takes no new ones."""
    if type(obj) is not JSArray:
        name = key if type(key) is str else to_str(key)
        found = own_property(obj, name)
        configurable = found.configurable if isinstance(found, Accessor) else found[3] if found is not None else None
        if configurable is False or (found is None and isinstance(obj, (JSObject, JSArray)) and not extensible(obj)):
            raise JSTypeError(f"Cannot define property '{name}' of object")
        if isinstance(obj, JSObject) or isinstance(found, Accessor):  # (own, whatever setter it inherits)
            from .descriptors import define_own_property

            define_own_property(obj, name, JSObject(value=value, writable=True, enumerable=True, configurable=True))
            return
    set_(obj, key, value)


def array_create(length: int) -> JSArray:
    """ArrayCreate(length): ``length`` holes, or the RangeError of a length no array has."""
    if length > 2**32 - 1:
        raise JSRangeError("Invalid array length")
    return _holes(length)


def species_create(obj: Any, length: int) -> Any:
    """ArraySpeciesCreate: the new array of map, filter, slice, splice, concat; made by the
    array's ``constructor`` when the program gave it another (``constructor[Symbol.species]``)."""
    if not isinstance(obj, JSArray):
        return array_create(length)
    maker = get(obj, "constructor")
    if isinstance(maker, JSObject):
        maker = get(maker, WELL_KNOWN["species"])
        maker = undefined if maker is None else maker
    if maker is undefined or maker is _array_constructor():
        return array_create(length)
    if not callable(maker) or isinstance(maker, (JSArray, JSObject)):
        raise JSTypeError("The array's constructor is not a constructor")
    from .functions import new

    return new(maker, length)


def array_of(this: Any, *items: Any) -> Any:
    """``Array.of(...items)``, made by ``this`` when it is a constructor other than Array."""
    from .functions import new

    if this is _array_constructor() or not _is_constructor(this):
        return JSArray(items)
    out = new(this, len(items))
    for index, item in enumerate(items):
        create_data(out, index, item)
    put(out, "length", len(items))
    return out


def array_from(this: Any, source: Any, map_fn: Any, this_arg: Any) -> Any:
    """``Array.from(iterable or array-like, mapFn, thisArg)``, made by ``this`` when it is a
    constructor other than Array (``new C()`` for an iterable, ``new C(length)`` for an array-like)."""
    from .collections import for_of
    from .functions import new

    if map_fn is not undefined and (not callable(map_fn) or isinstance(map_fn, (JSObject, JSArray))):
        raise JSTypeError(f"{to_str(map_fn)} is not a function")
    if source is None or source is undefined:
        raise JSTypeError(f"{to_str(source)} is not iterable")
    made_by = this if this is not _array_constructor() and _is_constructor(this) else None
    if isinstance(source, JSObject) and get(source, WELL_KNOWN["iterator"]) in (undefined, None):
        length = length_of(source)
        items: Any = (get_index(source, i) for i in range(length))
        out = JSArray() if made_by is None else new(made_by, length)
    else:
        items = () if isinstance(source, (bool, int, float)) else for_of(source)
        out = JSArray() if made_by is None else new(made_by)
    count = 0
    for index, item in enumerate(items):
        value = item if map_fn is undefined else call_with_this(map_fn, this_arg, item, index)
        if type(out) is JSArray:
            list.append(out, value)
        else:
            create_data(out, index, value)
        count = index + 1
    if type(out) is not JSArray:
        put(out, "length", count)
    return out


def _is_constructor(value: Any) -> bool:
    """IsConstructor, for the values ``this`` of Array.of may be: a function the program wrote
    (not a built-in one such as Math.cos, unless it constructs), or one bound from it."""
    from .functions import BoundFunction, is_function_value

    if type(value) is BoundFunction:
        return _is_constructor(value.__dict__["js_target"])
    if not is_function_value(value) or isinstance(value, type):
        return False
    marks = getattr(value, "__dict__", None)
    return not (type(marks) is dict and marks.get("js_builtin") and "js_construct" not in marks)


def _array_constructor() -> Any:
    from .builtins import Array

    return Array


def _holes(length: int) -> JSArray:
    """A new array of ``length`` holes, each filled as the method writes it (an empty array for a
    length too long to hold: the writes make it as long as they need)."""
    out = JSArray([undefined] * length) if 0 < length <= _DENSE_LIMIT else JSArray()
    make_holes(out, 0, len(out))
    return out


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
# Each is the specification's loop from index ``start``: JSArray's fast paths (values.py) hand the
# rest of an array to them when a callback turns it into one they do not serve (a hole, a getter).
def for_each(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> Any:
    obj = to_object(this, "forEach")
    length = length_of(obj)
    return for_each_from(obj, 0, length, _callable(fn, "forEach"), this_arg)


def for_each_from(obj: Any, start: int, length: int, fn: Any, this_arg: Any) -> Any:
    for index, value in present(obj, start, length):
        call_with_this(fn, this_arg, value, index, obj)
    return undefined


def map_(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> JSArray:
    obj = to_object(this, "map")
    length = length_of(obj)
    _callable(fn, "map")
    return map_from(obj, 0, length, fn, this_arg, species_create(obj, length))


def map_from(obj: Any, start: int, length: int, fn: Any, this_arg: Any, out: Any) -> Any:
    """``out`` (mapped up to ``start``) with the results from ``start`` on; holes stay holes."""
    if type(out) is JSArray and len(out) < length <= _DENSE_LIMIT:
        size = len(out)
        list.extend(out, [undefined] * (length - size))
        make_holes(out, size, length)
    for index, value in present(obj, start, length):
        create_data(out, index, call_with_this(fn, this_arg, value, index, obj))
    return out


def filter_(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> JSArray:
    obj = to_object(this, "filter")
    length = length_of(obj)
    _callable(fn, "filter")
    return filter_from(obj, 0, length, fn, this_arg, species_create(obj, 0))


def filter_from(obj: Any, start: int, length: int, fn: Any, this_arg: Any, out: Any) -> Any:
    kept = len(out) if type(out) is JSArray else 0
    for index, value in present(obj, start, length):
        if call_with_this(fn, this_arg, value, index, obj):
            create_data(out, kept, value)
            kept += 1
    return out


def some(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> bool:
    obj = to_object(this, "some")
    length = length_of(obj)
    return some_from(obj, 0, length, _callable(fn, "some"), this_arg)


def some_from(obj: Any, start: int, length: int, fn: Any, this_arg: Any) -> bool:
    return any(call_with_this(fn, this_arg, value, index, obj) for index, value in present(obj, start, length))


def every(this: Any, fn: Any = undefined, this_arg: Any = undefined) -> bool:
    obj = to_object(this, "every")
    length = length_of(obj)
    return every_from(obj, 0, length, _callable(fn, "every"), this_arg)


def every_from(obj: Any, start: int, length: int, fn: Any, this_arg: Any) -> bool:
    return all(call_with_this(fn, this_arg, value, index, obj) for index, value in present(obj, start, length))


def _reduce(this: Any, args: tuple[Any, ...], method: str, reverse: bool) -> Any:
    obj = to_object(this, method)
    length = length_of(obj)
    fn = _callable(args[0] if args else undefined, method)
    visits = present(obj, 0, length, reverse=reverse)
    if len(args) > 1:
        accumulator = args[1]
    else:
        first = next(visits, None)
        if first is None:
            raise JSTypeError("Reduce of empty array with no initial value")
        accumulator = first[1]
    return reduce_over(obj, visits, fn, accumulator)


def reduce_over(obj: Any, visits: Iterator[tuple[int, Any]], fn: Any, accumulator: Any) -> Any:
    for index, value in visits:
        accumulator = call_with_this(fn, undefined, accumulator, value, index, obj)
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


def to_locale_string(this: Any, *_locales: Any) -> str:
    """Each element's own toLocaleString() (called with no arguments), null and undefined as ""."""
    from .strings import invoke

    obj = to_object(this, "toLocaleString")
    parts = []
    for index in range(length_of(obj)):
        value = get_index(obj, index)
        parts.append("" if value is None or value is undefined else to_str(invoke(value, "toLocaleString")))
    return ",".join(parts)


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
    out = species_create(obj, max(stop - begin, 0))
    for index in indexes(obj, stop, begin):
        create_data(out, index - begin, get_index(obj, index))
    if type(out) is not JSArray:
        put(out, "length", max(stop - begin, 0))
    return out


def push(this: Any, *items: Any) -> Any:
    obj = to_object(this, "push")
    if type(obj) is JSArray:
        return obj.push(*items)
    length = length_of(obj)
    if length + len(items) > _MAX_LENGTH:
        raise JSTypeError("Pushing past the maximum array length")
    for offset, item in enumerate(items):
        put(obj, str(length + offset), item)
    put(obj, "length", length + len(items))
    return length + len(items)


def pop(this: Any) -> Any:
    obj = to_object(this, "pop")
    if type(obj) is JSArray:
        return obj.pop()
    length = length_of(obj)
    if length == 0:
        put(obj, "length", 0)
        return undefined
    value = get_index(obj, length - 1)
    remove(obj, str(length - 1))
    put(obj, "length", length - 1)
    return value


def fill(this: Any, value: Any = undefined, start: Any = undefined, end: Any = undefined) -> Any:
    obj = to_object(this, "fill")
    length = length_of(obj)
    for index in range(_relative(start, length, 0), _relative(end, length, length)):
        put(obj, str(index) if not isinstance(obj, JSArray) else index, value)
    return obj


def reverse(this: Any) -> Any:
    obj = to_object(this, "reverse")
    if type(obj) is JSArray:
        return obj.reverse()
    length = length_of(obj)
    for lower in range(length // 2):
        upper = length - 1 - lower
        has_lower = has_index(obj, lower)
        lower_value = get_index(obj, lower) if has_lower else undefined  # (a getter may shrink the array)
        has_upper = has_index(obj, upper)
        upper_value = get_index(obj, upper) if has_upper else undefined
        if has_upper:
            put(obj, str(lower), upper_value)
        else:
            remove(obj, str(lower))
        if has_lower:
            put(obj, str(upper), lower_value)
        else:
            remove(obj, str(upper))
    return obj


def _move(obj: Any, source: int, target: int) -> None:
    """One step of the specification's element moves: ``obj[target] = obj[source]``, or delete
    ``obj[target]`` when ``source`` is absent."""
    if has_index(obj, source):
        put(obj, str(target), get_index(obj, source))
    else:
        remove(obj, str(target))


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
        put(obj, "length", 0)
        return undefined
    first = get_index(obj, 0)
    for k in _touched(obj, 1, length, -1):
        _move(obj, k, k - 1)
    remove(obj, str(length - 1))
    put(obj, "length", length - 1)
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
            put(obj, str(offset), item)
    put(obj, "length", length + len(items))
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
    removed = species_create(obj, count)
    if type(obj) is JSArray and type(removed) is JSArray and not removed:
        list.extend(removed, list.__getitem__(obj, slice(begin, begin + count)))
        list.__setitem__(obj, slice(begin, begin + count), items)
        return removed
    for k in indexes(obj, begin + count, begin):
        create_data(removed, k - begin, get_index(obj, k))
    if type(removed) is not JSArray:
        put(removed, "length", count)
    delta = len(items) - count
    if delta < 0:
        for k in _touched(obj, begin + count, length, delta):
            _move(obj, k, k + delta)
        for k in reversed(_touched(obj, length + delta, length, 0)):
            remove(obj, str(k))
    elif delta > 0:
        for k in reversed(_touched(obj, begin + count, length, delta)):
            _move(obj, k, k + delta)
    for offset, item in enumerate(items):
        put(obj, str(begin + offset), item)
    put(obj, "length", length + delta)
    return removed


def concat(this: Any, *items: Any) -> Any:
    obj = to_object(this, "concat")
    out = species_create(obj, 0)
    at = 0
    for element in (obj, *items):
        if not _spreadable(element):
            create_data(out, at, element)
            at += 1
        elif type(element) is JSArray and type(out) is JSArray and len(out) == at:
            list.extend(out, element)
            at += len(element)
        else:
            length = length_of(element)
            for index in indexes(element, length):
                create_data(out, at + index, get_index(element, index))
            at += length
    put(out, "length", at)
    return out


def _spreadable(value: Any) -> bool:
    """IsConcatSpreadable: an array, unless its ``Symbol.isConcatSpreadable`` says otherwise."""
    if not isinstance(value, (JSArray, JSObject)):
        return False
    if type(value) is JSArray and not value.__dict__:
        return True
    flag = get(value, WELL_KNOWN["isConcatSpreadable"])
    return isinstance(value, JSArray) if flag is undefined else bool(flag)


def sort(this: Any, comparator: Any = undefined) -> Any:
    if comparator is not undefined and (not callable(comparator) or isinstance(comparator, (JSObject, JSArray))):
        raise JSTypeError("The comparison function must be either a function or undefined")
    obj = to_object(this, "sort")
    if type(obj) is JSArray:
        return obj.sort(comparator)
    length = length_of(obj)
    present = list(indexes(obj, length))
    ordered = JSArray([get_index(obj, k) for k in present]).sort(comparator)
    for k, value in enumerate(ordered):
        put(obj, str(k), value)
    for k in present[len(ordered):] if length > _DENSE_LIMIT else range(len(ordered), length):
        if has_index(obj, k):
            remove(obj, str(k))
    return obj


def copy_within(this: Any, target: Any = undefined, start: Any = undefined, end: Any = undefined) -> Any:
    obj = to_object(this, "copyWithin")
    length = length_of(obj)
    to = _relative(target, length, 0)
    source = _relative(start, length, 0)
    count = min(_relative(end, length, length) - source, length - to)
    step = 1
    if source < to < source + count:  # overlapping, the target after the source: copy from the end
        step, source, to = -1, source + count - 1, to + count - 1
    for _ in range(max(count, 0)):
        _move(obj, source, to)
        source, to = source + step, to + step
    return obj


# The generic methods by JS name; Array.prototype's other methods copy an array-like first.
GENERIC: dict[str, Callable[..., Any]] = {
    "forEach": for_each, "map": map_, "filter": filter_, "some": some, "every": every, "reduce": reduce,
    "reduceRight": reduce_right, "find": find, "findIndex": find_index, "findLast": find_last,
    "findLastIndex": find_last_index, "indexOf": index_of, "lastIndexOf": last_index_of, "includes": includes,
    "join": join, "toString": to_string, "toLocaleString": to_locale_string, "slice": slice_, "push": push, "pop": pop, "fill": fill, "reverse": reverse,
    "shift": shift, "unshift": unshift, "splice": splice, "concat": concat, "sort": sort, "copyWithin": copy_within,
}
