"""Writes transpiler/ti_api_names.py: the method and property names of every Ti class the runtime models.

The Titanium lint (W101) needs the runtime's API names at every conversion, but importing the
runtime's Ti classes to read them (runtime/ti/catalog.py) costs 100-300 ms of start-up, more than
the rest of a small conversion; so the names are generated into a checked-in module, and a test
(tests/test_diagnostics_catalog.py) fails when it differs from what this script writes now::

    python -m ti2py.transpiler.gen_ti_api_names          # rewrite transpiler/ti_api_names.py
    python -m ti2py.transpiler.gen_ti_api_names --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

TARGET = Path(__file__).with_name("ti_api_names.py")

HEADER = '''\
"""Method and property names of each Ti class the runtime models (js_class -> names, inherited
ones included).

Generated from the runtime's classes (runtime/ti/catalog.py) by
``python -m ti2py.transpiler.gen_ti_api_names``; do not edit by hand.
"""
'''


def render() -> str:
    """The text of ti_api_names.py for the runtime's classes as they are now."""
    from ..runtime.ti.catalog import api_members, ti_classes

    out = [HEADER]
    members = [(cls.js_class, api_members(cls)) for cls in ti_classes()]
    for title, index in (("METHODS", 0), ("VALUES", 1)):
        out.append(f"\n{title}: dict[str, tuple[str, ...]] = {{\n")
        for js_class, found in members:
            names = sorted(found[index])
            if not names:
                continue
            out.append(f'    "{js_class}": (\n')
            listed = " ".join(f'"{name}",' for name in names)  # (names have no spaces: wrap splits between them)
            indent = " " * 8
            out.extend(line + "\n" for line in textwrap.wrap(listed, 112, initial_indent=indent, subsequent_indent=indent))
            out.append("    ),\n")
        out.append("}\n")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = render()
    current = TARGET.read_text(encoding="utf-8") if TARGET.is_file() else ""
    if args == ["--check"]:
        if text != current:
            print(f"{TARGET} is out of date: run python -m ti2py.transpiler.gen_ti_api_names", file=sys.stderr)
            return 1
        return 0
    if args:
        print(__doc__, file=sys.stderr)
        return 2
    if text != current:
        TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
