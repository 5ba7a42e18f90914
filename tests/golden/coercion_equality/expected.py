"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from runtime import js, JSArray, NaN, Ti, undefined


def main():
    # coercion equality
    vals = JSArray([0, "", "0", None, undefined, False, "false", NaN, 1, "1", True])
    rows = JSArray([])
    i = 0
    while i < len(vals):
        r = ""
        j = 0
        while j < len(vals):
            r += "1" if js.loose_eq(vals[i], vals[j]) else "0"
            j += 1
        rows.append(r)
        i += 1
    Ti.API.info(rows.join(" "))


__ti2py_lines__ = "14:2:1;15:3:1;16:4:6;17:4:1;18:4:41;19:4:58;20:4:53;21:4:93;22:4:86;23:4:134;24:4:34;25:5:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from runtime.runner import run_module

    run_module(__file__)
