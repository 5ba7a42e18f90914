"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from runtime import js, JSArray, Ti


def main():
    continue_outer = False
    break_outer = False
    # labelled break and continue across nested loops, and switch inside loops
    a = 0
    while a < 4:
        b = 0
        while b < 4:
            if b == 2:
                continue_outer = True
                break
            if a == 3:
                break_outer = True
                break
            Ti.API.info(f"a{a}b{b}")
            b += 1
        if continue_outer:
            continue_outer = False
            a += 1
            continue
        if break_outer:
            break
        a += 1
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
    j = 0
    while j < 5:
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
            j += 1
            continue
        log.append(";")
        j += 1
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
    r = 0
    while r < 3:
        if r == 1:
            r += 1
            continue
        elif r == 2:
            break
        Ti.API.info(f"row {r}")
        r += 1


__ti2py_lines__ = "13:2:8;16:2:13;17:2:8;18:3:8;19:3:3;20:4:5;21:4:18;23:5:5;24:5:18;26:6:5;27:3:26;28:4:18;30:2:31;31:4:18;32:5:18;34:2:31;35:9:1;36:10:9;38:11:3;39:12:5;40:13:5;41:14:7;42:15:7;43:15:18;44:16:7;45:16:25;46:16:39;52:20:1;53:21:1;54:22:1;55:22:6;56:22:1;57:23:3;59:24:5;61:25:5;63:26:5;65:23:3;66:24:5;67:24:13;68:24:28;70:25:5;71:25:13;72:26:5;73:26:13;74:26:28;75:23:3;76:24:28;78:22:24;79:24:28;80:28:3;81:22:24;82:30:1;83:31:1;84:32:8;87:33:3;88:34:3;89:35:5;90:35:20;92:36:5;94:35:20;96:38:10;98:35:20;99:36:5;101:38:10;103:39:1;104:40:12;105:40:7;106:42:5;107:40:30;108:42:13;109:43:5;110:43:13;111:45:3;112:40:30"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from runtime.runner import run_module

    run_module(__file__)
