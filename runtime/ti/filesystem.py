"""``Ti.Filesystem``, files and Blobs, confined to the app's own folders.

Folders (below the app's data folder): ``Documents/`` is ``applicationDataDirectory``,
``tmp/`` is ``tempDirectory``, ``Resources/`` is ``resourcesDirectory``.  As on iOS, a relative
path or a bare ``/name`` resolves into the read-only Resources folder, so writing there fails
(returns false, with a warning that names the fix).

Confinement is checked twice: when a path is resolved (``getFile``, a move/copy destination:
``..`` is resolved first, then the real path, links followed, must be inside a root), and again
by every operation on the real path of the moment, so a link that appears inside Documents later
(another process made it) is refused as well: the operation fails as on a missing file.  The
roots are the top: ``getParent()`` of a root is null.  (On a device it would be the app's
sandbox container, which ti2py does not model; the SDK's answer there is UNVERIFIED.)
"""

from __future__ import annotations

import mimetypes
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..js.ops import to_str
from ..js.values import JSArray, JSError, undefined
from ..paths import copy_atomically, write_atomically
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App


class Blob(Proxy):
    """A Ti.Blob: bytes in memory or backed by a file (as ``downloadcompleted`` delivers)."""

    js_class = "Ti.Blob"

    def __init__(self, app: "App", *, data: bytes | None = None, path: Path | None = None, mime_type: str | None = None) -> None:
        super().__init__(app)
        object.__setattr__(self, "_data", data)
        object.__setattr__(self, "js_path", path)
        object.__setattr__(self, "_mime", mime_type)  # else guessed when first read

    def js_bytes(self) -> bytes:
        """The blob's content (read from its file when file-backed, if it is still confined)."""
        if self._data is not None:
            return self._data
        if self.js_path is None or not self._app.Ti.Filesystem._confined_now(self.js_path, write=False):
            return b""
        return self.js_path.read_bytes()

    @property
    def length(self) -> int:
        return len(self._data) if self._data is not None else (self.js_path.stat().st_size if self.js_path else 0)

    size = length

    @property
    def text(self) -> str:
        return self.js_bytes().decode("utf-8", errors="replace")

    @property
    def mimeType(self) -> str:
        if self._mime is None:
            # Guessed on first use: the first guess reads the system's MIME tables (10 ms or
            # more), a cost every downloadcompleted paid though few apps read the type.
            guessed = mimetypes.guess_type(str(self.js_path))[0] if self.js_path is not None else None
            object.__setattr__(self, "_mime", guessed or "application/octet-stream")
        return self._mime

    @property
    def nativePath(self) -> Any:
        return str(self.js_path) if self.js_path is not None else None

    @property
    def file(self) -> Any:
        # Resolved again, so a Blob of a Resources file gives a read-only File.
        return self._app.Ti.Filesystem.getFile(str(self.js_path)) if self.js_path is not None else None

    def toString(self) -> str:
        return self.text


class File(Proxy):
    js_class = "Ti.Filesystem.File"

    def __init__(self, app: "App", path: Path, writable: bool = True) -> None:
        super().__init__(app)
        object.__setattr__(self, "js_file", path)
        object.__setattr__(self, "_writable", writable)

    @property
    def nativePath(self) -> str:
        return str(self.js_file)

    def spaceAvailable(self) -> Any:
        """Free bytes on the disk that holds the app's folders."""
        import shutil

        return shutil.disk_usage(self._app.data_dir).free

    def resolve(self) -> str:
        """The file's absolute path (iOS gives the path without a ``file://`` scheme)."""
        return str(self.js_file)

    @property
    def name(self) -> str:
        return self.js_file.name

    def js_usable(self, write: bool = False) -> bool:
        """Whether this path, as it is now on disk, is inside the app's folders (a writable one
        for ``write``)."""
        return (self._writable or not write) and self._app.Ti.Filesystem._confined_now(self.js_file, write)

    def exists(self) -> bool:
        return self.js_usable() and self.js_file.exists()

    def isDirectory(self) -> bool:
        return self.js_usable() and self.js_file.is_dir()

    @property
    def size(self) -> int:
        return self.js_file.stat().st_size if self.js_usable() and self.js_file.is_file() else 0

    def read(self) -> Any:
        if not self.js_usable() or not self.js_file.is_file():
            return None
        return Blob(self._app, path=self.js_file)

    def write(self, data: Any, append: bool = False) -> bool:
        try:
            return self._write(data, append)
        except OSError as exc:  # a full disk, a directory in the way: false, as a device returns
            self._app.log("WARN", f"Cannot write {self.js_file.name}: {exc.strerror or exc}")
            return False

    def _write(self, data: Any, append: bool) -> bool:
        if not self._writable:
            self._app.log(
                "WARN",
                f"Cannot write {self.js_file.name}: the Resources folder is read-only on a device; "
                "use Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory, name)",
            )
            return False
        if not self.js_usable(write=True):
            return False
        if isinstance(data, Blob) and data.js_path is not None and not append:
            if not self._app.Ti.Filesystem._confined_now(data.js_path, write=False):
                return False
            copy_atomically(data.js_path, self.js_file)  # a download is copied, never read whole
            return True
        if isinstance(data, Blob):
            content = data.js_bytes()
        elif isinstance(data, File):
            if not data.js_usable() or not data.js_file.is_file():
                return False
            content = data.js_file.read_bytes()
        else:
            content = to_str(data).encode("utf-8")
        self.js_file.parent.mkdir(parents=True, exist_ok=True)
        if append:
            with open(self.js_file, "ab") as handle:
                handle.write(content)
        else:
            write_atomically(self.js_file, content)
        return True

    def createDirectory(self) -> bool:
        if not self.js_usable(write=True):
            return False
        try:
            self.js_file.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return True

    def deleteFile(self) -> bool:
        if not self.js_usable(write=True) or not self.js_file.is_file():
            return False
        try:
            self.js_file.unlink()  # (a link inside the folders is removed itself, never its target)
        except OSError:
            return False
        return True

    def getDirectoryListing(self) -> Any:
        if not self.js_usable() or not self.js_file.is_dir():
            return None
        return JSArray(sorted(p.name for p in self.js_file.iterdir() if not p.name.startswith(".")))

    # -- the rest of Ti.Filesystem.File apps use; every target stays inside the app's folders ----------
    def isFile(self) -> bool:
        return self.js_usable() and self.js_file.is_file()

    def extension(self) -> Any:
        suffix = self.js_file.suffix
        return suffix[1:] if suffix else None

    def getParent(self) -> "File | None":
        """The folder above, or null at a root: nothing above the app's folders is reachable."""
        if self.js_file in self._roots_of_app() or not self.js_usable():
            return None
        return File(self._app, self.js_file.parent, self._writable)

    parent = property(getParent)

    @property
    def writable(self) -> bool:
        return self._writable

    @property
    def readonly(self) -> bool:
        return not self._writable

    def modificationTimestamp(self) -> Any:
        return int(self.js_file.stat().st_mtime * 1000) if self.exists() else 0

    createTimestamp = modificationTimestamp  # (POSIX keeps no creation time; the last change stands in)

    def append(self, data: Any) -> bool:
        return self.write(data, True)

    def createFile(self) -> bool:
        if not self.js_usable(write=True) or self.js_file.exists() or self.js_file.is_symlink():
            return False
        try:
            self.js_file.parent.mkdir(parents=True, exist_ok=True)
            self.js_file.touch()
        except OSError:
            return False
        return True

    def deleteDirectory(self, recursive: Any = False) -> bool:
        if (not self.js_usable(write=True) or self.js_file.is_symlink() or not self.js_file.is_dir()
                or self.js_file in self._roots_of_app()):
            return False
        try:
            if recursive is True:
                shutil.rmtree(self.js_file)  # removes links inside, never what they point to
            elif any(self.js_file.iterdir()):
                return False
            else:
                self.js_file.rmdir()
        except OSError:
            return False
        return True

    def rename(self, new_name: Any) -> bool:
        name = to_str(new_name)
        if "/" in name or "\0" in name or name in ("", ".", ".."):
            return False
        return self._relocate(self.js_file.with_name(name), replace=False)

    def move(self, destination: Any) -> bool:
        target = self._target(destination)
        return target is not None and self._relocate(target, replace=True)

    def _relocate(self, target: Path, replace: bool) -> bool:
        """rename/move: both ends inside the writable folders, never an app root itself."""
        if (not self.js_usable(write=True) or not (self.js_file.exists() or self.js_file.is_symlink())
                or self.js_file in self._roots_of_app() or target in self._roots_of_app()
                or not self._app.Ti.Filesystem._confined_now(target, write=True)
                or (not replace and (target.exists() or target.is_symlink()))):
            return False
        try:
            os.replace(self.js_file, target)
        except OSError:  # a folder into itself, a non-empty folder in the way
            return False
        return True

    def copy(self, destination: Any) -> bool:
        target = self._target(destination)
        if target is None or not self.js_usable() or not self.js_file.is_file():
            return False
        if not self._app.Ti.Filesystem._confined_now(target, write=True):
            return False
        try:
            copy_atomically(self.js_file, target)
        except OSError:
            return False
        return True

    def _target(self, destination: Any) -> Path | None:
        """A writable destination path inside the app's folders (a File or a path), or None."""
        if isinstance(destination, File):
            return destination.js_file if destination._writable else None
        try:
            path, writable = self._app.Ti.Filesystem._resolve(to_str(destination))
        except JSError:  # outside the app's folders: refused, as any other bad destination
            return None
        return path if writable else None

    def _roots_of_app(self) -> list[Path]:
        return list(self._app.Ti.Filesystem._roots.values())

    def toString(self) -> str:
        return str(self.js_file)


class Filesystem(Proxy):
    js_class = "Ti.Filesystem"

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        object.__setattr__(self, "_roots", {
            "Documents": app.folder("Documents"),
            "tmp": app.folder("tmp"),
            "Resources": app.folder("Resources"),
        })

    def js_use_resources(self, folder: Path) -> None:
        """Take ``folder`` (a converted project's copy of Resources/) as ``resourcesDirectory``
        (runtime side: the App calls it when it loads a project)."""
        self._roots["Resources"] = folder

    @property
    def applicationDataDirectory(self) -> str:
        return str(self._roots["Documents"]) + "/"

    @property
    def tempDirectory(self) -> str:
        return str(self._roots["tmp"]) + "/"

    @property
    def resourcesDirectory(self) -> str:
        return str(self._roots["Resources"]) + "/"

    @property
    def separator(self) -> str:
        return "/"

    lineEnding = "\n"

    def isExternalStoragePresent(self) -> bool:  # iOS has none
        return False

    def createTempDirectory(self) -> File:
        import tempfile

        return File(self._app, Path(tempfile.mkdtemp(dir=self._roots["tmp"])))

    def getFile(self, *parts: Any) -> File:
        joined = "/".join(to_str(p) for p in parts if p is not undefined and p is not None)
        path, writable = self._resolve(joined)
        return File(self._app, path, writable)

    def _resolve(self, joined: str) -> tuple[Path, bool]:
        """The path for a Ti path (or ``file://`` URL), and whether it is writable.  Nothing
        outside the app's folders is ever reached: ``..`` is resolved first, and links are
        followed before the check, so a link inside Documents that points elsewhere is refused
        too (JSError)."""
        text = joined.removeprefix("file://")
        if "\0" in text:
            raise JSError(f"Ti.Filesystem: path {joined!r} is not a valid path")
        candidate = Path(os.path.normpath(text)) if text.startswith("/") else None
        if candidate is not None:
            for name, writable in (("Documents", True), ("tmp", True), ("Resources", False)):
                root = self._roots[name]
                if _inside(candidate, root):
                    return self._confined(candidate, root, joined), writable
            if ".." in Path(text).parts:
                raise JSError(f"Ti.Filesystem: path {joined!r} is outside the app's folders")
        # Relative paths and any other "/x" resolve into Resources, read-only on iOS.
        resources = self._roots["Resources"]
        target = Path(os.path.normpath(resources / text.lstrip("/")))
        return self._confined(target, resources, joined), False

    @staticmethod
    def _confined(path: Path, root: Path, joined: str) -> Path:
        if not _inside(path, root) or not _inside(Path(os.path.realpath(path)), Path(os.path.realpath(root))):
            raise JSError(f"Ti.Filesystem: path {joined!r} is outside the app's folders")
        return path

    def _confined_now(self, path: Path, write: bool) -> bool:
        """Whether ``path`` (links followed, as they are now) is inside one of the app's folders:
        Documents or tmp, or for reading also Resources."""
        names = ("Documents", "tmp") if write else ("Documents", "tmp", "Resources")
        real = Path(os.path.realpath(path))
        return any(_inside(path, self._roots[n]) and _inside(real, Path(os.path.realpath(self._roots[n])))
                   for n in names)

    def createTempFile(self) -> File:
        import tempfile

        handle, name = tempfile.mkstemp(dir=self._roots["tmp"])
        os.close(handle)
        return File(self._app, Path(name))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False
