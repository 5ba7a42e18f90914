"""A threaded HTTP server on 127.0.0.1: the lifecycle the dev server, the push gateway, the
benchmarks and the tests share (each brings its own request handler)."""

from __future__ import annotations

import http.server
import threading
from typing import Any


class LoopbackServer:
    """``with LoopbackServer(Handler) as server: server.url`` — on a free port unless ``port``
    is given; loopback only, so nothing is reachable from the network."""

    def __init__(self, handler: Any, port: int = 0, name: str = "ti2py-http") -> None:
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True  # a stuck client never keeps the process alive
        self.thread = threading.Thread(target=self.httpd.serve_forever, name=name, daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> "LoopbackServer":
        self.thread.start()
        return self

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> Any:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
