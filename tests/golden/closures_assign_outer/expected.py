"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, Ti


def main():
    total = 0
    log = JSArray([])

    def add(n):
        nonlocal total
        total = total + n
        log.append(n)

    def makeCounter():
        count = 0

        def inner(*_args):
            nonlocal count
            count = count + 1
            return count

        return inner

    add(3)
    add(4)
    next_ = makeCounter()
    js.call(next_)
    Ti.API.info(f"total={total} log={log.join(',')} counter={js.call(next_)}")


__ti2py_lines__ = "13:1:1;14:2:1;16:4:1;18:5:5;19:6:5;21:9:1;22:10:5;24:11:12;26:12:9;27:13:9;29:11:5;31:17:1;32:18:1;33:19:1;34:20:1;35:21:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
