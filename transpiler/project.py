"""Whole Titanium projects: ``tiapp.xml`` + ``Resources/app.js`` + the CommonJS modules it requires.

The output is a folder the runtime runs as one app (``ti2py run OUT_DIR``)::

    OUT_DIR/__init__.py   the app's configuration (id, name, UIBackgroundModes, modules)
    OUT_DIR/app.py        Resources/app.js
    OUT_DIR/lib/util.py   Resources/lib/util.js, required as 'lib/util'

It is built in a temporary folder beside OUT_DIR and swapped in only when every file converted,
so a failed conversion leaves the previous output untouched.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import multiprocessing
import os
import posixpath
import shutil
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from . import __version__
from .diagnostics import Diagnostics, Severity
from .format import environment, format_code
from .pipeline import Result, convert

NATIVE_MODULES = ("com.appcelerator.urlSession", "ti.cloud")


class ProjectError(Exception):
    """The project cannot be converted at all (no tiapp.xml, unreadable, unsafe XML...)."""


@dataclass
class TiApp:
    """What ti2py reads from ``tiapp.xml``."""

    app_id: str
    name: str
    background_modes: list[str] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)


def _parse_xml(path: Path) -> ElementTree.Element:
    """A project's XML file (tiapp.xml, i18n strings) parsed safely, or a ProjectError naming it."""
    try:
        return SafeElementTree.parse(str(path)).getroot()
    except DefusedXmlException as exc:
        raise ProjectError(f"{path}: refused: {type(exc).__name__} (entity declarations are not allowed)") from None
    except ElementTree.ParseError as exc:
        line, col = exc.position
        raise ProjectError(f"{path}:{line}:{col + 1}: not well-formed XML") from None
    except OSError as exc:
        raise ProjectError(f"{path}: cannot read: {exc.strerror}") from None


def read_strings(project: Path) -> dict[str, dict[str, str]]:
    """``i18n/<language>/strings.xml`` of a project: language -> name -> text, for ``L()``."""
    languages: dict[str, dict[str, str]] = {}
    for path in sorted(project.glob("i18n/*/strings.xml")):
        root = _parse_xml(path)
        languages[path.parent.name] = {
            element.get("name", ""): "".join(element.itertext())
            for element in root.iter() if element.tag.rsplit("}", 1)[-1] == "string" and element.get("name")
        }
    return languages


def read_tiapp(path: Path) -> TiApp:
    root = _parse_xml(path)

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    def text_of(name: str) -> str:
        for child in root:
            if local(child.tag) == name and child.text:
                return child.text.strip()
        return ""

    modes: list[str] = []
    for plist_dict in root.iter():
        if local(plist_dict.tag) != "dict":
            continue
        children = list(plist_dict)
        for key, value in zip(children, children[1:]):
            if local(key.tag) == "key" and (key.text or "").strip() == "UIBackgroundModes" and local(value.tag) == "array":
                modes.extend((s.text or "").strip() for s in value if local(s.tag) == "string")
    modules = [
        (m.text or "").strip() for m in root.iter()
        if local(m.tag) == "module" and m.get("platform", "iphone") in ("iphone", "ios", "commonjs")
    ]
    app_id = text_of("id") or "com.example.app"
    return TiApp(app_id=app_id, name=text_of("name") or app_id.rsplit(".", 1)[-1], background_modes=modes, modules=modules)


@dataclass
class ProjectResult:
    tiapp: TiApp
    files: dict[str, Result]  # module id ("app", "lib/util") -> conversion result
    written: Path | None = None
    fingerprints: dict[str, str] = field(default_factory=dict)
    reused: set[str] = field(default_factory=set)  # files whose previous output was still right
    strings: dict[str, dict[str, str]] = field(default_factory=dict)  # i18n: language -> name -> text

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.files.values())


Progress = Callable[[str, int, int], None]  # (file, done, total so far)
CACHE_FILE = ".ti2py-cache.json"
STRINGS_FILE = "i18n.json"


def _fingerprint(source: str, module_id: str, tiapp: TiApp, warnings_as_errors: bool) -> str:
    """What a file's output depends on: ti2py's version, its text, its role and the project's modes."""
    key = json.dumps([__version__, module_id, source, tiapp.background_modes, tiapp.modules, warnings_as_errors])
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def _convert_file(job: tuple[Path, str, str, list[str], bool]) -> Result:
    """Convert one project file (runs in a worker process)."""
    resources, module_id, source, modes, warnings_as_errors = job
    source_path = resources / f"{module_id}.js"
    return convert(
        source, str(source_path.relative_to(resources.parent)), output_name=f"{module_id}.py",
        warnings_as_errors=warnings_as_errors, commonjs=module_id != "app",
        resolve_require=_resolver(resources, module_id), declared_modes=modes,
    )


def convert_project(project: Path, *, warnings_as_errors: bool = False, progress: Progress | None = None,
                    jobs: int | None = None, previous: Path | None = None) -> ProjectResult:
    """Convert every file reachable from ``Resources/app.js``; nothing is written.

    Files convert in waves along the require graph, each wave across ``jobs`` processes.  With
    ``previous`` (the last output folder), a file whose text and settings are unchanged reuses its
    previous output instead of converting again."""
    tiapp_path = project / "tiapp.xml"
    if not tiapp_path.is_file():
        raise ProjectError(f"{project}: no tiapp.xml (a Titanium project folder has one)")
    tiapp = read_tiapp(tiapp_path)
    strings = read_strings(project)
    resources = project / "Resources"
    if not (resources / "app.js").is_file():
        raise ProjectError(f"{project}: no Resources/app.js")
    cache = _load_cache(previous)
    results: dict[str, Result] = {}
    fingerprints: dict[str, str] = {}
    reused: set[str] = set()
    jobs = jobs or os.cpu_count() or 1
    pool: concurrent.futures.ProcessPoolExecutor | None = None
    wave = ["app"]
    try:
        while wave:
            pending: list[tuple[Path, str, str, list[str], bool]] = []
            for module_id in wave:
                source_path = resources / f"{module_id}.js"
                try:
                    source = source_path.read_text(encoding="utf-8-sig")
                except (OSError, UnicodeDecodeError) as exc:
                    raise ProjectError(f"{source_path}: cannot read: {exc}") from None
                fingerprints[module_id] = _fingerprint(source, module_id, tiapp, warnings_as_errors)
                hit = _cached(cache, previous, module_id, fingerprints[module_id], source, source_path, project)
                if hit is not None:
                    results[module_id] = hit
                    reused.add(module_id)
                    _report(progress, project, source_path, results, wave)
                else:
                    pending.append((resources, module_id, source, tiapp.background_modes, warnings_as_errors))
            if len(pending) > 1 and jobs > 1 and pool is None:
                pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
            converted = pool.map(_convert_file, pending, chunksize=4) if pool is not None and len(pending) > 1 else map(_convert_file, pending)
            for job, result in zip(pending, converted):
                module_id = job[1]
                _check_native_modules(result, tiapp)
                results[module_id] = result
                _report(progress, project, resources / f"{module_id}.js", results, wave)
            wave = sorted({r for module_id in wave for r in results[module_id].requires if r not in results})
    finally:
        if pool is not None:
            pool.shutdown()
    return ProjectResult(tiapp, results, fingerprints=fingerprints, reused=reused, strings=strings)


def _report(progress: Progress | None, project: Path, source_path: Path, results: dict[str, Result], wave: list[str]) -> None:
    if progress is not None:
        total = len(set(results) | set(wave))
        progress(str(source_path.relative_to(project)), len(results), total)


def _load_cache(previous: Path | None) -> dict[str, Any]:
    if previous is None or not (previous / CACHE_FILE).is_file():
        return {}
    try:
        cache = json.loads((previous / CACHE_FILE).read_text(encoding="utf-8"))
    except ValueError:
        return {}
    return cache if isinstance(cache, dict) and cache.get("version") == __version__ else {}


def _cached(cache: dict[str, Any], previous: Path | None, module_id: str, fingerprint: str, source: str,
            source_path: Path, project: Path) -> Result | None:
    entry = cache.get("files", {}).get(module_id)
    if previous is None or not entry or entry.get("fingerprint") != fingerprint:
        return None
    output = previous / f"{module_id}.py"
    if not output.is_file():
        return None
    diagnostics = Diagnostics(str(source_path.relative_to(project)))
    for item in entry.get("diagnostics", []):
        diagnostics.add(Severity(item["severity"]), item["code"], item["message"], item["line"], item["column"], item["hint"])
    return Result(output.read_text(encoding="utf-8"), diagnostics, source, requires=list(entry.get("requires", [])))


def _resolver(resources: Path, current: str) -> Callable[[str], str | None]:
    """Map a require id to the canonical id of a project file, or None (native or missing)."""
    base = posixpath.dirname(current)

    def resolve(requested: str) -> str | None:
        if requested in NATIVE_MODULES:
            return None
        if requested.startswith(("./", "../")):
            candidate = posixpath.normpath(posixpath.join(base, requested))
        else:
            candidate = posixpath.normpath(requested.lstrip("/"))
        candidate = candidate.removesuffix(".js")
        if candidate.startswith("..") or not (resources / f"{candidate}.js").is_file():
            return None
        return candidate

    return resolve


def _check_native_modules(result: Result, tiapp: TiApp) -> None:
    if "com.appcelerator.urlSession" in result.source and "com.appcelerator.urlSession" not in tiapp.modules:
        line = next((i for i, text in enumerate(result.source.splitlines(), 1) if "com.appcelerator.urlSession" in text), 1)
        result.diagnostics.warning(
            "W203", "com.appcelerator.urlSession is required but not listed in tiapp.xml <modules>", line, 1,
            hint='add <module platform="iphone">com.appcelerator.urlSession</module> to <modules>',
        )


def write_project(result: ProjectResult, out_dir: Path) -> Path:
    """Write the converted package, replacing ``out_dir`` only once everything is on disk."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        for module_id, converted in result.files.items():
            assert converted.code is not None
            target = staging / f"{module_id}.py"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(converted.code, encoding="utf-8")
        init = environment().get_template("package_init.py.j2").render(
            tiapp=result.tiapp, version=__version__, files=sorted(result.files),
        )
        (staging / "__init__.py").write_text(format_code(init), encoding="utf-8")
        if result.strings:  # data for L(): the runtime reads it beside app.py
            (staging / STRINGS_FILE).write_text(json.dumps(result.strings, indent=1, sort_keys=True, ensure_ascii=False),
                                                encoding="utf-8")
        cache = {"version": __version__, "files": {
            module_id: {"fingerprint": result.fingerprints.get(module_id, ""), "requires": converted.requires,
                        "diagnostics": [d.as_dict() for d in converted.diagnostics.items]}
            for module_id, converted in result.files.items()}}
        (staging / CACHE_FILE).write_text(json.dumps(cache, indent=1, sort_keys=True), encoding="utf-8")
        _swap_in(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    result.written = out_dir
    return out_dir


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``staging`` with renames, so no reader sees a half-written package."""
    if out_dir.exists():
        if not (out_dir / "__init__.py").is_file() and any(out_dir.iterdir()):
            raise ProjectError(f"{out_dir}: exists and is not a ti2py output folder; not replacing it")
        retired = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        os.replace(out_dir, retired)
        os.replace(staging, out_dir)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.replace(staging, out_dir)
