"""How a JS property maps onto a Python host value: a function, a Ti proxy, any runtime object.

JS code reaches Python attributes only through property access, so this is the one rule that
keeps converted code inside what JavaScript could do: a JS property name is a Python attribute
of a host value only when :func:`is_exposed_attribute` says so.  Every other name (``__class__``,
``_app``, ``gi_frame``, ``mro``...) is still an ordinary JS property, kept in a per-object side
table that no Python code reads, so ``f.__proto__ = x`` or ``proxy._app = 1`` work as data and
never touch the interpreter.  The translator reads the same predicate to decide when it may write
``obj.name`` (see ``transpiler/names.py``).

JSObject and JSArray are not host values: they hold their keys as dict items / list indexes,
and generated code reads them with ``obj[key]`` when the name is not exposed.
"""

from __future__ import annotations

from typing import Any, Iterable

from .exposed import is_exposed_attribute
from .values import SIDE_TABLE as _SIDE_TABLE  # the per-object dict of JS properties that are not attributes
from .values import Accessor, undefined


def side_table(obj: Any, create: bool) -> dict[Any, Any] | None:  # (names, and symbols)
    attributes = getattr(obj, "__dict__", None)
    if type(attributes) is not dict:  # builtins, slotted objects, mapping proxies of classes
        return None
    table = attributes.get(_SIDE_TABLE)
    if table is None and create:
        table = attributes[_SIDE_TABLE] = {}
    return table


# Python values that are JS primitives (or that no JS value is): their attributes are Python's.
_NO_JS_ATTRIBUTES = (bool, int, float, str, bytes, bytearray, tuple, complex, type(None))


def host_get(obj: Any, name: str) -> Any:
    """``obj[name]`` on a host value: its attribute when exposed, else its side-table entry."""
    if isinstance(obj, _NO_JS_ATTRIBUTES):
        return inherited_member(obj, name)  # (`true.toString`; never `true.real` or `"s".upper`)
    if is_exposed_attribute(name):
        try:
            value = getattr(obj, name, undefined)
        except Exception:  # a property of a runtime object that cannot be read now
            return undefined
        if value is undefined:  # a getter Object.defineProperty gave it sits in the side table
            table = side_table(obj, create=False)
            value = undefined if table is None else table.get(name, undefined)
    else:
        table = side_table(obj, create=False)
        value = undefined if table is None else table.get(name, undefined)
    if type(value) is Accessor:  # a getter/setter Object.defineProperty gave the value
        return value.read(obj)
    return inherited_member(obj, name) if value is undefined else value


def host_set_accessor(obj: Any, name: str, accessor: Accessor) -> None:
    """A getter/setter pair (``static get 0() {...}``) as ``obj``'s property ``name``, a name
    that is not an exposed attribute: kept in the side table, run by host_get and host_set."""
    table = side_table(obj, create=True)
    if table is None:
        return
    previous = table.get(name)
    if type(previous) is Accessor and not previous.is_data:
        accessor.get = accessor.get or previous.get
        accessor.set = accessor.set or previous.set
    table[name] = accessor


def inherited_member(obj: Any, name: str) -> Any:
    """What a host value inherits: a function from Function.prototype and Object.prototype, any
    other object from Object.prototype (``Math.hasOwnProperty``); else undefined."""
    from .functions import inherited_function_member, is_function_value, method_of_object

    if is_function_value(obj):
        return inherited_function_member(obj, name)
    return method_of_object(obj, name)


# The attributes of a host value's (or an array's) property that Object.defineProperty made
# other than writable, enumerable and configurable: {name: (writable, enumerable, configurable)}.
ATTRIBUTES = "_js_attributes"


_DEFAULT_FLAGS = (True, True, True)


def attributes_of(obj: Any, name: str) -> tuple[bool, bool, bool]:
    attributes = getattr(obj, "__dict__", None)
    table = attributes.get(ATTRIBUTES) if type(attributes) is dict else None
    return table.get(name, _DEFAULT_FLAGS) if table else _DEFAULT_FLAGS


def _stored(obj: Any, name: str) -> Any:
    """What a host value keeps under JS property ``name`` (an Accessor for a getter/setter)."""
    attributes = getattr(obj, "__dict__", None)
    if type(attributes) is not dict:
        return undefined
    return attributes.get(_SIDE_TABLE, {}).get(name, undefined)


def set_attributes(obj: Any, name: str, flags: tuple[bool, bool, bool] | None) -> None:
    attributes = getattr(obj, "__dict__", None)
    if type(attributes) is dict:
        table = attributes.setdefault(ATTRIBUTES, {})
        if flags is None or flags == (True, True, True):
            table.pop(name, None)
        else:
            table[name] = flags


def host_set(obj: Any, name: str, value: Any) -> None:
    """``obj[name] = value`` on a host value; a value that cannot hold properties ignores it, as
    a JS primitive does (and so does a read-only property)."""
    current = _stored(obj, name)
    if type(current) is Accessor:  # a setter (Object.defineProperty)
        current.write(obj, value)
        return
    flags = attributes_of(obj, name)
    if not flags[0]:
        return
    if is_exposed_attribute(name):
        try:
            setattr(obj, name, value)
        except (AttributeError, TypeError):
            pass
        return
    table = side_table(obj, create=True)
    if table is not None:
        if type(table.get(name)) is Accessor:
            table[name].write(obj, value)
            return
        table[name] = value


def host_has(obj: Any, name: str) -> bool:
    if is_exposed_attribute(name):
        return host_get(obj, name) is not undefined
    table = side_table(obj, create=False)
    return table is not None and name in table


def host_delete(obj: Any, name: str) -> bool:
    if not attributes_of(obj, name)[2]:
        return False  # not configurable
    set_attributes(obj, name, None)
    from .realm import RealmNamespace

    if isinstance(obj, RealmNamespace) and is_exposed_attribute(name):
        delattr(obj, name)  # (this realm's own change)
        return True
    if is_exposed_attribute(name):
        attributes = getattr(obj, "__dict__", None)
        if type(attributes) is dict:
            attributes.pop(name, None)
        return True
    table = side_table(obj, create=False)
    if table is not None:
        table.pop(name, None)
    return True


def host_keys(obj: Any, exposed: Iterable[str]) -> list[str]:
    """The JS property names ``for...in`` visits: the exposed ones given, then the side table's."""
    table = side_table(obj, create=False) or {}
    return [k for k in (*exposed, *table) if attributes_of(obj, k)[1]]
