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

    def origin(*_args):
        return js.new(Point, 0, 0)

    Point.origin = origin

    @js.strict_this_function
    def get_length(this, *_args):
        return Math.sqrt(js.mul(this.x, this.x) + js.mul(this.y, this.y))

    js.define_accessor(Point.prototype, "length", get_length, undefined)
    Ti.API.info(
        js.to_str(js.new(Point, 3, 4).length)
        + " "
        + js.to_str(js.get(Point.origin(), "length"))
    )
    shapes = JSObject()

    @js.strict_this_function
    def Circle(this, r=undefined, *_args):
        js.super_call(Point, this, r, 0)
        this.r = r

    js.extend(Circle, Point)

    @js.strict_this_function
    def area(this, *_args):
        return Math.round(js.mul(js.mul(Math.PI, this.r), this.r))

    Circle.prototype.area = area
    shapes.Circle = Circle
    c = js.new(shapes.Circle, 2)
    Ti.API.info(
        js.to_str(js.invoke(c, "area"))
        + " "
        + js.to_str(c.length)
        + " "
        + js.to_str(js.instanceof(c, Point))
    )


__ti2py_lines__ = "15:2:15;16:3:23;17:3:35;19:5:3;20:5:21;22:5:3;25:4:3;26:4:18;28:4:3;29:7:1;34:8:1;37:9:17;38:10:20;39:10:33;41:9:17;44:11:3;45:11:12;47:11:3;48:9:1;49:13:1;50:14:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
