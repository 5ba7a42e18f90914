"""Alloy projects: compiled by the real Alloy compiler (node), then converted as a Classic project.

An Alloy project is a folder with ``app/`` (``app/views/*.xml``, ``app/styles/*.tss``,
``app/controllers/*.js``) beside ``tiapp.xml``.  ti2py has no Alloy compiler of its own: it runs
tidev's (the npm package ``alloy``) for iOS, ``alloy compile --config platform=ios,deploytype=development``,
which writes ordinary CommonJS into ``Resources/iphone/`` (``alloy.js``, ``alloy/backbone.js``,
``alloy/controllers/*``...), and source maps into ``build/map/``.  That output is what
:func:`..project.convert_project` converts.

- The compiler is looked for in the project's ``node_modules/.bin/alloy``, then on ``PATH``, then
  in ti2py's cache (``$TI2PY_ALLOY_CACHE``, default ``~/.ti2py/alloy``), or given with ``--alloy``.
  ``--install-alloy`` installs it into that cache with npm (and says so first); ti2py never
  installs anything unasked.
- It compiles a copy of the project in a temporary folder, so the user's project is never written
  (Alloy itself writes ``Resources/``, ``build/``, ``platform/``... into the project it compiles).
  The copy leaves out the generated ``Resources/`` and ``build/`` and hidden top-level folders; the
  project's ``node_modules`` (widgets from npm) is linked, not copied.
- ti2py always asks for source maps (``sourcemap: true`` in the copy's ``app/config.json``, as
  Alloy's default is), so an error in a controller names ``app/controllers/x.js:LINE``:
  :func:`remap_lines` rewrites a converted module's Python -> JS line map into one that names the
  Alloy source each compiled line came from.
- Node missing, the compiler missing, ``<sdk-version>`` missing, a compile error: an
  :class:`AlloyError` with a clear message (the compiler's own ``file:line`` and code frame).
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

ALLOY_PACKAGE = "alloy@3"  # what --install-alloy installs (tidev's Alloy 3.x)
CACHE_ENV = "TI2PY_ALLOY_CACHE"
COMPILE_CONFIG = "platform=ios,deploytype=development"
COMPILE_TIMEOUT = 300  # seconds; Alloy compiles the samples in 1-5 s
INSTALL_TIMEOUT = 600
# Top-level folders of a project that the compiler writes (or that are not the app): not copied.
_NOT_COPIED = frozenset({"Resources", "build", "node_modules", "platform"})


class AlloyError(Exception):
    """The Alloy project cannot be compiled (no node, no compiler, a compile error...)."""


@dataclass
class AlloyOptions:
    """How to find (or install) the compiler: ``--alloy PATH``, ``--install-alloy``."""

    compiler: Path | None = None
    install: bool = False
    log: TextIO | None = None  # where "installing alloy..." is said (stderr for the CLI)


@dataclass
class Compiled:
    """A compiled copy of an Alloy project; :meth:`cleanup` removes it."""

    project: Path  # the copy: tiapp.xml, Resources/ (compiled), build/map/
    original: Path
    scratch: tempfile.TemporaryDirectory[str] = field(repr=False)

    def cleanup(self) -> None:
        self.scratch.cleanup()


def is_alloy_project(folder: Path) -> bool:
    """A project folder with an Alloy ``app/`` (views, controllers or ``alloy.js``)."""
    app = folder / "app"
    return app.is_dir() and any((app / name).exists() for name in ("views", "controllers", "alloy.js"))


def cache_dir() -> Path:
    """Where ``--install-alloy`` puts the compiler: ``$TI2PY_ALLOY_CACHE``, else ``$TI2PY_HOME/alloy``
    (``~/.ti2py/alloy``)."""
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given).expanduser()
    home = os.environ.get("TI2PY_HOME")
    return (Path(home).expanduser() if home else Path.home() / ".ti2py") / "alloy"


def _bin(folder: Path) -> Path:
    return folder / "node_modules" / ".bin" / "alloy"


def find_compiler(project: Path, given: Path | None = None) -> Path | None:
    """The ``alloy`` executable: ``given``, else the project's ``node_modules``, PATH, ti2py's cache."""
    if given is not None:
        if not given.is_file():
            raise AlloyError(f"--alloy {given}: no such file")
        return given
    for candidate in (_bin(project), shutil.which("alloy"), _bin(cache_dir())):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def _missing_compiler(project: Path) -> AlloyError:
    cache = cache_dir()
    return AlloyError(
        f"{project}: is an Alloy project (app/), and converting it needs tidev's Alloy compiler (npm package "
        f"'alloy'), which was not found in {_bin(project)}, on PATH, or in {_bin(cache)}.\n"
        f"  get it with one of:\n"
        f"    npm install --save-dev alloy        (in the project: node_modules/.bin/alloy)\n"
        f"    npm install -g alloy                (on PATH)\n"
        f"    ti2py convert {project} -o OUT --install-alloy   (npm installs {ALLOY_PACKAGE} into {cache})\n"
        f"  or give its path with --alloy PATH")


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        raise AlloyError("node was not found on PATH: Alloy's compiler is a node program "
                         "(install Node.js 16 or newer, e.g. `apt-get install nodejs`, then convert again)")
    return node


def install_compiler(log: TextIO | None = None) -> Path:
    """``npm install alloy@3`` into ti2py's cache (under a lock, into a staging folder renamed into
    place, so concurrent conversions and an interrupted install never leave a half-installed one)."""
    import fcntl

    _node()
    npm = shutil.which("npm")
    if npm is None:
        raise AlloyError("npm was not found on PATH: --install-alloy installs the compiler with npm "
                         "(install Node.js with npm, or install alloy yourself and give --alloy PATH)")
    cache = cache_dir()
    cache.parent.mkdir(parents=True, exist_ok=True)
    with open(cache.parent / f".{cache.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _bin(cache).is_file():
            return _bin(cache)
        if log is not None:
            print(f"ti2py: installing the Alloy compiler ({ALLOY_PACKAGE}) into {cache} with npm...", file=log, flush=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{cache.name}.", dir=cache.parent))
        try:
            done = subprocess.run([npm, "install", "--prefix", str(staging), "--no-audit", "--no-fund",
                                   "--loglevel", "error", ALLOY_PACKAGE],
                                  capture_output=True, text=True, timeout=INSTALL_TIMEOUT, stdin=subprocess.DEVNULL)
            if done.returncode != 0 or not _bin(staging).is_file():
                detail = (done.stderr or done.stdout).strip().splitlines()[-8:]
                raise AlloyError("npm could not install the Alloy compiler:\n  " + "\n  ".join(detail))
            if cache.exists():
                shutil.rmtree(cache)
            os.replace(staging, cache)
        except subprocess.TimeoutExpired:
            raise AlloyError(f"npm install {ALLOY_PACKAGE} did not finish in {INSTALL_TIMEOUT} s") from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return _bin(cache)


_SDK_VERSION = re.compile(r"<sdk-version>\s*([^<\s]+)\s*</sdk-version>")


def _check_tiapp(project: Path) -> None:
    """Alloy needs tiapp.xml with an ``<sdk-version>`` of 3.0.0 or later (no SDK need be installed)."""
    tiapp = project / "tiapp.xml"
    if not tiapp.is_file():
        raise AlloyError(f"{tiapp}: no such file (an Alloy project needs tiapp.xml with an <sdk-version>)")
    text = tiapp.read_text(encoding="utf-8", errors="replace")
    if _SDK_VERSION.search(text) is None:
        line = text.count("\n", 0, max(text.find("</ti:app>"), 0)) + 1
        raise AlloyError(f"{tiapp}:{line}: no <sdk-version>: Alloy compiles only for a Titanium SDK it is told of "
                         f"(add e.g. <sdk-version>12.6.1.GA</sdk-version>; the SDK need not be installed)")


def _copy_project(project: Path, target: Path) -> None:
    def ignore(folder: str, names: list[str]) -> set[str]:
        if Path(folder) != project:
            return set()
        return {name for name in names if name in _NOT_COPIED or name.startswith(".")}

    shutil.copytree(project, target, ignore=ignore, symlinks=True)
    if (project / "node_modules").is_dir():  # widgets installed from npm: read, never written
        os.symlink((project / "node_modules").resolve(), target / "node_modules", target_is_directory=True)
    _ask_for_source_maps(target / "app" / "config.json")


def _ask_for_source_maps(config: Path) -> None:
    """``"sourcemap": true`` in the copy's config.json (Alloy's default, which many projects turn
    off): the maps are what make errors name app/controllers/x.js:LINE."""
    if not config.is_file():
        return
    try:
        settings = json.loads(config.read_text(encoding="utf-8-sig"))
    except ValueError:
        return  # left for the compiler to report
    if isinstance(settings, dict) and settings.get("sourcemap") is not True:
        settings["sourcemap"] = True
        config.write_text(json.dumps(settings, indent="\t"), encoding="utf-8")


def compile_project(project: Path, options: AlloyOptions | None = None) -> Compiled:
    """Run the Alloy compiler on a temporary copy of ``project``; the copy is returned compiled."""
    options = options or AlloyOptions()
    project = project.resolve()
    node = _node()
    _check_tiapp(project)
    compiler = find_compiler(project, options.compiler)
    if compiler is None:
        if not options.install:
            raise _missing_compiler(project)
        compiler = install_compiler(options.log)
    scratch = tempfile.TemporaryDirectory(prefix="ti2py-alloy-")
    copy = Path(scratch.name) / (project.name or "project")
    try:
        _copy_project(project, copy)
        command = _command(node, compiler) + ["compile", str(copy), "--config", COMPILE_CONFIG, "--no-colors"]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=COMPILE_TIMEOUT,
                                  stdin=subprocess.DEVNULL, cwd=copy, env={**os.environ, "NO_COLOR": "1"})
        except subprocess.TimeoutExpired:
            raise AlloyError(f"{project}: the Alloy compiler did not finish in {COMPILE_TIMEOUT} s") from None
        except OSError as exc:
            raise AlloyError(f"{compiler}: cannot run the Alloy compiler: {exc.strerror}") from None
        if done.returncode != 0 or not (copy / "Resources").is_dir():
            raise AlloyError(compile_error(done.stdout + "\n" + done.stderr, copy, project))
    except BaseException:
        scratch.cleanup()
        raise
    return Compiled(copy, project, scratch)


def _command(node: str, compiler: Path) -> list[str]:
    """``node <alloy>`` for the compiler's node script (so the node found is the one used), else
    the executable itself (a wrapper the user gave)."""
    real = compiler.resolve()
    try:
        head = real.read_bytes()[:128]
    except OSError:
        head = b""
    if real.suffix == ".js" or (head.startswith(b"#!") and b"node" in head.split(b"\n", 1)[0]):
        return [node, str(real)]
    return [str(compiler)]


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_ERROR = re.compile(r"^\[ERROR\]\s?(.*)$")
_FRAME_LINE = re.compile(r"^>\s*(\d+)\s*\|")
_ABSOLUTE = re.compile(r"""(/[^\s"'`]+\.(?:js|xml|tss|json))""")
_PROCESSING = re.compile(r"^\[INFO\]\s+(?:\[(.+?)\] view processing|(style|view|controller):\s+\"(.+?)\")")


def compile_error(output: str, copy: Path, project: Path) -> str:
    """The compiler's ``[ERROR]`` lines, paths of the copy named as the project's, led by
    ``file:line:`` when the compiler names the file (or the view it was processing) and the line."""
    text = _ANSI.sub("", output).replace(str(copy), str(project))
    lines = text.splitlines()
    errors = [m.group(1) for m in map(_ERROR.match, lines) if m]
    if not errors:
        tail = [line for line in lines if line.strip() and not line.startswith(("[TRACE]", "[DEBUG]"))][-10:]
        return f"{project}: the Alloy compiler failed:\n  " + "\n  ".join(tail or ["(no output)"])
    current: dict[str, str] = {}  # what it was processing last: view / style / controller
    for line in lines:
        if line.startswith("[ERROR]"):
            break
        match = _PROCESSING.match(line)
        if match and match.group(1):
            current = {}
        elif match:
            current[match.group(2)] = match.group(3)
    named = next((m.group(1) for m in map(_ABSOLUTE.search, errors) if m), None)
    if named is None and current:
        kind, name = list(current.items())[-1]
        folder = {"view": "views", "style": "styles", "controller": "controllers"}[kind]
        named = str(project / "app" / folder / name)
    frame_line = next((m.group(1) for m in map(_FRAME_LINE.match, errors) if m), None)
    where = f"{named}:{frame_line}: " if named and frame_line else f"{named}: " if named else f"{project}: "
    return f"{where}Alloy compile error:\n  " + "\n  ".join(errors)


# -- source maps ------------------------------------------------------------------------------

_VLQ = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


def _vlq_values(segment: str) -> list[int]:
    values, shift, value = [], 0, 0
    for char in segment:
        digit = _VLQ[char]
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
        else:
            values.append(-(value >> 1) if value & 1 else value >> 1)
            shift = value = 0
    return values


def decode_mappings(mappings: str) -> dict[int, tuple[int, int, int]]:
    """A source map's ``mappings``: generated line (1-based) -> (source index, original line
    (1-based), original column (1-based)) of the line's first segment that has a source."""
    lines: dict[int, tuple[int, int, int]] = {}
    source = orig_line = orig_col = 0
    for number, line in enumerate(mappings.split(";"), 1):
        for segment in line.split(","):
            if not segment:
                continue
            fields = _vlq_values(segment)
            if len(fields) >= 4:
                source += fields[1]
                orig_line += fields[2]
                orig_col += fields[3]
                lines.setdefault(number, (source, orig_line + 1, orig_col + 1))
    return lines


def read_source_map(path: Path, project: Path) -> tuple[list[str], dict[int, tuple[int, int, int]]] | None:
    """The map's sources as paths relative to the project (None: no usable map)."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("mappings"), str):
        return None
    root = str(data.get("sourceRoot") or "")
    sources = []
    for source in data.get("sources") or []:
        name = str(source)
        if root and not posixpath.isabs(name):
            name = posixpath.join(root, name)
        if posixpath.isabs(name):
            try:
                name = Path(name).relative_to(project).as_posix()
            except ValueError:
                name = posixpath.basename(name)
        sources.append(name)
    return sources, decode_mappings(data["mappings"])


_LINES = re.compile(r'__ti2py_lines__ = (?:"([0-9:;]*)"|\(\s*"([0-9:;]*)"\s*\))')


def remap_lines(code: str, sources: list[str], lines: dict[int, tuple[int, int, int]]) -> str:
    """Rewrite a converted module's ``__ti2py_lines__`` (Python line -> compiled JS line) so each
    entry whose compiled line came from an Alloy source (a controller, not the compiler's
    template) names that source and line: ``py:line:col:N`` with N indexing ``__ti2py_sources__``
    (1-based; entries without N keep ``__ti2py_source__``, the compiled file)."""
    from .format import lines_statement

    match = _LINES.search(code)
    if match is None or "__ti2py_sources__" in code:
        return code
    names: list[str] = []
    entries = []
    for item in (match.group(1) or match.group(2) or "").split(";"):
        if not item:
            continue
        py, js, col = item.split(":")
        mapped = lines.get(int(js))
        source = sources[mapped[0]] if mapped and mapped[0] < len(sources) else ""
        if mapped and source.startswith("app/"):
            if source not in names:
                names.append(source)
            entries.append(f"{py}:{mapped[1]}:{mapped[2]}:{names.index(source) + 1}")
        else:
            entries.append(item)
    if not names:
        return code
    statement = lines_statement(";".join(entries)) + f"\n__ti2py_sources__ = {tuple(names)!r}"
    return code[:match.start()] + statement + code[match.end():]


def map_for(compiled: Path, shipped: Path) -> Path:
    """Where Alloy wrote the source map of a compiled file (``build/map/<path>.map``)."""
    return compiled / "build" / "map" / (shipped.relative_to(compiled).as_posix() + ".map")
