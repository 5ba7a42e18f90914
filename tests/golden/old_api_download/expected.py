"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, require, Ti


def main():
    # Module 1.x/2.0 style: the old module-level functions, still present (deprecated) in 2.1.0+.
    urlSession = require("com.appcelerator.urlSession")
    config = urlSession.createURLSessionBackgroundConfiguration("com.example.oldapi")
    session = urlSession.createURLSession(config)

    def on_downloadcompleted(e):
        Ti.API.info(
            "got "
            + js.to_str(js.get(e.data, "length"))
            + " bytes for task "
            + str(e.taskIdentifier)
        )

    Ti.App.iOS.addEventListener("downloadcompleted", on_downloadcompleted)

    def on_sessioncompleted(e):
        Ti.API.info(
            "task "
            + str(e.taskIdentifier)
            + " done: success="
            + js.to_str(e.success)
            + " status="
            + str(e.statusCode)
        )
        urlSession.finishTasksAndInvalidate(session)

    Ti.App.iOS.addEventListener("sessioncompleted", on_sessioncompleted)
    taskId = urlSession.backgroundDownloadTaskWithURL(
        session, "https://example.com/files/report.png"
    )
    Ti.API.info("started task " + js.to_str(taskId) + " (" + js.typeof(taskId) + ")")


__ti2py_lines__ = "14:2:1;15:4:1;16:5:1;18:7:50;19:8:5;26:7:1;28:11:49;29:12:5;37:13:5;39:11:1;40:16:1;43:17:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
