"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSObject, JSON, Ti, undefined


def main():
    # object spread (ES2018) and Object.assign
    defaults = JSObject(color="red", size=2, tags=JSArray(["a"]))
    merged = js.Object.assign(
        JSObject(), defaults, JSObject(size=3), None, undefined, JSObject(extra=True)
    )
    Ti.API.info(JSON.stringify(merged))
    Ti.API.info(js.strict_eq(merged.tags, defaults.tags))  # a shallow copy
    copy = js.Object.assign(JSObject(), defaults)
    copy.color = "blue"
    Ti.API.info(js.to_str(defaults.color) + " " + js.to_str(copy.color))
    fromArray = js.Object.assign(JSObject(), "hi", JSArray([7]))
    Ti.API.info(JSON.stringify(fromArray))
    numbered = js.Object.assign(
        JSObject({"b": 1, "2": "two"}), JSObject({"1": "one", "a": 0})
    )
    Ti.API.info(js.invoke(js.Object.keys(numbered), "join", ","))
    assigned = js.Object.assign(JSObject(), JSObject(x=1), None, JSObject(y=2))
    Ti.API.info(JSON.stringify(assigned))


__ti2py_lines__ = "14:2:1;15:3:1;18:4:1;19:5:1;20:6:1;21:7:1;22:8:1;23:9:1;24:10:1;25:11:1;28:12:1;29:13:1;30:14:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
