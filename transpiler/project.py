"""Whole Titanium projects: ``tiapp.xml`` + every ``.js`` under ``Resources/`` + the files they read.

The output is a folder the runtime runs as one app (``ti2py run OUT_DIR``)::

    OUT_DIR/__init__.py        the app's configuration (id, name, UIBackgroundModes, modules, failures)
    OUT_DIR/app.py             Resources/app.js
    OUT_DIR/lib/util.py        Resources/lib/util.js, required as 'lib/util' (or '/lib/util', or by a
                               computed id: every file converts, not only those static requires reach)
    OUT_DIR/Resources/...      every file of Resources/ as shipped (JSON, databases, HTML, images...),
                               what Ti.Filesystem.resourcesDirectory finds
    OUT_DIR/ti2py_modules/     the project's own Python implementations of native modules, if any

As an iOS build does, ``Resources/iphone/`` overrides ``Resources/`` (a file there replaces the
same relative path) and the other platforms' folders (``android/``, ``mobileweb/``...) are left out.

A file that does not convert is reported and the rest is still written: the failed module becomes a
stub whose ``require`` throws a JS Error carrying the diagnostic (``strict``: nothing is written).
The package is built in a temporary folder beside OUT_DIR and swapped in with renames, so a reader
never sees a half-written package and a conversion that fails as a whole leaves the previous one.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import functools
import hashlib
import json
import multiprocessing
import os
import posixpath
import re
import shutil
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from ti2py.runtime import resolution

from . import __version__
from .diagnostics import Diagnostics, Severity
from .format import environment, format_code
from .pipeline import Result, convert

if TYPE_CHECKING:
    from .alloy import AlloyOptions

NATIVE_MODULES = ("com.appcelerator.urlSession", "ti.cloud")
# Top-level folders of Resources/ that only other platforms' builds ship; ``iphone/`` overlays.
OTHER_PLATFORMS = frozenset({"android", "mobileweb", "windows", "blackberry", "tizen"})
IOS_OVERLAY = "iphone"
RESOURCES_OUT = "Resources"  # where the project's files go in the package
USER_MODULES = "ti2py_modules"  # the project's Python implementations of native modules


class ProjectError(Exception):
    """The project cannot be converted at all (no tiapp.xml, unreadable, unsafe XML...)."""


@dataclass
class TiApp:
    """What ti2py reads from ``tiapp.xml``."""

    app_id: str
    name: str
    background_modes: list[str] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)


def default_tiapp(project: Path) -> TiApp:
    """What a project without tiapp.xml runs as: an id and a name made from its folder's name."""
    name = project.resolve().name or "app"
    slug = re.sub(r"[^A-Za-z0-9]+", "", name).lower() or "app"
    return TiApp(app_id=f"com.example.{slug}", name=name)


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
    resources: dict[str, Path] = field(default_factory=dict)  # path under Resources/ -> file shipped there
    user_modules: dict[str, Path] = field(default_factory=dict)  # native module id -> its Python file
    warnings: list[str] = field(default_factory=list)  # about the project as a whole (no tiapp.xml...)
    bootstraps: list[str] = field(default_factory=list)  # the *.bootstrap.js modules, run before app.js
    compiled: Any = None  # an Alloy project's compiled copy (alloy.Compiled), removed once written

    @property
    def ok(self) -> bool:
        """Every file of the app converted.  Files of npm packages (under ``node_modules/``) do
        not count: a package ships builds an app never loads (minified, ES-module sources), and
        one that fails is reported, written as a stub that throws if required, and left at that."""
        return not self.failed_app

    @property
    def failed(self) -> list[str]:
        """The module ids that did not convert (each is written as a stub that throws)."""
        return sorted(module_id for module_id, r in self.files.items() if not r.ok)

    @property
    def failed_app(self) -> list[str]:
        """Those of :attr:`failed` that are the app's own files, not an npm package's."""
        return [m for m in self.failed if not _in_package(m)]

    def summary(self) -> str:
        """``converted N of M files`` and, when some failed, which ones and what that means."""
        total, failed = len(self.files), self.failed
        text = f"converted {total - len(failed)} of {total} files"
        own = self.failed_app
        if own:
            names = ", ".join(self.files[m].diagnostics.file for m in own[:6])
            more = f" and {len(own) - 6} more" if len(own) > 6 else ""
            text += f"; {len(own)} failed ({names}{more}): running or requiring one throws its error"
        packaged = len(failed) - len(own)
        if packaged:
            text += (f"; {packaged} file{'s' * (packaged != 1)} of npm packages did not convert (requiring one "
                     "throws its error; -v lists them)")
        return text


def _in_package(module_id: str) -> bool:
    return "node_modules" in module_id.split("/")


Progress = Callable[[str, int, int], None]  # (file, done, total)
CACHE_FILE = ".ti2py-cache.json"
STRINGS_FILE = "i18n.json"
# A file that names `exports` (or `module.exports`) is a CommonJS module: `module` and `exports`
# are its parameters.  Any other file is a script (app.js, Ti.include'd files, `url:` windows): its
# top-level `this` is the global object and, in a project that uses Ti.include, its top-level
# names are globals the other scripts see (passes/requires.py).
_COMMONJS = re.compile(r"(?<![\w$.])exports\b|\bmodule\s*\.\s*exports\b")
_INCLUDE = re.compile(r"\b(?:Ti|Titanium)\s*\.\s*include\s*\(")
_LITERAL_REQUIRE = re.compile(r"""\brequire\s*\(\s*(['"])([^'"\\]+)\1\s*\)""")


@dataclass(frozen=True)
class _Job:
    """One file to convert (pickled to a worker process)."""

    module_id: str
    filename: str  # as diagnostics name it: Resources/lib/util.js, Resources/iphone/x.js
    source: str
    commonjs: bool
    shares_globals: bool  # a script of a project that uses Ti.include (passes/requires.py)
    modes: list[str]
    warnings_as_errors: bool
    files: "_ShippedFiles"  # what require ids resolve against
    project_methods: tuple[str, ...] = ()  # methods reading `this` elsewhere that this file calls
    shared_globals: tuple[str, ...] = ()  # names modules read as globals (a script keeps its own on the global object)


@functools.cache
def converter_fingerprint() -> str:
    """ti2py's version and a hash of the converter's own code and templates: a cached output is
    reused only by the converter that wrote it (the version alone stays the same while ti2py is
    developed, and an editable install changes under it)."""
    digest = hashlib.sha256(__version__.encode())
    here = Path(__file__).resolve().parent
    for path in sorted([*here.rglob("*.py"), *(here.parent / "templates").glob("*.j2")]):
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def is_commonjs(module_id: str, source: str) -> bool:
    return module_id != "app" and _COMMONJS.search(source) is not None


def _fingerprint(job: _Job, tiapp: TiApp) -> str:
    """What a file's output depends on: the converter, the file's text and role, the project's modes
    and modules, and which project files its literal requires resolve to."""
    resolve = _resolver(job.files, job.module_id)
    resolved = [resolve(m.group(2)) for m in _LITERAL_REQUIRE.finditer(job.source)]
    key = json.dumps([converter_fingerprint(), job.module_id, job.filename, job.commonjs, job.shares_globals,
                      job.source, tiapp.background_modes, tiapp.modules, job.warnings_as_errors, resolved,
                      job.project_methods, job.shared_globals])
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def _convert_file(job: _Job) -> Result:
    """Convert one project file (runs in a worker process)."""
    return convert(
        job.source, job.filename, output_name=f"{job.module_id}.py",
        warnings_as_errors=job.warnings_as_errors, commonjs=job.commonjs,
        resolve_require=_resolver(job.files, job.module_id), declared_modes=job.modes,
        script=job.shares_globals, project_methods=frozenset(job.project_methods),
        shared_globals=frozenset(job.shared_globals),
    )


def scan_resources(resources: Path) -> dict[str, Path]:
    """Every file an iOS build ships from ``Resources/``: path relative to it -> the file.

    ``iphone/x`` replaces ``x``; other platforms' folders, hidden files and symbolic links (which
    could reach outside the project) are left out."""
    shipped: dict[str, Path] = {}
    overlay: dict[str, Path] = {}
    for folder, dirs, names in os.walk(resources):
        base = Path(folder)
        top_level = base == resources
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (base / d).is_symlink()
                         and not (top_level and d in OTHER_PLATFORMS))
        for name in sorted(names):
            path = base / name
            if name.startswith(".") or path.is_symlink() or not path.is_file():
                continue
            parts = path.relative_to(resources).parts
            if parts[0] == IOS_OVERLAY and len(parts) > 1:
                overlay[posixpath.join(*parts[1:])] = path
            else:
                shipped[posixpath.join(*parts)] = path
    shipped.update(overlay)
    return dict(sorted(shipped.items()))


def _read_project_tiapp(project: Path, warnings: list[str]) -> TiApp:
    """tiapp.xml; else tiapp.example.xml (as TodoListACS ships it) or defaults, with a warning."""
    if (project / "tiapp.xml").is_file():
        return read_tiapp(project / "tiapp.xml")
    example = project / "tiapp.example.xml"
    if example.is_file():
        warnings.append(f"{project}: no tiapp.xml; using tiapp.example.xml (copy it to tiapp.xml to choose)")
        return read_tiapp(example)
    tiapp = default_tiapp(project)
    warnings.append(f"{project}: no tiapp.xml; converting with defaults (id {tiapp.app_id}, name {tiapp.name}, "
                    "no background modes, no native modules)")
    return tiapp


def convert_project(project: Path, *, warnings_as_errors: bool = False, progress: Progress | None = None,
                    jobs: int | None = None, previous: Path | None = None,
                    alloy: "AlloyOptions | None" = None) -> ProjectResult:
    """Convert every ``.js`` under ``Resources/``; nothing is written.

    Files convert across ``jobs`` processes.  With ``previous`` (the last output folder), a file
    whose text and settings are unchanged reuses its previous output instead of converting again.
    A file that fails has a Result without code; the others convert regardless.

    An Alloy project (``app/``) is first compiled by the Alloy compiler into a temporary copy
    (transpiler/alloy.py; ``alloy`` says how to find the compiler), whose Resources/ convert."""
    from . import alloy as alloy_build

    if not alloy_build.is_alloy_project(project):
        return _convert_folder(project, warnings_as_errors, progress, jobs, previous)
    try:
        compiled = alloy_build.compile_project(project, alloy)
    except alloy_build.AlloyError as exc:
        raise ProjectError(str(exc)) from None
    try:
        result = _convert_folder(compiled.project, warnings_as_errors, progress, jobs, previous)
        for module_id, converted in result.files.items():
            shipped = result.resources.get(module_id + ".js")
            source_map = alloy_build.read_source_map(alloy_build.map_for(compiled.project, shipped), compiled.project) \
                if shipped is not None else None
            if converted.code is not None and source_map is not None:
                converted.code = alloy_build.remap_lines(converted.code, *source_map)
    except BaseException:
        compiled.cleanup()
        raise
    result.compiled = compiled
    return result


def _convert_folder(project: Path, warnings_as_errors: bool, progress: Progress | None, jobs: int | None,
                    previous: Path | None) -> ProjectResult:
    resources = project / "Resources"
    if not (resources / "app.js").is_file():
        if not (project / "tiapp.xml").is_file() and not resources.is_dir():
            raise ProjectError(f"{project}: no tiapp.xml and no Resources/app.js (not a Titanium project folder)")
        raise ProjectError(f"{project}: no Resources/app.js")
    warnings: list[str] = []
    tiapp = _read_project_tiapp(project, warnings)
    strings = read_strings(project)
    shipped = scan_resources(resources)
    sources = {rel.removesuffix(".js"): path for rel, path in shipped.items() if rel.endswith(".js")}
    files = _ShippedFiles.of(shipped)
    warnings.extend(_missing_native_modules(tiapp, project))
    cache = _load_cache(previous)
    results: dict[str, Result] = {}
    fingerprints: dict[str, str] = {}
    reused: set[str] = set()
    not_utf8: dict[str, int] = {}  # module id -> offset of the first byte that is not UTF-8
    order = sorted(sources, key=lambda m: (m != "app", m))
    texts: dict[str, tuple[str, str]] = {}  # module id -> (file as diagnostics name it, text)
    for module_id in order:
        filename = sources[module_id].relative_to(project).as_posix()
        try:
            source, legacy = _read_source(sources[module_id])
        except OSError as exc:
            results[module_id] = _unreadable(filename, exc)
            _report(progress, filename, len(results), len(order))
            continue
        if legacy is not None:
            not_utf8[module_id] = legacy
        texts[module_id] = (filename, source)
    # Scripts share their top-level names only in a project that includes files: elsewhere (each
    # url: window has a context of its own) there is no one to share them with.
    includes = any(_INCLUDE.search(source) for _, source in texts.values())
    jobs_by_id: dict[str, _Job] = {}
    for module_id, (filename, source) in texts.items():
        commonjs = is_commonjs(module_id, source)
        # The methods of other files a cached conversion was made with: the guess that holds
        # while the project is unchanged (checked once every file's methods are known).
        cached = cache.get("files", {}).get(module_id, {})
        guess = tuple(cached.get("project_methods", ()))
        jobs_by_id[module_id] = _Job(module_id, filename, source, commonjs, includes and not commonjs,
                                     tiapp.background_modes, warnings_as_errors, files, guess,
                                     tuple(cached.get("shared_globals", ())))
    jobs = jobs or os.cpu_count() or 1
    _convert_round(jobs_by_id, tiapp, cache, previous, results, fingerprints, reused, not_utf8, progress, order, jobs)
    # A file calls `x.on(...)` where `on` is a method that reads `this` in another file (an npm
    # library's Events.on): the call must bind the receiver, so such files convert again knowing
    # those names.  Round two changes no file's own methods, so it is the last.
    # Likewise a script (app.js) whose top-level variables modules read as globals (`var globals`
    # read in ui/AppWindow.js): it keeps those on the global object, where the modules find them.
    project_methods = {name for result in results.values() for name in result.methods}
    shared_globals = tuple(sorted({name for module_id, result in results.items() if module_id in jobs_by_id and jobs_by_id[module_id].commonjs
                                   for name in result.free_names}))
    again: dict[str, _Job] = {}
    for module_id, job in jobs_by_id.items():
        result = results.get(module_id)
        if result is None:
            continue
        needed = tuple(sorted((set(result.method_calls) & project_methods) - set(result.methods)))
        shared = () if job.commonjs else shared_globals
        if needed != job.project_methods or shared != job.shared_globals:
            again[module_id] = dataclasses.replace(job, project_methods=needed, shared_globals=shared)
    if again:
        for module_id in again:
            reused.discard(module_id)
        _convert_round(again, tiapp, cache, previous, results, fingerprints, reused, not_utf8, None, order, jobs)
    user_folder = project / USER_MODULES
    user_modules = {p.stem: p for p in sorted(user_folder.glob("*.py")) if p.is_file() and not p.is_symlink()} \
        if user_folder.is_dir() else {}
    # Titanium (7.5+) runs every `*.bootstrap.js` of Resources/ (Alloy writes alloy.bootstrap.js), in
    # order, before app.js.
    bootstraps = sorted(m for m in order if posixpath.basename(m).endswith(".bootstrap"))
    return ProjectResult(tiapp, {m: results[m] for m in order}, fingerprints=fingerprints, reused=reused,
                         strings=strings, resources=shipped, user_modules=user_modules, warnings=warnings,
                         bootstraps=bootstraps)


def _convert_round(jobs_by_id: dict[str, _Job], tiapp: TiApp, cache: dict[str, Any], previous: Path | None,
                   results: dict[str, Result], fingerprints: dict[str, str], reused: set[str],
                   not_utf8: dict[str, int], progress: Progress | None, order: list[str], jobs: int) -> None:
    """Convert ``jobs_by_id`` (or reuse their cached outputs) into ``results``."""
    pending: list[_Job] = []
    for module_id, job in jobs_by_id.items():
        fingerprints[module_id] = _fingerprint(job, tiapp)
        hit = _cached(cache, previous, module_id, fingerprints[module_id], job.source, job.filename)
        if hit is not None:
            results[module_id] = hit
            reused.add(module_id)
            _report(progress, job.filename, len(results), len(order))
        else:
            pending.append(job)
    pool: concurrent.futures.ProcessPoolExecutor | None = None
    try:
        converted: Iterator[Result]
        if len(pending) > 1 and jobs > 1:
            pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
            converted = pool.map(_convert_file, pending, chunksize=max(1, min(8, len(pending) // (jobs * 4))))
        else:
            converted = map(_convert_file, pending)
        for job, result in zip(pending, converted):
            _check_native_modules(result, tiapp)
            if job.module_id in not_utf8:
                line = job.source.count("\n", 0, not_utf8[job.module_id]) + 1
                result.diagnostics.warning("W204", "the file is not UTF-8; read as Windows-1252 (Latin-1)", line, 1,
                                           hint="save it as UTF-8 to make its characters certain")
            result.project_methods = list(job.project_methods)
            result.shared_globals = list(job.shared_globals)
            results[job.module_id] = result
            _report(progress, job.filename, len(results), len(order))
    finally:
        if pool is not None:
            pool.shutdown()


def _read_source(path: Path) -> tuple[str, int | None]:
    """A file's text, and where it stops being UTF-8 if it does: older projects (GTD) hold
    Latin-1 files, which Windows-1252 (a superset of its printable part) reads."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return data.decode("cp1252", errors="replace"), exc.start


def _unreadable(filename: str, exc: OSError) -> Result:
    """A file that cannot be read converts to nothing, with an error naming why."""
    diagnostics = Diagnostics(filename)
    diagnostics.error("E002", f"cannot read the file: {exc.strerror or exc}", 1, 1)
    return Result(None, diagnostics, "")


def _missing_native_modules(tiapp: TiApp, project: Path) -> list[str]:
    """A warning for each iOS/CommonJS native module of tiapp.xml that ti2py does not provide."""
    missing = [m for m in tiapp.modules if m not in NATIVE_MODULES and not (project / USER_MODULES / f"{m}.py").is_file()]
    return [f"tiapp.xml: native module {m!r} has no ti2py implementation; require('{m}') will throw unless one is "
            f"supplied ({USER_MODULES}/{m}.py beside tiapp.xml, or the 'ti2py.modules' entry point group) or the app "
            f"runs with --stub-module {m}" for m in missing]


def _report(progress: Progress | None, filename: str, done: int, total: int) -> None:
    if progress is not None:
        progress(filename, done, total)


def _load_cache(previous: Path | None) -> dict[str, Any]:
    if previous is None or not (previous / CACHE_FILE).is_file():
        return {}
    try:
        cache = json.loads((previous / CACHE_FILE).read_text(encoding="utf-8"))
    except ValueError:
        return {}
    return cache if isinstance(cache, dict) and cache.get("version") == __version__ else {}


def _cached(cache: dict[str, Any], previous: Path | None, module_id: str, fingerprint: str, source: str,
            filename: str) -> Result | None:
    entry = cache.get("files", {}).get(module_id)
    if previous is None or not entry or entry.get("fingerprint") != fingerprint:
        return None
    output = previous / f"{module_id}.py"
    if not output.is_file():
        return None
    diagnostics = Diagnostics(filename)
    for item in entry.get("diagnostics", []):
        diagnostics.add(Severity(item["severity"]), item["code"], item["message"], item["line"], item["column"], item["hint"])
    code = None if entry.get("failed") else output.read_text(encoding="utf-8")
    return Result(code, diagnostics, source, requires=list(entry.get("requires", [])),
                  methods=list(entry.get("methods", [])), method_calls=list(entry.get("method_calls", [])),
                  project_methods=list(entry.get("project_methods", [])), free_names=list(entry.get("free_names", [])),
                  shared_globals=list(entry.get("shared_globals", [])))


@dataclass(frozen=True)
class _ShippedFiles:
    """The shipped files of Resources/ as resolution.py sees them (picklable: each worker gets
    it): their paths, and the text of each ``package.json`` (where a package names its ``main``)."""

    paths: frozenset[str]
    manifests: dict[str, str]

    @classmethod
    def of(cls, shipped: dict[str, Path]) -> "_ShippedFiles":
        manifests = {}
        for rel, path in shipped.items():
            if posixpath.basename(rel) == "package.json":
                try:
                    manifests[rel] = path.read_text(encoding="utf-8-sig")
                except (OSError, UnicodeDecodeError):
                    continue
        return cls(frozenset(shipped), manifests)

    def is_file(self, rel: str) -> bool:
        return rel in self.paths

    def read_text(self, rel: str) -> str | None:
        return self.manifests.get(rel)


def _resolver(files: _ShippedFiles, current: str) -> Callable[[str], str | None]:
    """Map a require id to the module id of the project file it loads from ``current`` (as the
    runtime resolves it: ti2py.runtime.resolution), or None (a native module, or missing)."""
    base = posixpath.dirname(current)

    def resolve(requested: str) -> str | None:
        if requested in NATIVE_MODULES:
            return None
        found = resolution.resolve(requested, base, files)
        return resolution.module_id(found) if found is not None else None

    return resolve


def _check_native_modules(result: Result, tiapp: TiApp) -> None:
    if "com.appcelerator.urlSession" in result.source and "com.appcelerator.urlSession" not in tiapp.modules:
        line = next((i for i, text in enumerate(result.source.splitlines(), 1) if "com.appcelerator.urlSession" in text), 1)
        result.diagnostics.warning(
            "W203", "com.appcelerator.urlSession is required but not listed in tiapp.xml <modules>", line, 1,
            hint='add <module platform="iphone">com.appcelerator.urlSession</module> to <modules>',
        )


def failure_message(result: Result) -> str:
    """What requiring a module that did not convert throws: its first error, as file:line:col."""
    items = result.diagnostics.sorted()
    errors = [d for d in items if d.severity is Severity.ERROR] or items
    if not errors:
        return f"{result.diagnostics.file} was not converted by ti2py"
    first = errors[0]
    return f"{first.file}:{first.line}:{first.column}: {first.message} [{first.code}] (the file was not converted by ti2py)"


# A module that did not convert: loading it (require, Ti.include, a `url:` window, app.py itself)
# throws its diagnostic as a JS Error, so the app reports it where it is used.
_STUB = '''"""{file} did not convert; requiring or running it throws the conversion's first error.

Fix the file and convert the project again (ti2py convert PROJECT -o OUT).
"""

from ti2py.runtime import JSError

__ti2py_failed__ = {message!r}
__ti2py_source__ = {source!r}


def main(*args):
    raise JSError(__ti2py_failed__)
'''


def write_project(result: ProjectResult, out_dir: Path) -> Path:
    """Write the converted package, replacing ``out_dir`` only once everything is on disk.
    Modules that failed are written as stubs that throw their diagnostic."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        failures: dict[str, str] = {}
        for module_id, converted in result.files.items():
            target = staging / f"{module_id}.py"
            target.parent.mkdir(parents=True, exist_ok=True)
            if converted.code is not None:
                target.write_text(converted.code, encoding="utf-8")
            else:
                failures[module_id] = failure_message(converted)
                target.write_text(_STUB.format(file=converted.diagnostics.file, message=failures[module_id],
                                               source=posixpath.basename(converted.diagnostics.file)), encoding="utf-8")
        for rel, source in result.resources.items():  # what Ti.Filesystem.resourcesDirectory holds
            target = staging / RESOURCES_OUT / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        for module_id, source in result.user_modules.items():
            (staging / USER_MODULES).mkdir(exist_ok=True)
            shutil.copyfile(source, staging / USER_MODULES / f"{module_id}.py")
        init = environment().get_template("package_init.py.j2").render(
            tiapp=result.tiapp, version=__version__, files=sorted(result.files), failures=failures,
            bootstraps=result.bootstraps,
        )
        (staging / "__init__.py").write_text(format_code(init), encoding="utf-8")
        if result.strings:  # data for L(): the runtime reads it beside app.py
            (staging / STRINGS_FILE).write_text(json.dumps(result.strings, indent=1, sort_keys=True, ensure_ascii=False),
                                                encoding="utf-8")
        cache = {"version": __version__, "files": {
            module_id: {"fingerprint": result.fingerprints[module_id], "requires": converted.requires,
                        "methods": converted.methods, "method_calls": converted.method_calls,
                        "project_methods": converted.project_methods,
                        "free_names": converted.free_names, "shared_globals": converted.shared_globals,
                        "failed": converted.code is None,
                        "diagnostics": [d.as_dict() for d in converted.diagnostics.items]}
            for module_id, converted in result.files.items() if module_id in result.fingerprints}}
        (staging / CACHE_FILE).write_text(json.dumps(cache, indent=1, sort_keys=True), encoding="utf-8")
        _swap_in(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if result.compiled is not None:
            result.compiled.cleanup()
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
