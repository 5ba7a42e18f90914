"""Native modules an app can ``require``: ``com.appcelerator.urlSession`` and ``ti.cloud``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from .urlsession import MODULE_ID as URLSESSION_ID, URLSessionModule

if TYPE_CHECKING:
    from ..app import App


def _cloud(app: "App") -> Any:
    from .cloud import CloudModule  # loaded by the apps that require it

    return CloudModule(app)


FACTORIES: dict[str, Callable[["App"], Any]] = {
    URLSESSION_ID: URLSessionModule,
    "ti.cloud": _cloud,
}
