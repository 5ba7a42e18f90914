"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import alert, Date, js, JSObject, JSON, require, Ti


def main():
    # Require in the urlSession module
    urlSession = require("com.appcelerator.urlSession")
    # Create a session configuration
    # The string parameter is an arbitrary string used to identify the session in events
    sessionConfig = urlSession.createSessionConfiguration(
        JSObject(identifier="com.appcelerator.test")
    )
    # Create a session
    session = urlSession.createSession(JSObject(configuration=sessionConfig))
    # App UI
    win = Ti.UI.createWindow(JSObject(backgroundColor="white"))
    progress = Ti.UI.createProgressBar(
        JSObject(
            width=200,
            height=50,
            min=0,
            max=1,
            value=0,
            style=Ti.UI.iOS.ProgressBarStyle.PLAIN,
            top=10,
            message="Downloading Image",
            font=JSObject(fontSize=12, fontWeight="bold"),
            color="#888",
        )
    )
    win.add(progress)
    imageView = Ti.UI.createImageView(JSObject(top=150, height=300, width=200))
    win.add(imageView)
    button = Ti.UI.createButton(
        JSObject(title="Download Image (url)", height=40, width=200, top=70)
    )

    def on_button_click():
        # Create a background download task to get the asset with the URL
        urlSession.downloadTask(
            JSObject(
                url="https://raw.github.com/appcelerator-developer-relations/KitchenSink/master/Resources/images/dog@2x~iphone.jpg"
            )
        )
        progress.show()

    button.addEventListener("click", on_button_click)
    win.add(button)
    win.open()

    # Monitor this event to receive updates on the progress of the download
    def on_downloadprogress(e):
        # Update the progress indicator
        progress.value = js.div(e.totalBytesWritten, e.totalBytesExpectedToWrite)

    Ti.App.iOS.addEventListener("downloadprogress", on_downloadprogress)

    # Monitor this event to know when the download completes
    def on_downloadcompleted(e):
        Ti.API.info(f"Download completed: {JSON.stringify(e)}")
        # Update the image
        imageView.image = e.data
        # Invalidate the session and cancel current session tasks
        session.invalidateAndCancel()
        # Notify the user the download is complete if the application is in the background
        Ti.App.iOS.scheduleLocalNotification(
            JSObject(alertBody="Download completed!", date=Date().getTime())
        )
        progress.hide()

    Ti.App.iOS.addEventListener("downloadcompleted", on_downloadcompleted)

    # Monitor this event to know when all session tasks have completed
    def on_sessioncompleted(e):
        Ti.API.info(f"sessioncompleted: {JSON.stringify(e)}")
        if e.success:
            alert("Downloads completed successfully.")

    Ti.App.iOS.addEventListener("sessioncompleted", on_sessioncompleted)


__ti2py_lines__ = "14:2:1;17:7:1;21:12:1;23:17:1;24:21:1;38:33:1;39:34:1;40:39:1;41:41:1;45:48:34;47:50:5;52:54:5;54:48:1;55:57:1;56:58:1;59:61:49;61:63:5;63:61:1;66:67:50;67:68:5;69:71:5;71:74:5;73:77:5;76:81:5;78:67:1;81:86:49;82:87:5;83:88:5;84:89:9;86:86:1"
__ti2py_source__ = "input.js"

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
