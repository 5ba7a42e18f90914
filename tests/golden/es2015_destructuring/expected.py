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
        u = js.get(arg_2, 0)
        v = js.get(arg_2, 1)
        return js.add(js.add(js.mul(w, h), u), v)

    Ti.API.info(
        js.to_str(area(JSObject(w=3)))
        + " "
        + js.to_str(area(JSObject(w=1, h=1), JSArray([0, 0])))
    )

    def describe(arg_3):
        name = arg_3.name
        tmp = JSArray([]) if arg_3.tags is undefined else arg_3.tags
        firstTag = "none" if js.get(tmp, 0) is undefined else js.get(tmp, 0)
        return js.to_str(name) + "#" + js.to_str(firstTag)

    Ti.API.info(
        f"{describe(JSObject(name='a'))} {describe(JSObject(name='b', tags=JSArray(['x', 'y'])))}"
    )

    def head(*rest):
        rest = JSArray(rest)
        one = rest[0]
        two = rest[1]
        return js.add(one, two)

    Ti.API.info(js.call(head, 1, 2, 3))
    pairs = JSArray([JSArray(["k1", 1]), JSArray(["k2", 2])])
    for item in js.for_of(pairs):
        k = js.get(item, 0)
        v = js.get(item, 1)
        Ti.API.info(js.to_str(k) + "=" + js.to_str(v))
    m = js.Map(JSArray([JSArray(["p", JSObject(q=1)]), JSArray(["r", JSObject(q=2)])]))
    for item_2 in js.for_of(m):
        key = js.get(item_2, 0)
        q = js.get(item_2, 1).q
        Ti.API.info(js.add(key, q))
    fns = JSArray([])
    for item_3 in js.for_of(JSArray([JSArray([0, "zero"]), JSArray([1, "one"])])):
        i = js.get(item_3, 0)
        label = js.get(item_3, 1)

        def push_callback(*_args, i=i, label=label):
            return js.add(i, label)

        fns.append(push_callback)

    def map_callback(f):
        return js.call(f)

    Ti.API.info(fns.map(map_callback).join(","))
    k2 = undefined
    v2 = undefined
    for item_4 in js.for_of(JSArray([JSArray(["last", 99])])):
        k2 = js.get(item_4, 0)
        v2 = js.get(item_4, 1)
    Ti.API.info(js.add(k2, v2))


__ti2py_lines__ = "14:2:1;15:2:36;17:2:16;18:2:19;19:2:28;20:2:31;21:2:46;23:3:1;29:4:18;30:4:20;31:4:32;32:4:33;33:4:62;35:5:1;39:6:1;41:6:19;42:6:24;43:6:32;45:7:1;46:8:1;47:9:1;48:9:13;49:9:16;50:9:29;51:10:1;52:11:1;53:11:13;54:11:19;55:11:29;56:12:1;57:13:1;58:13:13;59:13:16;61:13:62;62:13:68;64:13:53;66:14:21;67:14:26;69:14:1;70:15:1;72:16:1;73:16:7;74:16:11;75:17:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
