"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, Math, Ti


def main():
    # es2015 spread strings sets
    unique = JSArray([*js.for_of(js.Set("banana"))])
    Ti.API.info(
        unique.join("")
        + " "
        + js.to_str(Math.min(*js.for_of(JSArray([4, 2, 8]))))
        + " "
        + str(len(JSArray([*js.for_of("hi"), *js.for_of(JSArray([1, 2]))])))
    )


__ti2py_lines__ = "14:2:1;15:3:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
