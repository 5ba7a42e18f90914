"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSObject, JSON, Ti, undefined


def main():
    payload = JSObject(
        {
            "name": "dog@2x~iphone.jpg",
            "size": 1024,
            "ratio": 0.5,
            "tags": JSArray(["a", "b", None]),
            "nested": JSObject(ok=True, skipped=undefined),
            "content-available": 1,
            "2": "two",
            "1": "one",
        }
    )
    Ti.API.info(JSON.stringify(payload))
    Ti.API.info(JSON.stringify(payload, None, 2))
    Ti.API.info(JSON.stringify('quote " and \\ and \n newline'))
    parsed = JSON.parse('{"x": [1, 2.5, "s"], "y": null}')
    Ti.API.info(
        js.to_str(js.get(parsed.x, 1))
        + " "
        + js.to_str(parsed.y)
        + " "
        + js.to_str(js.get(parsed.x, "length"))
    )


__ti2py_lines__ = "13:1:1;25:11:1;26:12:1;27:13:1;28:14:1;29:15:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
