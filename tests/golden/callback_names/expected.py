"""input.js, converted to Python.

Converted from input.js by ti2py 0.1.0; regenerate rather than edit:
    ti2py convert input.js -o expected.py
Run it on the ti2py runtime:
    ti2py run expected.py
"""

from ti2py.runtime import JSArray, JSObject, setTimeout, Ti


def main():
    button = Ti.UI.createButton(JSObject(title="Go"))

    def on_button_click():
        Ti.API.info("clicked")

    button.addEventListener("click", on_button_click)

    def on_backgroundfetch(e):
        Ti.App.iOS.endBackgroundHandler(e.handlerId)

    Ti.App.iOS.addEventListener("backgroundfetch", on_backgroundfetch)

    def on_success(e):
        Ti.API.info(e.deviceToken)

    def on_error(e):
        Ti.API.error(e.error)

    Ti.Network.registerForPushNotifications(
        JSObject(
            types=JSArray([Ti.Network.NOTIFICATION_TYPE_ALERT]),
            success=on_success,
            error=on_error,
        )
    )

    def on_timeout():
        Ti.API.info("later")

    setTimeout(on_timeout, 10)


__ti2py_lines__ = "13:1:1;15:2:34;16:3:5;18:2:1;20:5:48;21:6:5;23:5:1;25:10:14;26:10:29;28:11:12;29:11:27;31:8:1;39:13:12;40:13:26;42:13:1"
__ti2py_source__ = "input.js"
# UIBackgroundModes this code needs (no tiapp.xml declared them).
__ti2py_background_modes__ = ["fetch"]

if __name__ == "__main__":
    from ti2py.runtime.runner import run_module

    run_module(__file__)
