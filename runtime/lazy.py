"""Package names that load on first use: the one loader both ``ti2py.runtime`` and
``ti2py.runtime.js`` use, so importing one small piece (``ti2py.runtime.js.exposed``) stays cheap."""

from __future__ import annotations

import importlib
from typing import Any


def load_export(package: str, namespace: dict[str, Any], sources: dict[str, tuple[str, str]], name: str) -> Any:
    """``package.name`` from the submodule ``sources`` names for it (the submodule itself when the
    attribute is empty), kept in ``namespace`` so later reads are plain module-dict hits."""
    source = sources.get(name)
    if source is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    module_name, attribute = source
    module = importlib.import_module(f"{package}.{module_name}")
    value = getattr(module, attribute) if attribute else module
    namespace[name] = value
    return value
