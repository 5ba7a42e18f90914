"""Shared fixtures: local HTTP servers on free 127.0.0.1 ports, started and stopped per test."""

from __future__ import annotations

import functools
import http.server
import os
from pathlib import Path
from typing import Iterator

import pytest

from ti2py.runtime.loopback import LoopbackServer

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seeds" / "000_f565e7e1d3cf0e19.txt"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass


class FileServer(LoopbackServer):
    """A threaded static-file server over a temp folder, on a free loopback port."""

    def __init__(self, root: Path) -> None:
        self.root = root
        super().__init__(functools.partial(_QuietHandler, directory=str(root)))

    def add(self, name: str, data: bytes) -> str:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return self.url + name


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own TI2PY_HOME (registries, device list, default app folders);
    subprocesses inherit it."""
    path = tmp_path / "home"
    monkeypatch.setenv("TI2PY_HOME", str(path))
    return path


@pytest.fixture(params=["direct", "httpx"])
def download_engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test on both download paths: runtime/direct.py (the default) and httpx."""
    monkeypatch.setenv("TI2PY_DIRECT_DOWNLOADS", "1" if request.param == "direct" else "0")
    return request.param


@pytest.fixture
def file_server(tmp_path: Path) -> Iterator[FileServer]:
    root = tmp_path / "www"
    root.mkdir()
    with FileServer(root) as server:
        yield server


@pytest.fixture
def payload() -> bytes:
    return os.urandom(200_000)


class ScriptedServer(LoopbackServer):
    """A loopback server whose GET responses are scripted per path: ``server.route("/x", fn)``.

    ``fn(handler)`` writes the response with the ``http.server`` handler API."""

    def __init__(self) -> None:
        routes: dict[str, object] = {}
        self.routes = routes
        self.hits: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.hits.append(self.path)
                route = routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                try:
                    route(self)  # type: ignore[operator]
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_POST = do_PUT = do_GET  # a route sees self.command

        super().__init__(Handler)

    def route(self, path: str, fn: object) -> str:
        self.routes[path] = fn
        return self.url + path.lstrip("/")


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


def reply(handler: http.server.BaseHTTPRequestHandler, body: bytes, status: int = 200,
          content_type: str = "application/octet-stream") -> None:
    """Send a complete response from a scripted route."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def read_body(handler: http.server.BaseHTTPRequestHandler) -> bytes:
    return handler.rfile.read(int(handler.headers.get("Content-Length", 0)))


def run_translated(tmp_path: Path, source: str, **app_options: object) -> list[str]:
    """Translate a JS ``source``, run it on a fresh App until idle, return its log lines
    (``[INFO] `` taken off)."""
    from ti2py.runtime import App
    from ti2py.transpiler import convert

    result = convert(source, "app.js")
    assert result.ok, result.diagnostics.render()
    module = tmp_path / "app.py"
    module.write_text(result.code or "")
    app = App("translated", data_dir=tmp_path / "data", out=None, **app_options)  # type: ignore[arg-type]
    app.load(module)
    assert app.run_until_idle(20), "the app must go idle"
    return [line.removeprefix("[INFO] ") for line in app.log_lines()]
