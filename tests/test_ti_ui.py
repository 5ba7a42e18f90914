"""Ti.UI's containers as a device runs them: JS apps converted, run and driven through the App API
(tap, type, back) and ``ti2py run --tap/--type/--back``; each checks the events' order and payloads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ti2py.runtime import App
from ti2py.transpiler import convert


def _app(tmp_path: Path, source: str) -> App:
    result = convert(source, "app.js")
    assert result.code is not None, result.diagnostics.render()
    path = tmp_path / "app.py"
    path.write_text(result.code)
    app = App("ui", data_dir=tmp_path / "data", out=None)
    app.load(path)
    assert app.run_until_idle(10)
    return app


def _info(app: App) -> list[str]:
    return [line.removeprefix("[INFO] ") for line in app.log_lines("INFO")]


TABS = """
function log(s) { Ti.API.info(s); }
var group = Ti.UI.createTabGroup();
['One', 'Two'].forEach(function (name) {
  var win = Ti.UI.createWindow({title: name + ' window'});
  ['open', 'focus', 'blur', 'close'].forEach(function (ev) { win.addEventListener(ev, function () { log(name + ' window ' + ev); }); });
  var tab = Ti.UI.createTab({title: name, window: win});
  tab.addEventListener('focus', function (e) { log(name + ' tab focus ' + e.index + ' ' + e.previousIndex); });
  tab.addEventListener('blur', function (e) { log(name + ' tab blur ' + e.index + ' ' + e.previousIndex); });
  var more = Ti.UI.createButton({title: 'More ' + name});
  more.addEventListener('click', function () {
    var detail = Ti.UI.createWindow({title: name + ' detail'});
    detail.addEventListener('open', function () { log(name + ' detail open ' + (Ti.UI.currentTab === tab)); });
    detail.addEventListener('close', function () { log(name + ' detail close'); });
    tab.open(detail);
  });
  win.add(more);
  group.addTab(tab);
});
group.addEventListener('open', function () { log('group open'); });
group.addEventListener('focus', function (e) {
  log('group focus ' + e.index + ' ' + e.previousIndex + ' ' + (e.tab === group.activeTab) + ' ' + (e.previousTab === undefined));
});
group.addEventListener('blur', function (e) { log('group blur ' + e.index); });
group.open();
"""


def test_tab_group_opens_focuses_and_switches_in_the_device_order(tmp_path: Path) -> None:
    app = _app(tmp_path, TABS)
    assert _info(app) == ["group open", "One window open", "One window focus", "One tab focus 0 -1",
                          "group focus 0 -1 true true"]
    app.logs.clear()
    app.tap("Two")  # the tab bar's second tab
    assert app.run_until_idle(5)
    assert _info(app) == ["One window blur", "One tab blur 1 0", "group blur 1", "Two window open",
                          "Two window focus", "Two tab focus 1 0", "group focus 1 0 true false"]
    app.logs.clear()
    app.tap("More Two")  # a window pushed on the tab: the root window loses focus
    assert app.run_until_idle(5)
    assert _info(app) == ["Two window blur", "Two detail open true"]
    with pytest.raises(LookupError, match="More One"):
        app.tap("More One")  # on the other tab: not on screen
    app.logs.clear()
    app.back()
    assert app.run_until_idle(5)
    assert _info(app) == ["Two detail close", "Two window focus"]
    with pytest.raises(LookupError, match="go back"):
        app.back()
    [group] = app.find_views("TabGroup")
    app.call(lambda: group.setActiveTab(0))
    assert app.run_until_idle(5)
    assert group.activeTab.title == "One" and _info(app)[-1] == "group focus 0 1 true false"


def test_navigation_window_pushes_and_pops(tmp_path: Path) -> None:
    app = _app(tmp_path, """
var root = Ti.UI.createWindow({title: 'Root'});
var nav = Ti.UI.createNavigationWindow({window: root});
var next = Ti.UI.createWindow({title: 'Next'});
[root, next].forEach(function (w) {
  ['open', 'focus', 'blur', 'close'].forEach(function (ev) { w.addEventListener(ev, function () { Ti.API.info(w.title + ' ' + ev); }); });
});
var b = Ti.UI.createButton({title: 'Go'});
b.addEventListener('click', function () { nav.openWindow(next); });
root.add(b);
var done = Ti.UI.createButton({title: 'Done'});
done.addEventListener('click', function () { nav.closeWindow(next); });
next.add(done);
nav.open();
""")
    app.tap("Go")
    assert app.run_until_idle(5)
    app.tap("Done")
    assert app.run_until_idle(5)
    assert _info(app) == ["Root open", "Root focus", "Root blur", "Next open", "Next focus",
                          "Next blur", "Next close", "Root focus"]


def test_table_rows_sections_and_the_click_payload(tmp_path: Path) -> None:
    app = _app(tmp_path, """
var win = Ti.UI.createWindow();
var fruit = Ti.UI.createTableViewSection({headerTitle: 'Fruit'});
fruit.add(Ti.UI.createTableViewRow({title: 'Apple'}));
var table = Ti.UI.createTableView({data: [fruit, {title: 'loose'}]});
table.setData([fruit, Ti.UI.createTableViewSection({headerTitle: 'Veg'})]);
table.appendRow({title: 'Carrot', price: 3});
table.insertRowBefore(1, {title: 'Bean'});
var row = Ti.UI.createTableViewRow({className: 'custom'});
var label = Ti.UI.createLabel({text: 'Pear (in a label)'});
row.add(label);
table.appendRow(row);
table.deleteRow(0);
table.appendRow({title: 'Gone'});
table.deleteRow(3);
label.addEventListener('click', function (e) { Ti.API.info('label first ' + (e.source === label)); });
row.addEventListener('click', function (e) { Ti.API.info('row sees it'); });
table.addEventListener('click', function (e) {
  Ti.API.info(['table', e.index, e.rowData.title, e.row === e.rowData, e.section.headerTitle, e.rowData.price,
               e.source === label, e.detail, e.searchMode].join(' '));
});
Ti.API.info('rows ' + table.data.length + ' ' + table.data[1].rowCount + ' ' + table.sections[1].rows[0].title);
win.add(table);
win.open();
""")
    assert _info(app) == ["rows 2 3 Bean"]
    app.tap("Carrot")
    assert app.run_until_idle(5)
    app.tap("Pear (in a label)")
    assert app.run_until_idle(5)
    assert _info(app)[1:] == ["table 1 Carrot true Veg 3 false false false", "label first true", "row sees it",
                              "table 2  true Veg  true false false"]


def test_a_listener_that_cancels_bubbling_stops_the_click(tmp_path: Path) -> None:
    app = _app(tmp_path, """
var win = Ti.UI.createWindow();
var box = Ti.UI.createView();
var b = Ti.UI.createButton({title: 'Tap'});
b.addEventListener('click', function (e) { Ti.API.info('button'); e.cancelBubble = true; });
box.addEventListener('click', function () { Ti.API.info('box'); });
box.add(b); win.add(box);
var other = Ti.UI.createButton({id: 'plain'});
other.addEventListener('click', function (e) { Ti.API.info('plain ' + e.bubbles); });
box.add(other);
win.open();
""")
    app.tap("Tap")
    app.tap("plain")  # by id
    assert app.run_until_idle(5)
    assert _info(app) == ["button", "plain true", "box"]


def test_list_view_itemclick(tmp_path: Path) -> None:
    app = _app(tmp_path, """
var win = Ti.UI.createWindow();
var section = Ti.UI.createListSection({headerTitle: 'A'});
section.setItems([{properties: {title: 'First', itemId: 'f'}}, {info: {text: 'Second'}, properties: {itemId: 's'}}]);
var other = Ti.UI.createListSection();
other.appendItems([{properties: {title: 'Third'}}]);
var list = Ti.UI.createListView({sections: [section]});
list.appendSection(other);
list.addEventListener('itemclick', function (e) {
  Ti.API.info([e.sectionIndex, e.itemIndex, e.itemId, e.bindId, e.section === list.sections[e.sectionIndex],
               e.accessoryClicked, e.section.getItemAt(e.itemIndex).properties.itemId].join(' '));
});
win.add(list);
win.open();
""")
    for text in ("Second", "Third", "f"):
        app.tap(text)
    assert app.run_until_idle(5)
    assert _info(app) == ["0 1 s  true false s", "1 0   true false ", "0 0 f  true false f"]


def test_dialog_buttons_give_index_and_cancel(tmp_path: Path) -> None:
    app = _app(tmp_path, """
var win = Ti.UI.createWindow();
var alertDialog = Ti.UI.createAlertDialog({title: 'Delete?', buttonNames: ['Delete', 'Keep'], cancel: 1});
alertDialog.addEventListener('click', function (e) { Ti.API.info('alert ' + e.index + ' ' + e.cancel); });
var plain = Ti.UI.createAlertDialog({message: 'Saved'});
plain.addEventListener('click', function (e) { Ti.API.info('plain ' + e.index + ' ' + e.cancel); });
var options = Ti.UI.createOptionDialog({options: ['Photo', 'Remove', 'Cancel'], destructive: 1, cancel: 2});
options.addEventListener('click', function (e) { Ti.API.info('options ' + e.index + ' ' + e.cancel + ' ' + e.destructive); });
var b = Ti.UI.createButton({title: 'Ask'});
b.addEventListener('click', function () { alertDialog.show(); });
win.add(b);
win.open();
""")
    with pytest.raises(LookupError):
        app.tap("Keep")  # not shown yet
    app.tap("Ask")
    assert app.run_until_idle(5)
    app.tap("Keep")
    assert app.run_until_idle(5)
    plain = app.find_views("AlertDialog")[1]
    [options] = app.find_views("OptionDialog")
    app.call(plain.show)
    app.call(options.show)
    assert app.run_until_idle(5)
    app.tap("Remove")  # the newest dialog is in front
    app.tap("OK")  # an alert without buttonNames has iOS's one OK button
    assert app.run_until_idle(5)
    assert _info(app) == ["alert 1 1", "options 1 2 1", "plain 0 -1"]
    assert not any(app.inspect(d).shown for d in app.find_views("AlertDialog") + [options])


def test_typing_into_fields_fires_focus_change_and_return(tmp_path: Path) -> None:
    app = _app(tmp_path, """
var win = Ti.UI.createWindow();
var name = Ti.UI.createTextField({id: 'name', hintText: 'Your name', value: 'A'});
['focus', 'change', 'return', 'blur'].forEach(function (ev) {
  name.addEventListener(ev, function (e) { Ti.API.info(ev + ' ' + e.value); if (ev === 'return') { name.blur(); } });
});
var notes = Ti.UI.createTextArea({hintText: 'Notes'});
notes.addEventListener('change', function (e) { Ti.API.info('notes ' + e.value + ' ' + notes.value); });
var host = Ti.UI.createTextField({hintText: 'Host'});
host.value = Ti.App.Properties.getString('never-set');  // null: the field shows nothing
Ti.API.info('host ' + host.value + ' ' + host.hasText());
host.addEventListener('change', function (e) { Ti.API.info('host ' + e.value + ' ' + host.hasText()); });
win.add(name); win.add(notes); win.add(host);
win.open();
""")
    app.type("Your name", "bc")
    assert app.run_until_idle(5)
    app.type("Notes", "x", submit=False)
    app.type("Host", "h", submit=False)
    assert app.run_until_idle(5)
    assert _info(app) == ["host null false", "focus A", "change Ab", "change Abc", "return Abc", "blur Abc",
                          "notes x x", "host h true"]
    with pytest.raises(LookupError, match="'Your name', 'Notes', 'Host'"):
        app.type("Age", "3")


def test_web_view_scroll_view_and_activity_indicator(tmp_path: Path) -> None:
    app = _app(tmp_path, """
var win = Ti.UI.createWindow();
var web = Ti.UI.createWebView({url: 'https://example.com/'});
web.addEventListener('beforeload', function (e) { Ti.API.info('beforeload ' + e.url); });
web.addEventListener('load', function (e) { Ti.API.info('load ' + e.url); });
var scroll = Ti.UI.createScrollView();
scroll.addEventListener('scroll', function (e) { Ti.API.info('scroll ' + e.x + ',' + e.y + ' ' + scroll.contentOffset.y); });
var spinner = Ti.UI.createActivityIndicator({message: 'Loading'});
win.add(web); win.add(scroll); win.add(spinner);
win.addEventListener('open', function () { spinner.show(); scroll.scrollTo(0, 40); web.html = '<b>hi</b>'; });
win.open();
""")
    assert _info(app) == ["beforeload https://example.com/", "load https://example.com/", "scroll 0,40 40",
                          "beforeload about:blank", "load about:blank"]
    [spinner] = app.find_views("ActivityIndicator")
    assert app.inspect(spinner).shown


def test_cli_types_taps_and_goes_back(tmp_path: Path) -> None:
    source = tmp_path / "app.js"
    source.write_text("""
var win = Ti.UI.createWindow({title: 'Form'});
var field = Ti.UI.createTextField({id: 'city'});
field.addEventListener('return', function (e) { Ti.API.info('city ' + e.value); });
var go = Ti.UI.createButton({title: 'Next'});
var nav = Ti.UI.createNavigationWindow({window: win});
go.addEventListener('click', function () {
  var next = Ti.UI.createWindow({title: 'Second'});
  next.addEventListener('close', function () { Ti.API.info('back from second'); });
  nav.openWindow(next);
});
win.add(field); win.add(go);
nav.open();
""")
    run = subprocess.run([sys.executable, "-m", "ti2py.transpiler.cli", "run", str(source), "--type", "city=Oslo", "--tap", "Next",
                          "--back", "--tap", "Nowhere", "--data-dir", str(tmp_path / "data")],
                         capture_output=True, text=True, timeout=120)
    assert run.stdout.splitlines() == ["[INFO] city Oslo", "[INFO] back from second"]
    assert run.returncode == 2
    assert "nothing to tap titled 'Nowhere' (on screen: 'Form', 'city', 'Next')" in run.stderr
