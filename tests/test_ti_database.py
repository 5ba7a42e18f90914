"""Ti.Database: translated JS programs on a real sqlite file in the app's data folder."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cli import ti2py
from conftest import run_translated
from ti2py.runtime import App

PEOPLE = """
var db = Ti.Database.open('people');
db.execute('CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, name TEXT, score REAL, age INTEGER, note TEXT, pic BLOB)');
db.execute('DELETE FROM people');
var made = db.execute('INSERT INTO people (name, score, age, note) VALUES (?, ?, ?, ?)', 'Arthur', 1.5, 42, null);
Ti.API.info('insert gives ' + typeof made + ', last id ' + db.lastInsertRowId + ', rows affected ' + db.rowsAffected);
db.execute('INSERT INTO people (name, score, age) VALUES (?, ?, ?)', ['Paul', 2, 7]);
db.execute('INSERT INTO people (name, score, age, pic) VALUES (?, ?, ?, ?)', 'Zoë', -0.25, 3, Ti.Utils.base64decode('AAEC'));
db.execute('UPDATE people SET age = age + 1 WHERE age < ?', 10);
Ti.API.info('updated ' + db.rowsAffected + ', last id ' + db.getLastInsertRowId());
var rows = db.execute('SELECT id, name, score, age, note, pic FROM people ORDER BY id');
Ti.API.info('rows ' + rows.rowCount + ' ' + rows.getRowCount() + ', fields ' + rows.fieldCount + ' ' + rows.fieldCount() + ', valid ' + rows.validRow);
var names = [];
for (var i = 0; i < rows.fieldCount; i++) { names.push(rows.fieldName(i)); }
Ti.API.info('columns ' + names.join(','));
while (rows.isValidRow()) {
  var pic = rows.fieldByName('PIC');
  Ti.API.info(rows.field(0) + ' ' + rows.fieldByName('name') + ' ' + rows.field(2) + ' ' + (typeof rows.field(3)) + ' '
    + rows.fieldByName('Age') + ' ' + (rows.field(4) === null) + ' ' + (pic === null ? 'no pic' : pic.length + ' bytes'));
  rows.next();
}
Ti.API.info('after the last row: valid ' + rows.validRow + ', next ' + rows.next() + ', rowCount ' + rows.rowCount + ', field ' + rows.field(0));
rows.close();
var typed = db.execute('SELECT score, age FROM people WHERE id = 1');
Ti.API.info('as int ' + typed.field(0, Ti.Database.FIELD_TYPE_INT) + ', as string ' + typed.fieldByName('age', Ti.Database.FIELD_TYPE_STRING)
  + ', as double ' + typed.field(1, Ti.Database.FIELD_TYPE_DOUBLE));
try { typed.fieldByName('missing'); } catch (e) { Ti.API.info('missing column: ' + e.message); }
try { db.execute('SELEC * FROM people'); } catch (e) { Ti.API.info('bad sql: ' + e.message + ' | ' + e.nativeReason); }
try { db.execute('INSERT INTO nowhere VALUES (?)', 1); } catch (e) { Ti.API.info('bad table: ' + e.message); }
var count = db.execute('SELECT COUNT(*) AS n FROM people');
Ti.API.info('count ' + count.fieldByName('n') + ', name ' + db.name + ', file ' + db.file.name);
db.close();
Ti.API.info('closed set after db.close: valid ' + typed.isValidRow() + ', fields ' + typed.fieldCount);
try { db.execute('SELECT 1'); } catch (e) { Ti.API.info('closed db: ' + e.message); }
"""


def test_crud_with_bindings_and_the_result_set(tmp_path: Path) -> None:
    log = run_translated(tmp_path, PEOPLE)
    assert log == [
        "insert gives undefined, last id 1, rows affected 1",
        "updated 2, last id 3",
        "rows 3 3, fields 6 6, valid true",
        "columns id,name,score,age,note,pic",
        "1 Arthur 1.5 number 42 true no pic",
        "2 Paul 2 number 8 true no pic",
        "3 Zoë -0.25 number 4 true 3 bytes",
        "after the last row: valid false, next false, rowCount 0, field undefined",
        "as int 1, as string 42, as double 42",
        "missing column: Attempted to access unknown result column missing",
        'bad sql: failed to execute SQL statement: near "SELEC": syntax error | near "SELEC": syntax error',
        "bad table: failed to execute SQL statement: no such table: nowhere",
        "count 3, name people, file people.sql",
        "closed set after db.close: valid false, fields 0",
        "closed db: failed to execute SQL statement: database has been closed",
    ]
    stored = tmp_path / "data" / "Library" / "Private Documents" / "people.sql"
    with sqlite3.connect(stored) as check:
        assert check.execute("SELECT name, age, pic FROM people ORDER BY id").fetchall() == [
            ("Arthur", 42, None), ("Paul", 8, None), ("Zoë", 4, b"\x00\x01\x02")]


def test_data_persists_across_two_runs_of_the_app(tmp_path: Path) -> None:
    program = """
var db = Ti.Database.open('notes');
db.execute('CREATE TABLE IF NOT EXISTS notes (body TEXT)');
var before = db.execute('SELECT COUNT(*) FROM notes');
Ti.API.info('notes before: ' + before.field(0));
db.execute('INSERT INTO notes VALUES (?)', 'run at start-up');
db.close();
"""
    assert run_translated(tmp_path, program) == ["notes before: 0"]
    assert run_translated(tmp_path, program) == ["notes before: 1"]
    assert (tmp_path / "data" / "Library" / "Private Documents" / "notes.sql").is_file()


def test_async_execute_remove_and_paths(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
var db = Ti.Database.open(Ti.Filesystem.applicationDataDirectory + 'mine');
Ti.API.info('file in Documents: ' + (db.file.nativePath === Ti.Filesystem.applicationDataDirectory + 'mine.sql'));
db.execute('CREATE TABLE t (x)');
var results = db.executeAll(['INSERT INTO t VALUES (1)', 'INSERT INTO t VALUES (2)', 'SELECT SUM(x) FROM t']);
Ti.API.info('executeAll: ' + results.length + ' ' + results[0] + ' ' + results[2].field(0));
try { db.executeAll(['SELECT 1', 'NOPE']); } catch (e) { Ti.API.info('executeAll failed at ' + e.index + ' after ' + e.results.length + ': ' + e.message); }
try { db.executeAsync('SELECT 1'); } catch (e) { Ti.API.info(e.message); }
db.executeAsync('SELECT x FROM t WHERE x > ?', 1, function (error, rs) {
  Ti.API.info('async: ' + error + ' ' + rs.field(0));
  db.remove();
  Ti.API.info('removed: ' + db.file.exists());
});
Ti.API.info('queued');
""")
    assert log == ["file in Documents: true", "executeAll: 3 null 3",
                   "executeAll failed at 1 after 1: failed to execute SQL statements: near \"NOPE\": syntax error",
                   "callback function must be supplied", "queued",
                   "async: undefined 2", "removed: false"]


def test_install_copies_the_projects_database_once(tmp_path: Path) -> None:
    project = tmp_path / "quotes"
    (project / "Resources" / "db").mkdir(parents=True)
    (project / "tiapp.xml").write_text("<ti:app xmlns:ti='http://ti.appcelerator.org'><id>com.example.quotes</id>"
                                       "<name>Quotes</name></ti:app>")
    with sqlite3.connect(project / "Resources" / "db" / "seed.sqlite") as seed:
        seed.execute("CREATE TABLE tips (title TEXT, body TEXT)")
        seed.executemany("INSERT INTO tips VALUES (?, ?)", [("FOO", "first"), ("BAR", "second")])
    (project / "Resources" / "app.js").write_text("""
var db = Ti.Database.install('/db/seed.sqlite', 'quotes');
var rows = db.execute('SELECT title, body FROM tips ORDER BY rowid');
while (rows.isValidRow()) {
  Ti.API.info(rows.fieldByName('title') + ': ' + rows.field(1));
  rows.next();
}
db.execute('UPDATE tips SET title = ? WHERE title = ?', 'UPDATED', 'FOO');
db.close();
try { Ti.Database.install('db/missing.sqlite', 'other'); } catch (e) { Ti.API.info('missing: ' + e.message); }
""")
    out = tmp_path / "quotes_py"
    done = ti2py("convert", str(project), "-o", str(out))
    assert done.returncode == 0, done.stderr

    def run() -> list[str]:
        app = App("quotes", data_dir=tmp_path / "data", out=None)
        shipped = Path(app.Ti.Filesystem.getFile("db/seed.sqlite").nativePath)
        if not shipped.exists():  # the database as the app's Resources carry it on a device
            shipped.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(project / "Resources" / "db" / "seed.sqlite", shipped)
        app.load(out / "app.py")
        assert app.run_until_idle(20)
        return [line.removeprefix("[INFO] ") for line in app.log_lines()]

    missing = "missing: invalid database install path: db/missing.sqlite"
    assert run() == ["FOO: first", "BAR: second", missing]
    # The second start finds the installed copy (with the first run's change), not the seed.
    assert run() == ["UPDATED: first", "BAR: second", missing]
    with sqlite3.connect(project / "Resources" / "db" / "seed.sqlite") as seed:
        assert seed.execute("SELECT title FROM tips ORDER BY rowid").fetchall() == [("FOO",), ("BAR",)]


GTD_DB = Path(__file__).resolve().parent.parent.parent / "shared" / "realapps" / "GTD" / "Resources" / "database" / "tasksDB.js"


@pytest.mark.skipif(not GTD_DB.is_file(), reason=f"the real apps are not here ({GTD_DB})")
def test_a_real_apps_task_store_unchanged(tmp_path: Path) -> None:
    """GTD's tasksDB.js as its author wrote it (implicit globals, a statement ending in ';',
    DROP/CREATE, nine bindings with undefined among them), driven by a few calls."""
    log = run_translated(tmp_path, GTD_DB.read_text() + """
initTasksDB();
updateTasksDB({id: 7, title: 'Write report', notes: 'by Friday', quadrant: 2, context: 'work', projectID: 3, age: 'new', dueon: '2024-05-01', quadrantString: 'Q2'});
updateTasksDB({id: 8, title: 'Call', quadrant: 1, context: 'home', projectID: 4});
var all = getAllFromTasksDB();
Ti.API.info(all.length + ' ' + all[0].title + ' ' + all[0].id + ' ' + all[0].dueon + ' ' + all[1].notes + ' ' + all[1].quadrant);
Ti.API.info(getAllItemsMatchingProjectFromTasksDB(4)[0].title);
""")
    assert log == ["Creating tasksdb.", "getAllFromTasksDB called.", "2 Write report 7 2024-05-01 null 1",
                   "getAllFromTasksDB called.", "Call"]


def test_transactions_and_several_statements_in_one_execute(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
var db = Ti.Database.open('tx');
db.execute('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)');
Ti.API.info('tables: ' + db.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 't'").field(0)
  + ', rows: ' + db.execute('SELECT COUNT(*) FROM t').field(0));
db.execute('BEGIN');
db.execute('INSERT INTO t VALUES (?)', 2);
db.execute('ROLLBACK');
db.execute('BEGIN TRANSACTION');
db.execute('INSERT INTO t VALUES (?)', 3);
db.execute('COMMIT');
var rows = db.execute('SELECT x FROM t');
var xs = [];
while (rows.isValidRow()) { xs.push(rows.field(0)); rows.next(); }
Ti.API.info('kept: ' + xs.join(','));
""")
    assert log == ["[WARN] Ti.Database: only the first SQL statement ran; ignored: INSERT INTO t VALUES (1)",
                   "tables: 1, rows: 0", "kept: 3"]
