"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSObject, JSON, Ti, undefined


def main():
    # ES2020-ES2022 syntax, parsed natively by esprima-fork 5.
    config = JSObject(session=None, retries=0)
    if config.session in (None, undefined):
        config.session = "default"
    if not config.retries:
        config.retries = 3
    label = js.nullish(config.label, lambda: "none")

    @js.this_function
    def Download(this, *_args):
        this.progress = 0
        return undefined

    @js.this_function
    def update(this, e=undefined, *_args):
        this.progress = e.totalBytesWritten
        return undefined

    Download.prototype.update = update
    js.end_class(Download)
    Download.count = 0
    try:
        JSON.parse("{")
    except Exception as exc:
        Ti.API.info("not JSON: " + js.to_str(label))


__ti2py_lines__ = "14:2:1;15:3:1;17:4:1;19:5:1;22:7:1;23:8:3;24:7:1;27:10:3;28:10:15;29:10:9;31:10:3;32:7:1;33:9:3;34:13:1;35:14:3;37:16:3"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
