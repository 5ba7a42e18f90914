"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from runtime import js, JSArray, JSTypeError, Ti


def main():
    # let/const in loops: each iteration has its own binding, so closures keep their own values.
    fns = JSArray([])
    i = 0
    while i < 3:

        def push_callback(*, i=i):
            return i

        fns.append(push_callback)
        i += 1
    more = JSArray([])
    k = 0
    while k < 3:
        doubled = k * 2
        label = f"k{k}"

        def push_callback_2(*, doubled=doubled, label=label):
            return f"{label}={doubled}"

        more.append(push_callback_2)
        k += 1
    viaVar = JSArray([])
    j = 0
    while j < 3:

        def push_callback_3():
            return j

        viaVar.append(push_callback_3)
        j += 1
    items = JSArray([])
    for word in js.for_of(JSArray(["a", "b"])):

        def push_callback_4(suffix, *, word=word):
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

        def push_callback_5():
            return v

        shared.append(push_callback_5)

    def map_callback_5(f):
        return js.call(f)

    Ti.API.info(shared.map(map_callback_5).join(","))


__ti2py_lines__ = "14:2:1;15:3:6;16:3:1;18:4:14;19:4:28;21:4:5;22:3:24;23:6:1;24:7:6;25:7:1;26:8:5;27:9:5;29:10:15;30:10:21;32:10:5;33:7:24;34:12:1;35:13:6;36:13:1;38:14:17;39:14:31;41:14:5;42:13:24;43:16:1;44:17:1;46:18:16;47:18:36;49:18:5;51:20:21;52:20:36;54:20:78;55:20:93;57:21:16;58:21:31;60:21:74;61:21:89;63:20:1;66:22:1;67:23:1;68:24:5;70:23:1;71:26:5;72:28:1;73:29:1;75:30:17;76:30:31;78:30:5;80:32:24;81:32:39;83:32:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from runtime.runner import run_module

    run_module(__file__)
