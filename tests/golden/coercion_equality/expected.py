"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, NaN, Ti, undefined


def main():
    # coercion equality
    vals = JSArray([0, "", "0", None, undefined, False, "false", NaN, 1, "1", True])
    rows = JSArray([])
    for val in vals:
        r = ""
        for item in vals:
            r += "1" if js.loose_eq(val, item) else "0"
        rows.append(r)
    Ti.API.info(rows.join(" "))


__ti2py_lines__ = "14:2:1;15:3:1;16:4:1;17:4:41;18:4:53;19:4:93;20:4:134;21:5:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
