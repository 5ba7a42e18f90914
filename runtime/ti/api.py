"""``Ti.API``: the app's log, printed as ``[LEVEL] message``."""

from __future__ import annotations

from typing import Any

from ..js.ops import to_str
from .proxy import Proxy


class API(Proxy):
    js_class = "Ti.API"

    def _write(self, level: str, args: tuple[Any, ...]) -> None:
        # Titanium joins several arguments with a space.
        self._app.log(level, " ".join(to_str(a) for a in args))

    def info(self, *args: Any) -> None:
        self._write("INFO", args)

    def warn(self, *args: Any) -> None:
        self._write("WARN", args)

    def error(self, *args: Any) -> None:
        self._write("ERROR", args)

    def debug(self, *args: Any) -> None:
        self._write("DEBUG", args)

    def trace(self, *args: Any) -> None:
        self._write("TRACE", args)

    def log(self, level: Any, *args: Any) -> None:
        if not args:  # Ti.API.log(message): an info line
            self._write("INFO", (level,))
        else:
            self._write(to_str(level).upper(), args)
