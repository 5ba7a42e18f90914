"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSObject, JSON, Ti, undefined


def main():
    # Object.defineProperty: values, accessors, enumerability, writability
    o = JSObject()
    js.Object.defineProperty(o, "hidden", JSObject(value=42))

    @js.this_function
    def get(this, *_args):
        return js.mul(this.hidden, 2)

    js.Object.defineProperty(o, "twice", JSObject(get=get, enumerable=True))
    o.hidden = 1  # not writable: ignored
    Ti.API.info(
        js.to_str(o.hidden)
        + " "
        + js.to_str(o.twice)
        + " "
        + js.to_str(js.invoke(js.Object.keys(o), "join", ","))
        + " "
        + JSON.stringify(o)
    )
    temp = JSObject({"_c": 20})

    @js.named("get")
    @js.this_function
    def get_2(this, *_args):
        return js.div(js.mul(js.get(this, "_c"), 9), 5) + 32

    @js.this_function
    def set_(this, f=undefined, *_args):
        js.set_(this, "_c", js.div(js.sub(f, 32) * 5, 9))
        return undefined

    js.Object.defineProperty(temp, "fahrenheit", JSObject(get=get_2, set=set_))
    temp.fahrenheit = 212
    Ti.API.info(
        js.to_str(temp["_c"])
        + " "
        + js.to_str(temp.fahrenheit)
        + " "
        + js.to_str(js.invoke(js.Object.keys(temp), "join", ","))
    )
    w = JSObject()
    js.Object.defineProperty(
        w, "x", JSObject(value=1, writable=True, enumerable=True, configurable=True)
    )
    w.x = 5
    Ti.API.info(JSON.stringify(w))
    js.Object.defineProperties(
        w, JSObject(y=JSObject(value=2, enumerable=True), z=JSObject(value=3))
    )
    Ti.API.info(
        js.to_str(js.invoke(js.Object.keys(w), "join", ","))
        + " "
        + js.to_str(w.z)
        + " "
        + js.to_str("z" in w)
    )
    try:

        @js.named("get")
        def on_get(*_args):
            return 1

        js.Object.defineProperty(w, "bad", JSObject(get=on_get, value=2))
    except Exception as exc:
        e = js.caught(exc)
        Ti.API.info(e.name)


__ti2py_lines__ = "14:2:1;15:3:1;18:4:41;19:4:55;21:4:1;22:5:1;23:6:1;32:7:1;36:9:8;37:9:22;40:10:8;41:10:23;42:10:8;44:8:1;45:12:1;46:13:1;53:14:1;54:15:1;57:16:1;58:17:1;59:18:1;62:19:1;69:20:1;72:21:41;73:21:55;75:21:3;77:20:1;78:23:3"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
