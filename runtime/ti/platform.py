"""``Ti.Platform`` (the device the app believes it runs on), ``Ti.Locale`` (``L()``'s strings) and
``Ti.Utils`` (encoding and digests).

The runtime plays one device: an iPhone on iOS 17.5, 393 x 852 points at 3x (the values of an
iPhone 15; a choice: Titanium's docs name no particular device).  Apps branch on
``Ti.Platform.osname === 'iphone'`` constantly, so these must be real values, not namespaces.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from typing import TYPE_CHECKING, Any

from ..js.ops import to_str
from ..js.values import JSObject, undefined
from .filesystem import Blob, File
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App


class Platform(Proxy):
    js_class = "Ti.Platform"

    osname = "iphone"
    name = "iOS"
    version = "17.5"
    model = "iPhone"
    manufacturer = "apple"
    architecture = "arm64"
    ostype = "64bit"
    runtime = "javascriptcore"
    locale = "en"
    username = "iPhone"
    address = "127.0.0.1"
    netmask = "255.0.0.0"
    processorCount = 6
    availableMemory = 2048.0  # MB
    batteryMonitoring = False
    batteryLevel = -1  # unknown while batteryMonitoring is off, as iOS reports
    BATTERY_STATE_UNKNOWN, BATTERY_STATE_UNPLUGGED, BATTERY_STATE_CHARGING, BATTERY_STATE_FULL = 0, 1, 2, 3
    batteryState = BATTERY_STATE_UNKNOWN

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        caps = JSObject(platformWidth=393, platformHeight=852, density="high", dpi=460, logicalDensityFactor=3)
        object.__setattr__(self, "displayCaps", caps)
        object.__setattr__(self, "js_opened_urls", [])

    @property
    def id(self) -> str:
        """identifierForVendor: stable for one app's data folder."""
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ti2py:{self._app.app_id}:{self._app.data_dir}")).upper()

    def createUUID(self) -> str:
        return str(uuid.uuid4()).upper()

    def is24HourTimeFormat(self) -> bool:
        return True

    def canOpenURL(self, url: Any = undefined) -> bool:
        return ":" in to_str(url)

    def openURL(self, url: Any = undefined, *_: Any) -> bool:
        """Nothing leaves the machine: the URL is logged and kept in ``js_opened_urls``."""
        self.js_opened_urls.append(to_str(url))
        self._app.log("INFO", f"[openURL] {to_str(url)}")
        return True


class Locale(Proxy):
    """``Ti.Locale``: English (US), with the strings of the project's ``i18n/<lang>/strings.xml``
    (``ti2py convert`` of a project writes them to ``i18n.json`` beside ``app.py``)."""

    js_class = "Ti.Locale"
    currentLanguage = "en"
    currentLocale = "en-US"
    currentCountry = "US"

    def _strings(self) -> dict[str, dict[str, str]]:
        loaded = self.__dict__.get("_loaded")
        if loaded is None:
            root = self._app.commonjs_root
            path = root / "i18n.json" if root is not None else None
            try:
                loaded = json.loads(path.read_text(encoding="utf-8")) if path is not None and path.is_file() else {}
            except (OSError, ValueError):
                self._app.log("WARN", f"Cannot read the app's strings from {path}")
                loaded = {}
            object.__setattr__(self, "_loaded", loaded)
        return loaded

    def getString(self, key: Any = undefined, hint: Any = undefined) -> Any:
        """The string named ``key`` in the current language (then in English); else ``hint`` if
        given, else the key itself, as Titanium does."""
        name = to_str(key)
        strings = self._strings()
        for language in (self.currentLanguage, "en"):
            found = strings.get(language, {}).get(name)
            if found is not None:
                return found
        return to_str(hint) if hint is not undefined else name

    def setLanguage(self, language: Any = undefined) -> None:
        """Switch the app's language: ``L()`` then reads ``i18n/<language>`` (English, then the
        key, for strings it lacks); ``currentLanguage`` and ``currentLocale`` follow."""
        tag = to_str(language).replace("_", "-")
        lang = tag.split("-", 1)[0].lower()
        object.__setattr__(self, "currentLanguage", lang)
        object.__setattr__(self, "currentLocale", tag if "-" in tag else f"{lang}-{self.currentCountry}")

    def getLocaleCurrencySymbol(self, locale: Any = undefined) -> str:
        return _CURRENCIES.get(to_str(locale).replace("_", "-").split("-")[-1].upper(), ("", ""))[1]

    def getCurrencyCode(self, locale: Any = undefined) -> str:
        return _CURRENCIES.get(to_str(locale).replace("_", "-").split("-")[-1].upper(), ("", ""))[0]

    def getCurrencySymbol(self, code: Any = undefined) -> str:
        wanted = to_str(code).upper()
        return next((symbol for found, symbol in _CURRENCIES.values() if found == wanted), wanted)

    def formatTelephoneNumber(self, number: Any = undefined) -> str:
        """As iOS formats a US number (the device's region): ``(555) 123-4567``; others as given."""
        text = to_str(number)
        digits = "".join(c for c in text if c.isdigit())
        if len(digits) == 11 and digits[0] == "1":
            return f"+1 ({digits[1:4]}) {digits[4:7]}-{digits[7:]}"
        if len(digits) == 10:
            return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
        return text


# Region -> (ISO 4217 code, symbol) for the regions apps commonly name; others give "".
_CURRENCIES = {
    "US": ("USD", "$"), "GB": ("GBP", "£"), "DE": ("EUR", "€"), "FR": ("EUR", "€"), "IT": ("EUR", "€"),
    "ES": ("EUR", "€"), "NL": ("EUR", "€"), "JP": ("JPY", "¥"), "CN": ("CNY", "¥"), "IN": ("INR", "₹"),
    "CA": ("CAD", "$"), "AU": ("AUD", "$"), "BR": ("BRL", "R$"), "CH": ("CHF", "CHF"), "KR": ("KRW", "₩"),
}


class Utils(Proxy):
    """``Ti.Utils``: Base64 (to and from Blobs, as Titanium gives them) and hex digests."""

    js_class = "Ti.Utils"

    def base64encode(self, value: Any = undefined) -> Blob:
        return Blob(self._app, data=base64.b64encode(_bytes(value)), mime_type="text/plain")

    def base64decode(self, value: Any = undefined) -> Blob:
        try:
            data = base64.b64decode(_bytes(value), validate=False)
        except (binascii.Error, ValueError):
            data = b""
        return Blob(self._app, data=data, mime_type="application/octet-stream")

    def md5HexDigest(self, value: Any = undefined) -> str:
        return hashlib.md5(_bytes(value), usedforsecurity=False).hexdigest()

    def sha1(self, value: Any = undefined) -> str:
        return hashlib.sha1(_bytes(value), usedforsecurity=False).hexdigest()

    def sha256(self, value: Any = undefined) -> str:
        return hashlib.sha256(_bytes(value)).hexdigest()


def _bytes(value: Any) -> bytes:
    if isinstance(value, Blob):
        return value.js_bytes()
    if isinstance(value, File):
        return value.js_file.read_bytes()
    return to_str(value).encode("utf-8")
