"""Readability of ti2py's output over the JS corpus: how often JS-semantics helpers appear.

    python bench/readability.py

A line counts as plain Python when it calls no ``js.*`` helper; comments, blank lines, the module
header and the line map are not counted.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ti2py.transpiler import convert  # noqa: E402

HELPER = re.compile(r"\bjs\.[a-z_A-Z]+\(")


def measure(sources: list[Path]) -> tuple[int, int, int]:
    lines = helpers = plain = 0
    for source in sources:
        # A project's modules are CommonJS modules (`module`/`exports` are theirs), as
        # `ti2py convert PROJECT` converts them.
        module = "Resources" in source.parts and source.name != "app.js"
        result = convert(source.read_text(encoding="utf-8"), source.name, commonjs=module)
        if result.code is None:
            continue
        body = result.code.split("\ndef main(", 1)[1].split("\n__ti2py_lines__", 1)[0]
        for line in body.splitlines()[1:]:
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            lines += 1
            found = len(HELPER.findall(text))
            helpers += found
            plain += found == 0
    return lines, helpers, plain


def main() -> None:
    corpus = sorted((REPO / "tests" / "js" / "corpus").glob("*.js"))
    # Alloy projects' sources are not what ti2py converts (it converts the compiler's output).
    samples = sorted(p for p in (REPO / "samples").rglob("*.js")
                     if not any((parent / "app").is_dir() and (parent / "tiapp.xml").is_file() for parent in p.parents))
    for label, files in (("JS corpus", corpus), ("samples (Titanium apps)", samples)):
        lines, helpers, plain = measure(files)
        print(f"{label}: {len(files)} programs, {lines} lines of output, "
              f"{100 * helpers / lines:.1f} helper calls per 100 lines, {100 * plain / lines:.1f}% plain Python lines")


if __name__ == "__main__":
    main()
