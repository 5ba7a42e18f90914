"""ti2py translator: Titanium JavaScript -> readable Python for the ti2py runtime.

    from transpiler import convert
    result = convert(open("app.js").read(), "app.js")
    result.code          # Python source, or None if there were errors
    result.diagnostics   # errors, warnings and notes with line:column
"""

__version__ = "0.1.0"

from .pipeline import Result, convert  # noqa: E402

__all__ = ["convert", "Result", "__version__"]
