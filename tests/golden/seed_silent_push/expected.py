"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import (
    alert,
    Date,
    js,
    JSArray,
    JSObject,
    JSON,
    require,
    Ti,
    undefined,
)


def main():
    # Send the following push notification to this example:
    # {"alert":"","content-available":1,"download_url":"https://raw.github.com/appcelerator-developer-relations/KitchenSink/master/Resources/images/dog@2x~iphone.jpg"}
    # Require in the urlSession and Cloud modules
    urlSession = require("com.appcelerator.urlSession")
    Cloud = require("ti.cloud")
    session = undefined
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
            message="Downloading image URL",
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

    # Monitor silent push notifications
    def on_silentpush(e):
        Ti.API.info(f"silentpush: {JSON.stringify(e)}")
        # Create a background download task
        # The push payload field, download_url, is available to this callback as e.download_url
        session.DownloadTask(JSObject(url=e.download_url))
        # Display a banner message when the download starts
        Ti.App.iOS.scheduleLocalNotification(
            JSObject(
                alertBody="Background download initiated ...", date=Date().getTime()
            )
        )
        progress.show()
        # Put the application back to sleep
        Ti.App.iOS.endBackgroundHandler(e.handlerId)

    Ti.App.iOS.addEventListener("silentpush", on_silentpush)

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

    def deviceTokenSuccess(e):
        # Subscribes the device to the 'silent_push' channel to listen for silent push alerts
        # The channel name is arbitrary and can be anything you wish
        def subscribeToken_callback(e=undefined, *_args):
            if e.success:
                Ti.API.info("Subscribed")
            else:
                Ti.API.info(
                    "Error:\n" + js.to_str(e.error and e.message or JSON.stringify(e))
                )
            return undefined

        Cloud.PushNotifications.subscribeToken(
            JSObject(device_token=e.deviceToken, channel="silent_push", type="ios"),
            subscribeToken_callback,
        )

    def deviceTokenError(e):
        Ti.API.info("Failed to register for push notifications: " + js.to_str(e.error))

    # Register for push notification
    Ti.Network.registerForPushNotifications(
        JSObject(
            types=JSArray([Ti.Network.NOTIFICATION_TYPE_ALERT]),
            success=deviceTokenSuccess,
            error=deviceTokenError,
        )
    )


__ti2py_lines__ = "26:5:1;27:6:1;28:7:1;30:10:1;31:14:1;45:26:1;46:27:1;54:33:1;57:36:43;58:38:5;61:42:5;63:47:5;68:51:5;70:54:5;72:36:1;75:58:49;77:60:5;79:58:1;82:64:50;83:65:5;85:68:5;87:71:5;89:74:5;92:78:5;94:64:1;97:82:49;98:83:5;99:84:5;100:85:9;102:82:1;104:96:1;107:103:8;108:104:9;109:105:13;111:107:13;114:103:8;116:99:5;121:112:1;122:113:5;125:90:1"
__ti2py_source__ = "input.js"
# UIBackgroundModes this code needs (no tiapp.xml declared them).
__ti2py_background_modes__ = ["remote-notification"]

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
