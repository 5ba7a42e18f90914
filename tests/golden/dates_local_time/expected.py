"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import Date, isNaN, js, JSArray, String, Ti


def main():
    # tz: America/New_York
    # local-time getters and setters, across a daylight-saving change
    d = Date(2021, 2, 14, 1, 30)  # 14 March 2021, 01:30: DST starts at 02:00
    Ti.API.info(
        js.to_str(d.getTime())
        + " "
        + js.to_str(d.getHours())
        + " "
        + js.to_str(d.getTimezoneOffset())
        + " "
        + js.to_str(d.toISOString())
    )
    d.setHours(js.add(d.getHours(), 1))
    Ti.API.info(
        js.to_str(d.getHours())
        + ":"
        + js.to_str(d.getMinutes())
        + " "
        + js.to_str(d.getTimezoneOffset())
        + " "
        + js.to_str(d.toISOString())
    )
    e = Date(2021, 0, 31)
    e.setMonth(1)  # 31 February overflows into March
    Ti.API.info(
        js.to_str(e.getMonth())
        + " "
        + js.to_str(e.getDate())
        + " "
        + js.to_str(e.getDay())
        + " "
        + js.to_str(e.toDateString())
    )
    f = Date(Date.UTC(2020, 11, 31, 23, 59, 59, 999))
    Ti.API.info(
        js.to_str(f.getFullYear())
        + " "
        + js.to_str(f.getUTCFullYear())
        + " "
        + js.to_str(f.getMilliseconds())
        + " "
        + js.to_str(f.getDate())
        + " "
        + js.to_str(f.getUTCDate())
    )
    f.setDate(js.add(f.getDate(), 1))
    Ti.API.info(js.to_str(f.toISOString()) + " " + js.to_str(f.getDay()))
    g = Date(2021, 10, 7, 1, 30)  # the hour that happens twice (DST ends)
    Ti.API.info(js.to_str(g.getTimezoneOffset()) + " " + js.to_str(g.toISOString()))
    midnight = Date(2024, 1, 29)
    midnight.setFullYear(2025)
    Ti.API.info(
        js.to_str(midnight.getMonth())
        + "/"
        + js.to_str(midnight.getDate())
        + " "
        + js.to_str(Date.parse("2024-01-02"))
        + " "
        + js.to_str(Date("2024-01-02T03:04:05").getTime())
    )
    bad = Date("not a date")
    Ti.API.info(
        js.to_str(isNaN(bad.getTime()))
        + " "
        + js.to_str(bad.getHours())
        + " "
        + String(bad.toJSON())
        + " "
        + js.to_str(Date(99, 0).getFullYear())
    )
    days = JSArray([])
    for i in range(7):
        days.append(Date(2021, 2, 10 + i).getDay())
    Ti.API.info(days.join(""))


__ti2py_lines__ = "15:3:1;16:4:1;25:5:1;26:6:1;35:7:1;36:8:1;37:9:1;46:10:1;47:11:1;58:12:1;59:13:1;60:14:1;61:15:1;62:16:1;63:17:1;64:18:1;73:19:1;74:20:1;83:21:1;84:22:1;85:22:29;86:23:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
