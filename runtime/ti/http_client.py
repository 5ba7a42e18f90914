"""``Ti.Network.HTTPClient``: the XMLHttpRequest-like client apps use for REST calls, doing real
HTTP with httpx on the network thread.

The request runs off the app thread; what it learns comes back as jobs on the app's event loop
in order: ``readyState`` 2 (headers), 3 with ``ondatastream`` progress, then 4 with ``onload``
or ``onerror``.  Callbacks run with ``this`` set to the client, as Titanium documents.
``open(method, url, false)`` (iOS's synchronous mode) runs the same exchange and delivers the
same callbacks before ``send()`` returns.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass
from email.message import Message
from typing import TYPE_CHECKING, Any, Callable

import httpx

from ..js.ops import is_number, to_str
from ..js.values import JSError, JSObject, call_with_this, own_items, undefined
from ..net import CHUNK_SIZE, ContentDecoder, NetworkThread, classify, make_client
from .filesystem import Blob, File
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App

UNSENT, OPENED, HEADERS_RECEIVED, LOADING, DONE = range(5)
Deliver = Callable[..., None]  # deliver(method, *args): a step to run on the app thread


class HTTPClient(Proxy):
    """One client (``Ti.Network.HTTPClient.DONE`` and the other readyState constants are
    attributes of the class, which ``Ti.Network.HTTPClient`` is)."""

    js_class = "Ti.Network.HTTPClient"
    UNSENT, OPENED, HEADERS_RECEIVED, LOADING, DONE = UNSENT, OPENED, HEADERS_RECEIVED, LOADING, DONE

    def __init__(self, app: "App", props: Any = None) -> None:
        self._reset_response()
        object.__setattr__(self, "readyState", UNSENT)
        object.__setattr__(self, "_method", "GET")
        object.__setattr__(self, "_url", "")
        object.__setattr__(self, "_async", True)
        object.__setattr__(self, "_headers", {})
        object.__setattr__(self, "_future", None)
        object.__setattr__(self, "_aborted", False)
        super().__init__(app, props)

    def _reset_response(self) -> None:
        for name, value in (("status", 0), ("statusText", ""), ("responseText", ""), ("responseData", None),
                            ("location", ""), ("connected", False), ("_response_headers", [])):
            object.__setattr__(self, name, value)

    # -- request (JS API) --------------------------------------------------------------------------
    def open(self, method: Any = "GET", url: Any = undefined, is_async: Any = True) -> None:
        object.__setattr__(self, "_method", to_str(method).upper())
        object.__setattr__(self, "_url", to_str(url))
        object.__setattr__(self, "_async", is_async is not False)
        object.__setattr__(self, "_headers", {})
        object.__setattr__(self, "connectionType", self._method)
        self._reset_response()
        self._set_state(OPENED)

    def setRequestHeader(self, name: Any, value: Any) -> None:
        if self.readyState != OPENED:
            raise JSError("setRequestHeader: call open() first")
        if value is None or value is undefined:  # Titanium removes the header for null
            self._headers.pop(to_str(name), None)
        else:
            self._headers[to_str(name)] = to_str(value)

    def setTimeout(self, milliseconds: Any) -> None:  # the old setter apps still call
        object.__setattr__(self, "timeout", milliseconds)

    def send(self, data: Any = undefined) -> None:
        if self.readyState != OPENED or self._future is not None:
            raise JSError("send: call open() first (an HTTPClient sends one request per open())")
        app = self._app
        body, content_type = self._body(data)
        headers = dict(self._headers)
        if content_type and not any(k.lower() == "content-type" for k in headers):
            headers["Content-Type"] = content_type
        username, password = self.username, self.password
        auth = (to_str(username), to_str(password)) if isinstance(username, str) and password is not undefined else None
        timeout = self.timeout
        exchange = _Exchange(self._method, app.map_url(self._url), headers, body, auth,
                             follow=self.autoRedirect is not False, verify=self.validatesSecureCertificate is not False,
                             seconds=timeout / 1000 if is_number(timeout) and timeout > 0 else app.request_timeout)
        object.__setattr__(self, "connected", True)
        if self._async:
            app.loop.hold()
            object.__setattr__(self, "_future", NetworkThread.get().submit(
                self._exchange(exchange, lambda step, *args: app.call(step, *args), app.loop.release)))
            return
        steps: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []
        future = NetworkThread.get().submit(self._exchange(exchange, lambda step, *args: steps.append((step, args))))
        object.__setattr__(self, "_future", future)
        future.result()
        for step, args in steps:
            step(*args)

    def abort(self) -> None:
        """Cancel the request: no ``onload``/``onerror`` follows (UNVERIFIED: what iOS fires on
        abort is not documented; XMLHttpRequest fires neither)."""
        future = self._future
        object.__setattr__(self, "_aborted", True)
        if future is not None and not future.done():
            NetworkThread.get().call(future.cancel)
        object.__setattr__(self, "connected", False)
        object.__setattr__(self, "readyState", UNSENT)

    def clearCookies(self, host: Any = undefined) -> None:
        cookies = _shared_client(self._app, True).cookies
        if host is undefined or host is None:
            cookies.clear()
        else:
            cookies.clear(domain=to_str(host).split("://")[-1].split("/")[0])

    # -- response (JS API) -------------------------------------------------------------------------
    def getResponseHeader(self, name: Any) -> Any:
        wanted = to_str(name).lower()
        values = [value for key, value in self._response_headers if key.lower() == wanted]
        return ", ".join(values) if values else None

    def getAllResponseHeaders(self) -> str:
        return "".join(f"{key}: {value}\r\n" for key, value in self._response_headers)

    @property
    def allResponseHeaders(self) -> str:
        return self.getAllResponseHeaders()

    @property
    def responseXML(self) -> Any:  # Ti.XML's parse of responseText (runtime/ti/xml.py)
        from .xml import response_document

        return response_document(self._app, self.responseText, self.__dict__.setdefault("_xml_cache", {}))

    @property
    def responseHeaders(self) -> JSObject:
        headers = JSObject()
        for key, value in self._response_headers:
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        return headers

    # -- the exchange (network thread) -----------------------------------------------------------
    async def _exchange(self, exchange: "_Exchange", deliver: Deliver, done: Callable[[], None] | None = None) -> None:
        app = self._app
        try:
            client = _shared_client(app, exchange.verify)
            request = client.build_request(exchange.method, exchange.url, headers=exchange.headers,
                                           content=exchange.body, timeout=httpx.Timeout(exchange.seconds))
            if exchange.body and self._handles("onsendstream"):
                size = len(exchange.body)
                deliver(self._progress, "onsendstream", size, size)  # one step: the body is in memory
            response = await client.send(request, stream=True, follow_redirects=exchange.follow,
                                         auth=exchange.auth or httpx.USE_CLIENT_DEFAULT)
            try:
                length = response.headers.get("content-length")
                expected = int(length) if length and length.isdigit() else -1
                deliver(self._headers_received, response.status_code, response.reason_phrase,
                        [(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw], str(response.url))
                chunks: list[bytes] = []
                reported = 0
                last = 0.0
                # Raw bytes, decoded with the transfers' bound: a gzip bomb ends in onerror
                # (-1103) after a bounded amount of memory, a truncated stream in -1015.
                decoder = ContentDecoder(response.headers.get("content-encoding"))
                async for raw in response.aiter_raw(CHUNK_SIZE):
                    chunks.extend(decoder.decode(raw))
                    now = time.monotonic()
                    # Progress counts the bytes as sent (encoded), as Content-Length does.
                    if now - last >= app.progress_interval:
                        last, reported = now, decoder.encoded
                        deliver(self._progress, "ondatastream", reported, expected)
                decoder.finish()
                if decoder.encoded != reported:  # the last report always says how much arrived
                    deliver(self._progress, "ondatastream", decoder.encoded, expected)
            finally:
                await response.aclose()
            deliver(self._finished, b"".join(chunks), response.headers.get("content-type", ""), None)
        except asyncio.CancelledError:
            pass  # abort(): nothing more is delivered
        except BaseException as exc:  # every failure becomes an onerror
            deliver(self._finished, b"", "", classify(exc))
        finally:
            if done is not None:
                done()

    # -- steps (app thread) -------------------------------------------------------------------------
    def _set_state(self, state: int) -> None:
        object.__setattr__(self, "readyState", state)
        self._callback("onreadystatechange", JSObject(type="readystatechange", source=self, readyState=state))

    def _headers_received(self, status: int, reason: str, headers: list[tuple[str, str]], final_url: str) -> None:
        if self._aborted:
            return
        for name, value in (("status", status), ("statusText", reason), ("_response_headers", headers),
                            ("location", final_url)):
            object.__setattr__(self, name, value)
        self._set_state(HEADERS_RECEIVED)
        self._set_state(LOADING)

    def _progress(self, callback: str, done: int, expected: int) -> None:
        if self._aborted:
            return
        # Unknown length: -1, as Titanium's progress events give (UNVERIFIED for iOS).
        progress = done / expected if expected > 0 else -1
        self._callback(callback, JSObject(type=callback, source=self, progress=progress))

    def _finished(self, body: bytes, content_type: str, error: tuple[int, str] | None) -> None:
        if self._aborted:
            return
        object.__setattr__(self, "connected", False)
        if error is None:
            self._store_body(body, content_type)
        self._set_state(DONE)
        if error is not None:
            code, message = error
            self._callback("onerror", JSObject(type="error", source=self, success=False, code=code, error=message))
        elif 400 <= self.status <= 599 and self._handles("onerror"):
            # Titanium treats a 4xx/5xx answer as an error when the app handles errors (code: the
            # status, message "HTTP error"), and as a load when it has only onload (recalled from
            # the iOS SDK; UNVERIFIED against a device here).
            self._callback("onerror", JSObject(type="error", source=self, success=False, code=self.status,
                                               error="HTTP error"))
        else:
            self._callback("onload", JSObject(type="load", source=self, success=True, code=0))

    def _store_body(self, body: bytes, content_type: str) -> None:
        message = Message()
        message["content-type"] = content_type
        charset = message.get_content_charset() or "utf-8"
        try:
            text = body.decode(charset, errors="replace")
        except LookupError:  # a charset Python does not know
            text = body.decode("utf-8", errors="replace")
        object.__setattr__(self, "responseText", text)
        mime = content_type.split(";")[0].strip() or None
        target = self.file
        if target is not undefined and target is not None:
            file = target if isinstance(target, File) else self._app.Ti.Filesystem.getFile(to_str(target))
            # File.write: atomic, and refused (with the device's warning) in the read-only Resources
            if file.write(Blob(self._app, data=body)):
                object.__setattr__(self, "responseData", Blob(self._app, path=file.js_file, mime_type=mime))
                return
        object.__setattr__(self, "responseData", Blob(self._app, data=body, mime_type=mime))

    def _handles(self, name: str) -> bool:
        handler = getattr(self, name)
        return callable(handler) and handler is not undefined

    def _callback(self, name: str, event: JSObject) -> None:
        if not self._handles(name):
            return
        call_with_this(getattr(self, name), self, event)  # `this` in the callback is the client

    # -- request body ------------------------------------------------------------------------------
    def _body(self, data: Any) -> tuple[bytes | None, str | None]:
        """The bytes to send and the Content-Type Titanium sets for them on iOS: a JS object goes
        as multipart/form-data; a string or a Blob goes without a Content-Type."""
        if data is undefined or data is None:
            return None, None
        if isinstance(data, Blob):
            return data.js_bytes(), None
        if isinstance(data, File):
            if not data.js_usable() or not data.js_file.is_file():  # (it may have been replaced by a link since)
                raise JSError(f"send: cannot read {data.js_file.name}")
            return data.js_file.read_bytes(), None
        if isinstance(data, JSObject):
            return _multipart(data)
        return to_str(data).encode("utf-8"), None


def _multipart(fields: JSObject) -> tuple[bytes, str]:
    boundary = f"----ti2py{uuid.uuid4().hex}"
    parts: list[bytes] = []
    for name, value in own_items(fields):
        quoted = name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
        if isinstance(value, (Blob, File)):
            blob = value if isinstance(value, Blob) else value.read()
            filename = value.js_file.name if isinstance(value, File) else (blob.js_path.name if blob.js_path else name)
            head = (f'Content-Disposition: form-data; name="{quoted}"; filename="{filename}"\r\n'
                    f"Content-Type: {blob.mimeType}\r\n\r\n")
            content = blob.js_bytes()
        else:
            head = f'Content-Disposition: form-data; name="{quoted}"\r\n\r\n'
            content = to_str(value).encode("utf-8")
        parts.append(f"--{boundary}\r\n{head}".encode("utf-8") + content + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@dataclass
class _Exchange:
    """What one send() asks for, fixed on the app thread before the network thread starts."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    auth: tuple[str, str] | None
    follow: bool
    verify: bool
    seconds: float


def _shared_client(app: "App", verify: bool) -> httpx.AsyncClient:
    """One client per app (two if some request turns certificate checks off): its cookie jar is
    shared by every HTTPClient, as iOS shares one cookie store per app."""
    clients = app.http_clients
    if verify not in clients:
        clients[verify] = make_client(verify=verify)
    return clients[verify]
