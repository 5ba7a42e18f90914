"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, String, Ti, undefined


def main():
    # Array methods: default sort is by string value; comparators, splice, reduce, some, every.
    nums = JSArray([10, 9, 1, 100, 25])
    Ti.API.info(nums.slice().sort().join(","))
    Ti.API.info(nums.slice().sort(js.descending).join(","))
    removed = nums.splice(1, 2, "x", "y", "z")
    Ti.API.info(f"{removed.join(',')} | {nums.join(',')}")

    def reduce_callback(acc, x):
        return js.add(acc, x)

    total = JSArray([1, 2, 3, 4]).reduce(reduce_callback, 0)

    def some_callback(x):
        return js.gt(x, 1)

    def every_callback(x):
        return js.gt(x, 1)

    Ti.API.info(
        "total "
        + js.to_str(total)
        + " some "
        + js.to_str(JSArray([1, 2]).some(some_callback))
        + " every "
        + js.to_str(JSArray([1, 2]).every(every_callback))
    )
    Ti.API.info(
        f"{JSArray([3, 1, 2]).reverse().join('-')} {len(js.invoke('a-b-c', 'split', '-'))}"
    )

    # A comparator that returns strings: JS reads them as numbers.
    def sort_callback(a, b):
        return String(js.sub(a, b))

    Ti.API.info(JSArray([30, 4, 100, 7]).sort(sort_callback).join(","))
    Ti.API.info(
        str(len(JSArray(["b", undefined, "a"]).sort()))
        + " "
        + js.to_str(JSArray(["b", undefined, "a"]).sort()[2])
    )


__ti2py_lines__ = "14:2:1;15:3:1;16:4:1;17:5:1;18:6:1;20:7:33;21:7:53;23:7:1;25:8:55;26:8:70;28:8:114;29:8:129;31:8:1;39:9:1;44:11:34;45:11:52;47:11:1;48:12:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
