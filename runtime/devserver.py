"""A small local HTTP server for demos and manual runs (127.0.0.1 only, no network needed).

It serves files from a folder, and for any ``*.jpg``/``*.png`` path it does not have, a generated
PNG image, so the seed examples' image URLs (rewritten with ``--url-map``) download real bytes.
``rate`` limits the bytes per second so progress is visible.  Uploads (PUT, POST) are read and
answered with ``{"received": N}`` (N bytes), and kept nowhere.  ``ti2py serve DIR`` runs it.
"""

from __future__ import annotations

import functools
import http.server
import json
import mimetypes
import random
import struct
import time
import zlib
from pathlib import Path
from typing import Callable

from .loopback import LoopbackServer


@functools.lru_cache(maxsize=4)
def sample_png(width: int = 640, height: int = 480, seed: int = 7) -> bytes:
    """A deterministic, noisy gradient PNG (about 0.9 MB at the default size)."""
    rng = random.Random(seed)
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            noise = rng.randrange(64)
            row += bytes(((x * 255 // width) ^ noise, (y * 255 // height) ^ noise, 160 ^ noise))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")


class DevServer(LoopbackServer):
    """``with DevServer(root) as server: server.url`` — a threaded server on a free loopback port."""

    def __init__(self, root: Path | None = None, rate: float | None = None, port: int = 0,
                 log: Callable[[str], None] | None = None) -> None:
        self.root = root
        self.rate = rate
        self.requests: list[str] = []
        self.log = log  # called with one line per request ("GET /latest 200 25 bytes")
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _logged(self, status: int, size: int) -> None:
                if server.log is not None:
                    server.log(f"{self.command} {self.path} {status} {size} bytes")

            def do_GET(self) -> None:
                server.requests.append(self.path)
                body, content_type = server.lookup(self.path.split("?", 1)[0])
                if body is None:
                    self._logged(404, 0)
                    self.send_error(404, "Not Found")
                    return
                self._logged(200, len(body))
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                step = 64 * 1024
                try:
                    for start in range(0, len(body), step):
                        self.wfile.write(body[start:start + step])
                        if server.rate:
                            time.sleep(step / server.rate)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (a cancelled download): not the server's error

            def do_PUT(self) -> None:
                server.requests.append(self.path)
                left = int(self.headers.get("Content-Length") or 0)
                received = 0
                while left > 0:
                    chunk = self.rfile.read(min(left, 64 * 1024))
                    if not chunk:
                        break
                    received += len(chunk)
                    left -= len(chunk)
                body = json.dumps({"received": received}).encode()
                self._logged(200, received)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_PUT

        super().__init__(Handler, port=port, name="ti2py-devserver")

    def lookup(self, path: str) -> tuple[bytes | None, str]:
        if self.root is not None:
            candidate = (self.root / path.lstrip("/")).resolve()
            if candidate.is_file() and candidate.is_relative_to(self.root.resolve()):
                kind = mimetypes.guess_type(candidate.name)[0]
                if kind is None and candidate.read_bytes()[:1] in (b"[", b"{"):
                    kind = "application/json"  # a JSON answer saved without an extension (/latest)
                return candidate.read_bytes(), kind or "application/octet-stream"
        if path.lower().endswith((".jpg", ".jpeg", ".png")):
            return sample_png(), "image/png"
        return None, ""
