"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSObject, Ti, undefined


def main():
    nothing = None
    missing = undefined
    obj = JSObject(a=1)
    Ti.API.info(
        f"{js.typeof(nothing)} {js.typeof(missing)} {js.typeof(obj.b)} {'undefined'}"
    )
    Ti.API.info(
        "null==undefined: "
        + js.to_str(missing in (None, undefined))
        + ", null===undefined: "
        + js.to_str(missing is None)
    )
    Ti.API.info(
        "missing is " + js.to_str(missing) + ", nothing is " + js.to_str(nothing)
    )
    if obj.b is undefined:
        Ti.API.info("obj.b is undefined")
    if nothing is not None:
        Ti.API.info("unreachable")
    else:
        Ti.API.info("nothing is null")


__ti2py_lines__ = (
    "13:1:1;14:2:1;15:3:1;16:4:1;19:5:1;25:6:1;28:7:1;29:8:5;30:10:1;31:11:5;33:13:5"
)
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
