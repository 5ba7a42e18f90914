"""Transfers: real HTTP with httpx on one background asyncio thread, streamed to temp files.

App code never waits on the network: each task is a coroutine on the network thread that posts
its events (throttled progress, completion) to the app's event loop, which delivers them one at
a time on the app thread.
"""

from __future__ import annotations

import asyncio
import errno
import http.client
import os
import re
import socket
import ssl
import tempfile
import threading
import time
import urllib.parse
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Coroutine, Iterator

import certifi
import httpx

from . import direct

# NSURLError codes and the messages iOS gives for them (localizedDescription).
CANCELLED = (-999, "cancelled")
BAD_URL = (-1000, "bad URL")
TIMED_OUT = (-1001, "The request timed out.")
UNSUPPORTED_URL = (-1002, "unsupported URL")
CANNOT_FIND_HOST = (-1003, "A server with the specified hostname could not be found.")
CANNOT_CONNECT = (-1004, "Could not connect to the server.")
CONNECTION_LOST = (-1005, "The network connection was lost.")
TOO_MANY_REDIRECTS = (-1007, "too many HTTP redirects")
CANNOT_DECODE_RAW_DATA = (-1015, "cannot decode raw data")
DATA_LENGTH_EXCEEDS_MAXIMUM = (-1103, "resource exceeds maximum size")
# NSURLErrorCannotWriteToFile: what a download that cannot be stored reports (disk full;
# UNVERIFIED which of the -3000 family iOS picks for ENOSPC).
CANNOT_WRITE_TO_FILE = (-3003, "cannot write file")
SECURE_CONNECTION_FAILED = (-1200, "An SSL error has occurred and a secure connection to the server cannot be made.")
SERVER_CERTIFICATE_UNTRUSTED = (
    -1202,
    "The certificate for this server is invalid. You might be connecting to a server that is pretending to be "
    "\u201chost\u201d which could put your confidential information at risk.",
)

CHUNK_SIZE = 64 * 1024


class TransferError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# -- credentials never follow a redirect to another origin ---------------------------------------
# Headers that carry the app's credentials (its own, from requestHeaders, HTTPHeaderFields or
# setRequestHeader): dropped when a redirect leaves the origin (scheme, host and port) they
# were sent to, on every transfer path.  The cookie jar still adds the cookies of the new host.
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port filled in, as browsers compare them."""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port or {"http": 80, "https": 443}.get(scheme)


def without_credentials(headers: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in CREDENTIAL_HEADERS}


async def _strip_credentials_across_origins(request: httpx.Request) -> None:
    """httpx request hook, run for the first request and each redirect: it remembers the first
    request's origin and credential headers (the extensions dict is shared along a redirect
    chain) and removes those headers from any request to another origin.  httpx alone keeps
    Authorization on an http->https redirect and never drops Proxy-Authorization."""
    chain = request.extensions.setdefault("ti2py.origin", {})
    if not chain:
        chain["origin"] = origin(str(request.url))
        chain["credentials"] = {k.lower(): v for k, v in request.headers.items() if k.lower() in CREDENTIAL_HEADERS}
        return
    if origin(str(request.url)) != chain["origin"]:
        for name, value in chain["credentials"].items():
            if request.headers.get(name) == value:  # the app's header, not a cookie of the new host
                del request.headers[name]


# -- Content-Encoding, decoded with a bound --------------------------------------------------------
# A compressed body may decode to at most MAX_INFLATION times the bytes received, once it is past
# INFLATION_FLOOR bytes: a few MB of gzip that would inflate to GBs ends with -1103 after about
# INFLATION_FLOOR bytes, while ordinary text (ratios below 20) is never near the bound.  Both are
# settable in the environment (TI2PY_MAX_INFLATION, TI2PY_INFLATION_FLOOR in bytes).
DECODED_ENCODINGS = ("gzip", "deflate")  # what ti2py asks for (no brotli decoder is bundled)
ACCEPT_ENCODING = ", ".join(DECODED_ENCODINGS)


def _env_number(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, "")))
    except ValueError:
        return default


class ContentDecoder:
    """Decodes a body by its Content-Encoding, in bounded pieces: one call never inflates more
    than CHUNK_SIZE at a time, so memory stays flat whatever a chunk decodes to.  Unknown
    encodings pass through as they are (as httpx does); ``identity`` costs nothing."""

    def __init__(self, content_encoding: str | None) -> None:
        names = [n.strip().lower() for n in (content_encoding or "").split(",")]
        # Applied in reverse order of the header (the last encoding listed was applied last).
        self._stages: list[_Inflater] = [_new_inflater(n) for n in reversed(names) if n in ("gzip", "x-gzip", "deflate")]
        self.encoded = 0
        self.decoded = 0
        self.max_inflation = _env_number("TI2PY_MAX_INFLATION", 100)
        self.floor = _env_number("TI2PY_INFLATION_FLOOR", 16 * 1024 * 1024)

    @property
    def identity(self) -> bool:
        return not self._stages

    def decode(self, data: bytes) -> Iterator[bytes]:
        """The decoded pieces of ``data`` (the next bytes of the body as received)."""
        self.encoded += len(data)
        if not self._stages:
            self.decoded += len(data)
            yield data
            return
        yield from self._through(0, data)

    def _through(self, stage: int, data: bytes) -> Iterator[bytes]:
        if stage == len(self._stages):
            self.decoded += len(data)
            if self.decoded > max(self.floor, self.max_inflation * self.encoded):
                raise TransferError(*DATA_LENGTH_EXCEEDS_MAXIMUM)
            yield data
            return
        inflater = self._stages[stage]
        while data and not inflater.eof:
            try:
                piece = inflater.decompress(data, CHUNK_SIZE)
            except zlib.error:
                if inflater.wbits != zlib.MAX_WBITS or self.decoded:
                    raise TransferError(*CANNOT_DECODE_RAW_DATA) from None
                # "deflate" from some servers is a raw stream without the zlib wrapper: retry so.
                inflater = self._stages[stage] = _Inflater(-zlib.MAX_WBITS)
                continue
            data = inflater.unconsumed_tail
            if piece:
                yield from self._through(stage + 1, piece)

    def finish(self) -> None:
        """The body ended: a compressed stream cut short is an error, not a shorter file."""
        if self.encoded and any(not inflater.eof for inflater in self._stages):
            raise TransferError(*CANNOT_DECODE_RAW_DATA)


class _Inflater:
    """One zlib stream (gzip, zlib-wrapped or raw deflate, by ``wbits``)."""

    def __init__(self, wbits: int) -> None:
        self.wbits = wbits
        self._z = zlib.decompressobj(wbits)

    def decompress(self, data: bytes, max_length: int) -> bytes:
        return self._z.decompress(data, max_length)

    @property
    def unconsumed_tail(self) -> bytes:
        return self._z.unconsumed_tail

    @property
    def eof(self) -> bool:
        return self._z.eof


def _new_inflater(name: str) -> _Inflater:
    return _Inflater(16 + zlib.MAX_WBITS if name in ("gzip", "x-gzip") else zlib.MAX_WBITS)


def open_download_file(path: Path, append: bool) -> BinaryIO:
    """The file a download's body goes to (unbuffered: one write per received block).  One place
    for both transfer paths, so a test can make it fail as a full disk would."""
    return open(path, "ab" if append else "wb", buffering=0)


def classify(exc: BaseException, connected: bool = True) -> tuple[int, str]:
    """Map a client-side failure (httpx's, or the standard library's on the direct download
    path, where ``connected`` says whether the request went out) to the NSURLError code and
    message iOS would report."""
    if isinstance(exc, TransferError):
        return exc.code, exc.message
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return CANNOT_WRITE_TO_FILE
    if isinstance(exc, asyncio.CancelledError):
        return CANCELLED
    if isinstance(exc, ssl.SSLCertVerificationError):
        return SERVER_CERTIFICATE_UNTRUSTED
    if isinstance(exc, ssl.SSLError):
        return SECURE_CONNECTION_FAILED
    if isinstance(exc, socket.gaierror):
        return CANNOT_FIND_HOST
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return TIMED_OUT
    if isinstance(exc, http.client.InvalidURL):
        return BAD_URL
    if isinstance(exc, (http.client.HTTPException, OSError)):
        return CONNECTION_LOST if connected else CANNOT_CONNECT
    if isinstance(exc, httpx.TooManyRedirects):
        return TOO_MANY_REDIRECTS
    if isinstance(exc, httpx.UnsupportedProtocol):
        return UNSUPPORTED_URL
    if isinstance(exc, httpx.TimeoutException):
        return TIMED_OUT
    if isinstance(exc, httpx.ConnectError):
        text = str(exc).lower()
        if isinstance(exc.__cause__, ssl.SSLCertVerificationError) or "certificate" in text:
            return SERVER_CERTIFICATE_UNTRUSTED
        if "ssl" in text or "tls" in text:
            return SECURE_CONNECTION_FAILED
        if "name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
            return CANNOT_FIND_HOST
        return CANNOT_CONNECT
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return CONNECTION_LOST
    if isinstance(exc, httpx.InvalidURL):
        return BAD_URL
    return CONNECTION_LOST


class NetworkThread:
    """The process-wide asyncio loop that runs every transfer."""

    _instance: "NetworkThread | None" = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="ti2py-network", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    @classmethod
    def get(cls) -> "NetworkThread":
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def submit(self, coro: Coroutine[Any, Any, Any]) -> "asyncio.Future[Any]":
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        return future  # type: ignore[return-value]

    def call(self, fn: Callable[[], Any]) -> None:
        self.loop.call_soon_threadsafe(fn)


@dataclass
class Request:
    url: str
    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Path | None = None
    timeout: float = 60.0


@dataclass
class Progress:
    """What a transfer reports while running (the numbers iOS puts in progress events)."""

    chunk: int
    total: int
    expected: int


@dataclass
class Outcome:
    status: int = 0
    body_path: Path | None = None
    body: bytes | None = None
    error: tuple[int, str] | None = None


ProgressSink = Callable[[Progress], None]


async def _upload_stream(source: bytes | Path, on_sent: Callable[[int], None]) -> Any:
    if isinstance(source, bytes):
        for start in range(0, len(source), CHUNK_SIZE):
            piece = source[start : start + CHUNK_SIZE]
            on_sent(len(piece))
            yield piece
        return
    with open(source, "rb") as handle:
        while piece := handle.read(CHUNK_SIZE):
            on_sent(len(piece))
            yield piece


RANGE_REPLY = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")
ResponseSink = Callable[[int, "str | None"], None]  # (expected total bytes, validator for If-Range)


async def perform(
    client: httpx.AsyncClient,
    request: Request,
    *,
    download: Path | None = None,
    validator: str | None = None,
    on_response: ResponseSink | None = None,
    on_download: ProgressSink | None = None,
    on_upload: ProgressSink | None = None,
    progress_interval: float = 0.1,
) -> Outcome:
    """Run one HTTP exchange.  With ``download`` the body streams into that file, else to memory.

    A download whose file already holds bytes resumes: ``Range: bytes=N-`` with ``If-Range``
    (``validator``, the ETag or Last-Modified seen before); a 206 appends, anything else starts
    the file over.  Progress callbacks are throttled to one per ``progress_interval`` seconds,
    plus a final one so a listener always sees the complete count.  The caller owns the file:
    it is left in place on failure."""
    outcome = Outcome()
    try:
        content: Any = None
        headers = dict(request.headers)
        if request.body is not None:
            size = len(request.body) if isinstance(request.body, bytes) else request.body.stat().st_size
            headers.setdefault("Content-Length", str(size))
            sent = 0
            last = 0.0

            def note_sent(n: int) -> None:
                nonlocal sent, last
                sent += n
                now = time.monotonic()
                if on_upload is not None and (now - last >= progress_interval or sent == size):
                    last = now
                    on_upload(Progress(n, sent, size))

            content = _upload_stream(request.body, note_sent)
        offset = download.stat().st_size if download is not None and download.exists() else 0
        if offset:
            headers["Range"] = f"bytes={offset}-"
            if validator:
                headers["If-Range"] = validator
        timeout = httpx.Timeout(request.timeout)
        if download is not None and content is None and request.method == "GET" and direct.enabled():
            return await _download_directly(client, request, headers, download, offset, on_response, on_download,
                                            progress_interval)
        async with client.stream(request.method, request.url, headers=headers, content=content, timeout=timeout) as response:
            outcome.status, expected, offset = interpret_response(response.status_code, response.headers.get, offset)
            decoder = ContentDecoder(response.headers.get("content-encoding"))
            if on_response is not None:
                on_response(expected, response.headers.get("etag") or response.headers.get("last-modified"))
            written = offset
            reported = offset  # bytes already announced in a progress report
            last_report = 0.0
            chunks: list[bytes] = []
            sink: Any = open_download_file(download, append=bool(offset)) if download is not None else None
            try:
                # Raw chunks, decoded here with a bound (httpx's own decoders have none).
                async for raw in response.aiter_raw():
                    for chunk in decoder.decode(raw):
                        if sink is not None:
                            sink.write(chunk)
                        else:
                            chunks.append(chunk)
                        written += len(chunk)
                    now = time.monotonic()
                    if on_download is not None and now - last_report >= progress_interval:
                        last_report = now
                        on_download(Progress(written - reported, written, expected))
                        reported = written
                        await asyncio.sleep(0)
                decoder.finish()
            finally:
                if sink is not None:
                    sink.close()
            if expected and written < expected:
                raise TransferError(*CONNECTION_LOST)
            if on_download is not None and written > reported:
                on_download(Progress(written - reported, written, expected))
            if download is not None:
                outcome.body_path = download
            else:
                outcome.body = b"".join(chunks)
    except BaseException as exc:  # every failure becomes an NSURLError outcome
        outcome.error = classify(exc)
        if isinstance(exc, asyncio.CancelledError):
            outcome.status = 0
    return outcome


def interpret_response(status: int, header: Callable[[str], "str | None"], offset: int) -> tuple[int, int, int]:
    """The status the app sees, the bytes expected in all, and the offset the body starts at
    (0 unless the server resumed the ``Range: bytes=offset-`` request with a 206)."""
    length = header("content-length")
    identity = (header("content-encoding") or "identity") == "identity"
    # Without a Content-Length, the SDK's iOS docs give totalBytesExpectedToWrite as 0 (what the
    # native code's unsigned boxing of -1 gives is not verified; the docs are followed).
    expected = int(length) if length and length.isdigit() and identity else 0
    resumed = RANGE_REPLY.match(header("content-range") or "") if status == 206 else None
    if offset and resumed and int(resumed.group(1)) == offset:
        total = resumed.group(3)
        return 200, (int(total) if total.isdigit() else 0), offset  # the exchange completed in two parts
    return status, expected, 0  # no resume: the server sent the whole body again


async def _download_directly(client: httpx.AsyncClient, request: Request, headers: dict[str, str], download: Path,
                             offset: int, on_response: ResponseSink | None, on_download: ProgressSink | None,
                             progress_interval: float) -> Outcome:
    """A GET into a file, on a download thread (see runtime/direct.py); its callbacks come back
    to this (the network) thread, in order."""
    loop = asyncio.get_running_loop()
    outcome = Outcome()
    exchange = direct.Exchange(client, request.url, headers, request.timeout)

    def responded(status: int, expected: int, validator: str | None) -> None:
        outcome.status = status
        if on_response is not None:
            loop.call_soon_threadsafe(on_response, expected, validator)

    def progressed(chunk: int, total: int, expected: int) -> None:
        if on_download is not None:
            loop.call_soon_threadsafe(on_download, Progress(chunk, total, expected))

    def work() -> int:
        try:
            return direct.fetch(exchange, download, offset, progress_interval, responded, progressed)
        except BaseException as exc:  # classified on this side, with the phase known
            raise TransferError(*classify(exc, connected=exchange.connected)) from exc

    try:
        outcome.status = await direct.run_in_worker(exchange, work)
        outcome.body_path = download
    except BaseException as exc:  # every failure becomes an NSURLError outcome
        outcome.error = classify(exc)
        if isinstance(exc, asyncio.CancelledError):
            outcome.status = 0
    return outcome


def new_download_file(folder: Path) -> Path:
    """A fresh temp file for a download, named as iOS names them."""
    handle, name = tempfile.mkstemp(prefix="CFNetworkDownload_", suffix=".tmp", dir=folder)
    os.close(handle)
    return Path(name)


_tls: ssl.SSLContext | None = None
_tls_lock = threading.Lock()


def tls_context() -> ssl.SSLContext:
    """The certificate-checking TLS context every transfer path shares (certifi's roots, as httpx
    uses by default): loading the roots takes ~60 ms, once per process."""
    global _tls
    with _tls_lock:
        if _tls is None:
            _tls = ssl.create_default_context(cafile=certifi.where())
        return _tls


class _PoolOnFirstUse(httpx.AsyncBaseTransport):
    """httpx's own transport, built when the client first sends a request: a session whose
    downloads all go the direct way (runtime/direct.py) never pays for the connection pool
    (importing httpcore) or a TLS context, ~0.1 s before its first byte."""

    def __init__(self, verify: bool, limits: httpx.Limits) -> None:
        self._verify = verify
        self._limits = limits
        self._pool: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._pool is None:
            self._pool = httpx.AsyncHTTPTransport(verify=tls_context() if self._verify else False,
                                                  limits=self._limits, trust_env=False)
        return await self._pool.handle_async_request(request)

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()


def make_client(headers: dict[str, str] | None = None, verify: bool = True) -> httpx.AsyncClient:
    """A client as an NSURLSession would be: follows redirects (16 at most), verifies TLS
    (unless ``verify`` is False: an HTTPClient with validatesSecureCertificate false)."""
    return httpx.AsyncClient(
        follow_redirects=True,
        max_redirects=16,
        # Only what ContentDecoder decodes (httpx would offer br/zstd when those packages exist).
        headers={"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})},
        event_hooks={"request": [_strip_credentials_across_origins]},
        trust_env=False,
        transport=_PoolOnFirstUse(verify, httpx.Limits(max_connections=6, max_keepalive_connections=6)),
    )

