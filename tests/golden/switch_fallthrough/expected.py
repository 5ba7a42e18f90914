"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import JSArray, Ti


def main():
    # switch with fall-through between non-empty cases, breaks in the middle, default in the middle
    def grade(n):
        out = JSArray([])
        case_index = 2
        if n == 1:
            case_index = 0
        elif n == 2:
            case_index = 1
        elif n == 9:
            case_index = 3
        while True:
            if case_index <= 0:
                out.append("one")
            if case_index <= 1:
                out.append("two")
                if n == 2:
                    break
            if case_index <= 2:
                out.append("many")
            if case_index <= 3:
                out.append("nine")
            break
        return out.join(",")

    for i in range(4):
        Ti.API.info(f"{i}: {grade(i)}")
    Ti.API.info(f"9: {grade(9)}")
    calls = JSArray([])

    def tag(v):
        calls.append(v)
        return v

    switch_value = tag(2)
    case_index_2 = 3
    if switch_value == tag(1):
        case_index_2 = 0
    elif switch_value == tag(2):
        case_index_2 = 1
    elif switch_value == tag(3):
        case_index_2 = 2
    while True:
        if case_index_2 <= 0:
            calls.append("x")
        if case_index_2 <= 1:
            calls.append("hit")
        if case_index_2 <= 2:
            calls.append("fell")
        break
    Ti.API.info(calls.join(" "))

    def days(month):
        n = 0
        if month == "feb":
            n += 28
        elif month == "apr" or month == "jun" or month == "sep" or month == "nov":
            n += 30
        else:
            n += 31
        return n

    Ti.API.info(JSArray(["feb", "jun", "jan"]).map(days).join(" "))


__ti2py_lines__ = "14:2:1;15:3:3;16:4:3;17:5:5;19:7:5;21:12:5;23:4:3;24:5:5;25:6:7;26:7:5;27:8:7;28:9:7;29:9:20;30:10:5;31:11:7;32:12:5;33:13:7;34:4:3;35:15:3;37:17:1;38:17:30;39:18:1;40:19:1;42:20:1;43:20:19;44:20:34;46:21:1;48:21:19;50:21:49;52:21:81;54:21:1;55:21:19;56:21:32;57:21:49;58:21:62;59:21:81;60:21:94;61:21:1;62:22:1;64:23:1;65:24:3;66:26:5;67:26:17;68:28:17;69:28:29;71:29:14;72:31:3;74:33:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
