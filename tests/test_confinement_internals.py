"""The runtime's internals are out of the JS property namespace (issue 14 point 2, issue 13 point 4).

Every object the runtime hands to converted code (Ti namespaces, views, windows, tab groups,
dialogs, files, Blobs, HTTPClient, databases and result sets, XML nodes, sounds, URL sessions,
modules, functions) is a Python object with Python attributes of its own: the runtime's state and
the driver's helpers (``js_labels``, ``js_tap_row``, ``js_is_shown``, ``js_history``...), dunders, and the
value model's protocol (``js_class``).  The tests below find ALL of them by enumeration, from the
objects a real converted program creates (``dir()`` of each, not a hand list), and check that

- JS reads each name as a device would: ``undefined``, or what every object inherits from
  Object.prototype / Function.prototype / Array.prototype (``constructor``, ``__proto__``...),
  with ``in`` and ``hasOwnProperty`` false (run through the shipped CLI);
- a JS write to each name is the app's own data (it reads back) and changes no Python attribute
  the runtime uses, and the app still runs as before: taps, typing, dialogs, tabs, the progress
  bar's history (in-process, to compare the attributes before and after, and through the CLI);
- every public member of a Ti class is JS API: Titanium's naming, none of the driver's old names.
"""

from __future__ import annotations

import json
import re
import shutil
import types
from pathlib import Path
from typing import Any

from cli import ti2py
from ti2py.runtime import App
from ti2py.runtime.js.exposed import is_exposed_attribute
from ti2py.runtime.js.values import JSArray, JSObject, SIDE_TABLE
from ti2py.runtime.ti import catalog
from ti2py.runtime.ti.proxy import Proxy
from ti2py.transpiler import convert

# One of every kind of object the runtime gives converted code, reachable as Ti.App.probe[key].
PROBE = """
var win = Ti.UI.createWindow({title: 'Main'});
var view = Ti.UI.createView();
var label = Ti.UI.createLabel({text: 'hello'});
var button = Ti.UI.createButton({title: 'Go'});
button.addEventListener('click', function () { Ti.API.info('clicked Go'); });
var section = Ti.UI.createTableViewSection({headerTitle: 'S'});
var row = Ti.UI.createTableViewRow({title: 'Row 1'});
section.add(row);
var table = Ti.UI.createTableView({data: [section]});
table.addEventListener('click', function (e) { Ti.API.info('row ' + e.index + ' ' + e.row.title); });
var listSection = Ti.UI.createListSection({items: [{properties: {title: 'Item 1'}}]});
var list = Ti.UI.createListView({sections: [listSection]});
list.addEventListener('itemclick', function (e) { Ti.API.info('item ' + e.itemIndex); });
var field = Ti.UI.createTextField({hintText: 'Name'});
field.addEventListener('return', function (e) { Ti.API.info('typed ' + e.value); });
var area = Ti.UI.createTextArea({hintText: 'Notes'});
var search = Ti.UI.createSearchBar({hintText: 'Find'});
var sw = Ti.UI.createSwitch({value: false, title: 'Toggle'});
sw.addEventListener('change', function (e) { Ti.API.info('switch ' + e.value); });
var slider = Ti.UI.createSlider({min: 0, max: 1});
var scroll = Ti.UI.createScrollView();
var pages = Ti.UI.createScrollableView({views: [Ti.UI.createView()]});
var web = Ti.UI.createWebView({html: '<b>x</b>'});
var bar = Ti.UI.createProgressBar({value: 0});
var spinner = Ti.UI.createActivityIndicator();
var image = Ti.UI.createImageView();
var picker = Ti.UI.createPicker();
[view, label, button, table, list, field, area, search, sw, slider, scroll, pages, web, bar, spinner, image,
 picker].forEach(function (v) { win.add(v); });
var alert = Ti.UI.createAlertDialog({title: 'A', buttonNames: ['Yes', 'No']});
alert.addEventListener('click', function (e) { Ti.API.info('alert ' + e.index); });
var options = Ti.UI.createOptionDialog({options: ['One', 'Two']});
var tabWin = Ti.UI.createWindow({title: 'Tab window'});
var tab = Ti.UI.createTab({title: 'Tab', window: tabWin});
var tabs = Ti.UI.createTabGroup({tabs: [tab]});
var navRoot = Ti.UI.createWindow({title: 'Nav root'});
var nav = Ti.UI.createNavigationWindow({window: navRoot});
var note = Ti.App.iOS.scheduleLocalNotification({alertBody: 'x', date: new Date(Date.now() + 600000)});
var file = Ti.Filesystem.getFile(Ti.Filesystem.applicationDataDirectory, 'probe.txt');
file.write('probe');
var blob = file.read();
var http = Ti.Network.createHTTPClient();
var db = Ti.Database.open('probe');
db.execute('CREATE TABLE IF NOT EXISTS t (a)');
var rows = db.execute('SELECT 1 AS a');
var doc = Ti.XML.parseString('<a b="1">t<!--c--></a>');
var element = doc.documentElement;
var nodes = element.childNodes;
var buffer = Ti.createBuffer({length: 2});
var sound = Ti.Media.createSound({url: 'x.mp3'});
var player = Ti.Media.createAudioPlayer({url: 'x.mp3'});
var urlSession = require('com.appcelerator.urlSession');
var config = urlSession.createSessionConfiguration({identifier: 'probe'});
var session = urlSession.createSession({configuration: config});
var cloud = require('ti.cloud');
var fn = function () { return 1; };
var probe = {
  Ti: Ti, App: Ti.App, iOS: Ti.App.iOS, Properties: Ti.App.Properties, API: Ti.API, UI: Ti.UI,
  Filesystem: Ti.Filesystem, Network: Ti.Network, Database: Ti.Database, XML: Ti.XML, Codec: Ti.Codec,
  Platform: Ti.Platform, Locale: Ti.Locale, Utils: Ti.Utils, Geolocation: Ti.Geolocation, Gesture: Ti.Gesture,
  Media: Ti.Media, Contacts: Ti.Contacts, NotificationCenter: Ti.App.iOS.UserNotificationCenter,
  win: win, view: view, label: label, button: button, section: section, row: row, table: table,
  listSection: listSection, list: list, field: field, area: area, search: search, sw: sw, slider: slider,
  scroll: scroll, pages: pages, web: web, bar: bar, spinner: spinner, image: image, picker: picker,
  alert: alert, options: options, tab: tab, tabWin: tabWin, tabs: tabs, nav: nav, navRoot: navRoot, note: note,
  file: file, blob: blob, http: http, db: db, rows: rows, doc: doc, element: element,
  attr: element.getAttributeNode('b'), nodes: nodes, text: nodes.item(0), comment: nodes.item(1),
  buffer: buffer, sound: sound, player: player, urlSession: urlSession, config: config, session: session,
  cloud: cloud, push: cloud.PushNotifications, users: cloud.Users, objects: cloud.Objects, require: require, fn: fn
};
Ti.App.probe = probe;
win.open(); tabs.open(); nav.open(); bar.show(); sound.play();
note.cancel();  // (a pending notification would keep the run going for ten minutes)
"""

# What every JS object inherits (ECMA-262 Object.prototype, and Function.prototype for functions):
# such a name reads as the inherited member, not undefined, on a device as here.
OBJECT_PROTOTYPE = {"constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
                    "toString", "valueOf", "__proto__", "__defineGetter__", "__defineSetter__",
                    "__lookupGetter__", "__lookupSetter__"}
FUNCTION_PROTOTYPE = {"apply", "bind", "call", "length", "name", "arguments", "caller"}
ARRAY_METHODS = {"at", "concat", "copyWithin", "entries", "every", "fill", "filter", "find", "findIndex", "findLast",
                 "findLastIndex", "flat", "flatMap", "forEach", "includes", "indexOf", "join", "keys",
                 "lastIndexOf", "length", "map", "pop", "push", "reduce", "reduceRight", "reverse", "shift", "slice",
                 "some", "sort", "splice", "toString", "unshift", "values", "toReversed", "toSorted", "toSpliced",
                 "with", "toLocaleString"}

# The runtime's driver helpers and state as they were named before they left the JS namespace:
# none may come back as a public member of a Ti class.
OLD_DRIVER_NAMES = {
    "labels", "screen", "button_names", "tap_button", "tap_row", "tap_index", "tap_item", "type_text", "history",
    "shown", "opened", "focused", "focus_again", "top_window", "group", "front", "dialogs", "windows", "tab_groups",
    "pending_handlers", "expired_handlers", "fetch_interval", "notifications", "delivered", "pending_notifications",
    "begin_handler", "fire", "describe", "opened_urls", "move_to", "turn_to", "authorize", "rotate", "shake", "pick",
    "picking", "sounds", "finish", "tasks", "valid", "sessions", "reattach", "stand_in", "next_due", "properties",
    "listeners", "find", "walk", "tap", "bytes", "push_callback",
}
# ...except where the name is the Titanium property of that class.
TITANIUM_PROPERTIES = {("Ti.UI.ScrollableView", "views"), ("Ti.XML.NodeList", "find")}


def _load(tmp_path: Path, source: str) -> App:
    result = convert(source, "probe.js")
    assert result.code is not None, result.diagnostics.render()
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "probe.py").write_text(result.code)
    app = App("probe", data_dir=tmp_path / "data", out=None)
    app.load(tmp_path / "probe.py")
    assert app.run_until_idle(10)
    assert not app.log_lines("ERROR"), app.log_lines("ERROR")
    return app


def _api(obj: Any) -> set[str]:
    """The JS properties of ``obj``: its class's Ti API and the JS properties set on it (props it
    was created with, or that the runtime sets as a device does, such as ``readyState``)."""
    cls = type(obj)
    if isinstance(obj, JSArray):
        return ARRAY_METHODS | ({*catalog.api_members(cls)[0], *catalog.api_members(cls)[1]} if hasattr(cls, "js_class") else set())
    names = {k for k in getattr(obj, "__dict__", {}) if is_exposed_attribute(k)}
    if isinstance(obj, Proxy):
        methods, values = catalog.api_members(cls)
        names |= methods | values
    return names


def _internal_names(obj: Any) -> list[str]:
    """Every Python attribute of ``obj`` that is not one of its JS properties."""
    attributes = set(dir(obj)) | set(getattr(obj, "__dict__", {}))
    return sorted(attributes - _api(obj) - {SIDE_TABLE})


def _inherited(obj: Any, name: str) -> str:
    """typeof what a JS object like ``obj`` inherits under ``name`` ('undefined' if nothing)."""
    if name == "__proto__":
        return "object"
    inherited = OBJECT_PROTOTYPE | (FUNCTION_PROTOTYPE if callable(obj) and not isinstance(obj, Proxy) else set())
    if isinstance(obj, JSArray):
        inherited |= ARRAY_METHODS
    if name in {"length"} and callable(obj):
        return "number"
    if name in {"name"} and callable(obj):
        return "string"
    return "function" if name in inherited else "undefined"


def _enumerate(tmp_path: Path) -> tuple[App, dict[str, list[str]]]:
    app = _load(tmp_path, PROBE)
    probe = app.Ti.App.probe
    assert isinstance(probe, JSObject)
    return app, {key: _internal_names(probe[key]) for key in probe}


def test_every_python_attribute_that_is_not_js_api_reads_as_undefined_from_js(tmp_path: Path) -> None:
    app, internal = _enumerate(tmp_path / "enumerate")
    probe = app.Ti.App.probe
    # The enumeration finds the driver's helpers (so it would find a public one too).
    assert {"js_labels", "js_tap", "_app", "__class__", "__dict__"} <= set(internal["button"])
    assert {"js_tap_row", "_all_rows"} <= set(internal["table"]) and "js_type_text" in internal["field"]
    assert {"js_is_shown", "js_history"} <= set(internal["bar"]) and "js_screen" in internal["UI"]
    assert {"_tasks", "_valid", "_reattach"} <= set(internal["session"]) and "__globals__" in internal["fn"]
    assert sum(map(len, internal.values())) > 2500

    static = sorted({name for names in internal.values() for name in names if name.isidentifier()
                     and is_exposed_attribute(name)})
    checks = f"""
var internal = {json.dumps(internal)};
var wrong = [];
Object.keys(internal).forEach(function (key) {{
  var obj = probe[key];
  internal[key].forEach(function (name) {{
    var seen = typeof obj[name] + ' ' + (name in obj) + ' ' + Object.prototype.hasOwnProperty.call(obj, name);
    wrong.push(key + '.' + name + '=' + seen);
  }});
}});
Ti.API.info('READS ' + JSON.stringify(wrong));
"""
    # Names that are Python attributes from JS's side (plain identifiers) are read statically too,
    # as `obj.name` in the source, which the translator writes as an attribute read.
    checks += "".join(f"Ti.API.info('STATIC {key}.{name}=' + typeof probe.{key}.{name});\n"
                      for key, names in internal.items() for name in names if name in static)
    (tmp_path / "app.js").write_text(PROBE + checks)
    done = ti2py("run", str(tmp_path / "app.js"), "--data-dir", str(tmp_path / "data"), "--plain", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    [reads] = [json.loads(line.split("READS ", 1)[1]) for line in lines if "READS " in line]
    expected = []
    for key, names in internal.items():
        for name in names:
            inherited = _inherited(probe[key], name)
            expected.append(f"{key}.{name}={inherited} {str(inherited != 'undefined').lower()} false")
    assert [r for r, e in zip(reads, expected) if r != e] == []
    assert len(reads) == len(expected)
    static_lines = [line.split("STATIC ", 1)[1] for line in lines if "STATIC " in line]
    assert all(line.endswith(("=undefined", "=function", "=object")) for line in static_lines), static_lines
    for line in static_lines:
        key, rest = line.split(".", 1)
        name, seen = rest.split("=")
        assert seen == _inherited(probe[key], name), line


def _attributes(obj: Any) -> dict[str, int]:
    """The Python attributes of ``obj`` the runtime reads (its instance dict, but for the side
    table of the app's own JS properties), by the identity of their values."""
    attributes = getattr(obj, "__dict__", None)
    if type(attributes) is not dict:
        return {}
    return {k: id(v) for k, v in attributes.items() if k not in (SIDE_TABLE, "_js_attributes")}


def _writes(internal: dict[str, list[str]]) -> str:
    return f"""
var internal = {json.dumps(internal)};
Ti.App.clobber = function () {{
  var kept = [];
  Object.keys(internal).forEach(function (key) {{
    var obj = probe[key];
    internal[key].forEach(function (name) {{
      try {{ obj[name] = 'clobbered'; }} catch (e) {{ Ti.API.info('write threw ' + key + '.' + name + ' ' + e); }}
      if (obj[name] !== 'clobbered' && name !== '__proto__') {{ kept.push(key + '.' + name); }}
    }});
  }});
  Ti.API.info('wrote, not kept: ' + JSON.stringify(kept));
}};
"""


def test_js_writes_to_runtime_internals_are_app_data_and_change_nothing_the_runtime_uses(tmp_path: Path) -> None:
    _, internal = _enumerate(tmp_path / "enumerate")
    app = _load(tmp_path, PROBE + _writes(internal))
    probe = app.Ti.App.probe
    before = {key: _attributes(probe[key]) for key in probe}
    app.call(app.Ti.App.clobber)
    assert app.run_until_idle(10)
    # Functions keep only what JS cannot write (their arity, name); everything else reads back.
    assert app.log_lines("INFO")[-1] == "[INFO] wrote, not kept: []", app.log_lines("INFO")[-1]
    after = {key: _attributes(probe[key]) for key in probe}
    assert {k: v for k, v in after.items() if v != before[k]} == {}
    # The app behaves as before, driven as a user would.
    bar, spinner, alert = probe["bar"], probe["spinner"], probe["alert"]
    assert app.inspect(bar).shown and app.inspect(bar).history == (0,) and not app.inspect(spinner).shown
    assert app.inspect(probe["win"]).opened and "Go" in app.inspect(probe["button"]).labels
    app.tap("Go")
    app.tap("Row 1")
    app.tap("Item 1")
    app.tap("Toggle")
    app.type("Name", "Ada")
    app.call(alert.show)
    assert app.run_until_idle(5) and app.inspect(alert).shown and app.screen()[0] is alert
    app.tap("No")
    probe["bar"].value = 0.5
    assert app.run_until_idle(5)
    assert app.inspect(bar).history == (0, 0.5) and not app.inspect(alert).shown
    assert app.log_lines("INFO")[-6:] == ["[INFO] clicked Go", "[INFO] row 0 Row 1", "[INFO] item 0",
                                          "[INFO] switch true", "[INFO] typed Ada", "[INFO] alert 1"]
    assert app.sounds() == [probe["sound"], probe["player"]] and probe["sound"].playing
    assert not app.log_lines("ERROR")


def test_the_cli_drives_an_app_whose_js_wrote_over_every_runtime_internal(tmp_path: Path) -> None:
    _, internal = _enumerate(tmp_path / "enumerate")
    source = PROBE + _writes(internal) + "Ti.App.clobber();\n"
    (tmp_path / "app.js").write_text(source)
    shutil.rmtree(tmp_path / "data", ignore_errors=True)
    done = ti2py("run", str(tmp_path / "app.js"), "--data-dir", str(tmp_path / "data"), "--plain",
                 "--tap", "Go", "--tap", "Row 1", "--type", "Name=Ada", "--tap", "Toggle", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    info = [line for line in done.stdout.splitlines() if line.startswith("[INFO]")]
    assert info == ["[INFO] wrote, not kept: []", "[INFO] clicked Go", "[INFO] row 0 Row 1", "[INFO] typed Ada",
                    "[INFO] switch true"], done.stdout
    assert "[ERROR]" not in done.stdout


TITANIUM_NAME = re.compile(r"^(?:[a-z][a-zA-Z0-9]*|[A-Z][a-zA-Z0-9]*|[A-Z][A-Z0-9_]*)$")


def _not_titanium(js_class: str, names: set[str]) -> list[str]:
    return [f"{js_class}.{name}" for name in sorted(names) if not TITANIUM_NAME.match(name)
            or (name in OLD_DRIVER_NAMES and (js_class, name) not in TITANIUM_PROPERTIES)]


def test_every_public_member_of_a_ti_class_is_js_api() -> None:
    """The runtime's side of a Ti object has a leading underscore; a public member is JS API,
    named as Titanium names its API (camelCase or CONSTANT_CASE) and none of the driver's names."""
    wrong = []
    for cls in catalog.ti_classes():
        methods, values = catalog.api_members(cls)
        wrong += _not_titanium(cls.js_class, set(methods | values))
    assert wrong == []


def test_the_runtime_sets_no_public_attribute_but_titanium_properties(tmp_path: Path) -> None:
    """The public attributes of each object that neither its class nor the app defined (the
    properties the runtime sets, as a device does: ``readyState``, ``visible``, ``currentTab``)
    are Titanium's too."""
    app = _load(tmp_path, PROBE)
    probe = app.Ti.App.probe
    given = {"title", "text", "headerTitle", "hintText", "value", "min", "max", "html", "buttonNames", "options",
             "window", "url", "probe"}  # (what PROBE passes to create* or sets)
    wrong = []
    for key in probe:
        obj = app.Ti if key == "Ti" else probe[key]  # (JS's `Ti` is the running app's, found when it runs)
        instance = {k for k in getattr(obj, "__dict__", {}) if is_exposed_attribute(k)} - given
        wrong += _not_titanium(getattr(obj, "js_class", type(obj).__name__), instance)
    assert wrong == []


# One of every kind of JS value the value model makes, as the translator writes them.
VALUES = """
function* gen() { yield 1; }
class Point { constructor(x) { this.x = x; } norm() { return this.x; } }
var parsed = JSON.parse('{"s": "abc", "n": 5, "f": 1.5, "b": true}');
var values = {
  object: {a: 1}, array: [1, 2], string: 'abc', integer: 5, float: 1.5, boolean: true, nothing: null,
  parsedString: parsed.s, parsedInteger: parsed.n, parsedFloat: parsed.f, parsedBoolean: parsed.b,
  fn: function (a, b) { return a; }, arrow: (a) => a, bound: function () {}.bind(null), klass: Point,
  instance: new Point(1), date: new Date(0), map: new Map([[1, 2]]), set: new Set([1]), error: new Error('x'),
  typeError: new TypeError('t'), regexp: /x/g, promise: Promise.resolve(1), generator: gen(),
  json: JSON, math: Math, objectCtor: Object, arrayCtor: Array, stringCtor: String, numberCtor: Number,
  promiseCtor: Promise, dateCtor: Date, errorCtor: Error, mapCtor: Map, setCtor: Set, regexpCtor: RegExp,
  typeErrorCtor: TypeError, weakMapCtor: WeakMap, booleanCtor: Boolean, functionCtor: Function,
  global: globalThis, args: (function () { return arguments; })(1, 2), require: require,
  tiFunction: Ti.API.info, unmodelledMethod: Ti.UI.createPicker().anything
};
Ti.App.values = values;
"""
# What a JS read may never give: Python's own objects (a builtin method of str/int/float/bool, a
# tuple of exception arguments, bytes, a property or slot descriptor of a class, a module...).
NOT_JS = (types.BuiltinMethodType, types.MethodWrapperType, types.WrapperDescriptorType, types.MethodDescriptorType,
          types.GetSetDescriptorType, types.MemberDescriptorType, property, classmethod, staticmethod, tuple, bytes,
          bytearray, set, frozenset, types.ModuleType, types.CodeType, types.FrameType, types.CellType)


def _python_names(value: Any) -> list[str]:
    names = set(dir(type(value)))
    attributes = getattr(type(value), "__dict__", {}).get("__dict__") and object.__getattribute__(value, "__dict__") \
        if not isinstance(value, type) else vars(value)
    names |= {k for k in (attributes or {}) if isinstance(k, str)}
    return sorted(names - {SIDE_TABLE})


def test_js_values_never_read_as_python_objects(tmp_path: Path) -> None:
    """Every Python attribute name of every kind of JS value, read from JS as ``v[name]`` and as
    ``v.name``: the read gives a JS value (often undefined), never one of Python's objects; in
    particular ``s.format`` of a string is no longer Python's str.format (which read interpreter
    state through ``"{0.__globals__}"``) and ``e.args`` no longer Python's exception arguments."""
    app = _load(tmp_path / "enumerate", VALUES)
    values = app.Ti.App.values
    names = {key: _python_names(values[key]) for key in values}
    assert {"format", "upper", "encode"} <= set(names["parsedString"]) and "to_bytes" in names["parsedBoolean"]
    assert "args" in names["error"] and "with_traceback" in names["error"] and "__globals__" in names["fn"]
    reads = "var reads = [];\n" + "".join(
        f"try {{ reads.push([{json.dumps(key)}, {json.dumps(name)}, values.{key}[{json.dumps(name)}]]); }} catch (e) {{}}\n"
        + (f"try {{ reads.push([{json.dumps(key)}, '.{name}', values.{key}.{name}]); }} catch (e) {{}}\n"
           if name.isidentifier() and is_exposed_attribute(name) else "")
        for key, listed in names.items() for name in listed) + "Ti.App.reads = reads;\n"
    app = _load(tmp_path / "reads", VALUES + reads)
    found = app.Ti.App.reads
    assert len(found) > 2000
    python = [f"{key}{'' if name.startswith('.') else '.'}{name}: {type(value).__name__}" for key, name, value in found
              if isinstance(value, NOT_JS) or (isinstance(value, (list, dict)) and not isinstance(value, (JSArray, JSObject)))]
    assert python == []


def test_python_methods_of_strings_numbers_and_errors_are_not_reachable_through_the_cli(tmp_path: Path) -> None:
    source = """
var data = JSON.parse('{"s": "{0.__globals__[__builtins__]}", "n": 7, "b": true}');
var f = function () {};
var s = data.s, n = data.n, b = data.b, e = new Error('x');
var tries = [function () { return s.format(f); }, function () { return s.upper(); }, function () { return s.encode(); },
             function () { return n.to_bytes(2, 'big'); }, function () { return b.to_bytes(2, 'big'); },
             function () { return e.with_traceback(null); }, function () { return Error.stack.fget(e); }];
tries.forEach(function (t) { try { Ti.API.info('reached ' + t()); } catch (x) { Ti.API.info(x.name); } });
Ti.API.info([typeof s.format, typeof s.title, typeof n.real, typeof b.real, typeof e.args, typeof Error.args,
             typeof Map.size, typeof Date.constructor, typeof s.split, typeof [].join, s.length].join(' '));
e.args = 'mine';
Ti.API.info(e.args, typeof s.title, new Map([[1, 2]]).size);
"""
    (tmp_path / "app.js").write_text(source)
    done = ti2py("run", str(tmp_path / "app.js"), "--data-dir", str(tmp_path / "data"), "--plain", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    info = [line for line in done.stdout.splitlines() if line.startswith("[")]
    assert info == ["[INFO] TypeError"] * 7 + [
        "[INFO] undefined undefined undefined undefined undefined undefined undefined undefined function function 29",
        "[INFO] mine undefined 1",
    ], done.stdout
    assert "builtins" not in done.stdout


def test_a_listener_called_with_a_string_by_the_program_s_own_emitter_reaches_no_python_method(tmp_path: Path) -> None:
    """A function passed to ``addEventListener`` is typed as taking an event object, but its
    caller is whoever has that method: here the program's own, which passes a string.  Its
    parameter (and a variable given it) is no proven object, so ``e.format(f)`` is JS's."""
    source = """
var emitter = { addEventListener: function (name, listener) { listener('{0.__globals__[__builtins__]}'); } };
var f = function () {};
emitter.addEventListener('data', function (e) {
    var copy = e;
    [function () { return e.format(f); }, function () { return copy.format(f); }, function () { return e.upper(); }]
        .forEach(function (t) { try { Ti.API.info('reached ' + t()); } catch (x) { Ti.API.info(x.name); } });
    Ti.API.info([typeof e.format, typeof copy.title, typeof e.split].join(' '));
});
"""
    (tmp_path / "app.js").write_text(source)
    done = ti2py("run", str(tmp_path / "app.js"), "--data-dir", str(tmp_path / "data"), "--plain", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    info = [line for line in done.stdout.splitlines() if line.startswith("[")]
    assert info == ["[INFO] TypeError"] * 3 + ["[INFO] undefined undefined function"], done.stdout
    assert "builtins" not in done.stdout
