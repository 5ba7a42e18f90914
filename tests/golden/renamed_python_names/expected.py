"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSObject, Ti


def main():
    # JS names that are Python keywords, builtins or runtime names get a trailing underscore.
    def print_(msg):
        Ti.API.info(f"print: {msg}")

    len_ = 3
    list_ = JSArray(["x"])
    lambda_ = "λ"
    self_ = JSObject({"None": "not python None"})
    js_ = "shadow"
    print_(
        str(len_)
        + " "
        + js.to_str(list_[0])
        + " "
        + lambda_
        + " "
        + js.to_str(self_["None"])
        + " "
        + js_
    )


__ti2py_lines__ = "14:2:13;15:2:30;17:3:1;18:4:1;19:5:1;20:6:1;21:7:1;22:8:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
