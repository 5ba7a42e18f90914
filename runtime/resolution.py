"""Which file ``require(id)`` loads: Titanium SDK 7+'s version of Node.js's algorithm, rooted at
``Resources/``.  The converter (transpiler/project.py) and the runtime (app.py) both call
:func:`resolve`, each with its own view of the project's files, so a literal id resolves at
convert time to the file the runtime would load.

``require(X)`` from a file in folder ``D`` (paths below ``Resources/``, ``''`` for its top):

1. a native module (``ti.cloud``) -- the caller checks these first;
2. ``./X`` or ``../X``: ``D/X`` as a file, then as a folder;
3. ``/X``: ``X`` as a file, then as a folder;
4. otherwise, when ``X`` has no ``/``: ``X/X.js`` (a legacy CommonJS module), then ``X`` as a
   folder; then ``X`` in each ``node_modules`` folder from ``D`` up to ``Resources/node_modules``
   (as a file, then as a folder: ``require('pkg/sub/file')`` reaches a package's inner file, and a
   package's own ``node_modules`` serve its files first); last, as older SDKs did, ``X`` from
   ``Resources/`` as a file, then as a folder.

A *file* ``F`` is ``F`` itself (a ``.js`` or ``.json``), ``F.js`` or ``F.json``; a *folder* ``F`` is
its ``package.json``'s ``main`` (as a file, then as a folder's index), then ``F/index.js``, then
``F/index.json``.  No result ever leaves ``Resources/``.  ``package.json``'s ``exports`` and
``browser`` fields are not read (Titanium reads ``main`` only).
"""

from __future__ import annotations

import json
import posixpath
from typing import Callable, Protocol

MODULE_SUFFIXES = (".js", ".json")


class Files(Protocol):
    """The project's files below ``Resources/``, by relative POSIX path."""

    def is_file(self, rel: str) -> bool: ...

    def read_text(self, rel: str) -> str | None: ...


def _inside(path: str) -> str | None:
    """``path`` normalised, or None when it leaves ``Resources/`` (or names it)."""
    path = posixpath.normpath(path)
    if path in ("", ".", "/") or path.startswith("../") or path == "..":
        return None
    return path.lstrip("/")


def _as_file(files: Files, path: str | None) -> str | None:
    if path is None:
        return None
    if path.endswith(MODULE_SUFFIXES) and files.is_file(path):
        return path
    for suffix in MODULE_SUFFIXES:
        if files.is_file(path + suffix):
            return path + suffix
    return None


def _as_index(files: Files, path: str | None) -> str | None:
    if path is None:
        return None
    for suffix in MODULE_SUFFIXES:
        if files.is_file(f"{path}/index{suffix}"):
            return f"{path}/index{suffix}"
    return None


def package_main(files: Files, folder: str) -> str | None:
    """The ``main`` of ``folder/package.json`` as a path below Resources/, if it names one."""
    text = files.read_text(f"{folder}/package.json") if files.is_file(f"{folder}/package.json") else None
    if text is None:
        return None
    try:
        manifest = json.loads(text)
    except ValueError:
        return None
    main = manifest.get("main") if isinstance(manifest, dict) else None
    if not isinstance(main, str) or not main.strip():
        return None
    return _inside(posixpath.join(folder, main))


def _as_folder(files: Files, path: str | None) -> str | None:
    if path is None:
        return None
    main = package_main(files, path)
    found = _as_file(files, main) or _as_index(files, main)
    return found or _as_index(files, path)


def _as_file_or_folder(files: Files, path: str | None) -> str | None:
    return _as_file(files, path) or _as_folder(files, path)


def node_modules_folders(start: str) -> list[str]:
    """``a/b`` -> ``a/b/node_modules``, ``a/node_modules``, ``node_modules`` (a folder that is
    itself named ``node_modules`` gets none of its own)."""
    parts = [part for part in start.split("/") if part]
    folders = []
    for end in range(len(parts), -1, -1):
        if end and parts[end - 1] == "node_modules":
            continue
        folders.append(posixpath.join(*parts[:end], "node_modules"))
    return folders


def resolve(request: str, from_folder: str, files: Files) -> str | None:
    """The path below ``Resources/`` (with its ``.js``/``.json``) that ``require(request)`` loads
    from a file in ``from_folder``, or None."""
    if request.startswith(("./", "../")) or request in (".", ".."):
        return _as_file_or_folder(files, _inside(posixpath.join(from_folder, request)))
    if request.startswith("/"):
        return _as_file_or_folder(files, _inside(request))
    if not request or request.startswith("\\"):
        return None
    if "/" not in request:
        found = _as_file(files, _inside(f"{request}/{request}.js")) or _as_folder(files, _inside(request))
        if found:
            return found
    for folder in node_modules_folders(from_folder):
        found = _as_file_or_folder(files, _inside(f"{folder}/{request}"))
        if found:
            return found
    return _as_file_or_folder(files, _inside(request))


def module_id(path: str) -> str:
    """A resolved ``.js`` path's module id (its converted file is ``<id>.py``); a JSON file keeps
    its name."""
    return path.removesuffix(".js")


class FileSet:
    """:class:`Files` over a known set of paths, reading text through ``read``."""

    def __init__(self, paths: set[str] | frozenset[str], read: Callable[[str], str | None]) -> None:
        self._paths = paths
        self._read = read

    def is_file(self, rel: str) -> bool:
        return rel in self._paths

    def read_text(self, rel: str) -> str | None:
        return self._read(rel) if rel in self._paths else None


__all__ = ["FileSet", "Files", "module_id", "node_modules_folders", "package_main", "resolve"]
