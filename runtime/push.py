"""Push payloads: the Appcelerator dashboard's flat shape and the APNs shape, made one."""

from __future__ import annotations

import http.server
import json
import os
import re
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .js.json_codec import JSON
from .js.values import JSObject, own_items
from .loopback import LoopbackServer
from .paths import read_json, ti2py_home, write_json

if TYPE_CHECKING:
    from .app import App

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
    for key, value in own_items(payload):
        if key in APS_KEYS:
            aps[key] = value
        else:
            user_info[key] = value
    result = JSObject(aps=aps)
    for key, value in own_items(user_info):
        result[key] = value
    return result


# -- a local push gateway with the APNs provider API's shape ------------------------------------
MAX_PAYLOAD = 4096  # bytes, as APNs allows for a regular push
PUSH_TYPES = frozenset({"alert", "background", "location", "voip", "complication", "fileprovider", "mdm",
                        "liveactivity", "pushtotalk", "widgets"})
DEVICE_PATH = re.compile(r"^/3/device/([^/?]*)$")
TOKEN = re.compile(r"^[0-9a-fA-F]{64}$")
MAX_DEPTH = 64  # ti2py's own bound on nesting (APNs documents none; 4 KB rarely nests past 5)
READ_TIMEOUT = 10  # seconds a client may take to send a body it announced


def parse_push_body(body: bytes) -> tuple[JSObject | None, str | None]:
    """The payload of a gateway request, or the APNs-style reason it is refused for.

    Accepted: UTF-8 (strictly: no BOM, no UTF-16) text of a JSON object that the app's own
    ``JSON.parse`` reads (so no ``NaN``/``Infinity``, nothing after the value) nested at most
    MAX_DEPTH deep: the app never receives a payload its JSON.parse would reject."""
    if not body.strip():
        return None, "PayloadEmpty"
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None, "BadPayload"
    try:
        payload = JSON.parse(text)
    except Exception:  # SyntaxError, or RecursionError for very deep nesting
        return None, "BadPayload"
    if not isinstance(payload, JSObject) or _depth(payload) > MAX_DEPTH:
        return None, "BadPayload"
    return payload, None


def _depth(value: Any) -> int:
    """How deep objects and arrays nest in ``value`` (without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in (dict.values(item) if isinstance(item, dict) else item))
    return deepest


def devices_path() -> Path:
    return ti2py_home() / "devices.json"


class PushGateway(LoopbackServer):
    """``POST /3/device/<token>`` on 127.0.0.1, answered as APNs would, delivering to one app.

    Errors carry APNs' status codes and ``{"reason": ...}`` bodies (BadDeviceToken,
    Unregistered, PayloadTooLarge, PayloadEmpty, InvalidPushType, BadPath, MethodNotAllowed,
    InternalServerError).  A body that is not a JSON object the app could parse (see
    :func:`parse_push_body`) gets 400 ``{"reason": "BadPayload"}``: ti2py's own word, APNs does
    not document one for malformed JSON.  Every request gets a reply; none ends in a traceback."""

    def __init__(self, app: "App", port: int = 0) -> None:
        self.app = app
        self.delivered: list[str] = []
        gateway = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _answer(self, status: int, reason: str | None = None, extra: dict[str, Any] | None = None) -> None:
                body = b"" if reason is None else json.dumps({"reason": reason, **(extra or {})}).encode()
                self.send_response(status)
                self.send_header("apns-id", str(uuid.uuid4()).upper())
                self.send_header("Content-Length", str(len(body)))
                if body:
                    self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            timeout = READ_TIMEOUT  # (socket timeout: a body announced but never sent ends the request)
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

            def do_POST(self) -> None:
                try:
                    self._post()
                except OSError:  # the client went away, or sent less than it announced
                    self.close_connection = True
                except Exception:  # a bug of ours: an APNs-style 500, never a traceback
                    self.close_connection = True
                    self._answer(500, "InternalServerError")

            def _post(self) -> None:
                announced = self.headers.get("Content-Length")
                if announced is None or not announced.strip().isdigit():
                    # No usable length (chunked, missing, malformed): the body cannot be told
                    # from the next request, so the connection closes after the answer.
                    self.close_connection = True
                    return self._answer(400, "PayloadEmpty" if announced is None and "chunked" not in
                                        self.headers.get("Transfer-Encoding", "").lower() else "BadPayload")
                length = int(announced)
                if length > MAX_PAYLOAD:
                    if length <= 1 << 20:
                        self.rfile.read(length)  # drain it: the connection stays usable
                    else:
                        self.close_connection = True
                    return self._answer(413, "PayloadTooLarge")
                # Read the body before any answer, or it would be taken for the next request.
                body = self.rfile.read(length)
                if len(body) < length:  # the client stopped early: not the payload it announced
                    self.close_connection = True
                    return self._answer(400, "BadPayload")
                match = DEVICE_PATH.match(self.path)
                if match is None:
                    return self._answer(404, "BadPath")
                token = match.group(1)
                if not token:
                    return self._answer(400, "MissingDeviceToken")
                if not TOKEN.match(token):
                    return self._answer(400, "BadDeviceToken")
                if token.lower() != gateway.app.device_token:
                    return self._answer(410, "Unregistered", {"timestamp": int(time.time() * 1000)})
                push_type = self.headers.get("apns-push-type", "alert")
                if push_type not in PUSH_TYPES:
                    return self._answer(400, "InvalidPushType")
                payload, reason = parse_push_body(body)
                if reason is not None:
                    return self._answer(400, reason)
                text = body.decode("utf-8")
                gateway.delivered.append(text)
                gateway.app.loop.post(lambda: gateway.app.push(text, background=False))
                return self._answer(200)

            def _not_allowed(self) -> None:
                announced = self.headers.get("Content-Length") or "0"
                try:
                    if announced.isdigit() and int(announced) <= 1 << 20:
                        self.rfile.read(int(announced))
                    else:
                        self.close_connection = True
                    self._answer(405, "MethodNotAllowed")
                except OSError:
                    self.close_connection = True

            do_GET = do_PUT = do_DELETE = do_PATCH = _not_allowed

        super().__init__(Handler, port, name="ti2py-push-gateway")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"  # (devices.json has always held it without a slash)

    def start(self) -> "PushGateway":
        super().start()
        devices = read_json(devices_path(), {})
        devices[self.app.device_token] = {"gateway": self.url, "app": self.app.app_id, "pid": os.getpid()}
        write_json(devices_path(), devices)
        return self

    def close(self) -> None:
        super().close()
        devices = read_json(devices_path(), {})
        if devices.get(self.app.device_token, {}).get("gateway") == self.url:
            del devices[self.app.device_token]
            write_json(devices_path(), devices)


def default_push_type(payload: dict[str, Any]) -> str:
    aps: dict[str, Any] = payload["aps"] if isinstance(payload.get("aps"), dict) else payload
    silent = str(aps.get("content-available")) == "1" and not aps.get("alert")
    return "background" if silent else "alert"


def send(payload_text: str, *, tokens: list[str] | None = None, channel: str | None = None,
         push_type: str | None = None) -> list[tuple[str, int, str]]:
    """Send a push to devices by token or channel through their running apps' gateways.

    Returns (token, HTTP status, reason or apns-id) per device; status 0 when no running app has
    that token."""
    import httpx

    from .modules.cloud import load_registry, registry_path

    payload = json.loads(payload_text)
    if not isinstance(payload, dict):
        raise ValueError("a push payload must be a JSON object")
    targets = list(tokens or [])
    if channel is not None:
        targets += [t for t in load_registry(registry_path()).get(channel, []) if t not in targets]
    devices = read_json(devices_path(), {})
    headers = {"apns-push-type": push_type or default_push_type(payload), "content-type": "application/json"}
    results = []
    with httpx.Client(timeout=10, trust_env=False) as client:
        for token in targets:
            device = devices.get(token.lower())
            if device is None:
                results.append((token, 0, "no running app has this device token (start it with --push-gateway)"))
                continue
            try:
                response = client.post(f"{device['gateway']}/3/device/{token}", content=payload_text.encode(), headers=headers)
            except httpx.HTTPError as exc:
                results.append((token, 0, f"gateway not reachable: {exc}"))
                continue
            detail = response.headers.get("apns-id", "") if response.status_code == 200 else response.json().get("reason", "")
            results.append((token, response.status_code, detail))
    return results
