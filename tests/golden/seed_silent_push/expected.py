"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from runtime import alert, Date, js, JSArray, JSObject, JSON, require, Ti, undefined


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
        Ti.API.info("silentpush: " + js.to_str(JSON.stringify(e)))
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
        Ti.API.info("Download completed: " + js.to_str(JSON.stringify(e)))
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
        Ti.API.info("sessioncompleted: " + js.to_str(JSON.stringify(e)))
        if e.success:
            alert("Downloads completed successfully.")

    Ti.App.iOS.addEventListener("sessioncompleted", on_sessioncompleted)

    def deviceTokenSuccess(e):
        # Subscribes the device to the 'silent_push' channel to listen for silent push alerts
        # The channel name is arbitrary and can be anything you wish
        def subscribeToken_callback(e):
            if e.success:
                Ti.API.info("Subscribed")
            else:
                Ti.API.info(
                    "Error:\n" + js.to_str(e.error and e.message or JSON.stringify(e))
                )

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


__ti2py_lines__ = "16:5:1;17:6:1;18:7:1;20:10:1;21:14:1;35:26:1;36:27:1;44:33:1;47:36:43;48:38:5;51:42:5;53:47:5;58:51:5;60:54:5;62:36:1;65:58:49;67:60:5;69:58:1;72:64:50;73:65:5;75:68:5;77:71:5;79:74:5;82:78:5;84:64:1;87:82:49;88:83:5;89:84:5;90:85:9;92:82:1;94:96:1;97:103:8;98:104:9;99:105:13;101:107:13;105:99:5;110:112:1;111:113:5;114:90:1"
__ti2py_source__ = "input.js"
# UIBackgroundModes this code needs (no tiapp.xml declared them).
__ti2py_background_modes__ = ["remote-notification"]

if __name__ == "__main__":
    from runtime.runner import run_module

    run_module(__file__)
