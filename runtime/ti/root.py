"""The ``Ti`` object of one app, and the globals (``alert``, ``require``, timers) beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .api import API
from .app_ios import AppiOS
from .filesystem import Filesystem
from .network import Network
from .platform import Locale, Platform, Utils
from .properties import Properties
from .proxy import Namespace, Proxy
from .ui import UI

if TYPE_CHECKING:
    from ..app import App


class TiApp(Proxy):
    """``Ti.App``: app identity, app-level events (``pause``, ``resume``), iOS and Properties."""

    js_class = "Ti.App"

    def __init__(self, app: "App") -> None:
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


class TiRoot(Namespace):
    """``Ti`` / ``Titanium`` for one app.  Members the runtime does not model read as namespaces."""

    js_class = "Ti"

    def __init__(self, app: "App") -> None:
        super().__init__(app, "Ti")
        object.__setattr__(self, "API", API(app))
        object.__setattr__(self, "App", TiApp(app))
        object.__setattr__(self, "UI", UI(app))
        object.__setattr__(self, "Filesystem", Filesystem(app))
        object.__setattr__(self, "Network", Network(app))
        object.__setattr__(self, "Platform", Platform(app))
        object.__setattr__(self, "Utils", Utils(app))
        object.__setattr__(self, "Locale", Locale(app))
