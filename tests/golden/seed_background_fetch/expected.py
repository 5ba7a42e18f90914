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
    # Initiate the download
    sessionConfig = urlSession.createSessionConfiguration(
        JSObject(identifier="com.appcelerator.backgroundfetch")
    )
    session = urlSession.createSession(JSObject(configuration=sessionConfig))
    # Set the fetch interval level
    Ti.App.iOS.setMinimumBackgroundFetchInterval(Ti.App.iOS.BACKGROUNDFETCHINTERVAL_MIN)
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
            message="Downloading image",
            font=JSObject(fontSize=12, fontWeight="bold"),
            color="#888",
        )
    )
    win.add(progress)
    imageView = Ti.UI.createImageView(
        JSObject(
            top=100,
            height=350,
            width=250,
            image="https://raw.github.com/appcelerator-developer-relations/KitchenSink/master/Resources/images/fence@2x.jpg",
        )
    )
    win.add(imageView)

    # Monitor this event for a signal from iOS to fetch data
    def on_backgroundfetch(e):
        Ti.API.info(f"backgroundfetch: {JSON.stringify(e)}")
        session.downloadTask(
            JSObject(
                url="https://raw.github.com/appcelerator-developer-relations/KitchenSink/master/Resources/images/dog@2x~iphone.jpg"
            )
        )
        # Display a banner message when the download starts
        Ti.App.iOS.scheduleLocalNotification(
            JSObject(
                alertBody="Background download initiated ...", date=Date().getTime()
            )
        )
        progress.show()
        # Put the application back to sleep
        Ti.App.iOS.endBackgroundHandler(e.handlerId)

    Ti.App.iOS.addEventListener("backgroundfetch", on_backgroundfetch)

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
        # Invalidates the session and cancel any current session tasks
        session.invalidateAndCancel()
        # Display a banner message when the download finishes
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
    win.open()


__ti2py_lines__ = "14:2:1;16:5:1;19:8:1;21:13:1;23:16:1;24:20:1;38:32:1;39:33:1;47:39:1;50:41:48;51:42:5;52:44:5;58:49:5;63:53:5;65:56:5;67:41:1;70:60:49;72:62:5;74:60:1;77:66:50;78:67:5;80:70:5;82:73:5;84:76:5;87:80:5;89:66:1;92:84:49;93:85:5;94:86:5;95:87:9;97:84:1;98:92:1"
__ti2py_source__ = "input.js"
# UIBackgroundModes this code needs (no tiapp.xml declared them).
__ti2py_background_modes__ = ["fetch"]

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
