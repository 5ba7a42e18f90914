"""``Object.defineProperty`` as the specification defines it: ToPropertyDescriptor, then
ValidateAndApplyPropertyDescriptor against the property that is there (a non-configurable
property refuses changes with a TypeError; a redefinition keeps the attributes it does not name).

A JSObject keeps a plain value for a writable, enumerable, configurable data property and an
:class:`Accessor` for any other (values.py); other values keep what their model can hold.
"""

from __future__ import annotations

import math
from typing import Any

from .values import (
    Accessor, JSArray, JSObject, JSSymbol, JSTypeError, accessor_class, array_extensible, attribute_array, inherited_accessor_keys,
    is_array_index, length_writable, own_accessor_keys, restriction_of, set_array_length, to_property_key, undefined,
    SIDE_TABLE,
)

_FIELDS = ("enumerable", "configurable", "value", "writable", "get", "set")


def is_object(value: Any) -> bool:
    return not (value is None or value is undefined or isinstance(value, (str, bool, int, float, JSSymbol)))


def to_descriptor(descriptor: Any) -> dict[str, Any]:
    """ToPropertyDescriptor: the fields present (own or inherited) on ``descriptor``."""
    from .ops import get, has

    if not is_object(descriptor):
        raise JSTypeError("Property description must be an object")
    found: dict[str, Any] = {}
    for field in _FIELDS:
        if (field in descriptor) if isinstance(descriptor, JSObject) else has(descriptor, field):
            value = get(descriptor, field)
            found[field] = bool(value) if field in ("enumerable", "configurable", "writable") else value
    for field in ("get", "set"):
        if field in found and found[field] is not undefined and not (callable(found[field]) and not isinstance(
                found[field], (JSObject, JSArray))):
            raise JSTypeError(f"Getter must be a function: {found[field]!r}" if field == "get" else
                              f"Setter must be a function: {found[field]!r}")
    if ("get" in found or "set" in found) and ("value" in found or "writable" in found):
        raise JSTypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute")
    return found


def _same_value(a: Any, b: Any) -> bool:
    from .ops import is_number

    if is_number(a) and is_number(b):
        if a != a and b != b:
            return True
        return a == b and (a != 0 or math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    identity_a = getattr(a, "js_identity", a) if not isinstance(a, (JSObject, JSArray)) else a
    identity_b = getattr(b, "js_identity", b) if not isinstance(b, (JSObject, JSArray)) else b
    return identity_a is identity_b


def _current(found: Any) -> dict[str, Any]:
    """The own property found by properties.own_property, as descriptor fields."""
    if isinstance(found, Accessor):
        if found.is_data:
            return {"value": found.value, "writable": found.writable, "enumerable": found.enumerable,
                    "configurable": found.configurable}
        return {"get": found.get if found.get is not None else undefined,
                "set": found.set if found.set is not None else undefined,
                "enumerable": found.enumerable, "configurable": found.configurable}
    value, writable, enumerable, configurable = found
    return {"value": value, "writable": writable, "enumerable": enumerable, "configurable": configurable}


def _is_accessor(fields: dict[str, Any]) -> bool:
    return "get" in fields or "set" in fields


def _is_data(fields: dict[str, Any]) -> bool:
    return "value" in fields or "writable" in fields


def _refuse(name: str) -> None:
    raise JSTypeError(f"Cannot redefine property: {name}")


def extensible(obj: Any) -> bool:
    if isinstance(obj, JSArray):
        return array_extensible(obj)
    return restriction_of(obj) == "open"


def define_own_property(obj: Any, key: Any, descriptor: Any) -> Any:
    """``Object.defineProperty(obj, key, descriptor)``."""
    from .properties import own_property

    if not is_object(obj):
        raise JSTypeError("Object.defineProperty called on non-object")
    fields = to_descriptor(descriptor)
    name = to_property_key(key)
    if isinstance(obj, JSArray) and name == "length":
        return _define_array_length(obj, fields)
    if isinstance(obj, JSArray) and is_array_index(name) and int(name) >= len(obj) and not length_writable(obj):
        raise JSTypeError(f"Cannot define property {name}: the array's length is not writable")
    found = own_property(obj, name)
    if found is None:
        if not extensible(obj):
            raise JSTypeError(f"Cannot define property {name}, object is not extensible")
        if _is_accessor(fields):
            merged = {"get": undefined, "set": undefined, "enumerable": False, "configurable": False, **fields}
        else:
            merged = {"value": undefined, "writable": False, "enumerable": False, "configurable": False, **fields}
    else:
        current = _current(found)
        if not current["configurable"]:
            if fields.get("configurable"):
                _refuse(name)
            if "enumerable" in fields and fields["enumerable"] != current["enumerable"]:
                _refuse(name)
            if _is_data(fields) or _is_accessor(fields):
                if _is_accessor(fields) != _is_accessor(current):
                    _refuse(name)
                if _is_data(current):
                    if not current["writable"]:
                        if fields.get("writable"):
                            _refuse(name)
                        if "value" in fields and not _same_value(fields["value"], current["value"]):
                            _refuse(name)
                else:
                    for field in ("get", "set"):
                        if field in fields and not _same_value(fields[field], current[field]):
                            _refuse(name)
        if _is_accessor(fields) and _is_data(current):
            merged = {"get": undefined, "set": undefined, "enumerable": current["enumerable"],
                      "configurable": current["configurable"], **fields}
        elif _is_data(fields) and _is_accessor(current):
            merged = {"value": undefined, "writable": False, "enumerable": current["enumerable"],
                      "configurable": current["configurable"], **fields}
        else:
            merged = {**current, **fields}
    _store(obj, name, merged)
    return obj


def _store(obj: Any, name: str, fields: dict[str, Any]) -> None:
    if isinstance(obj, JSObject):
        plain = (_is_data(fields) and fields["writable"] and fields["enumerable"] and fields["configurable"])
        if plain:
            value: Any = fields["value"]
        elif _is_accessor(fields):
            value = Accessor(fields["get"], fields["set"], enumerable=fields["enumerable"],
                             configurable=fields["configurable"])
        else:
            value = Accessor(value=fields["value"], writable=fields["writable"], enumerable=fields["enumerable"],
                             configurable=fields["configurable"])
            if fields["value"] is None:
                value.value = None  # (Accessor reads a None value as "not given")
        dict.__setitem__(obj, name, value)
        if type(value) is Accessor:
            keys = own_accessor_keys(obj) | {name} | inherited_accessor_keys(obj)
            if own_accessor_keys(obj) != keys:
                obj.__class__ = accessor_class(frozenset(keys))
        return
    # An array, a function, a runtime object: the value is what this model keeps.
    from .functions import is_function_value, set_function_property

    if is_function_value(obj) and name in ("name", "length"):
        set_function_property(obj, name, fields.get("value", undefined))
        return
    if isinstance(obj, JSArray) and is_array_index(name):
        _store_element(obj, int(name), fields)
        return
    from .host import set_attributes

    set_attributes(obj, name, None)  # (a read-only value, or an accessor, is being redefined)
    if _is_data(fields):
        _store_host(obj, name, fields.get("value", undefined))
        set_attributes(obj, name, (fields["writable"], fields["enumerable"], fields["configurable"]))
    else:  # a getter/setter: an Accessor where the value would be, read through by host.py
        _store_host(obj, name, Accessor(fields["get"], fields["set"], enumerable=fields["enumerable"],
                                        configurable=fields["configurable"]), raw=True)
        set_attributes(obj, name, (True, fields["enumerable"], fields["configurable"]))


def _store_host(obj: Any, name: str, value: Any, raw: bool = False) -> None:
    """Store ``value`` as the host value's (or array's) own property ``name``.  ``raw``: an
    Accessor, kept in the value's side table under any name (host.py and values.py read a getter
    or setter there), the attribute of that name removed."""
    from .ops import set_

    attributes = getattr(obj, "__dict__", None)
    if type(attributes) is not dict:
        if not raw:
            set_(obj, name, value)
        return
    table = attributes.get(SIDE_TABLE)
    if raw:
        if isinstance(obj, JSArray):
            attribute_array(obj)  # (whose attribute writes go through the setter)
        attributes.pop(name, None)
        attributes.setdefault(SIDE_TABLE, {})[name] = value
        return
    if table is not None and type(table.get(name)) is Accessor:
        del table[name]  # (an accessor becomes a data property again)
    set_(obj, name, value)


def _define_array_length(array: JSArray, fields: dict[str, Any]) -> Any:
    """ArraySetLength through defineProperty: ``length`` is never enumerable or configurable, its
    value a valid length (RangeError), and once read-only it keeps its value (TypeError)."""
    if _is_accessor(fields) or fields.get("configurable") or fields.get("enumerable"):
        _refuse("length")
    writable = length_writable(array)
    if "value" not in fields:
        if fields.get("writable") and not writable:
            _refuse("length")
        if fields.get("writable") is False:
            _freeze_length(array)
        return array
    from .values import resize_array, to_uint32_length

    length = to_uint32_length(fields["value"])
    if not writable:
        if length != len(array) or fields.get("writable"):
            _refuse("length")
        return array
    done = resize_array(array, length)
    if fields.get("writable") is False:
        _freeze_length(array)
    if not done:
        raise JSTypeError(f"Cannot delete array element {len(array) - 1}: it is not configurable")
    return array


def _freeze_length(array: JSArray) -> None:
    attribute_array(array)
    array.__dict__["_js_length_writable"] = False


def _store_element(array: JSArray, index: int, fields: dict[str, Any]) -> None:
    """An element defined with attributes: an Accessor in its slot for a getter/setter, its value
    otherwise; flags other than writable, enumerable and configurable move the array to
    AttributedArray."""
    from .host import set_attributes

    if index >= len(array):
        set_array_length(array, index + 1)
    if _is_accessor(fields):
        slot: Any = Accessor(fields["get"], fields["set"], enumerable=fields["enumerable"],
                             configurable=fields["configurable"])
        flags = (True, fields["enumerable"], fields["configurable"])
    else:
        slot = fields["value"]
        flags = (fields["writable"], fields["enumerable"], fields["configurable"])
    list.__setitem__(array, index, slot)
    if type(slot) is Accessor or flags != (True, True, True):
        attribute_array(array)
    set_attributes(array, str(index), flags)
