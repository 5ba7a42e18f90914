"""Native modules ti2py does not ship: the app's own Python implementations, logging stand-ins,
and a clear error when neither is there.

A Titanium app names its native modules in ``tiapp.xml`` (``ti.map``, ``facebook``, a company's
own).  ti2py implements two (``com.appcelerator.urlSession``, ``ti.cloud``); for any other,
``require(id)`` finds, in this order:

1. a stand-in, when the run asked for one (``ti2py run OUT --stub-module ti.map``): every call is
   logged as ``[STUB] ti.map.createView({...})`` and returns another stand-in;
2. ``ti2py_modules/<id>.py`` of the project (copied into the converted package), exposing
   ``create(app)`` that returns the module object;
3. an entry point named ``<id>`` in the group ``ti2py.modules`` of an installed distribution,
   pointing at such a factory (``[project.entry-points."ti2py.modules"] "ti.map" = "mymaps:create"``);
4. ti2py's own modules.

Otherwise ``require`` throws a JS Error naming the module and these three ways to supply it.
"""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ..js.host import host_set
from ..js.ops import to_str
from ..js.values import JSArray, JSError, JSObject, own_items, undefined
from ..ti.proxy import Proxy

if TYPE_CHECKING:
    import importlib.metadata

    from ..app import App

Factory = Callable[["App"], Any]
ENTRY_POINT_GROUP = "ti2py.modules"
USER_MODULES = "ti2py_modules"  # the folder of the converted package (transpiler/project.py copies it)


def user_factory(app: "App", module_id: str) -> Factory | None:
    """The app's own implementation of ``module_id``: its package's folder, then entry points."""
    root = app.commonjs_root
    if root is not None and "/" not in module_id and not module_id.startswith("."):
        path = (root / USER_MODULES / f"{module_id}.py").resolve()
        if path.is_file() and path.is_relative_to(root):
            return _factory_from_file(path, module_id)
    entry = _entry_points().get(module_id)
    if entry is not None:
            factory = entry.load()
            if not callable(factory):
                raise JSError(f"Couldn't load module: {module_id} (entry point {entry.value} is not callable)")
            return factory
    return None


@functools.cache
def _entry_points() -> dict[str, importlib.metadata.EntryPoint]:
    """The ``ti2py.modules`` entry points of the installed distributions (read once: the scan
    of every distribution's metadata would otherwise run on each require)."""
    if not _may_declare_entry_points():
        return {}
    import importlib.metadata

    return {entry.name: entry for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)}


def _may_declare_entry_points() -> bool:
    """False only when no installed distribution can declare a ``ti2py.modules`` entry point:
    none of the ``entry_points.txt`` files of the folders on ``sys.path`` names the group.
    ``importlib.metadata`` answers the rest (a zip on the path, another distribution finder):
    importing it and reading every distribution took ~30 ms, paid by the first ``require`` of
    every app, urlSession's included, before its first download could start."""
    if any(hasattr(finder, "find_distributions") and finder is not importlib.machinery.PathFinder
           for finder in sys.meta_path):
        return True
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except NotADirectoryError:
            return True
        except OSError:
            continue
        egg = folder.lower().endswith(".egg")
        for name in names:
            low = name.lower()  # as importlib.metadata matches them (an egg keeps its own EGG-INFO)
            if low.endswith((".dist-info", ".egg-info")) or (egg and low == "egg-info"):
                try:
                    with open(os.path.join(folder or ".", name, "entry_points.txt"), encoding="utf-8",
                              errors="replace") as handle:
                        if ENTRY_POINT_GROUP in handle.read():
                            return True
                except OSError:
                    continue
    return False


def _factory_from_file(path: Path, module_id: str) -> Factory:
    spec = importlib.util.spec_from_file_location(f"ti2py_user_module_{abs(hash(path))}", path)
    if spec is None or spec.loader is None:
        raise JSError(f"Couldn't load module: {module_id} ({path} is not a Python module)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    factory = getattr(module, "create", None)
    if not callable(factory):
        raise JSError(f"Couldn't load module: {module_id} ({path} has no create(app) function returning the module)")
    return factory


def missing_module_error(module_id: str, listed: bool) -> JSError:
    """What ``require`` throws for a module nobody provides; for a native one, how to supply it."""
    if not listed and ("/" in module_id or "." not in module_id):
        return JSError(f"Couldn't find module: {module_id}")
    where = "listed in tiapp.xml <modules>" if listed else "not a file of the project"
    return JSError(
        f"Couldn't find module: {module_id} (a native module, {where}, that ti2py does not implement: "
        f"supply {USER_MODULES}/{module_id}.py with create(app) beside tiapp.xml and convert again, register a "
        f"factory in the '{ENTRY_POINT_GROUP}' entry point group, or run with --stub-module {module_id} "
        "for a stand-in that logs each call)"
    )


def describe(value: Any, depth: int = 0) -> str:
    """A short JS-looking rendering of a call argument for the stand-in's log."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is undefined:
        return "undefined"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return to_str(value)
    if isinstance(value, JSArray):
        return "[...]" if depth > 1 else "[" + ", ".join(describe(v, depth + 1) for v in value) + "]"
    if isinstance(value, JSObject):
        if depth > 1:
            return "{...}"
        return "{" + ", ".join(f"{k}: {describe(v, depth + 1)}" for k, v in own_items(value)) + "}"
    if isinstance(value, StubObject):
        return value._path
    if isinstance(value, Proxy):
        return f"[object {value.js_class.rsplit('.', 1)[-1]}]"
    if callable(value):
        return "function"
    return to_str(value)


class StubObject(Proxy):
    """A logging stand-in for a native module or an object it returned.

    Any member is a method that logs its call and returns another stand-in; ``setX(v)`` also
    keeps ``x``; ``createX({...})`` returns one with those properties, as Titanium's factories do;
    properties the app sets read back; listeners are kept (events never fire)."""

    js_class = "Ti.Module"
    js_stand_in = True  # not an API the runtime models: the API catalog leaves it out

    def __init__(self, app: "App", path: str) -> None:
        super().__init__(app)
        object.__setattr__(self, "_path", path)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return _StubMethod(self, name)

    def addEventListener(self, name: Any, callback: Any) -> None:
        self._app.log("STUB", f"{self._path}.addEventListener({describe(name)}, function)")
        super().addEventListener(name, callback)

    def toString(self) -> str:
        return f"[object {self._path}]"

    def __repr__(self) -> str:
        return f"<stub {self._path}>"


class _StubMethod:
    """``stub.name``: logs ``[STUB] path.name(args)`` when called and returns a stand-in."""

    __slots__ = ("owner", "name")

    def __init__(self, owner: StubObject, name: str) -> None:
        self.owner = owner
        self.name = name

    def __call__(self, *args: Any) -> Any:
        owner = self.owner
        call = f"{owner._path}.{self.name}({', '.join(describe(a) for a in args)})"
        owner._app.log("STUB", call)
        if self.name.startswith("set") and len(self.name) > 3 and self.name[3].isupper() and len(args) == 1:
            host_set(owner, self.name[3].lower() + self.name[4:], args[0])
            return undefined
        made = StubObject(owner._app, f"{owner._path}.{self.name}()")
        if self.name.startswith("create") and args and isinstance(args[0], JSObject):
            for key, value in own_items(args[0]):  # `createView({...})`: the view has those properties
                host_set(made, key, value)
        return made

    def toString(self) -> str:
        return f"function {self.name}() {{ [native code] }}"


def stub_module(app: "App", module_id: str) -> StubObject:
    app.log("STUB", f"require({describe(module_id)}): a stand-in that logs each call (--stub-module)")
    return StubObject(app, module_id)
