"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSON, Ti, undefined


def main():
    # Regular expressions: literals and RegExp(), test/exec/lastIndex, and the string methods.
    url = "https://raw.github.com/appcelerator/KitchenSink/images/dog@2x~iphone.jpg"
    isHttps = js.RegExp(r"^https:\/\/").test(url)
    name = js.invoke(url, "replace", js.RegExp(r"^.*\/"), "")
    parts = js.RegExp(r"(\w+)@(\d)x~(\w+)\.(jpg|png)$").exec(name)
    Ti.API.info(
        js.to_str(isHttps)
        + " "
        + name
        + " "
        + js.to_str(js.get(parts, 1))
        + " "
        + js.to_str(js.get(parts, 2))
        + " "
        + js.to_str(js.get(parts, 3))
        + " "
        + js.to_str(js.get(parts, "index"))
        + " "
        + js.to_str(js.get(parts, "length"))
    )

    def replace_callback(digits):
        return "<" + js.to_str(js.get(digits, "length")) + ">"

    Ti.API.info(
        js.invoke("a1b22c333", "replace", js.RegExp(r"\d+", "g"), replace_callback)
    )
    Ti.API.info(
        js.invoke("John Smith", "replace", js.RegExp(r"(\w+)\s(\w+)"), "$2, $1 ($&) $$")
    )
    Ti.API.info(
        JSON.stringify(js.invoke("x, y;z", "split", js.RegExp(r"[,;]\s*")))
        + " "
        + js.to_str(js.invoke("aaa", "search", js.RegExp(r"b")))
        + " "
        + js.to_str(JSON.stringify(js.invoke("a1b2c3", "match", js.RegExp(r"\d", "g"))))
    )
    words = js.RegExp(r"\w+", "g")
    found = JSArray([])
    m = undefined
    while (m := words.exec("one two three")) is not None:
        found.append(
            js.to_str(js.get(m, 0))
            + "@"
            + js.to_str(js.get(m, "index"))
            + "/"
            + js.to_str(words.lastIndex)
        )
    Ti.API.info(found.join(" "))
    dynamic = js.RegExp("DOG", "i")
    Ti.API.info(
        js.to_str(dynamic.test(url))
        + " "
        + js.to_str(dynamic.source)
        + " "
        + js.to_str(dynamic.flags)
        + " "
        + js.to_str(js.RegExp(r"end$").test("the end\n"))
        + " "
        + js.to_str(js.RegExp(r"é|\u00e9").test("café"))
    )


__ti2py_lines__ = "14:2:1;15:3:1;16:4:1;17:5:1;18:6:1;34:7:41;35:7:61;37:7:1;40:8:1;43:9:1;50:10:1;51:11:1;52:12:1;53:13:1;54:14:5;61:16:1;62:17:1;63:18:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
