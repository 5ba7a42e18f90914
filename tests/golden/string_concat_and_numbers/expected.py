"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, Ti


def main():
    n = 7
    half = js.div(n, 2)
    whole = js.div(8, 4)
    label = f"n={n}"
    Ti.API.info(label + ", half=" + js.to_str(half) + ", whole=" + js.to_str(whole))
    Ti.API.info("sum: 12")
    Ti.API.info(f"{1 + 2} is three")
    Ti.API.info(
        "zero division: "
        + js.to_str(js.div(1, 0))
        + " "
        + js.to_str(js.div(-1, 0))
        + " "
        + js.to_str(js.div(0, 0))
    )
    Ti.API.info(
        "float: "
        + js.to_str(0.1 + 0.2)
        + " big: "
        + js.to_str(1e21)
        + " neg zero: "
        + js.to_str(-0.0)
    )
    Ti.API.info("modulo: " + js.to_str(js.mod(-7, 3)))


__ti2py_lines__ = (
    "13:1:1;14:2:1;15:3:1;16:4:1;17:5:1;18:6:1;19:7:1;20:8:1;28:9:1;36:10:1"
)
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
