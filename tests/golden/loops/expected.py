"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSObject, Ti


def main():
    # for loops: the update runs before every continue; for...in visits keys in JS order.
    items = JSArray(["a", "b", "c", "d"])
    picked = JSArray([])
    i = 0
    while i < len(items):
        if items[i] == "b":
            i += 1
            continue
        j = 0
        while j < 2:
            picked.append(js.add(items[i], j))
            j = j + 1
        i += 1
    Ti.API.info(f"{picked.join(',')} i={i}")
    counts = JSObject({"z": 1, "10": 2, "a": 3, "2": 4})
    keys = JSArray([])
    for key in counts:
        keys.append(f"{key}={counts[key]}")
    Ti.API.info(keys.join(" "))


__ti2py_lines__ = "14:2:1;15:3:1;16:4:6;17:4:1;18:5:5;19:4:35;20:6:9;21:8:10;22:8:5;23:9:9;24:8:28;25:4:35;26:12:1;27:13:1;28:14:1;29:15:1;30:16:5;31:18:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
