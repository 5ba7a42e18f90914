"""A threaded HTTP server on 127.0.0.1: the lifecycle the dev server, the push gateway, the
benchmarks and the tests share (each brings its own request handler)."""

from __future__ import annotations

import http.server
import sys
import threading
from typing import Any


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-answer (a reader of the first bytes, a cancelled download)
        # is ordinary for a file server, not an error to print a traceback for.
        error = sys.exc_info()[1]
        if not isinstance(error, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            super().handle_error(request, client_address)


class LoopbackServer:
    """``with LoopbackServer(Handler) as server: server.url`` — on a free port unless ``port``
    is given; loopback only, so nothing is reachable from the network."""

    def __init__(self, handler: Any, port: int = 0, name: str = "ti2py-http") -> None:
        self.httpd = _QuietServer(("127.0.0.1", port), handler)
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
