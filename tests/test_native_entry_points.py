"""The ``ti2py.modules`` entry-point lookup of ``require``: installed distributions on disk (a
dist-info folder, an egg), and the quick look at their ``entry_points.txt`` that lets an app
skip importlib.metadata when none declares the group."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path
from typing import Iterator

import pytest

from ti2py.runtime import App
from ti2py.runtime.modules import native

MODULE = "def create(app):\n    from ti2py.runtime import JSObject\n    return JSObject(name='maps from a distribution')\n"


@pytest.fixture(autouse=True)
def fresh_lookup() -> Iterator[None]:
    native._entry_points.cache_clear()
    yield
    native._entry_points.cache_clear()
    sys.modules.pop("mymaps", None)


def _found() -> set[str]:
    return {entry.name for entry in importlib.metadata.entry_points(group=native.ENTRY_POINT_GROUP)}


def _dist_info(site: Path, entry_points: str) -> None:
    info = site / "mymaps-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: mymaps\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(entry_points)
    (site / "mymaps.py").write_text(MODULE)


def _require(tmp_path: Path, module_id: str) -> object:
    app = App("lookup", data_dir=tmp_path / "data", out=None)
    found: list[object] = []
    app.call(lambda: found.append(app.require(module_id)))
    assert app.run_until_idle(10)
    return found[0]


def test_a_distribution_on_the_path_supplies_a_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    _dist_info(site, "[ti2py.modules]\nti.map = mymaps:create\n")
    monkeypatch.syspath_prepend(str(site))
    assert native._may_declare_entry_points()
    assert "ti.map" in _found() and set(native._entry_points()) == _found()
    assert _require(tmp_path, "ti.map").name == "maps from a distribution"  # type: ignore[attr-defined]


def test_an_egg_on_the_path_is_looked_at_as_importlib_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    egg = tmp_path / "mymaps-1.0-py3.egg"
    (egg / "EGG-INFO").mkdir(parents=True)
    (egg / "EGG-INFO" / "PKG-INFO").write_text("Metadata-Version: 1.1\nName: mymaps\nVersion: 1.0\n")
    (egg / "EGG-INFO" / "entry_points.txt").write_text("[ti2py.modules]\nti.map = mymaps:create\n")
    (egg / "mymaps.py").write_text(MODULE)
    monkeypatch.syspath_prepend(str(egg))
    assert native._may_declare_entry_points() and "ti.map" in _found()
    assert _require(tmp_path, "ti.map").name == "maps from a distribution"  # type: ignore[attr-defined]


def test_without_the_group_the_quick_look_agrees_with_importlib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    _dist_info(site, "[console_scripts]\nmymaps = mymaps:create\n")
    monkeypatch.syspath_prepend(str(site))
    if not native._may_declare_entry_points():  # (True only if this environment installed such a module)
        assert _found() == set()
        assert native._entry_points() == {}
    assert set(native._entry_points()) == _found()


def test_a_zip_on_the_path_is_left_to_importlib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "bundle.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\0" * 18)  # an empty zip archive
    monkeypatch.syspath_prepend(str(archive))
    assert native._may_declare_entry_points()
