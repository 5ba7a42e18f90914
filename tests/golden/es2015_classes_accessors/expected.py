"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSON, Ti, undefined


def main():
    # ES2015 class getters and setters, inherited through extends
    @js.strict_this_function
    def Rect(this, w=undefined, h=undefined, *_args):
        this.w = w
        this.h = h
        return undefined

    @js.strict_this_function
    def describe(this, *_args):
        return "rect " + js.to_str(this.area)

    Rect.prototype.describe = describe

    @js.strict_this_function
    def get_area(this, *_args):
        return js.mul(this.w, this.h)

    js.define_accessor(Rect.prototype, "area", get_area, undefined)

    @js.strict_this_function
    def get_size(this, *_args):
        return this.w

    @js.strict_this_function
    def set_size(this, s=undefined, *_args):
        this.w = s
        this.h = s
        return undefined

    js.define_accessor(Rect.prototype, "size", get_size, set_size)
    js.end_class(Rect)

    @js.strict_this_function
    def Square(this, s=undefined, *_args):
        this = js.super_call(Square, this, s, s)
        return this

    js.extend(Square, Rect)

    @js.strict_this_function
    def describe_2(this, *_args):
        return "square " + js.to_str(
            js.super_property(Square.prototype, this, "describe")()
        )

    Square.prototype.describe = describe_2

    @js.strict_this_function
    def get_area_2(this, *_args):
        return js.mul(this.w, this.w)

    js.define_accessor(Square.prototype, "area", get_area_2, undefined)
    js.end_class(Square)
    r = js.new(Rect, 2, 3)
    Ti.API.info(js.to_str(r.area) + " " + js.to_str(r.size))
    r.size = 4
    Ti.API.info(
        js.to_str(r.area)
        + " "
        + JSON.stringify(r)
        + " "
        + js.to_str(js.invoke(js.Object.keys(r), "join", ","))
    )
    sq = js.new(Square, 5)
    Ti.API.info(
        js.to_str(sq.size)
        + " "
        + js.to_str(js.instanceof(sq, Rect))
        + " "
        + js.to_str(js.invoke(sq, "describe"))
    )


__ti2py_lines__ = "15:2:1;16:3:23;17:3:35;18:2:1;21:7:3;22:7:16;24:7:3;27:4:3;28:4:16;30:4:3;33:6:3;34:6:16;37:5:3;38:5:17;39:5:29;40:5:11;42:6:3;43:2:1;46:9:1;47:10:20;48:9:1;53:12:3;54:12:16;58:12:3;61:11:3;62:11:16;64:11:3;65:9:1;66:14:1;67:15:1;68:16:1;69:17:1;76:18:1;77:19:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
