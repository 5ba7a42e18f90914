"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from runtime import js, JSArray, JSError, Ti, undefined


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
        i = 0
        while i < 2:
            i_2 = 5
            while i_2 < 6:
                Ti.API.info(f"inner i {i_2}")
                i_2 += 1
            i += 1
        return v

    Ti.API.info(f())
    fns = JSArray([])
    i = 0
    while i < 3:
        i2 = i * 2
        i2_2 = "shadow"

        def push_callback(*, i2=i2):
            return i2

        fns.append(push_callback)
        i += 1

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


__ti2py_lines__ = "14:2:1;16:3:3;17:3:14;18:4:1;20:5:1;21:6:3;22:7:3;23:7:15;24:7:34;25:8:8;26:8:3;27:8:38;28:8:33;29:8:61;30:8:56;31:8:26;32:9:3;34:11:1;35:12:1;36:13:6;37:13:1;38:13:31;39:13:49;41:13:79;42:13:85;44:13:70;45:13:24;47:16:1;48:17:3;49:17:30;50:18:3;52:14:21;53:14:26;55:14:1;56:15:1;57:20:1;58:21:1;59:21:7;61:21:1;62:21:44;63:22:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from runtime.runner import run_module

    run_module(__file__)
