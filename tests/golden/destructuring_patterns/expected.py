"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSObject, JSON, Ti, undefined


def main():
    # destructuring objects: renames, defaults, nested patterns, rest, computed keys
    tmp = JSObject(a=1, c=3, d=4)
    a = tmp.a
    bee = 5 if tmp.b is undefined else tmp.b
    others = js.object_rest(tmp, JSArray(["a", "b"]))
    Ti.API.info(
        js.to_str(a) + " " + js.to_str(bee) + " " + js.to_str(JSON.stringify(others))
    )
    config = JSObject(
        {
            "server": JSObject(host="127.0.0.1", port=8080),
            "retries": 0,
            "content-type": "json",
        }
    )
    host = config.server.host
    port = 80 if config.server.port is undefined else config.server.port
    path = "/" if config.server.path is undefined else config.server.path
    retries = 3 if config.retries is undefined else config.retries
    kind = config["content-type"]
    Ti.API.info(
        js.to_str(host)
        + ":"
        + js.to_str(port)
        + js.to_str(path)
        + " retries="
        + js.to_str(retries)
        + " kind="
        + js.to_str(kind)
    )
    total = 0
    tmp_2 = JSObject(missing=None)
    missing = (total := total + 1) - 1 if tmp_2.missing is undefined else tmp_2.missing
    Ti.API.info(
        js.to_str(missing) + " " + str(total)
    )  # null is not undefined: the default is not evaluated
    tmp_3 = "hello"
    length = len(tmp_3)
    Ti.API.info(length)

    def load():
        Ti.API.info("load called")
        return JSObject(id=7, name="seven")

    tmp_4 = load()
    id_ = tmp_4.id
    name = tmp_4.name
    Ti.API.info(js.add(id_, name))


__ti2py_lines__ = "14:2:7;15:2:8;16:2:14;17:2:26;18:3:1;21:4:1;28:5:17;29:5:23;30:5:34;31:5:47;32:5:78;33:6:1;43:7:1;44:8:7;45:8:8;46:9:1;49:10:5;50:10:6;51:11:1;53:12:1;54:12:19;55:12:47;57:13:5;58:13:6;59:13:10;60:14:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
