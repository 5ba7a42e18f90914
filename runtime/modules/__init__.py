"""Native modules an app can ``require``: ``com.appcelerator.urlSession`` and ``ti.cloud``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from .cloud import CloudModule
from .urlsession import MODULE_ID as URLSESSION_ID, URLSessionModule

if TYPE_CHECKING:
    from ..app import App

FACTORIES: dict[str, Callable[["App"], Any]] = {
    URLSESSION_ID: URLSessionModule,
    "ti.cloud": CloudModule,
}
