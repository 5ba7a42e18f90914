"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSObject, Ti, undefined


def main():
    # destructuring in parameters and loop heads
    def area(arg, arg_2=undefined):
        if arg_2 is undefined:
            arg_2 = JSArray([7, 8])
        w = arg.w
        h = 2 if arg.h is undefined else arg.h
        tmp = js.unpack(arg_2, 2)
        u = tmp[0]
        v = tmp[1]
        return js.add(js.add(js.mul(w, h), u), v)

    Ti.API.info(
        js.to_str(area(JSObject(w=3)))
        + " "
        + js.to_str(area(JSObject(w=1, h=1), JSArray([0, 0])))
    )

    def describe(arg_3):
        name = arg_3.name
        tmp_2 = JSArray([]) if arg_3.tags is undefined else arg_3.tags
        tmp_3 = js.unpack(tmp_2, 1)
        firstTag = "none" if tmp_3[0] is undefined else tmp_3[0]
        return js.to_str(name) + "#" + js.to_str(firstTag)

    Ti.API.info(
        f"{describe(JSObject(name='a'))} {describe(JSObject(name='b', tags=JSArray(['x', 'y'])))}"
    )

    def head(*rest):
        rest = JSArray(rest)
        tmp_4 = rest
        one = tmp_4[0]
        two = tmp_4[1]
        return js.add(one, two)

    Ti.API.info(js.call(head, 1, 2, 3))
    pairs = JSArray([JSArray(["k1", 1]), JSArray(["k2", 2])])
    for item in js.for_of(pairs):
        tmp_5 = js.unpack(item, 2)
        k = tmp_5[0]
        v = tmp_5[1]
        Ti.API.info(js.to_str(k) + "=" + js.to_str(v))
    m = js.Map(JSArray([JSArray(["p", JSObject(q=1)]), JSArray(["r", JSObject(q=2)])]))
    for item_2 in js.for_of(m):
        tmp_6 = js.unpack(item_2, 2)
        key = tmp_6[0]
        q = tmp_6[1].q
        Ti.API.info(js.add(key, q))
    fns = JSArray([])
    for item_3 in js.for_of(JSArray([JSArray([0, "zero"]), JSArray([1, "one"])])):
        tmp_7 = js.unpack(item_3, 2)
        i = tmp_7[0]
        label = tmp_7[1]

        def push_callback(*_args, i=i, label=label):
            return js.add(i, label)

        fns.append(push_callback)

    def map_callback(f):
        return js.call(f)

    Ti.API.info(fns.map(map_callback).join(","))
    k2 = undefined
    v2 = undefined
    for item_4 in js.for_of(JSArray([JSArray(["last", 99])])):
        tmp_8 = js.unpack(item_4, 2)
        k2 = tmp_8[0]
        v2 = tmp_8[1]
    Ti.API.info(js.add(k2, v2))


__ti2py_lines__ = "14:2:1;15:2:36;17:2:16;18:2:19;19:2:27;20:2:28;21:2:31;22:2:46;24:3:1;30:4:18;31:4:20;32:4:32;34:4:33;35:4:62;37:5:1;41:6:1;43:6:18;44:6:19;45:6:24;46:6:32;48:7:1;49:8:1;50:9:1;51:9:12;52:9:13;53:9:16;54:9:29;55:10:1;56:11:1;57:11:12;58:11:13;59:11:19;60:11:29;61:12:1;62:13:1;63:13:12;64:13:13;65:13:16;67:13:62;68:13:68;70:13:53;72:14:21;73:14:26;75:14:1;76:15:1;78:16:1;79:16:6;80:16:7;81:16:11;82:17:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
