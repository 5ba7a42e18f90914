"""The runtime's JS value model, checked against node where node is the reference."""

from __future__ import annotations

import json
import subprocess

import pytest

from differential import NODE, NODE_MISSING
from runtime import JSON, JSArray, JSObject, NaN, js, undefined
from runtime.js.values import link_prototype

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
        undefined.x  # noqa: B018
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
    assert child.get("k") == "got k" and child["get"] is proto.get and "get" not in child
    assert dict.get(obj, "title") == "x"


def test_a_number_key_written_from_python_reads_as_its_string() -> None:
    obj = JSObject()
    obj[1] = "one"  # generated code writes obj[str(i)] / js.key(k); Python callers may not
    assert obj["1"] == "one" and obj[1] == "one" and list(obj) == ["1"]
    obj[2.5] = "x"
    assert JSObject.keys(obj) == ["1", "2.5"] and obj["2.5"] == "x"


@pytest.mark.skipif(NODE is None, reason=NODE_MISSING)
def test_json_stringify_matches_node() -> None:
    value = JSObject({"s": 'q"\\\n\t\u2028\x01', "n": JSArray([1, 1.5, NaN, None, undefined]), "u": undefined,
                      "o": JSObject(x=JSArray())})
    js_literal = '{"s": "q\\"\\\\\\n\\t\\u2028\\u0001", "n": [1, 1.5, NaN, null, undefined], "u": undefined, "o": {x: []}}'
    script = f"const v = {js_literal}; console.log(JSON.stringify(v)); console.log(JSON.stringify(v, null, 3));"
    done = subprocess.run([NODE, "-e", script], capture_output=True, text=True, check=True)
    assert JSON.stringify(value) + "\n" + JSON.stringify(value, undefined, 3) + "\n" == done.stdout


def test_json_parse_errors_are_syntax_errors() -> None:
    with pytest.raises(js.JSSyntaxError):
        JSON.parse("{bad")


def _random_value(rng: "random.Random", depth: int = 0) -> object:
    choice = rng.randrange(12 if depth < 4 else 7)
    scalars = [
        lambda: rng.randrange(-10**6, 10**6), lambda: rng.choice([0.5, -1.25, 3.0, 1e-7, 1e21, 2.5e16, 0.1 + 0.2, NaN]),
        lambda: rng.choice(["", "a\"b", "é\n\t", "\ud800x", "\U0001F600"]), lambda: rng.choice([True, False, None]),
        lambda: undefined, lambda: (lambda: 1), lambda: 10**22,
    ]
    if choice < len(scalars):
        return scalars[choice]()
    if choice < 9:
        return JSArray(_random_value(rng, depth + 1) for _ in range(rng.randrange(4)))
    keys = rng.sample(["a", "b", "2", "10", "x y", "toJSON_", "z"], rng.randrange(5))
    return JSObject({k: _random_value(rng, depth + 1) for k in keys})


def test_json_stringify_fast_path_equals_the_general_path() -> None:
    """JSON.stringify writes plain values through Python's C encoder; for 3,000 random values
    it gives exactly what the general (JS-rule by rule) serialiser gives."""
    import random

    from runtime.js.json_codec import _stringify_plain

    rng = random.Random(4)
    fast_used = 0
    for _ in range(3000):
        value = _random_value(rng)
        general = JSON.stringify(value, None)  # a replacer that is not a function: the general path
        fast = JSON.stringify(value)
        assert fast == general, value
        fast_used += _stringify_plain(value) is not None
    assert fast_used > 1000, "the random values must exercise the fast path itself"
