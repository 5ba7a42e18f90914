"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSObject, String, Ti, undefined


def main():
    # the arguments object
    def sum_(*arguments):
        arguments = js.arguments_object(arguments)
        total = 0
        for argument in arguments:
            total = js.add(total, argument)
        return total

    Ti.API.info(js.to_str(js.call(sum_, 1, 2, 3)) + " " + js.to_str(sum_()))

    @js.named(length=2)
    def first(*arguments):
        arguments = js.arguments_object(arguments)
        a = arguments[0]
        b = arguments[1]
        return (
            js.to_str(a)
            + ":"
            + js.to_str(b)
            + ":"
            + str(len(arguments))
            + ":"
            + js.to_str(
                js.invoke(
                    js.invoke(js.Array.prototype.slice, "call", arguments, 1),
                    "join",
                    "|",
                )
            )
        )

    Ti.API.info(f"{js.call(first, 1)} {js.call(first, 1, 2, 3, 4)}")

    def outer(*arguments):
        arguments = js.arguments_object(arguments)

        def f():
            return arguments[0]

        return js.call(f, "ignored")

    Ti.API.info(js.call(outer, "mine"))

    def on_log(*arguments):
        arguments = js.arguments_object(arguments)
        parts = JSArray([])
        for item in arguments:
            parts.append(String(item))
        return parts.join(" ")

    logger = JSObject(log=on_log)
    Ti.API.info(logger.log("a", 1, True))

    def withDefault(*arguments):
        arguments = js.arguments_object(arguments)
        x = 10 if arguments[0] is undefined else arguments[0]
        return js.add(x, len(arguments))

    Ti.API.info(js.to_str(withDefault()) + " " + js.to_str(js.call(withDefault, 1)))
    owns = JSObject(k=1)
    Ti.API.info(
        js.to_str(js.invoke(js.Object.prototype.hasOwnProperty, "call", owns, "k"))
        + " "
        + js.to_str(
            js.invoke(js.Object.prototype.hasOwnProperty, "call", owns, "toString")
        )
    )

    def call_callback(ch=undefined, *_args):
        return js.invoke(ch, "toUpperCase")

    Ti.API.info(
        js.invoke(
            js.invoke(js.Array.prototype.map, "call", "abc", call_callback), "join", ""
        )
    )


__ti2py_lines__ = "14:2:1;16:3:3;17:4:3;18:4:46;19:5:3;21:7:1;24:8:1;28:9:3;44:11:1;46:12:1;49:13:13;50:13:19;52:14:3;54:16:1;56:17:21;58:17:35;59:17:51;60:17:94;61:17:128;63:17:1;64:18:1;66:19:1;69:19:32;71:20:1;72:21:1;73:22:1;81:23:45;82:23:61;84:23:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
