"""Push payloads: the Appcelerator dashboard's flat shape and the APNs shape, made one."""

from __future__ import annotations

import json
from typing import Any

from .js.builtins import JSON
from .js.values import JSObject

# Keys the push service moves into the APNs "aps" dictionary when given a flat payload.
APS_KEYS = ("alert", "badge", "sound", "content-available", "category", "mutable-content", "thread-id")


def normalise_payload(payload: Any) -> JSObject:
    """Return the userInfo a device receives: ``{"aps": {...}, custom keys...}``.

    ``{"alert": "", "content-available": 1, "download_url": u}`` (dashboard) becomes
    ``{"aps": {"alert": "", "content-available": 1}, "download_url": u}``; an APNs payload
    (already with ``aps``) is kept as it is."""
    if isinstance(payload, (str, bytes)):
        payload = JSON.parse(payload.decode() if isinstance(payload, bytes) else payload)
    elif isinstance(payload, dict):
        payload = JSON.parse(json.dumps(payload))
    if not isinstance(payload, JSObject):
        raise ValueError("a push payload must be a JSON object")
    if isinstance(payload.aps, JSObject):
        return payload
    aps = JSObject()
    user_info = JSObject()
    for key, value in payload.items():
        if key in APS_KEYS:
            aps[key] = value
        else:
            user_info[key] = value
    result = JSObject(aps=aps)
    for key, value in user_info.items():
        result[key] = value
    return result
