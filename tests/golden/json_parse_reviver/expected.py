"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import Date, js, JSArray, JSON, JSSyntaxError, Ti, undefined


def main():
    # JSON.parse with a reviver, and its errors (SyntaxError; the message wording is the engine's)
    def parse_callback(key, value):
        if key == "drop":
            return undefined
        if js.typeof(value) == "number":
            return js.mul(value, 10)
        if key == "when":
            return Date(value).getTime()
        return value

    data = JSON.parse(
        '{"when": "2021-01-02T03:04:05.000Z", "n": [1, 2, {"drop": true, "keep": 3}]}',
        parse_callback,
    )
    Ti.API.info(JSON.stringify(data))
    order = JSArray([])

    def parse_callback_2(k, v):
        order.append("(root)" if k == "" else k)
        return v

    JSON.parse('{"a": {"b": 1}, "c": [2]}', parse_callback_2)
    Ti.API.info(order.join(" "))

    def forEach_callback(text):
        try:
            JSON.parse(text)
            Ti.API.info("parsed " + js.to_str(text))
        except Exception as exc:
            e = js.caught(exc)
            Ti.API.info(
                js.to_str(e.name)
                + " "
                + js.to_str(js.instanceof(e, JSSyntaxError))
                + " "
                + js.to_str(js.gt(js.get(e.message, "length"), 0))
            )

    JSArray(["", "{", "<html>", "{'a': 1}", "[1,]", "nope", '{"a" 1}']).forEach(
        forEach_callback
    )


__ti2py_lines__ = "14:2:103;15:3:3;16:3:23;17:4:3;18:4:34;19:5:3;20:5:23;21:6:3;23:2:1;27:8:1;28:9:1;30:10:41;31:10:59;32:10:96;34:10:1;35:11:1;37:12:70;38:13:3;39:13:9;40:13:27;42:13:3;43:14:15;51:12:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
