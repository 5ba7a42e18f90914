"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, Ti, undefined


def main():
    early = undefined
    inBlock = undefined

    def greet(name):
        return f"hello, {name}"

    # Calls a function declared further down, and reads a var before its declaration.
    Ti.API.info(greet("world"))
    Ti.API.info("early is " + js.typeof(early) + ": " + js.to_str(early))
    early = "assigned"
    Ti.API.info("now early is " + js.to_str(early))
    if early:
        inBlock = 1
    Ti.API.info("inBlock=" + js.to_str(inBlock))


__ti2py_lines__ = "13:7:1;17:8:5;20:2:1;21:3:1;22:4:1;23:5:1;24:11:1;25:12:5;26:14:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
