"""``Ti.Geolocation``, ``Ti.Gesture`` and ``Ti.Media``: the device's sensors and media, modelled
as stand-ins a test moves (``App.set_location``, ``App.shake``, ``App.rotate``, ``App.pick_media``).

- Geolocation: the device is where the test put it (at first the iOS Simulator's default
  location, Apple's Cupertino campus, 37.33233141, -122.0312186), with location services on and
  the app authorized "when in use" (``App.authorize_location("denied")`` changes that).
  ``getCurrentPosition(cb)`` answers in the next job with ``success``, ``coords`` (latitude,
  longitude, altitude, accuracy, altitudeAccuracy, heading, speed, timestamp) and ``code`` 0;
  a ``location`` listener gets the current position when it is added, as CLLocationManager
  starts with one, and every position a test sets after.  Denied: ``success: false``, ``code``
  ERROR_DENIED (1, kCLErrorDenied) and an ``error`` text.  ``forwardGeocoder``/``reverseGeocoder``
  answer as an offline device does (``success: false``, ERROR_NETWORK): the geocoding service
  is Apple's, out of reach.
- Gesture: ``orientation`` (``Ti.UI.PORTRAIT`` at first), ``isPortrait()``/``isLandscape()``/
  ``isFaceUp()``/``isFaceDown()``; ``orientationchange`` and ``shake`` events.
- Media: ``showCamera``/``openPhotoGallery`` wait for the user (``App.pick_media(path)``: a file
  chosen, ``success`` with ``media`` a Blob; ``App.pick_media(None)``: ``cancel``);
  ``createSound``/``createAudioPlayer`` keep their play state (``complete`` when a test ends the
  sound with ``sound.js_finish()``); ``vibrate()`` and ``beep()`` are logged.

Members the runtime does not model read as undefined, so calling one is a JS TypeError naming it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..js.values import JSArray, JSObject, undefined
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App

# UIDeviceOrientation values, which Ti.UI's orientation constants are on iOS.
UNKNOWN, PORTRAIT, UPSIDE_PORTRAIT, LANDSCAPE_LEFT, LANDSCAPE_RIGHT, FACE_UP, FACE_DOWN = range(7)


def _callable(value: Any) -> bool:
    return callable(value) and value is not undefined


class Geolocation(Proxy):
    js_class = "Ti.Geolocation"

    # CLLocationAccuracy constants (metres; best is -1, best for navigation -2).
    ACCURACY_BEST_FOR_NAVIGATION, ACCURACY_BEST, ACCURACY_NEAREST_TEN_METERS = -2, -1, 10
    ACCURACY_HUNDRED_METERS, ACCURACY_KILOMETER, ACCURACY_THREE_KILOMETERS = 100, 1000, 3000
    ACCURACY_HIGH, ACCURACY_LOW = -1, 1000  # Titanium's cross-platform names for best / kilometre
    ACCURACY_REDUCED = 3000
    # CLAuthorizationStatus.
    AUTHORIZATION_UNKNOWN, AUTHORIZATION_RESTRICTED, AUTHORIZATION_DENIED = 0, 1, 2
    AUTHORIZATION_ALWAYS, AUTHORIZATION_WHEN_IN_USE = 3, 4
    AUTHORIZATION_AUTHORIZED = 3
    # CLError codes.
    ERROR_LOCATION_UNKNOWN, ERROR_DENIED, ERROR_NETWORK, ERROR_HEADING_FAILURE = 0, 1, 2, 3
    ERROR_REGION_MONITORING_DENIED, ERROR_REGION_MONITORING_FAILURE = 4, 5
    ERROR_REGION_MONITORING_DELAYED = 6
    ACTIVITYTYPE_OTHER, ACTIVITYTYPE_AUTOMOTIVE_NAVIGATION, ACTIVITYTYPE_FITNESS = 1, 2, 3
    ACTIVITYTYPE_OTHER_NAVIGATION = 4

    hasCompass = True
    locationServicesEnabled = True

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        object.__setattr__(self, "_coords", JSObject(
            latitude=37.33233141, longitude=-122.0312186, altitude=0, accuracy=5, altitudeAccuracy=-1,
            heading=-1, speed=-1, timestamp=int(time.time() * 1000)))
        object.__setattr__(self, "_heading", None)
        object.__setattr__(self, "_authorization", self.AUTHORIZATION_WHEN_IN_USE)

    @property
    def locationServicesAuthorization(self) -> int:
        return self._authorization

    @property
    def lastGeolocation(self) -> str:
        from ..js.json_codec import JSON

        return JSON.stringify(self._coords)

    def _allowed(self) -> bool:
        return self._authorization in (self.AUTHORIZATION_ALWAYS, self.AUTHORIZATION_WHEN_IN_USE)

    def _position_event(self) -> JSObject:
        if not self._allowed():
            return JSObject(success=False, code=self.ERROR_DENIED,
                            error="The user denied the app access to location services")
        return JSObject(success=True, code=0, coords=JSObject(self._coords))

    def hasLocationPermissions(self, *args: Any) -> bool:
        return self._allowed()

    def requestLocationPermissions(self, kind: Any = undefined, callback: Any = undefined) -> None:
        """A user who answers "Allow While Using App" once asked (unless a test denied it)."""
        if self._authorization == self.AUTHORIZATION_UNKNOWN:
            object.__setattr__(self, "_authorization", self.AUTHORIZATION_WHEN_IN_USE)
        allowed = self._allowed()
        if _callable(callback):
            payload = JSObject(success=allowed, code=0 if allowed else self.ERROR_DENIED)
            if not allowed:
                payload["error"] = "The user denied the app access to location services"
            self._app.call(callback, payload)

    def getCurrentPosition(self, callback: Any = undefined) -> None:
        if _callable(callback):
            self._app.call(callback, self._position_event())

    def getCurrentHeading(self, callback: Any = undefined) -> None:
        if _callable(callback):
            self._app.call(callback, self._heading_event())

    def _heading_event(self) -> JSObject:
        degrees = self._heading if self._heading is not None else 0
        return JSObject(success=True, code=0, heading=JSObject(
            magneticHeading=degrees, trueHeading=degrees, accuracy=5, timestamp=int(time.time() * 1000),
            x=0, y=0, z=0))

    def _no_geocoder(self, callback: Any) -> None:
        """Geocoding is a service of Apple's that a device reaches over the network; ti2py does
        not reach it, so the answer is the one an offline device gets (kCLErrorNetwork)."""
        if _callable(callback):
            self._app.call(callback, JSObject(success=False, code=self.ERROR_NETWORK,
                                              error="The geocoding service cannot be reached (ti2py has none)"))

    def forwardGeocoder(self, address: Any = undefined, callback: Any = undefined) -> None:
        self._no_geocoder(callback)

    def reverseGeocoder(self, latitude: Any = undefined, longitude: Any = undefined, callback: Any = undefined) -> None:
        self._no_geocoder(callback)

    def addEventListener(self, name: str, callback: Any) -> None:
        first = not self.js_listeners_of(name)
        super().addEventListener(name, callback)
        if name == "location" and first:
            self._app.dispatch(self, "location", self._position_event())  # updates start with one

    # -- the test's side -----------------------------------------------------------------------
    def js_move_to(self, latitude: float, longitude: float, **extra: Any) -> None:
        coords = JSObject(self._coords)
        coords["latitude"], coords["longitude"] = latitude, longitude
        for key, value in extra.items():
            coords[key] = value
        coords["timestamp"] = int(time.time() * 1000)
        object.__setattr__(self, "_coords", coords)
        self._app.dispatch(self, "location", self._position_event())

    def js_turn_to(self, degrees: float) -> None:
        object.__setattr__(self, "_heading", degrees)
        self._app.dispatch(self, "heading", self._heading_event())

    def js_authorize(self, status: str) -> None:
        value = {"always": self.AUTHORIZATION_ALWAYS, "when-in-use": self.AUTHORIZATION_WHEN_IN_USE,
                 "denied": self.AUTHORIZATION_DENIED, "restricted": self.AUTHORIZATION_RESTRICTED,
                 "unknown": self.AUTHORIZATION_UNKNOWN}[status]
        object.__setattr__(self, "_authorization", value)
        self._app.dispatch(self, "authorization", JSObject(authorizationStatus=value))


class Gesture(Proxy):
    js_class = "Ti.Gesture"

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        object.__setattr__(self, "_orientation", PORTRAIT)

    @property
    def orientation(self) -> int:
        return self._orientation

    def isPortrait(self) -> bool:
        return self._orientation in (PORTRAIT, UPSIDE_PORTRAIT)

    def isLandscape(self) -> bool:
        return self._orientation in (LANDSCAPE_LEFT, LANDSCAPE_RIGHT)

    def isFaceUp(self) -> bool:
        return self._orientation == FACE_UP

    def isFaceDown(self) -> bool:
        return self._orientation == FACE_DOWN

    # -- the test's side -----------------------------------------------------------------------
    def js_rotate(self, orientation: int) -> None:
        if orientation != self._orientation:
            object.__setattr__(self, "_orientation", orientation)
            self._app.dispatch(self, "orientationchange", JSObject(orientation=orientation))

    def js_shake(self) -> None:
        self._app.dispatch(self, "shake", JSObject(timestamp=int(time.time() * 1000)))


class Sound(Proxy):
    """A sound or audio player: play state only (no audio is decoded headless)."""

    js_class = "Ti.Media.Sound"

    def __init__(self, app: "App", props: Any = None) -> None:
        object.__setattr__(self, "playing", False)
        object.__setattr__(self, "paused", False)
        super().__init__(app, props)
        app.Ti.Media.js_sounds.append(self)

    def play(self, *args: Any) -> None:
        object.__setattr__(self, "playing", True)
        object.__setattr__(self, "paused", False)

    start = play

    def pause(self, *args: Any) -> None:
        if self.playing:
            object.__setattr__(self, "playing", False)
            object.__setattr__(self, "paused", True)

    def stop(self, *args: Any) -> None:
        object.__setattr__(self, "playing", False)
        object.__setattr__(self, "paused", False)

    def reset(self, *args: Any) -> None:
        self.stop()

    def release(self, *args: Any) -> None:
        self.stop()

    def isPlaying(self) -> bool:
        return bool(self.playing)

    def isPaused(self) -> bool:
        return bool(self.paused)

    def js_finish(self) -> None:
        """The test's side: the sound played to its end (``complete`` with ``success: true``)."""
        if self.playing:
            self.stop()
            self._app.dispatch(self, "complete", JSObject(success=True, code=0))


class AudioPlayer(Sound):
    js_class = "Ti.Media.AudioPlayer"


class Media(Proxy):
    js_class = "Ti.Media"

    MEDIA_TYPE_PHOTO, MEDIA_TYPE_VIDEO, MEDIA_TYPE_LIVEPHOTO = "public.image", "public.movie", "com.apple.live-photo"
    UNKNOWN_ERROR, DEVICE_BUSY, NO_CAMERA, NO_VIDEO = -1, 1, 2, 3
    CAMERA_REAR, CAMERA_FRONT = 0, 1
    CAMERA_FLASH_OFF, CAMERA_FLASH_AUTO, CAMERA_FLASH_ON = -1, 0, 1
    QUALITY_HIGH, QUALITY_MEDIUM, QUALITY_LOW = 0, 1, 2
    isCameraSupported = True

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        object.__setattr__(self, "js_sounds", [])
        object.__setattr__(self, "_picking", None)  # (kind, options) waiting for the user

    @property
    def availableCameras(self) -> JSArray:
        return JSArray([self.CAMERA_REAR, self.CAMERA_FRONT])

    def hasCameraPermissions(self) -> bool:
        return True

    def hasPhotoGalleryPermissions(self, *args: Any) -> bool:
        return True

    def requestCameraPermissions(self, callback: Any = undefined) -> None:
        if _callable(callback):
            self._app.call(callback, JSObject(success=True, code=0))

    requestPhotoGalleryPermissions = requestCameraPermissions
    requestAudioRecorderPermissions = requestCameraPermissions

    def showCamera(self, options: Any = undefined) -> None:
        object.__setattr__(self, "_picking", ("camera", options if isinstance(options, JSObject) else JSObject()))

    def openPhotoGallery(self, options: Any = undefined) -> None:
        object.__setattr__(self, "_picking", ("gallery", options if isinstance(options, JSObject) else JSObject()))

    def hideCamera(self) -> None:
        object.__setattr__(self, "_picking", None)

    hidePhotoGallery = hideCamera

    def takePicture(self) -> None:
        """With a camera open the picture is what the test gives by ``App.pick_media``."""

    def vibrate(self, *args: Any) -> None:
        self._app.log("INFO", "[vibrate]")

    def beep(self) -> None:
        self._app.log("INFO", "[beep]")

    def createSound(self, props: Any = undefined) -> Sound:
        return Sound(self._app, props)

    def createAudioPlayer(self, props: Any = undefined) -> AudioPlayer:
        return AudioPlayer(self._app, props)

    def js_picking_kind(self) -> str | None:
        """"camera" or "gallery" while the app waits for the user to choose, else None."""
        return self._picking[0] if self._picking else None

    # -- the test's side -----------------------------------------------------------------------
    def js_pick(self, path: str | Path | None) -> None:
        from .filesystem import Blob

        if self._picking is None:
            raise LookupError("the app is not showing the camera or the photo gallery")
        kind, options = self._picking
        object.__setattr__(self, "_picking", None)
        if path is None:
            if _callable(options.cancel):
                self._app.call(options.cancel, JSObject(success=False, code=-1))
            return
        data = Path(path).read_bytes()
        suffix = Path(path).suffix.lower()
        video = suffix in (".mov", ".mp4", ".m4v")
        mime = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
                "heic": "image/heic", "mov": "video/quicktime", "mp4": "video/mp4"}.get(suffix[1:], "application/octet-stream")
        blob = Blob(self._app, data=data, mime_type=mime)
        event = JSObject(success=True, code=0, media=blob, mediaType=self.MEDIA_TYPE_VIDEO if video else self.MEDIA_TYPE_PHOTO,
                         cropRect=JSObject(x=0, y=0, width=0, height=0))
        if _callable(options.success):
            self._app.call(options.success, event)


__all__ = ["Geolocation", "Gesture", "Media", "Sound", "AudioPlayer"]
