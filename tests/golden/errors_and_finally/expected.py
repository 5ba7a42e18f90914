"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSError, Ti, undefined


def main():
    # errors finally order
    log = JSArray([])

    def f():
        try:
            log.append("try")
            return "ret"
        finally:
            log.append("finally")
        return undefined

    log.append(f())
    try:
        try:
            raise JSError("inner")
        finally:
            log.append("inner finally")
    except Exception as exc:
        e = js.caught(exc)
        log.append("caught " + js.to_str(e.message))
    Ti.API.info(log.join(", "))


__ti2py_lines__ = "14:2:1;16:3:1;17:3:16;18:3:22;19:3:39;21:3:65;22:3:1;24:4:1;25:5:1;26:5:7;27:5:13;29:5:51;31:5:1;32:5:94;33:6:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
