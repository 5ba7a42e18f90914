"""ti2py: Titanium JavaScript apps converted to readable Python, run on a bundled runtime.

Subpackages: ``ti2py.transpiler`` (the converter: ``from ti2py.transpiler import convert``),
``ti2py.runtime`` (what converted code runs on: ``from ti2py.runtime import App``), and the data
packages ``ti2py.templates`` and ``ti2py.samples``. The runtime imports without the translator.
"""

__version__ = "0.1.0"
