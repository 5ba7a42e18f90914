"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import js, JSArray, JSObject, require, Ti


def main():
    # Downloads a list of images one after another, saves each into the app's data folder,
    # and remembers what it fetched in Ti.App.Properties.
    urlSession = require("com.appcelerator.urlSession")
    config = urlSession.createSessionConfiguration(
        JSObject(identifier="com.example.gallery")
    )
    session = urlSession.createSession(JSObject(configuration=config))
    images = JSArray(["images/one.png", "images/two.png", "images/three.png"])
    base = "https://cdn.example.com/"
    next_ = 0
    fetched = Ti.App.Properties.getObject("fetched", JSArray([]))
    win = Ti.UI.createWindow(JSObject(title="Gallery"))
    bar = Ti.UI.createProgressBar(JSObject(min=0, max=len(images), value=0))
    status = Ti.UI.createLabel(JSObject(text="idle"))
    win.add(bar)
    win.add(status)
    win.open()
    bar.show()

    def startNext():
        if next_ >= len(images):
            status.text = f"all {len(images)} images synced"
            Ti.API.info(status.text)
            session.finishTasksAndInvalidate()
            return
        id_ = session.downloadTask(JSObject(url=base + js.to_str(images[next_])))
        Ti.API.info(
            "fetching " + js.to_str(images[next_]) + " as task " + js.to_str(id_)
        )

    def on_downloadcompleted(e):
        name = js.get(js.invoke(images[next_], "split", "/"), 1)
        file = Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory, name)
        file.write(e.data)
        fetched.push(name)
        Ti.App.Properties.setObject("fetched", fetched)
        Ti.API.info(
            "saved " + js.to_str(name) + " (" + js.to_str(file.size) + " bytes)"
        )

    Ti.App.iOS.addEventListener("downloadcompleted", on_downloadcompleted)

    def on_sessioncompleted(e):
        nonlocal next_
        if not e.success:
            Ti.API.error(
                "task " + str(e.taskIdentifier) + " failed: " + js.to_str(e.message)
            )
            return
        next_ = next_ + 1
        bar.value = next_
        startNext()

    Ti.App.iOS.addEventListener("sessioncompleted", on_sessioncompleted)
    startNext()


__ti2py_lines__ = "15:3:1;16:4:1;19:5:1;20:7:1;21:8:1;22:9:1;23:10:1;24:12:1;25:13:1;26:14:1;27:15:1;28:16:1;29:17:1;30:18:1;32:20:1;33:21:5;34:22:9;35:23:9;36:24:9;37:25:9;38:27:5;39:28:5;43:31:50;44:32:5;45:33:5;46:34:5;47:35:5;48:36:5;49:37:5;53:31:1;55:40:49;57:41:5;58:42:9;61:43:9;62:45:5;63:46:5;64:47:5;66:40:1;67:50:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
