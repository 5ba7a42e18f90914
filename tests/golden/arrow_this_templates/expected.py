"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSObject, Ti


def main():
    # es2015 arrow this lexical
    @js.this_function
    def start(this, *_args):
        def forEach_callback(x):
            this.n = js.add(this.n, x)

        JSArray([1, 2, 3]).forEach(forEach_callback)
        return this.n

    timer = JSObject(n=0, start=start)
    Ti.API.info(js.invoke(timer, "start"))


__ti2py_lines__ = "15:2:27;16:2:59;17:2:68;19:2:41;20:2:85;22:2:1;23:3:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
