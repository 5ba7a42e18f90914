"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSError, Ti


def main():
    i = 0
    out = JSArray([])
    while i < 10:
        i = i + 1
        if i % 2 == 0:
            continue
        elif i > 7:
            break
        out.append(i)
    Ti.API.info(out.join(" "))
    try:
        raise JSError("boom")
    except Exception as exc:
        err = js.caught(exc)
        Ti.API.info("caught " + js.to_str(err.message))
    finally:
        Ti.API.info("finally")
    grade = "high" if i > 5 else "low"
    Ti.API.info(grade)


__ti2py_lines__ = "13:1:1;14:2:1;15:3:1;16:4:5;17:5:5;18:6:9;19:7:12;20:8:9;21:10:5;22:12:1;23:13:1;24:14:5;26:13:1;27:16:5;29:18:5;30:20:1;31:21:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
