"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import JSObject, require, Ti, undefined


def main():
    undeclaredGlobal = undefined
    urlSession = require("com.appcelerator.urlSession")
    session = undefined

    def on_downloadprogres(e):
        Ti.API.info(e.totalBytesWritten)

    Ti.App.iOS.addEventListener("downloadprogres", on_downloadprogres)

    def on_silentpush(e):
        session.DownloadTask(JSObject(url=e.download_url))

    Ti.App.iOS.addEventListener("silentpush", on_silentpush)
    urlSession.invalidateAndCancel(session)
    undeclaredGlobal = 5


__ti2py_lines__ = (
    "13:1:1;15:2:1;17:3:48;18:4:5;20:3:1;22:6:43;23:7:5;25:6:1;26:9:1;27:10:1"
)
__ti2py_source__ = "input.js"
# UIBackgroundModes this code needs (no tiapp.xml declared them).
__ti2py_background_modes__ = ["remote-notification"]

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
