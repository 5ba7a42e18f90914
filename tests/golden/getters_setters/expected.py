"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSObject, JSON, Ti


def main():
    # getters and setters in object literals
    @js.this_function
    def get_full(this):
        return js.to_str(this.first) + " " + js.to_str(this.last)

    @js.this_function
    def set_full(this, v):
        parts = js.invoke(v, "split", " ")
        this.first = js.get(parts, 0)
        this.last = js.get(parts, 1)

    person = js.with_accessors(
        JSObject(
            {
                "first": "Ada",
                "last": "Lovelace",
                "full": js.Accessor(get_full, set_full),
                "age": 36,
            }
        )
    )
    Ti.API.info(person.full)
    person.full = "Grace Hopper"
    Ti.API.info(
        js.to_str(person.first)
        + "/"
        + js.to_str(js.invoke(js.Object.keys(person), "join", ","))
        + "/"
        + JSON.stringify(person)
    )

    @js.this_function
    def get_next(this):
        return js.update_property(this, "n", 1, prefix=True)

    counter = js.with_accessors(JSObject({"n": 0, "next": js.Accessor(get_next, None)}))
    Ti.API.info(
        js.to_str(counter.next)
        + " "
        + js.to_str(counter.next)
        + " "
        + js.to_str(counter.n)
    )

    def get_value():
        return 42

    readOnly = js.with_accessors(JSObject({"value": js.Accessor(get_value, None)}))
    readOnly.value = 1  # no setter: ignored (sloppy mode)
    Ti.API.info(js.to_str(readOnly.value) + " " + js.to_str(readOnly["value"]))
    child = js.Object.create(person)
    Ti.API.info(child.full)
    key = "full"
    Ti.API.info(person[key])


__ti2py_lines__ = "15:4:11;16:4:16;19:5:11;20:5:17;21:5:45;22:5:68;24:2:1;34:8:1;35:9:1;36:10:1;45:11:33;46:11:38;48:11:1;49:12:1;57:13:29;58:13:34;60:13:1;61:14:1;62:15:1;63:16:1;64:17:1;65:18:1;66:19:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
