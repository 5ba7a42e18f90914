"""Own properties of any JS value, as ``Object.getOwnPropertyDescriptor``/``getOwnPropertyNames``
see them: objects and arrays, strings, translated functions, and the runtime's built-ins.

A JSObject keeps a plain value for an ordinary property (writable, enumerable, configurable) and
an :class:`Accessor` for any other; every other kind of value has its properties fixed by what it
is, described here.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from .exposed import is_exposed_attribute
from .host import attributes_of
from .lengths import length_of
from .realm import DELETED, NOT_ADDED, RealmNamespace, RealmPrototype, namespace_change
from .realm import current as current_realm
from .values import (
    Accessor, BuiltinClass, JSArray, JSObject, JSSymbol, array_named, array_named_keys, element_flags, has_array_named,
    enumerable_indexes, is_array_index, is_hole, js_key_order, length_writable, restriction_of,
    undefined, SIDE_TABLE,
)

# (value, writable, enumerable, configurable)
DataProperty = tuple[Any, bool, bool, bool]


def own_property(obj: Any, name: str) -> Accessor | DataProperty | None:
    """The own property ``name`` of ``obj``: an Accessor, a data property's attributes, or None."""
    from .functions import NOT_A_FUNCTION_PROPERTY, function_property, is_function_value

    if isinstance(obj, RealmPrototype):
        obj = obj.target()
    if isinstance(obj, JSObject):
        if name == "__proto__" or not dict.__contains__(obj, name):
            return None
        value = dict.__getitem__(obj, name)
        restriction = restriction_of(obj)
        if restriction in ("sealed", "frozen"):  # Object.seal/freeze: nothing configurable, or writable
            if type(value) is Accessor:
                if value.is_data:
                    return (value.read(obj), value.writable and restriction != "frozen", value.enumerable, False)
                return Accessor(value.get, value.set, enumerable=value.enumerable, configurable=False)
            return (value, restriction != "frozen", True, False)
        # (a class's methods are not enumerable: JSObject's own test says which keys it hid)
        return value if type(value) is Accessor else (value, True, JSObject.propertyIsEnumerable(obj, name), True)
    if isinstance(obj, JSArray):
        if name == "length":
            return (len(obj), length_writable(obj), False, False)
        if is_array_index(name) and int(name) < len(obj):
            value = list.__getitem__(obj, int(name))
            if is_hole(obj, int(name)):
                return None
            if type(value) is Accessor:
                return value
            return (value, *element_flags(obj, int(name)))
        if has_array_named(obj, name, own=True):
            stored = obj.__dict__.get(SIDE_TABLE, {}).get(name)
            if type(stored) is Accessor:
                return stored
            return (array_named(obj, name), *attributes_of(obj, name))
        return None
    if isinstance(obj, str):
        if name == "length":
            return (len(obj), False, False, False)
        if is_array_index(name) and int(name) < len(obj):
            return (obj[int(name)], False, True, False)
        return None
    if isinstance(obj, (bool, int, float)) or obj is None or obj is undefined:
        return None
    if isinstance(obj, BuiltinClass):
        return _constructor_property(obj, name)
    if is_function_value(obj):
        if name in ("name", "length", "prototype"):
            value = function_property(obj, name)
            if value is NOT_A_FUNCTION_PROPERTY:
                return None
            # `length` and `name` are read-only but configurable; `prototype` is writable only
            # (a built-in constructor's is not even that: `Boolean.prototype`).
            # A class's is read-only too.
            writable = name == "prototype" and "js_builtin" not in getattr(obj, "__dict__", {}) \
                and not getattr(type(obj), "js_class", False)
            return (value, writable, False, name != "prototype")
        static_accessor = getattr(type(obj), "_js_own_accessors", {}).get(name)  # `static get x()`
        if static_accessor is not None:
            return static_accessor
        if isinstance(obj, BuiltinClass):  # (`Date.now`, `Promise.all`)
            from .functions import constructor_statics

            return (getattr(obj, name), True, False, True) if name in constructor_statics(obj) else None
        return _side_property(obj, name, members=False)  # (call, apply, bind are Function.prototype's)
    return _side_property(obj, name)


def _constructor_property(cls: BuiltinClass, name: str) -> Accessor | DataProperty | None:
    """An own property of a built-in constructor that is a Python class (Date, Map, TypeError):
    ``prototype`` fixed, ``name`` and ``length`` read-only but configurable, its static methods
    (``Date.now``) writable and configurable, as on every built-in function; its instance
    methods are its prototype's, not its own."""
    if name == "prototype":
        return (cls.prototype, False, False, False)
    if name == "name":
        return (_constructor_name(cls), False, False, True)
    if name == "length":
        return (length_of("", _constructor_name(cls), 1 if issubclass(cls, BaseException) else 0), False, False, True)
    stored = cls.__dict__.get(name)
    if isinstance(stored, (staticmethod, classmethod)) and is_exposed_attribute(name):
        return (getattr(cls, name), True, False, True)
    return _side_property(cls, name, members=False)


def _constructor_name(cls: type) -> str:
    for klass in cls.__mro__:  # (an Error class carries its JS name; not through getattr, which asks here)
        name = vars(klass).get("name")
        if isinstance(name, str):
            return name
    return cls.__name__


_REGEXP_STATE = frozenset({"source", "flags", "lastIndex"})


def _side_property(obj: Any, name: str, members: bool = True) -> Accessor | DataProperty | None:
    """A property of a host value: its own attribute (set by the program, or a built-in's member
    when ``members``)."""
    attributes = getattr(obj, "__dict__", None)
    if name in _REGEXP_STATE and getattr(type(obj), "js_kind", None) == "RegExp":
        # (`source` and `flags` are RegExp.prototype's getters in JS; `lastIndex` is own, hidden)
        return (attributes["lastIndex"], True, False, False) if name == "lastIndex" else None  # type: ignore[index]
    if isinstance(obj, RealmNamespace):
        change = namespace_change(obj, name)
        if change is DELETED:
            return None
        if change is not NOT_ADDED:
            return (change, True, True, True)  # (an assignment made it: enumerable)
    if name == "prototype" and (isinstance(obj, RealmNamespace) or callable(obj)) and not isinstance(obj, ModuleType) \
            and getattr(type(obj), "prototype", None) is not None:
        return (getattr(obj, name), False, False, False)  # (`Object.prototype`: fixed, as on every built-in)
    if name == "prototype" and not callable(obj) and not (type(attributes) is dict and name in attributes):
        return None  # (an instance's class holds its prototype: no own property of the instance)
    if is_exposed_attribute(name):
        if type(attributes) is dict and name in attributes:
            return (attributes[name], *attributes_of(obj, name))
        stored = attributes.get(SIDE_TABLE, {}).get(name) if type(attributes) is dict else None
        if type(stored) is Accessor:
            return stored
        if not members:
            return None
        # A built-in's method or constant (`Math.max`, `Math.E`): not enumerable; constants read-only.
        # (looked up in the classes themselves: an Error class answers any name through its type)
        declared = not isinstance(obj, ModuleType) and any(name in vars(klass) for klass in type(obj).__mro__)
        if not declared:
            return None
        value = getattr(obj, name)
        constant = isinstance(value, (int, float)) and not isinstance(value, bool)
        return (value, not constant, False, not constant)
    table = attributes.get(SIDE_TABLE) if type(attributes) is dict else None
    if table is not None and name in table:
        if type(table[name]) is Accessor:
            return table[name]
        return (table[name], *attributes_of(obj, name))
    return None


_ABSENT = object()


def own_property_names(obj: Any) -> list[str]:
    from .functions import is_function_value

    if isinstance(obj, RealmPrototype):
        obj = obj.target()
    if isinstance(obj, JSObject):
        return js_key_order(str(key) for key in dict.keys(obj) if type(key) is not JSSymbol and key != "__proto__")
    if isinstance(obj, JSArray):
        return [*enumerable_indexes(obj, enumerable_only=False), "length", *array_named_keys(obj, enumerable_only=False)]
    if isinstance(obj, str):
        return [*(str(i) for i in range(len(obj))), "length"]
    names: list[str] = []
    if is_function_value(obj):
        names = [n for n in ("length", "name", "prototype") if own_property(obj, n) is not None]
        if isinstance(obj, BuiltinClass):
            from .functions import constructor_statics

            return names + constructor_statics(obj)
    attributes = getattr(obj, "__dict__", None)
    if type(attributes) is dict:
        names += [k for k in attributes if is_exposed_attribute(k) and k not in names]
        names += list(attributes.get(SIDE_TABLE, {}))
    if isinstance(obj, RealmNamespace):  # what the program added to Math, JSON...
        changes = current_realm().namespace_changes.get(type(obj).js_namespace, {})
        names += [k for k in changes if type(k) is str and k not in names and own_property(obj, k) is not None]
    return names


def own_property_symbols(obj: Any) -> list[Any]:
    """``Object.getOwnPropertySymbols``: the symbol keys of ``obj``, in the order they were added."""
    if isinstance(obj, RealmPrototype):
        obj = obj.target()
    if isinstance(obj, JSObject):
        return [key for key in dict.keys(obj) if type(key) is JSSymbol]
    attributes = getattr(obj, "__dict__", None)
    table = attributes.get(SIDE_TABLE) if type(attributes) is dict else None
    return [key for key in table if type(key) is JSSymbol] if table else []
