"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSTypeError, Ti, undefined


def main():
    # let/const in loops: each iteration has its own binding, so closures keep their own values.
    fns = JSArray([])
    for i in range(3):

        def push_callback(*_args, i=i):
            return i

        fns.append(push_callback)
    more = JSArray([])
    for k in range(3):
        doubled = k * 2
        label = f"k{k}"

        def push_callback_2(*_args, doubled=doubled, label=label):
            return f"{label}={doubled}"

        more.append(push_callback_2)
    viaVar = JSArray([])
    j = 0
    while j < 3:

        def push_callback_3(*_args):
            return j

        viaVar.append(push_callback_3)
        j += 1
    items = JSArray([])
    for word in js.for_of(JSArray(["a", "b"])):

        def push_callback_4(suffix=undefined, *_args, word=word):
            return js.add(word, suffix)

        items.append(push_callback_4)

    def map_callback(f):
        return js.call(f)

    def map_callback_2(f):
        return js.call(f)

    def map_callback_3(f):
        return js.call(f)

    def map_callback_4(f):
        return js.call(f, "!")

    Ti.API.info(
        f"{fns.map(map_callback).join(',')} {more.map(map_callback_2).join(',')} {viaVar.map(map_callback_3).join(',')} {items.map(map_callback_4).join(',')}"
    )
    LIMIT = 2
    try:
        raise JSTypeError("Assignment to constant variable.")
    except Exception as exc:
        e = js.caught(exc)
        Ti.API.info(js.to_str(e.name) + ": " + js.to_str(e.message) + " " + str(LIMIT))
    shared = JSArray([])
    for v in js.for_of(JSArray([1, 2])):

        def push_callback_5(*_args):
            return v

        shared.append(push_callback_5)

    def map_callback_5(f):
        return js.call(f)

    Ti.API.info(shared.map(map_callback_5).join(","))


__ti2py_lines__ = "14:2:1;15:3:1;17:4:14;18:4:28;20:4:5;21:6:1;22:7:1;23:8:5;24:9:5;26:10:15;27:10:21;29:10:5;30:12:1;31:13:6;32:13:1;34:14:17;35:14:31;37:14:5;38:13:24;39:16:1;40:17:1;42:18:16;43:18:36;45:18:5;47:20:21;48:20:36;50:20:78;51:20:93;53:21:16;54:21:31;56:21:74;57:21:89;59:20:1;62:22:1;63:23:1;64:24:5;66:23:1;67:26:5;68:28:1;69:29:1;71:30:17;72:30:31;74:30:5;76:32:24;77:32:39;79:32:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
