"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSError, Ti, undefined


def main():
    # block-scoped let/const and catch parameters that shadow outer names
    item = undefined
    x = 1
    x_2 = 2
    Ti.API.info(x_2)
    Ti.API.info(x)

    def f():
        v = "outer"
        if True:
            v_2 = "inner"
            Ti.API.info(v_2)
        for i in range(2):
            for i_2 in range(5, 6):
                Ti.API.info(f"inner i {i_2}")
        return v

    Ti.API.info(f())
    fns = JSArray([])
    for i in range(3):
        i2 = i * 2
        i2_2 = "shadow"

        def push_callback(*_args, i2=i2):
            return i2

        fns.append(push_callback)

    def g(list_=undefined):
        for item_2 in js.for_of(list_):
            Ti.API.info(item_2)
        return item

    def map_callback(g):
        return js.call(g)

    Ti.API.info(fns.map(map_callback).join(","))
    item = "global"
    Ti.API.info(js.call(g, JSArray([1, 2])))
    try:
        raise JSError("e1")
    except Exception as exc:
        x_3 = js.caught(exc)
        Ti.API.info(x_3.message)
    Ti.API.info(x)


__ti2py_lines__ = "14:2:1;16:3:3;17:3:14;18:4:1;20:5:1;21:6:3;22:7:3;23:7:15;24:7:34;25:8:3;26:8:33;27:8:61;28:9:3;30:11:1;31:12:1;32:13:1;33:13:31;34:13:49;36:13:79;37:13:85;39:13:70;41:16:1;42:17:3;43:17:30;44:18:3;46:14:21;47:14:26;49:14:1;50:15:1;51:20:1;52:21:1;53:21:7;55:21:1;56:21:44;57:22:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
