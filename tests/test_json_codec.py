"""JSON.stringify / JSON.parse: the fast ways (orjson, or Python's json when orjson is missing)
give exactly what the general, rule-by-rule way and node give."""

from __future__ import annotations

import json
import random
import subprocess
from typing import Any, Iterator

import pytest

from differential import NODE, NODE_MISSING
from ti2py.runtime import JSON, JSArray, JSObject, NaN, js
from ti2py.runtime.js import json_codec
from ti2py.runtime.js.values import undefined

CODECS = ["orjson", "json"] if json_codec._orjson is not None else ["json"]


@pytest.fixture(params=CODECS)
def codec(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Runs a test once with orjson (when installed) and once with Python's json module only."""
    if request.param == "json":
        monkeypatch.setattr(json_codec, "_orjson", None)
    yield request.param


def _random_value(rng: random.Random, depth: int = 0) -> object:
    choice = rng.randrange(12 if depth < 4 else 7)
    scalars = [
        lambda: rng.randrange(-10**6, 10**6),
        lambda: rng.choice([0.5, -1.25, 3.0, -0.0, 1e-7, 3e-6, 1e21, 2.5e16, 0.1 + 0.2, NaN, 2**60]),
        lambda: rng.choice(["", "a\"b", "é\n\t", "\ud800x", "\U0001F600", "1.0,", "e+1", '"7":']),
        lambda: rng.choice([True, False, None]),
        lambda: undefined, lambda: (lambda: 1), lambda: 10**22,
    ]
    if choice < len(scalars):
        return scalars[choice]()
    if choice < 9:
        return JSArray(_random_value(rng, depth + 1) for _ in range(rng.randrange(4)))
    keys = rng.sample(["a", "b", "2", "10", "x y", "toJSON_", "z", "07", "__proto__x"], rng.randrange(5))
    return JSObject({k: _random_value(rng, depth + 1) for k in keys})


def test_stringify_fast_way_equals_the_general_way(codec: str) -> None:
    """For 3,000 random values (numbers where Python, orjson and JS write them differently,
    index keys, undefined, functions, lone surrogates) the fast way gives what the general way
    gives, and most values take the fast way."""
    rng = random.Random(4)
    fast_used = 0
    for _ in range(3000):
        value = _random_value(rng)
        general = JSON.stringify(value, None)  # a replacer that is not a function: the general way
        assert JSON.stringify(value) == general, value
        fast_used += json_codec._stringify_plain(value) is not None
    assert fast_used > 1000, "the random values must exercise the fast way itself"


def test_orjson_takes_the_plain_values_and_passes_on_the_others() -> None:
    if json_codec._orjson is None:
        pytest.skip("orjson is not installed")
    assert json_codec._stringify_orjson(JSObject(a=JSArray([1, 2.5, "x"]), b=None)) == '{"a":[1,2.5,"x"],"b":null}'
    for value in (JSObject(a=undefined), JSObject(b=1, **{"2": 0}), JSArray([3.0]), 2.5e16, 3e-6, "\ud800"):
        assert json_codec._stringify_orjson(value) is None, value


def _structure(value: Any) -> Any:
    """A value with the Python type of every number kept, to compare two parses exactly."""
    if isinstance(value, JSObject):
        return ("object", [(k, _structure(v)) for k, v in JSObject.items(value)])
    if isinstance(value, JSArray):
        return ("array", [_structure(v) for v in value])
    return (type(value).__name__, repr(value))


def test_parse_gives_the_same_values_with_either_codec(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(9)
    texts = []
    for _ in range(1500):
        text = JSON.stringify(_random_value(rng))
        if text is not undefined:
            texts.append(text)
    texts += ['{"a":1.0,"b":-0.0,"c":[1e2,2.5,[3.0]],"d":{"e":{}}}', '"\\ud800"', "1.5", "[[[]]]", " 7 "]
    with_default = [_structure(JSON.parse(t)) for t in texts]
    monkeypatch.setattr(json_codec, "_orjson", None)
    assert [_structure(JSON.parse(t)) for t in texts] == with_default


BAD_TEXTS = ["{bad", "", "[1,]", "{'a': 1}", "NaN", "[1] x", '"\t"', "\ufeff{}", "tru"]


def _syntax_errors(texts: list[str]) -> list[str]:
    messages = []
    for text in texts:
        with pytest.raises(js.JSSyntaxError) as caught:
            JSON.parse(text)
        messages.append(str(caught.value))
    return messages


def test_parse_errors_read_the_same_with_either_codec(monkeypatch: pytest.MonkeyPatch) -> None:
    with_default = _syntax_errors(BAD_TEXTS)
    assert with_default[:2] == ['SyntaxError: JSON Parse error: Unexpected identifier "bad"',
                                "SyntaxError: JSON Parse error: Unexpected EOF"]
    monkeypatch.setattr(json_codec, "_orjson", None)
    assert _syntax_errors(BAD_TEXTS) == with_default


# Texts whose round trip differs between Python's json, orjson and JS unless handled.
ROUND_TRIPS = [
    '{"b":1,"2":2,"1":3,"a":[1.0,-0.0,1e-6,1.5e-7,2.5e16,1e21,123456.789]}',
    '[0.000003,5e-324,1.7976931348623157e308,9007199254740993]',
    '{"s":"\\ud800 \\u2028 \\u0001 é \\"q\\" \\\\","07":1,"__proto__x":2}',
    '{"a":{"a":{"a":[[[{"x":1e400}]]]}}}',
    '{"dup":1,"dup":2}',
]


@pytest.mark.skipif(NODE is None, reason=NODE_MISSING)
def test_round_trips_match_node(codec: str) -> None:
    script = ("const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "for (const t of texts) console.log(JSON.stringify(JSON.parse(t)));")
    done = subprocess.run([NODE, "-e", script], input=json.dumps(ROUND_TRIPS), capture_output=True, text=True, check=True)
    expected = done.stdout.split("\n")[:-1]  # (not splitlines: U+2028 is not a line end here)
    assert [JSON.stringify(JSON.parse(t)) for t in ROUND_TRIPS] == expected


@pytest.mark.skipif(NODE is None, reason=NODE_MISSING)
def test_stringify_matches_node(codec: str) -> None:
    value = JSObject({"s": 'q"\\\n\t\u2028\x01', "n": JSArray([1, 1.5, NaN, None, undefined]), "u": undefined,
                      "o": JSObject(x=JSArray())})
    js_literal = '{"s": "q\\"\\\\\\n\\t\\u2028\\u0001", "n": [1, 1.5, NaN, null, undefined], "u": undefined, "o": {x: []}}'
    script = f"const v = {js_literal}; console.log(JSON.stringify(v)); console.log(JSON.stringify(v, null, 3));"
    done = subprocess.run([NODE, "-e", script], capture_output=True, text=True, check=True)
    assert JSON.stringify(value) + "\n" + JSON.stringify(value, undefined, 3) + "\n" == done.stdout
