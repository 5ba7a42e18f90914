"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, Ti, undefined


def main():
    # switch without fall-through becomes if/elif; cases compare with ===.
    def describe(kind):
        if kind == "png" or kind == "jpg":
            return "image"
        elif kind == "mp4":
            return "video"
        elif js.strict_eq(kind, 1):
            return 'one (a number, not "1")'
        else:
            return "other"
        return undefined

    Ti.API.info(
        JSArray(
            [
                describe("png"),
                describe("jpg"),
                describe("mp4"),
                describe(1),
                describe("1"),
            ]
        ).join(", ")
    )
    log = JSArray([])
    for i in range(6):
        switch_value = i % 3
        if switch_value == 0:
            log.append("zero")
        elif switch_value == 1:
            continue
        else:
            log.append("two")
        log.append(i)
    Ti.API.info(log.join(" "))
    # do...while runs once before testing; continue goes to the test.
    n = 0
    seen = JSArray([])
    while True:
        n = n + 1
        if n == 2:
            if not n < 5:
                break
            continue
        seen.append(n)
        if not n < 5:
            break
    Ti.API.info(f"{seen.join(',')} n={n}")
    while True:
        Ti.API.info("runs once")
        if not False:
            break
    # Bitwise operators work on int32, as in JS.
    flags = 0
    flags = js.bit_or(flags, 4)
    flags = js.bit_or(flags, 1)
    Ti.API.info(
        js.to_str(js.bit_and(flags, 4))
        + " "
        + js.to_str(js.bit_xor(flags, 1))
        + " "
        + js.to_str(js.bit_not(flags))
        + " "
        + js.to_str(js.shl(1, 31))
        + " "
        + js.to_str(js.ushr(-1, 0))
        + " "
        + js.to_str(js.shr(-16, 2))
        + " "
        + js.to_str(js.bit_or(2.9, 0))
    )


__ti2py_lines__ = "14:2:1;15:5:9;16:6:13;17:7:9;18:8:13;19:9:9;20:10:13;22:12:13;23:2:1;25:15:1;36:17:1;37:18:1;38:19:5;39:20:9;40:21:13;41:23:9;42:24:13;44:26:13;45:28:5;46:30:1;48:33:1;49:34:1;50:35:1;51:36:5;52:37:5;53:41:10;55:38:9;56:40:5;57:41:10;59:42:1;60:43:1;61:44:5;62:45:10;65:48:1;66:49:1;67:50:1;68:51:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
