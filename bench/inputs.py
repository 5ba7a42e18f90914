"""Benchmark inputs: a large Titanium app.js made from the seed examples, and files to serve."""

from __future__ import annotations

import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TOP_LEVEL = ("urlSession", "sessionConfig", "session", "win", "progress", "imageView", "button", "Cloud",
             "deviceTokenSuccess", "deviceTokenError")


def titanium_app(lines: int) -> str:
    """The seed's three examples (silent push as corrected) repeated to ``lines`` lines, each copy
    with its own top-level names and a comment, so the result is one valid app."""
    seeds = [(SAMPLES / "seed" / f"{name}.js").read_text() for name in ("url_session_download", "background_fetch")]
    seeds.append((SAMPLES / "silent_push_fixed.js").read_text())
    parts: list[str] = []
    total = 0
    copy = 0
    while total < lines:
        source = seeds[copy % len(seeds)]
        for name in TOP_LEVEL:
            source = re.sub(rf"\b{name}\b", f"{name}{copy}", source)
        source = f"// ---- copy {copy}: renamed top-level names ----\n{source}"
        parts.append(source)
        total += source.count("\n") + 1
        copy += 1
    return "\n".join(parts)


def write_project(folder: Path, files: int) -> Path:
    """A project with ``files`` JavaScript files: app.js requiring files-1 CommonJS modules."""
    resources = folder / "Resources" / "lib"
    resources.mkdir(parents=True, exist_ok=True)
    (folder / "tiapp.xml").write_text(
        "<ti:app xmlns:ti='http://ti.appcelerator.org'><id>com.bench.many</id><name>Many</name>"
        "<modules><module platform='iphone'>com.appcelerator.urlSession</module></modules></ti:app>\n")
    requires = []
    for index in range(1, files):
        (resources / f"m{index}.js").write_text(
            f"// Module {index}: a small feature module.\n"
            f"var util = require('./m{max(1, index - 1)}');\n" if index > 1 else f"// Module {index}.\n")
        with open(resources / f"m{index}.js", "a") as handle:
            handle.write(
                f"var counter = 0;\nexports.name = 'm{index}';\n"
                "exports.bump = function (by) {\n    counter = counter + by;\n    return 'count ' + counter;\n};\n"
                "exports.describe = function (e) {\n    return JSON.stringify({ id: e.taskIdentifier, ok: e.success });\n};\n")
        requires.append(f"var m{index} = require('lib/m{index}');")
    (folder / "Resources" / "app.js").write_text("\n".join(requires) + "\nTi.API.info(m1.bump(1));\n")
    return folder
