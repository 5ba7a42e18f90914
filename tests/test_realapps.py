"""The real Classic apps of ../shared/realapps: each converts (how many of its files) and starts.

The folder sits beside the repository (``../shared/realapps`` from the repo root); without it the
tests are skipped.  Expectations (files that do not convert, apps that do not start yet, and why)
are in realapps_expectations.py.  The converted packages are kept in pytest's cache folder and
reused file by file (transpiler/project.py's cache), so only what changed converts again.
"""

from __future__ import annotations

import http.server
import os
import urllib.parse
import warnings
from pathlib import Path
from typing import Any, Callable

import pytest

from realapps_expectations import CONVERT_FAILURES, START_FAILURES, WALK_FAILURES
from ti2py.runtime import App
from ti2py.runtime.js.ops import to_str
from ti2py.runtime.loopback import LoopbackServer
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
            except Exception:  # an example's failure is counted, not raised
                continue
            counts["required"] += 1
            try:
                call_js(window, JSObject(title=example, containingTab=app.Ti.UI.createTab(), tabGroup=app.Ti.UI.createTabGroup()))
                counts["built"] += 1
            except Exception:
                pass
    finally:
        app._leave(token)
    print(f"KitchenSink examples: {counts}")
    assert counts["listed"] == FLOOR["listed"]
    assert counts["required"] >= FLOOR["required"] and counts["built"] >= FLOOR["built"], counts
    if counts["built"] > FLOOR["built"] or counts["required"] > FLOOR["required"]:
        warnings.warn(f"more KitchenSink examples work now: {counts}; raise KITCHENSINK_EXAMPLES", stacklevel=1)


# -- walks through each app's main screens ---------------------------------------------------------
class AppServer(LoopbackServer):
    """The servers the apps talk to, on one loopback port: every http(s) URL is mapped to
    ``<server>/<scheme>/<host>/<path>``; ``route(path, fn)`` answers GET and POST there with
    ``fn(query, body) -> bytes`` (a 404 elsewhere), and ``requests`` records what came."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[[dict[str, list[str]], bytes], bytes]] = {}
        self.requests: list[tuple[str, str]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _answer(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                server.requests.append((self.command, url.path + ("?" + url.query if url.query else "")))
                fn = server.routes.get(url.path)
                data = fn(urllib.parse.parse_qs(url.query), body) if fn is not None else None
                self.send_response(200 if data is not None else 404)
                self.send_header("Content-Length", str(len(data or b"")))
                self.end_headers()
                self.wfile.write(data or b"")

            do_GET = do_POST = _answer

        super().__init__(Handler)

    def url_map(self) -> list[tuple[str, str]]:
        return [("https://", self.url + "https/"), ("http://", self.url + "http/")]

    def route(self, url: str, fn: Callable[[dict[str, list[str]], bytes], bytes]) -> None:
        scheme, rest = url.split("://", 1)
        self.routes["/" + scheme + "/" + rest.split("?", 1)[0]] = fn


def _uncaught(app: App) -> list[str]:
    return [line for line in app.log_lines("ERROR") if "Uncaught" in line]


class Walk:
    """One app driven as a user would: each step, then run until idle; it stops at the first
    step that leaves an uncaught error (``error``) so the walk's figure is honest."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.steps: list[str] = []
        self.error: str | None = None

    def __call__(self, action: str, *args: Any) -> bool:
        if self.error is not None:
            return False
        getattr(self.app, action)(*args)
        self.steps.append(f"{action} {' '.join(map(str, args))}")
        assert self.app.run_until_idle(30), f"still busy after {self.steps[-1]}"
        errors = _uncaught(self.app)
        if errors:
            self.error = f"after {self.steps[-1]}: {errors[0]}"
        return self.error is None

    def screen(self) -> list[str]:
        return [label for view in self.app.screen() for label in self.app.inspect(view).labels]


def _label_texts(app: App) -> list[str]:
    return [to_str(v.text) for v in app.find_views("Label") if isinstance(v.__dict__.get("text"), str)]


def walk_cel2(walk: Walk, server: AppServer) -> None:
    """The status table from the server's JSON; a row opens its link."""
    app = walk.app
    walk("tap", "community")
    assert app.opened_urls() == ["https://openshift.redhat.com/community"]
    walk("tap", "Openshift Status: (1) Issue")
    assert app.opened_urls()[-1] == "https://openshift.redhat.com/app/status"


def serve_cel2(server: AppServer) -> None:
    server.route("https://openshift.redhat.com/app/status/status.json", lambda q, b: b'{"open": [{"id": 1}], "resolved": []}')


def serve_gtd(server: AppServer) -> None:
    answers = {
        "inboxentries": b"<inbox><inbox_entry><id>7</id><content>Buy milk</content></inbox_entry></inbox>",
        "checklists": b"<checklists></checklists>",
        "list_projects": b"<projects></projects>",
        "tasks": b"<tasks></tasks>",
    }
    server.route("https://meldon.org/gtd/mobile.php", lambda q, b: answers.get(q.get("action", [""])[0], b"<ok/>"))


def walk_gtd(walk: Walk, server: AppServer) -> None:
    """Log in on the configuration tab, then the client tab's inbox from the service."""
    app = walk.app
    walk("type", "Username", "alice")
    walk("type", "Password", "secret")
    walk("tap", "Test connection")
    assert app.Ti.App.Properties.getString("user") == "alice"
    assert any("openid-provider.appspot.com/alice" in path for _, path in server.requests)
    walk("tap", "MeldonGTD Client")
    walk("tap", "Inbox")
    assert "Buy milk" in walk.screen(), walk.screen()
    walk("back")
    walk("tap", "Checklists")
    walk("back")
    walk("tap", "Log")
    walk("tap", "About")


def walk_kitchensink(walk: Walk, server: AppServer) -> None:
    """Each tab, and examples of the Controls, Phone and Platform tabs (each a window pushed on
    its tab, moved where it reads a sensor, then Back)."""
    app = walk.app
    for example in ("Slider", "Switch", "Activity Indicator", "Button", "Label", "Text Field"):
        walk("tap", example)
        walk("back")
    walk("tap", "Phone")
    for example, move in (("Vibrate", None), ("Sound", None), ("Orientation", lambda: app.rotate("landscape-left")),
                          ("Shake", app.shake), ("Photo Gallery", lambda: app.pick_media(None))):
        walk("tap", example)
        if move is not None and walk.error is None:
            move()
        walk("back")
    walk("tap", "Platform")
    for example in ("XHR", "Network", "Common JS", "Application Data", "Properties API", "Database",
                    "Platform Data", "Filesystem", "JS Includes"):
        walk("tap", example)
        walk("back")
    for tab in ("Mashups", "Base UI"):
        walk("tap", tab)
    for example in ("Tab Groups", "Window Properties", "Views"):
        walk("tap", example)
        walk("back")


def walk_master_detail(walk: Walk, server: AppServer) -> None:
    """A product row opens the detail window with its name and price; Back, another one."""
    walk("tap", "Grapes")
    assert "Grapes: $1.50" in _label_texts(walk.app)
    assert walk.screen()[0] == "Product Details"
    walk("back")
    walk("tap", "Kiwis")
    assert "Kiwis: $1.00" in _label_texts(walk.app)


def walk_tabbed(walk: Walk, server: AppServer) -> None:
    walk("tap", "Open New Window")
    assert "New Window" in walk.screen()
    walk("tap", "Settings")
    walk("tap", "Open New Window")
    walk("back")
    walk("tap", "Home")


def walk_sctabgroup(walk: Walk, server: AppServer) -> None:
    walk("tap", "Settings")
    walk("tap", "Open new window on tab")
    walk("tap", "Home")


def walk_todolistacs(walk: Walk, server: AppServer) -> None:
    """Sign up through ti.cloud (Return on the password field), add a task, mark it done."""
    walk("type", "Username", "alice")
    walk("type", "Password", "secret")  # an unknown login: the app registers the user instead
    assert "Todo Login" not in walk.screen(), "the login window closes once ACS answers"
    walk("tap", "+")
    walk("type", "What do you need to do?", "Buy milk")
    assert "Buy milk" in walk.screen(), walk.screen()
    walk("tap", "Buy milk")
    walk("tap", "Done")  # the dialog's button: the task is updated, then both lists fetched again
    walk("tap", "Done")  # the tab
    assert "Buy milk" in walk.screen(), walk.screen()


def serve_rss(server: AppServer) -> None:
    feed = (b'<?xml version="1.0" encoding="utf-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">'
            b"<channel><title>Local</title><item><title>Bridge reopens</title><link>http://example.com/1</link>"
            b"<description>After two years.</description><dc:date>2012-06-04T20:00:09Z</dc:date></item>"
            b"<item><title>Rain ahead</title><link>http://example.com/2</link><description>Bring a coat.</description>"
            b"<dc:date>2012-06-05T08:00:00Z</dc:date></item></channel></rss>")
    server.route("http://www.startribune.com/local/index.rss2", lambda q, b: feed)


def walk_rss(walk: Walk, server: AppServer) -> None:
    """The feed's items become rows; a row shows the article on the Read tab."""
    app = walk.app
    assert {"Bridge reopens", "Rain ahead"} <= set(walk.screen()), walk.screen()
    walk("tap", "Rain ahead")
    [group] = app.find_views("TabGroup")
    assert group.activeTab.title == "Read"
    assert "Rain ahead" in _label_texts(app)
    walk("tap", "Discover")
    walk("tap", "Bridge reopens")


WALKS: dict[str, tuple[Callable[[Walk, AppServer], None], Callable[[AppServer], None] | None]] = {
    "CEL2": (walk_cel2, serve_cel2),
    "GTD": (walk_gtd, serve_gtd),
    "KitchenSink": (walk_kitchensink, None),
    "SCTabGroup": (walk_sctabgroup, None),
    "Template.MasterDetail": (walk_master_detail, None),
    "Template.Tabbed": (walk_tabbed, None),
    "TodoListACS": (walk_todolistacs, None),
    "titanium-example-rss": (walk_rss, serve_rss),
}


@pytest.mark.parametrize("name", APPS)
def test_app_walks_its_main_screens(name: str, converted: dict[str, tuple[ProjectResult, Path]], tmp_path: Path) -> None:
    """A scripted walk through the app's main screens (taps on tabs, rows and buttons, typing,
    Back) against a local server where it fetches; every step must end idle with no uncaught
    error.  A walk that does not hold yet is in realapps_expectations.WALK_FAILURES with its cause."""
    known = WALK_FAILURES.get(name)
    if name in START_FAILURES:
        assert known is not None and known[0] == "start", f"{name} does not start: list it as a walk failure"
        pytest.skip(f"{name} does not start: {START_FAILURES[name][1]}")
    walk_fn, serve = WALKS[name]
    with AppServer() as server:
        if serve is not None:
            serve(server)
        app = App(name, data_dir=tmp_path / "data", url_map=server.url_map(), out=None, request_timeout=5.0)
        app.stub_modules.add("facebook")
        app.load(converted[name][1] / "app.py")
        walk = Walk(app)
        assert app.run_until_idle(30) and not _uncaught(app)
        failure = None
        try:
            walk_fn(walk, server)
        except AssertionError as exc:
            failure = f"after {walk.steps[-1] if walk.steps else 'start'}: {exc}".splitlines()[0]
        failure = walk.error or failure
    print(f"{name}: {'walks clean' if failure is None else 'walk fails ' + failure} ({len(walk.steps)} steps)")
    if known is None:
        assert failure is None, f"{name}'s walk held before, now fails {failure}"
    elif failure is None:
        warnings.warn(f"{name}'s walk holds now; remove it from realapps_expectations.WALK_FAILURES", stacklevel=1)
    else:
        assert known[0] in failure, f"{name}'s walk fails another way than listed ({known[1]}): {failure}"


def _with_database_restored(tmp_path: Path, name: str, database: str, tables: list[str]) -> App:
    """``name`` converted from a copy whose prebuilt database (``database`` under Resources/, a
    binary the realapps copy dropped) is put back empty with ``tables``, loaded and started."""
    import shutil
    import sqlite3

    project = tmp_path / name
    shutil.copytree(REALAPPS / name, project)
    (project / "Resources" / database).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(project / "Resources" / database)
    with db:
        for table in tables:
            db.execute(f"create table {table}")
    db.close()
    out = tmp_path / "out"
    write_project(convert_project(project), out)
    app = App(name, data_dir=tmp_path / "data", url_map=OFFLINE, out=None, request_timeout=2.0)
    app.load(out / "app.py")
    assert app.run_until_idle(30) and not _uncaught(app), _uncaught(app)
    return app


@pytest.mark.skipif("Sample.Todo" not in APPS, reason="Sample.Todo is not among the real apps")
def test_sample_todo_walks_with_its_database_restored(tmp_path: Path) -> None:
    """Sample.Todo ships a prebuilt ``todo.sqlite`` that the realapps copy lacks (so it does not
    start above, as on a device without the file).  With the file put back (an empty database
    with the one table its SQL uses: ``insert into todo values (?,?)``, ``select ROWID, * from
    todo where done = ?``), it starts and walks: add a task, mark it done, delete it."""
    walk = Walk(_with_database_restored(tmp_path, "Sample.Todo", "todo.sqlite", ["todo (item text, done integer)"]))
    walk("tap", "+")
    walk("type", "New Item", "Buy milk")  # Return adds the item and closes the window
    assert "Buy milk" in walk.screen(), walk.screen()
    walk("tap", "Buy milk")
    walk("tap", "Done")  # the dialog's button
    assert "Buy milk" not in walk.screen(), walk.screen()
    walk("tap", "Done")  # the tab
    assert "Buy milk" in walk.screen(), walk.screen()
    walk("tap", "Buy milk")
    walk("tap", "Delete")
    assert "Buy milk" not in walk.screen() and walk.error is None, (walk.screen(), walk.error)


@pytest.mark.skipif("iLottery" not in APPS, reason="iLottery is not among the real apps")
def test_ilottery_walks_with_its_database_restored(tmp_path: Path) -> None:
    """iLottery installs a prebuilt ``servicedb`` (its menus) that the realapps copy lacks.  Put
    back empty with the four tables its SQL names (``INSERT OR IGNORE INTO Menucap2_xoso
    VALUES(?,?,?,?,?,?,?,?)``...), it starts; its football screen opens from the home screen's
    image button and each of its four tabs loads, each meeting the closed service it called
    (its error handler logs it) with no uncaught error."""
    menus = [f"Menucap1_{kind} (id integer primary key, name text, type integer)" for kind in ("xoso", "bongda")]
    menus += [f"Menucap2_{kind} (id integer primary key, name text, action text, params text, servicenumber text, "
              "price text, parentid integer, type integer)" for kind in ("xoso", "bongda")]
    app = _with_database_restored(tmp_path, "iLottery", "assets/database/servicedb", menus)
    walk = Walk(app)
    [football] = [view for view in app.screen() if view.__dict__.get("backgroundImage") == "/assets/icon/btn_bongda.png"]
    football.js_tap()  # an image without a title: what a finger would hit
    assert app.run_until_idle(30) and not _uncaught(app), _uncaught(app)
    assert "BÓNG ĐÁ" in walk.screen(), walk.screen()
    for tab in ["Lịch thi đấu", "Tin tức", "Tư vấn", "VIP"]:
        walk("tap", tab)
    assert walk.error is None, walk.error
    assert any("Could not connect to the server" in line for line in app.log_lines())
