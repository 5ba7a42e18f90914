"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSObject, JSON, Math, Ti, undefined


def main():
    # Constructors, prototypes, methods that read `this`, call/apply/bind, instanceof.
    @js.this_function
    def Download(this, url=undefined, size=undefined, *_args):
        this.url = url
        this.size = size
        this.done = 0
        return undefined

    @js.this_function
    def advance(this, bytes_=undefined, *_args):
        this.done = Math.min(this.size, js.add(this.done, bytes_))
        return this

    Download.prototype.advance = advance

    @js.this_function
    def progress(this, *_args):
        return js.to_str(Math.round(js.div(js.mul(100, this.done), this.size))) + "%"

    Download.prototype.progress = progress
    d = js.new(Download, "http://x/a.png", 200)
    js.invoke(js.invoke(d, "advance", 50), "advance", 20)
    Ti.API.info(
        js.to_str(d.url)
        + " "
        + js.to_str(js.invoke(d, "progress"))
        + " "
        + js.to_str(js.instanceof(d, Download))
        + " "
        + JSON.stringify(d)
    )

    @js.this_function
    def increment(this, by=undefined, *_args):
        this.count = js.add(js.get(this, "count"), by or 1)
        return js.get(this, "count")

    @js.this_function
    def later(this, *_args):
        self_ = this

        def map_callback(x):
            return js.add(js.get(self_, "count"), x)

        return JSArray([1, 2]).map(map_callback).join("/")

    counter = JSObject(count=0, increment=increment, later=later)
    js.invoke(counter, "increment")
    js.invoke(counter, "increment", 5)
    Ti.API.info(
        "count "
        + js.to_str(counter.count)
        + " later "
        + js.to_str(js.invoke(counter, "later"))
    )

    @js.this_function
    def describe(this, prefix=undefined, suffix=undefined, *_args):
        return js.add(js.add(prefix, this.url), suffix)

    Ti.API.info(
        js.to_str(js.invoke(describe, "call", d, "<", ">"))
        + " "
        + js.to_str(js.invoke(describe, "apply", d, JSArray(["[", "]"])))
    )
    bound = js.invoke(describe, "bind", d, "(")
    Ti.API.info(js.call(bound, ")"))
    Ti.API.info(
        js.to_str(js.instanceof(JSObject(), Download)) + " " + js.typeof(Download)
    )


__ti2py_lines__ = "15:2:1;16:3:5;17:4:5;18:5:5;19:2:1;22:7:30;23:8:5;24:9:5;26:7:1;29:11:31;30:12:5;32:11:1;33:15:1;34:16:1;35:17:1;46:21:16;47:22:9;48:23:9;51:25:12;52:26:9;54:27:27;55:27:42;57:27:9;59:19:1;60:30:1;61:31:1;62:32:1;70:34:1;71:35:5;73:37:1;78:38:1;79:39:1;80:40:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
