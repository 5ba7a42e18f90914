"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, Ti


def main():
    continue_outer = False
    break_outer = False
    # labelled break and continue across nested loops, and switch inside loops
    for a in range(4):
        for b in range(4):
            if b == 2:
                continue_outer = True
                break
            if a == 3:
                break_outer = True
                break
            Ti.API.info(f"a{a}b{b}")
        if continue_outer:
            continue_outer = False
            continue
        if break_outer:
            break
    found = None
    break_search = False
    for row in js.for_of(JSArray([JSArray([1, 2]), JSArray([3, 4]), JSArray([5, 6])])):
        for cell in js.for_of(row):
            k = 0
            while True:
                k += 1
                if k > 2:
                    break
                if js.strict_eq(cell, 4):
                    found = cell
                    break_search = True
                    break
            if break_search:
                break
        if break_search:
            break
    Ti.API.info("found " + js.to_str(found))
    log = JSArray([])
    continue_loop = False
    for j in range(5):
        switch_value = j % 3
        case_index = 3
        if switch_value == 0:
            case_index = 0
        elif switch_value == 1:
            case_index = 1
        elif switch_value == 2:
            case_index = 2
        while True:
            if case_index <= 0:
                log.append("z")
                continue_loop = True
                break
            if case_index <= 1:
                log.append("o")
            if case_index <= 2:
                log.append("t")
                break
            break
        if continue_loop:
            continue_loop = False
            continue
        log.append(";")
    Ti.API.info(log.join(""))
    count = 0
    continue_loop1 = False
    break_loop1 = False
    while True:
        count += 1
        while True:
            if count < 3:
                continue_loop1 = True
                break
            break_loop1 = True
            break
        if continue_loop1:
            continue_loop1 = False
            if not count < 10:
                break
            continue
        if break_loop1:
            break
        if not count < 10:
            break
    Ti.API.info(f"count {count}")
    for r in range(3):
        if r == 1:
            continue
        elif r == 2:
            break
        Ti.API.info(f"row {r}")


__ti2py_lines__ = "13:2:8;17:3:3;18:4:5;19:4:18;21:5:5;22:5:18;24:6:5;25:4:18;28:5:18;30:9:1;31:10:9;33:11:3;34:12:5;35:13:5;36:14:7;37:15:7;38:15:18;39:16:7;40:16:25;41:16:39;47:20:1;48:21:1;49:22:1;51:23:3;53:24:5;55:25:5;57:26:5;59:23:3;60:24:5;61:24:13;62:24:28;64:25:5;65:25:13;66:26:5;67:26:13;68:26:28;69:23:3;70:24:28;73:28:3;74:30:1;75:31:1;76:32:8;79:33:3;80:34:3;81:35:5;82:35:20;84:36:5;86:35:20;88:38:10;90:35:20;91:36:5;93:38:10;95:39:1;96:40:7;97:42:5;98:42:13;99:43:5;100:43:13;101:45:3"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
