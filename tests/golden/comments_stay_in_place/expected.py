"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import Ti


def main():
    # File header comment.
    # A block comment
    # spanning lines.
    count = 1  # trailing comment on a declaration

    # Before the function.
    def bump(by):
        nonlocal count
        # Inside, before the assignment.
        count = count + by  # after the assignment
        # At the end of the body.

    bump(2)
    Ti.API.info(f"count={count}")
    # Last line of the file.


__ti2py_lines__ = "16:5:1;19:8:1;22:10:5;25:14:1;26:15:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
