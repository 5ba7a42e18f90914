"""The ``Ti`` object of one app, and the globals (``alert``, ``require``, timers) beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..js.values import undefined
from .api import API
from .app_ios import AppiOS
from .buffer import Buffer, Codec, create_buffer
from .database import Database
from .filesystem import Filesystem
from .network import Network
from .platform import Locale, Platform, Utils
from .properties import Properties
from .proxy import Proxy, Unmodelled
from .sensors import Geolocation, Gesture, Media
from .ui import UI
from .xml import XML

if TYPE_CHECKING:
    from ..app import App as RuntimeApp  # (in TiRoot, `App` is the Ti.App namespace)


class TiApp(Proxy):
    """``Ti.App``: app identity, app-level events (``pause``, ``resume``), iOS and Properties."""

    js_class = "Ti.App"
    # Namespaces, set once by __init__ (with object.__setattr__: a Proxy's own setattr is the JS
    # property write of app code, which would record them as properties the app set).
    iOS: AppiOS
    Properties: Properties

    def __init__(self, app: "RuntimeApp") -> None:
        super().__init__(app)
        object.__setattr__(self, "iOS", AppiOS(app))
        object.__setattr__(self, "Properties", Properties(app))

    @property
    def id(self) -> str:
        return self._app.app_id

    @property
    def name(self) -> str:
        return self._app.name

    version = "1.0.0"  # tiapp.xml's <version> is not carried over; Titanium's default for new apps


class TiRoot(Unmodelled):
    """``Ti`` / ``Titanium`` for one app.  A namespace the runtime does not model (``Ti.Contacts``)
    reads as an :class:`Unmodelled` one, whose methods are undefined (a call is a TypeError)."""

    js_class = "Ti"

    # The SDK the runtime stands in for (a recent 12.x GA; the date and hash are of that form, not
    # of a real build: "M/D/YYYY HH:mm" and a short git hash, as Titanium's build stamps them).
    version = "12.2.0"
    buildDate = "9/26/2023 16:03"
    buildHash = "7b8d2e1a4c"

    # Namespaces, set once by __init__ (as TiApp's are).
    API: API
    App: TiApp
    UI: UI
    Filesystem: Filesystem
    Network: Network
    Platform: Platform
    Utils: Utils
    Locale: Locale
    Database: Database
    XML: XML
    Codec: Codec
    Geolocation: Geolocation
    Gesture: Gesture
    Media: Media

    def __init__(self, app: "RuntimeApp") -> None:
        super().__init__(app, "Ti")
        object.__setattr__(self, "API", API(app))
        object.__setattr__(self, "App", TiApp(app))
        object.__setattr__(self, "UI", UI(app))
        object.__setattr__(self, "Filesystem", Filesystem(app))
        object.__setattr__(self, "Network", Network(app))
        object.__setattr__(self, "Platform", Platform(app))
        object.__setattr__(self, "Utils", Utils(app))
        object.__setattr__(self, "Locale", Locale(app))
        object.__setattr__(self, "Database", Database(app))
        object.__setattr__(self, "XML", XML(app))
        object.__setattr__(self, "Codec", Codec(app))
        object.__setattr__(self, "Geolocation", Geolocation(app))
        object.__setattr__(self, "Gesture", Gesture(app))
        object.__setattr__(self, "Media", Media(app))

    @property
    def userAgent(self) -> str:
        """As iOS Titanium builds it: "Appcelerator Titanium/<SDK> (<model>/<iOS version>; <system
        name>; <locale>;)" (recalled from the SDK's TiApp; UNVERIFIED against a device here)."""
        platform = self.Platform
        locale = self.Locale.currentLocale.replace("-", "_")
        return f"Appcelerator Titanium/{self.version} ({platform.model}/{platform.version}; {platform.name}; {locale};)"

    def createBuffer(self, options: Any = undefined) -> Buffer:
        return create_buffer(self._app, options)

    def include(self, *names: Any) -> None:
        """``Ti.include('a.js', ...)``: run each file, in order, in the app's global scope."""
        from .include import include

        include(self._app, names)
