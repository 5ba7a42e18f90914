"""Downloads at disk speed: a GET whose body goes to a file, read with the standard library's
``http.client`` on a worker thread, up to 1 MiB per read.

httpx (on the network thread's event loop) handles every other exchange.  For a large download
its per-chunk cost (asyncio reads, h11 buffering, rechunking) caps a transfer near 250 MiB/s on
loopback; large reads straight from the socket, each written with one call, keep up with
``curl -o`` (``python bench/run.py --only transfer``).  The exchange is the same: the session's
headers and cookies, redirects (16 at most), TLS verified against certifi's roots as httpx does,
Range/If-Range resume, gzip/deflate bodies decoded with the same bound (net.ContentDecoder),
credential headers dropped on a redirect to another origin, failures mapped to the same
NSURLError codes.
Set ``TI2PY_DIRECT_DOWNLOADS=0`` to send downloads through httpx as well.
"""

from __future__ import annotations

import asyncio
import http.client
import os
import socket
import ssl
import threading
import time
import urllib.parse
import urllib.request
import weakref
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

import certifi
import httpx

BUFFER_SIZE = 1024 * 1024
MAX_REDIRECTS = 16  # as NSURLSession and the httpx client
REDIRECTS = (301, 302, 303, 307, 308)

_workers = ThreadPoolExecutor(max_workers=32, thread_name_prefix="ti2py-download")
_tls: ssl.SSLContext | None = None
# Exchanges in flight, so the runner can end them all when a run stops (--timeout, Ctrl-C): the
# worker threads are joined at interpreter exit, and a blocked read would otherwise hold the
# process until its server gave up (a 1 byte/s trickle never does).
_active: "weakref.WeakSet[Exchange]" = weakref.WeakSet()


def enabled() -> bool:
    return os.environ.get("TI2PY_DIRECT_DOWNLOADS", "1") != "0"


def _tls_context() -> ssl.SSLContext:
    global _tls
    if _tls is None:
        _tls = ssl.create_default_context(cafile=certifi.where())
    return _tls


class Exchange:
    """One download on a worker thread; ``cancel()`` (from any thread) stops it promptly."""

    def __init__(self, client: httpx.AsyncClient, url: str, headers: dict[str, str], timeout: float) -> None:
        from .net import ACCEPT_ENCODING

        self.cookies = client.cookies.jar
        self.headers = {**dict(client.headers), "accept-encoding": ACCEPT_ENCODING, **headers}
        self.url = url
        self.timeout = timeout
        self.connection: http.client.HTTPConnection | None = None
        self.cancelled = threading.Event()
        self.connected = False  # failures before the response are "could not connect"

    def cancel(self) -> None:
        self.cancelled.set()
        connection = self.connection
        if connection is not None and connection.sock is not None:
            try:
                connection.sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked read
            except OSError:
                pass

    def open(self) -> http.client.HTTPResponse:
        """Send the request, following redirects; the final response.  A redirect to another
        origin goes without the app's credential headers (and they do not come back)."""
        from .net import TOO_MANY_REDIRECTS, TransferError, origin, without_credentials

        url = self.url
        first = origin(url)
        _active.add(self)
        for _ in range(MAX_REDIRECTS + 1):
            response = self._request(url)
            location = response.getheader("location")
            if response.status not in REDIRECTS or not location:
                return response
            self.close()
            url = urllib.parse.urljoin(url, location)
            if origin(url) != first:
                self.headers = without_credentials(self.headers)

        raise TransferError(*TOO_MANY_REDIRECTS)

    def _request(self, url: str) -> http.client.HTTPResponse:
        from .net import UNSUPPORTED_URL, TransferError

        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise TransferError(*UNSUPPORTED_URL)
        if parts.scheme == "https":
            self.connection = http.client.HTTPSConnection(parts.hostname or "", parts.port, timeout=self.timeout,
                                                          context=_tls_context())
        else:
            self.connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=self.timeout)
        headers = dict(self.headers)
        cookie_request = urllib.request.Request(url)
        self.cookies.add_cookie_header(cookie_request)
        headers.update(cookie_request.header_items())
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.connected = False
        self.connection.request("GET", path, headers=headers)
        self.connected = True
        response = self.connection.getresponse()
        self.cookies.extract_cookies(response, cookie_request)
        return response

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()


def cancel_all() -> None:
    """End every download in flight (from any thread): each stops within one read."""
    for exchange in list(_active):
        exchange.cancel()


def fetch(exchange: Exchange, download: Path, offset: int, progress_interval: float,
          on_response: Callable[[int, int, str | None], Any], on_download: Callable[[int, int, int], Any]) -> int:
    """Run the download on this (worker) thread.  ``on_response(status, expected, validator)``
    and ``on_download(chunk, total, expected)`` are called here; the caller marshals them.
    Returns the final HTTP status (200 for a completed resume)."""
    from . import net
    from .net import CANCELLED, CONNECTION_LOST, ContentDecoder, TransferError, interpret_response

    response = exchange.open()
    status, expected, offset = interpret_response(response.status, response.getheader, offset)
    validator = response.getheader("etag") or response.getheader("last-modified")
    on_response(status, expected, validator)
    decoder = ContentDecoder(response.getheader("content-encoding"))
    written = reported = offset
    last_report = 0.0
    # Each read takes what has arrived (one socket read), so progress follows the data as it
    # comes.  A plain body with a length is read into one reused buffer: no new memory per read.
    plain = decoder.identity and not response.chunked and response.length is not None
    view = memoryview(bytearray(BUFFER_SIZE)) if plain else None
    with net.open_download_file(download, append=bool(offset)) as sink:
        while True:
            if exchange.cancelled.is_set():
                raise TransferError(*CANCELLED)
            if view is not None:
                remaining = response.length or 0
                count = response.fp.readinto1(view[:min(remaining, BUFFER_SIZE)]) if remaining else 0
                if not count:
                    break
                response.length = remaining - count  # (http.client's own count, kept as readinto does)
                sink.write(view[:count])
                written += count
            else:
                data = response.read1(BUFFER_SIZE)
                if not data:
                    break
                for piece in decoder.decode(data):
                    sink.write(piece)
                    written += len(piece)
            now = time.monotonic()
            if now - last_report >= progress_interval:
                last_report = now
                on_download(written - reported, written, expected)
                reported = written
    if exchange.cancelled.is_set():
        raise TransferError(*CANCELLED)
    # http.client counts down the Content-Length it was given: bytes still owed mean the
    # connection closed early (an encoded body has no expected size to compare with).
    if (expected and written < expected) or (response.length or 0) > 0:
        raise TransferError(*CONNECTION_LOST)
    decoder.finish()
    if written > reported:
        on_download(written - reported, written, expected)
    return status


async def run_in_worker(exchange: Exchange, work: Callable[[], Any]) -> Any:
    """Run ``work`` on a download thread; if this coroutine is cancelled, so is the exchange."""
    future = asyncio.get_running_loop().run_in_executor(_workers, work)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        exchange.cancel()
        try:
            await future  # the thread notices within one read; the file is closed before we go on
        except BaseException:  # it ends with a cancellation or a read error
            pass
        raise
    finally:
        exchange.close()
