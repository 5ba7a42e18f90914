"""The real Classic apps of ../shared/realapps: each converts (how many of its files) and starts.

The folder sits beside the repository (``../shared/realapps`` from the repo root); without it the
tests are skipped.  Expectations (files that do not convert, apps that do not start yet, and why)
are in realapps_expectations.py.  The converted packages are kept in pytest's cache folder and
reused file by file (transpiler/project.py's cache), so only what changed converts again.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from realapps_expectations import CONVERT_FAILURES, START_FAILURES
from ti2py.runtime import App
from ti2py.transpiler.project import ProjectResult, convert_project, write_project

REALAPPS = Path(__file__).resolve().parent.parent.parent / "shared" / "realapps"
APPS = sorted(p.name for p in REALAPPS.iterdir() if (p / "Resources").is_dir()) if REALAPPS.is_dir() else []
# Every URL the apps fetch goes to a closed local port: a start-up never waits on the internet.
OFFLINE = [("https://", "http://127.0.0.1:9/"), ("http://", "http://127.0.0.1:9/")]

pytestmark = pytest.mark.skipif(not APPS, reason=f"no real apps at {REALAPPS} (the shared folder beside the repo)")


@pytest.fixture(scope="module")
def converted(request: pytest.FixtureRequest) -> dict[str, tuple[ProjectResult, Path]]:
    """Every app converted once into pytest's cache folder (reusing unchanged files)."""
    cache = getattr(request.config, "cache", None)  # absent with -p no:cacheprovider: convert afresh
    root = Path(cache.mkdir("ti2py-realapps")) if cache is not None else request.getfixturevalue("tmp_path_factory").mktemp("realapps")
    done = {}
    for name in APPS:
        out = root / name
        result = convert_project(REALAPPS / name, jobs=os.cpu_count(), previous=out)
        write_project(result, out)
        done[name] = (result, out)
    return done


@pytest.mark.parametrize("name", APPS)
def test_app_converts(name: str, converted: dict[str, tuple[ProjectResult, Path]]) -> None:
    result, out = converted[name]
    failed = {result.files[m].diagnostics.file: result.files[m] for m in result.failed}
    expected = CONVERT_FAILURES.get(name, {})
    print(f"{name}: {result.summary()}")
    new = {f: r.diagnostics.render().splitlines()[0] for f, r in failed.items() if f not in expected}
    assert not new, f"{name}: files that converted before fail now: {new}"
    fixed = sorted(set(expected) - set(failed))
    if fixed:
        warnings.warn(f"{name}: {fixed} convert now; remove them from realapps_expectations.CONVERT_FAILURES", stacklevel=1)
    assert (out / "app.py").is_file() and (out / "__init__.py").is_file()
    assert result.resources and all((out / "Resources" / rel).is_file() for rel in result.resources)


@pytest.mark.parametrize("name", APPS)
def test_app_starts(name: str, converted: dict[str, tuple[ProjectResult, Path]], tmp_path: Path) -> None:
    _, out = converted[name]
    app = App(name, data_dir=tmp_path / "data", url_map=OFFLINE, out=None, request_timeout=2.0)
    app.load(out / "app.py")
    idle = app.run_until_idle(30)
    uncaught = [line for line in app.log_lines("ERROR") if "Uncaught" in line]
    known = START_FAILURES.get(name)
    print(f"{name}: {'starts' if idle and not uncaught else 'fails: ' + (uncaught[0] if uncaught else 'still busy')}")
    if known is None:
        assert idle, f"{name}: still busy after 30 s"
        assert not uncaught, f"{name} started before, now: {uncaught[0]}"
    elif idle and not uncaught:
        warnings.warn(f"{name} starts now; remove it from realapps_expectations.START_FAILURES", stacklevel=1)
    else:
        assert uncaught and known[0] in uncaught[0], (
            f"{name}: fails another way than listed ({known[1]}): {uncaught[0] if uncaught else 'still busy'}")


@pytest.mark.skipif("GTD" not in APPS, reason="GTD is not among the real apps")
def test_gtd_screens_open_as_url_windows(converted: dict[str, tuple[ProjectResult, Path]], tmp_path: Path) -> None:
    """GTD's rows open `url:` windows (Views/*.js) in its tab; each runs its Ti.includes."""
    from ti2py.runtime.js.values import JSObject

    app = App("GTD", data_dir=tmp_path / "data", url_map=OFFLINE, out=None, request_timeout=2.0)
    app.load(converted["GTD"][1] / "app.py")
    assert app.run_until_idle(30)
    [table] = app.find_views("TableView")
    for title, page in [("Inbox", "Views/inbox.js"), ("Checklists", "Views/checklists.js"), ("API", "Views/api.js")]:
        table.fireEvent("click", JSObject(rowData=JSObject(title=title, myData=page)))
        assert app.run_until_idle(30)
    assert "[INFO] reading inbox from service" in app.log_lines()
    assert "[INFO] reading checklists from service" in app.log_lines()
    assert [line for line in app.log_lines("ERROR") if "Uncaught" in line] == []


@pytest.mark.skipif("KitchenSink" not in APPS, reason="KitchenSink is not among the real apps")
def test_kitchensink_examples_load_by_computed_id(converted: dict[str, tuple[ProjectResult, Path]], tmp_path: Path) -> None:
    import re

    from ti2py.runtime.app import call_js
    from ti2py.runtime.js.values import JSObject

    from realapps_expectations import KITCHENSINK_EXAMPLES as FLOOR

    sources = (REALAPPS / "KitchenSink" / "Resources").rglob("*.js")
    listed = sorted({m.group(2) for path in sources if "android" not in path.parts and "mobileweb" not in path.parts
                     for m in re.finditer(r"""\btest\s*:\s*(['"])([^'"]+)\1""", path.read_text(errors="replace"))})
    app = App("KitchenSink", data_dir=tmp_path / "data", url_map=OFFLINE, out=None, request_timeout=1.0)
    app.stub_modules.add("facebook")
    app.load(converted["KitchenSink"][1] / "app.py", run_main=False)
    counts = {"listed": len(listed), "required": 0, "built": 0}
    token = app._enter()  # the examples run as KitchenSink's click handler would run them
    try:
        for example in listed:
            try:
                window = app.require(example)
            except Exception:  # noqa: BLE001 - an example's failure is counted, not raised
                continue
            counts["required"] += 1
            try:
                call_js(window, JSObject(title=example, containingTab=app.Ti.UI.createTab(), tabGroup=app.Ti.UI.createTabGroup()))
                counts["built"] += 1
            except Exception:  # noqa: BLE001
                pass
    finally:
        app._leave(token)
    print(f"KitchenSink examples: {counts}")
    assert counts["listed"] == FLOOR["listed"]
    assert counts["required"] >= FLOOR["required"] and counts["built"] >= FLOOR["built"], counts
    if counts["built"] > FLOOR["built"] or counts["required"] > FLOOR["required"]:
        warnings.warn(f"more KitchenSink examples work now: {counts}; raise KITCHENSINK_EXAMPLES", stacklevel=1)
