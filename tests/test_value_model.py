"""The runtime's JS value model, checked against node where node is the reference."""

from __future__ import annotations

import json
import subprocess

import pytest

from differential import NODE, NODE_MISSING
from ti2py.runtime import JSArray, JSObject, NaN, js, undefined
from ti2py.runtime.js.values import link_prototype

NUMBERS = [0, -0.0, 1, -1, 1.5, 0.1 + 0.2, 1e21, 1e-7, 123456789012345680000.0, 2**53, 5e-324,
           1.7976931348623157e308, 100.0, 0.000001, 1 / 3, -2.5e-9, 4.35, 1e20]


@pytest.mark.skipif(NODE is None, reason=NODE_MISSING)
def test_number_to_string_matches_node() -> None:
    script = "for (const x of JSON.parse(process.argv[1])) console.log(String(x));"
    done = subprocess.run([NODE, "-e", script, json.dumps(NUMBERS)], capture_output=True, text=True, check=True)
    assert [js.to_str(x) for x in NUMBERS] == done.stdout.splitlines()


def test_special_numbers() -> None:
    assert [js.to_str(v) for v in (NaN, js.div(1, 0), js.div(-1, 0), js.div(0, 0))] == ["NaN", "Infinity", "-Infinity", "NaN"]
    assert js.to_str(js.div(6, 3)) == "2" and isinstance(js.div(6, 3), int)


def test_truthiness_matches_js() -> None:
    falsy = [0, -0.0, NaN, "", None, undefined, False]
    truthy = [JSArray(), JSObject(), "0", " ", -1, float("inf")]
    assert not any(bool(v) for v in falsy)
    assert all(bool(v) for v in truthy)


def test_equality_and_typeof() -> None:
    assert js.loose_eq(None, undefined) and not js.strict_eq(None, undefined)
    assert js.loose_eq("1", 1) and js.loose_eq(True, 1) and not js.strict_eq(True, 1)
    assert not js.loose_eq(NaN, NaN) and not js.loose_eq(0, None)
    assert [js.typeof(v) for v in (None, undefined, 1, "s", True, JSObject(), JSArray(), len)] == [
        "object", "undefined", "number", "string", "boolean", "object", "object", "function"]


def test_undefined_reads_raise_js_type_errors() -> None:
    with pytest.raises(js.JSTypeError, match="reading 'x'"):
        undefined.x
    with pytest.raises(js.JSTypeError):
        undefined()


def test_object_key_order_and_missing_keys() -> None:
    obj = JSObject({"b": 1, "10": 2, "a": 3, "2": 4})
    assert JSObject.keys(obj) == list(obj) == ["2", "10", "b", "a"]
    assert obj.missing is undefined and obj["nope"] is undefined


def test_an_object_is_a_dict_that_is_its_own_attribute_dict() -> None:
    obj = JSObject(title="x")
    obj.width = 3
    obj["a-b"] = 1
    assert isinstance(obj, dict) and obj.__dict__ is obj
    assert obj["width"] == 3 and obj.title == "x" and getattr(obj, "a-b") == 1
    assert obj != JSObject(title="x", width=3, **{"a-b": 1}) and obj == obj and len({obj, obj}) == 1
    # dict's methods are not JS properties: a missing "get" is undefined, an inherited one is found.
    assert obj.get is undefined and obj.update is undefined and obj.keys is undefined
    proto = JSObject(get=lambda key: f"got {key}")
    child = JSObject()
    link_prototype(child, proto)
    assert child.get("k") == "got k" and child["get"] is proto.get
    assert "get" in child and not child.hasOwnProperty("get")  # `in` sees the chain, as in JS
    assert dict.get(obj, "title") == "x"


def test_a_number_key_written_from_python_reads_as_its_string() -> None:
    obj = JSObject()
    obj[1] = "one"  # generated code writes obj[str(i)] / js.key(k); Python callers may not
    assert obj["1"] == "one" and obj[1] == "one" and list(obj) == ["1"]
    obj[2.5] = "x"
    assert JSObject.keys(obj) == ["1", "2.5"] and obj["2.5"] == "x"


def test_the_translator_knows_what_every_function_inherits() -> None:
    # (the translator reads exposed.py alone; its list must be the prototypes' methods)
    from ti2py.runtime.js.exposed import FUNCTION_INHERITED_MEMBERS
    from ti2py.runtime.js.lengths import LENGTHS

    methods = {*LENGTHS["Function.prototype"], *LENGTHS["Object.prototype"]}
    assert FUNCTION_INHERITED_MEMBERS - {"constructor", "caller", "arguments"} == methods
