"""Real npm libraries in a Titanium project: underscore, backbone and moment, installed with npm
into Resources/node_modules, converted with the rest of the project, and run by programs
(tests/js/npm/*.js) whose every check must print what node prints for the same program against
the same installed package.

Nothing of the libraries is checked in: npm installs the pinned versions into a cache folder
(``TI2PY_NPM_CACHE``, default ``~/.cache/ti2py/npm-libraries``) on first use; the tests skip,
saying why, when npm, node or the registry is not there.  The converted project is kept in the
cache too and reused file by file while the converter is unchanged (the project cache that
``ti2py convert`` keeps), so only the first run converts all ~1,000 files of the packages.

Each program prints one ``label: value`` line per check (tests/js/npm/check.js).  A check whose
line differs from node's fails the test unless ``EXPECTED_DIFFERENCES`` lists it with its cause;
the listed ones are reported as warnings (so the figures and causes show in every run), and a
listed one that has become node-equal is reported too, to be removed from the list.  Run only
these: ``python -m pytest tests/test_npm_libraries.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

from differential import NODE, NODE_MISSING, local_time_zone
from npm_cache import cache_root, install, locked
from ti2py.runtime import App
from ti2py.transpiler.project import convert_project, write_project

PROGRAMS = Path(__file__).parent / "js" / "npm"
# The versions the programs were written against (issue 15: underscore 1.13, backbone 1.4, moment 2).
PACKAGES = {"underscore": "1.13.8", "backbone": "1.4.1", "moment": "2.31.0"}
TIME_ZONE = "America/New_York"  # every program runs here, in node and on the runtime (moment: DST)

# library -> {check label: why its line differs from node's}.
EXPECTED_DIFFERENCES: dict[str, dict[str, str]] = {
    "underscore": {},
    "backbone": {},
    "moment": {},
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the Titanium project, its converted package), both this run's own: Resources/ holds
    node_modules, the programs (Resources/programs/) and app.js.  The cache keeps the npm
    install and the last converted package, whose unchanged files this conversion reuses; other
    test runs rewrite the cache, never what this one reads."""
    if NODE is None:
        pytest.skip(NODE_MISSING)
    cache = cache_root()
    run = tmp_path_factory.mktemp("npm-libraries")
    source, out = run / "project", run / "converted"
    with locked(cache):
        modules = install(cache / "packages", PACKAGES)
        resources = source / "Resources"
        shutil.copytree(modules, resources / "node_modules", ignore=shutil.ignore_patterns(".package-lock.json"))
        shutil.copytree(PROGRAMS, resources / "programs", ignore=shutil.ignore_patterns("node_main.js"))
        (resources / "app.js").write_text("Ti.API.info('the programs run one by one: programs/*.js');\n",
                                          encoding="utf-8")
        (source / "tiapp.xml").write_text(
            "<?xml version='1.0' encoding='UTF-8'?>\n<ti:app xmlns:ti='http://ti.appcelerator.org'>"
            "<id>com.ti2py.npmlibraries</id><name>npmlibraries</name></ti:app>\n", encoding="utf-8")
        kept = cache / "converted"
        result = convert_project(source, previous=kept if kept.is_dir() else None)
        write_project(result, out)
        write_project(result, kept)
    return source, out


def _checks(lines: list[str]) -> dict[str, str]:
    """``label: value`` lines (one per check) by label; anything else (an uncaught error) under
    its own text."""
    found: dict[str, str] = {}
    for line in lines:
        text = line.split("] ", 1)[1] if line.startswith("[") and "] " in line else line
        label, sep, value = text.partition(": ")
        if line.startswith("[INFO] ") and sep:
            found[label] = value
        else:
            found[text] = ""
    return found


def _node_lines(program: Path) -> list[str]:
    assert NODE is not None
    env = {"TZ": TIME_ZONE, "PATH": "/usr/bin:/bin"}
    done = subprocess.run([NODE, str(PROGRAMS / "node_main.js"), str(program)], capture_output=True, text=True,
                          timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def _ti2py_lines(module: Path, data_dir: Path) -> list[str]:
    with local_time_zone(TIME_ZONE):
        app = App("npm", data_dir=data_dir, out=None)
        app.load(module)
        assert app.run_until_idle(60), "the converted program did not finish"
    lines = []
    for line in app.log_lines():
        if line.startswith("[ERROR] Uncaught ") and line.endswith(")"):
            line = line.split(" (", 1)[0]  # the JS location ti2py adds
        lines.append(line)
    return lines


@pytest.mark.parametrize("library", sorted(PACKAGES))
def test_library_program_prints_what_node_prints(library: str, project: tuple[Path, Path], tmp_path: Path) -> None:
    source, out = project
    expected = _checks(_node_lines(source / "Resources" / "programs" / f"{library}.js"))
    assert len(expected) >= 20, f"node ran too few checks of programs/{library}.js: {expected}"
    assert not [label for label in expected if label.startswith("Uncaught")], expected
    got = _checks(_ti2py_lines(out / "programs" / f"{library}.py", tmp_path / "data"))
    listed = EXPECTED_DIFFERENCES[library]
    differing = [label for label in expected if got.get(label) != expected[label]]
    extra = [label for label in got if label not in expected]
    equal = len(expected) - len(differing)
    for label in differing:
        if label in listed:
            warnings.warn(f"{library}: check {label!r} differs from node (expected: {listed[label]}): "
                          f"node {expected[label]!r}, ti2py {got.get(label, '(not printed)')!r}", stacklevel=1)
    for label in listed:
        if label in expected and label not in differing:
            warnings.warn(f"{library}: check {label!r} is node-equal now; remove it from EXPECTED_DIFFERENCES",
                          stacklevel=1)
    warnings.warn(f"{library}: {equal} of {len(expected)} checks node-equal", stacklevel=1)
    unexpected = [label for label in differing if label not in listed]
    report = "\n".join(f"  {label}:\n    node:  {expected[label]}\n    ti2py: {got.get(label, '(not printed)')}"
                       for label in unexpected)
    assert not unexpected and not extra, (
        f"{library}: {len(unexpected)} checks differ from node\n{report}\n"
        + (f"  printed only by ti2py: {extra}" if extra else ""))


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_require_resolves_as_titanium_does(tmp_path: Path) -> None:
    """Titanium SDK 7+'s require over a real converted project (no npm needed): node_modules up
    from the caller, a package's own node_modules first, package.json main (a file, or a folder's
    index), index.js, index.json and JSON files, pkg/sub/file, legacy x/x.js and Resources-relative
    ids, ids built at run time resolved from the calling module's folder, and a clear error."""
    project = tmp_path / "project"
    _write(project / "Resources", {
        "app.js": (
            "var log = function (x) { Ti.API.info(x); };\n"
            "log(require('alpha').name);\n"                     # node_modules/alpha: main -> lib/main.js
            "log(require('alpha/extra').name);\n"               # an inner file of a package
            "log(require('beta').name);\n"                      # main names a folder: its index.js
            "log(require('gamma').name);\n"                     # no package.json: index.js
            "log(require('delta').answer);\n"                   # index.json
            "log(require('alpha/package.json').version);\n"     # a JSON file by name
            "log(require('legacy').name);\n"                    # Resources/legacy/legacy.js
            "log(require('lib/util').name);\n"                  # Resources-relative, as older SDKs
            "log(require('./lib/util') === require('/lib/util.js'));\n"
            "var which = 'alpha';\n"
            "log(require(which).name === require('alpha').name);\n"
            "log(require('lib/util').load('./helper').name);\n"  # built at run time, from lib/
            "try { require('nope'); } catch (e) { log('missing: ' + e.message); }\n"
        ),
        "lib/util.js": "exports.name = 'lib/util';\n"
                       "exports.load = function (id) { return require(id); };\n",
        "lib/helper.js": "exports.name = 'lib/helper';\n",
        "legacy/legacy.js": "exports.name = 'legacy/legacy';\n",
        "node_modules/alpha/package.json": '{"name": "alpha", "version": "1.2.3", "main": "./lib/main"}\n',
        "node_modules/alpha/lib/main.js": "var shared = require('shared');\n"
                                          "exports.name = 'alpha main with ' + shared.name;\n",
        "node_modules/alpha/extra.js": "exports.name = 'alpha extra via ' + require('./lib/main').name;\n",
        # alpha's own copy of `shared` wins over the top-level one.
        "node_modules/alpha/node_modules/shared/index.js": "exports.name = 'alpha/node_modules/shared';\n",
        "node_modules/shared/index.js": "exports.name = 'top-level shared';\n",
        "node_modules/beta/package.json": '{"main": "dist"}\n',
        "node_modules/beta/dist/index.js": "module.exports = {name: 'beta dist/index with ' + require('shared').name};\n",
        "node_modules/gamma/index.js": "exports.name = 'gamma index';\n",
        "node_modules/delta/index.json": '{"answer": 42}\n',
    })
    out = tmp_path / "out"
    result = convert_project(project, jobs=1)
    assert result.ok, result.summary()
    write_project(result, out)
    app = App("resolution", data_dir=tmp_path / "data", out=None)
    app.load(out / "app.py")
    assert app.run_until_idle(30)
    assert app.log_lines() == [
        "[INFO] alpha main with alpha/node_modules/shared",
        "[INFO] alpha extra via alpha main with alpha/node_modules/shared",
        "[INFO] beta dist/index with top-level shared",
        "[INFO] gamma index",
        "[INFO] 42",
        "[INFO] 1.2.3",
        "[INFO] legacy/legacy",
        "[INFO] lib/util",
        "[INFO] true",
        "[INFO] true",
        "[INFO] lib/helper",
        "[INFO] missing: Couldn't find module: nope",
    ]
    # A relative id is written as the file it names; a package id stays as written.
    app_py = (out / "app.py").read_text(encoding="utf-8")
    assert 'require("/lib/util")' in app_py and 'require("alpha")' in app_py
