"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSObject, Math, Ti, undefined


def main():
    # class expressions stored in variables and exports
    @js.strict_this_function
    def Point(this, x=undefined, y=undefined, *_args):
        this.x = x
        this.y = y
        return undefined

    def origin(*_args):
        return js.new(Point, 0, 0)

    Point.origin = origin

    @js.strict_this_function
    def get_length(this, *_args):
        return Math.sqrt(js.mul(this.x, this.x) + js.mul(this.y, this.y))

    js.define_accessor(Point.prototype, "length", get_length, undefined)
    js.end_class(Point)
    Ti.API.info(
        js.to_str(js.new(Point, 3, 4).length)
        + " "
        + js.to_str(js.get(Point.origin(), "length"))
    )
    shapes = JSObject()

    @js.strict_this_function
    def Circle(this, r=undefined, *_args):
        this = js.super_call(Circle, this, r, 0)
        this.r = r
        return this

    js.extend(Circle, Point)

    @js.strict_this_function
    def area(this, *_args):
        return Math.round(js.mul(js.mul(Math.PI, this.r), this.r))

    Circle.prototype.area = area
    js.end_class(Circle)
    shapes.Circle = Circle
    c = js.new(shapes.Circle, 2)
    Ti.API.info(
        js.to_str(js.invoke(c, "area"))
        + " "
        + js.to_str(c.length)
        + " "
        + js.to_str(js.instanceof(c, Point))
    )


__ti2py_lines__ = "15:2:15;16:3:23;17:3:35;18:2:15;20:5:3;21:5:21;23:5:3;26:4:3;27:4:18;29:4:3;30:2:15;31:7:1;36:8:1;39:9:17;40:10:20;41:10:33;42:9:17;47:11:3;48:11:12;50:11:3;51:9:17;52:9:1;53:13:1;54:14:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
