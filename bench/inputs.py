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


def nested_app(lines: int) -> str:
    """A large app whose code sits inside nested functions, with a comment on most lines: the
    shape that makes a per-block rescan of every comment quadratic.  Each top-level function
    holds three levels of callbacks; the result is one valid program of about ``lines`` lines."""
    parts: list[str] = ["// A generated app: modules of nested callbacks, commented throughout.", "var log = [];"]
    index = 0
    while len(parts) < lines:
        parts += [
            f"// ---- module {index} ----",
            f"function module{index}(config) {{",
            "    // settings for this module",
            f"    var total = {index}; // running total",
            "    var items = [1, 2, 3];",
            "    function outer(step) {",
            "        /* the outer step:",
            "           adds the item count */",
            "        var local = step + items.length;",
            "        items.forEach(function (item) {",
            "            // each item adds to the total",
            "            total = total + item * local;",
            "            if (item > 2) {",
            "                // a large item is logged",
            "                log.push('large ' + item);",
            "            }",
            "        });",
            "        return local; // the step's size",
            "    }",
            "    outer(1);",
            f"    log.push('module {index}: ' + total);",
            "    return total;",
            "}",
            f"module{index}({{ name: 'm{index}' }});",
        ]
        index += 1
    parts.append("Ti.API.info(log.length);")
    return "\n".join(parts) + "\n"
