"""ti2py translator: Titanium JavaScript -> readable Python for the ti2py runtime.

    from ti2py.transpiler import convert
    result = convert(open("app.js").read(), "app.js")
    result.code          # Python source, or None if there were errors
    result.diagnostics   # errors, warnings and notes with line:column
"""

from typing import Any

from .. import __version__

__all__ = ["convert", "Result", "__version__"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `ti2py run` never needs the translator (black, libcst, esprima).
    if name in ("convert", "Result"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
