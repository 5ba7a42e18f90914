"""A converted project's package folder: its configuration, read without running any of it."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any


def is_converted_project(folder: Path) -> bool:
    """Whether ``folder`` is what ``ti2py convert PROJECT -o folder`` writes (a package with app.py)."""
    return (folder / "__init__.py").is_file() and (folder / "app.py").is_file()


def read_package_config(folder: Path) -> dict[str, Any]:
    """The ``TIAPP`` dict of a converted project, read as a literal (the file is not executed)."""
    tree = ast.parse((folder / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "TIAPP" for t in node.targets):
            value = ast.literal_eval(node.value)
            if isinstance(value, dict):
                return value
    raise ValueError(f"{folder}/__init__.py has no TIAPP configuration")
