"""The layers point one way: no import cycle among ti2py's modules at import time (module-level
imports; a function's own import, made when it runs, is how a lower layer reaches a higher one
on purpose), except inside runtime/js, the JS value model, whose parts define each other.

And no runtime module reaches into another module's private names (issue 13
point 4): a name JS must not see but other runtime modules use is the runtime's internal
protocol and has the ``js_`` prefix, which JS cannot reach either (runtime/js/exposed.py)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in [*ROOT.glob("transpiler/**/*.py"), *ROOT.glob("runtime/**/*.py")]:
        name = "ti2py." + ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def _graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
                module = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module or ""
                targets = [module, *(f"{module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def test_no_import_cycle_outside_the_js_value_model() -> None:
    modules = _modules()
    assert len(modules) > 50
    outside = [c for c in _cycles(_graph(modules)) if any(not m.startswith("ti2py.runtime.js") for m in c)]
    assert not outside, f"import cycles: {outside}"


def test_the_check_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _is_self(node: ast.expr) -> bool:
    """``self``, ``cls`` or ``type(self)``: a class reaching its own (or its bases') members."""
    if isinstance(node, ast.Name):
        return node.id in ("self", "cls")
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("type", "super")
            and all(_is_self(arg) for arg in node.args))


def _private_names(tree: ast.AST) -> tuple[set[str], list[tuple[int, str, str]]]:
    """(the private names a module owns, the private names it reaches on other objects).

    A module owns a name it defines (``def _x``, ``class _X``, ``_x = ...`` at module or class
    level, ``self._x = ...``, ``object.__setattr__(obj, "_x", ...)``) or uses on ``self``
    (a member its classes inherit).  It reaches a name on another object as ``obj._x``,
    ``getattr(obj, "_x")``, ``hasattr(obj, "_x")``, ``obj.__dict__.get("_x")``,
    ``obj.__dict__["_x"]``, or by importing it (``from .m import _x``)."""
    owned: set[str] = set()
    reached: list[tuple[int, str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and _private(node.name):
            owned.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if isinstance(target, ast.Name) and _private(target.id):
                    owned.add(target.id)
        elif isinstance(node, ast.ImportFrom) and node.level:  # (the runtime's own modules)
            reached += [(node.lineno, alias.name, f"import {alias.name}") for alias in node.names if _private(alias.name)]
        elif isinstance(node, ast.Attribute) and _private(node.attr):
            if _is_self(node.value):
                owned.add(node.attr)
            else:
                reached.append((node.lineno, node.attr, ast.unparse(node)))
        elif isinstance(node, ast.Call) and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) \
                and isinstance(node.args[1].value, str) and _private(node.args[1].value):
            name, func = node.args[1].value, node.func
            callee = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if callee in ("__setattr__", "setattr", "_set"):
                owned.add(name)
            elif callee in ("getattr", "hasattr") and not _is_self(node.args[0]):
                reached.append((node.lineno, name, ast.unparse(node)))
        if isinstance(node, (ast.Call, ast.Subscript)):
            # obj.__dict__.get("_x") / obj.__dict__["_x"]
            holder = node.func.value if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "get" else node.value if isinstance(node, ast.Subscript) else None
            key = (node.args[0] if isinstance(node, ast.Call) and node.args else
                   node.slice if isinstance(node, ast.Subscript) else None)
            if isinstance(holder, ast.Attribute) and holder.attr == "__dict__" and not _is_self(holder.value) \
                    and isinstance(key, ast.Constant) and isinstance(key.value, str) and _private(key.value):
                reached.append((node.lineno, key.value, ast.unparse(node)))
    return owned, reached


def cross_module_private_uses(root: Path = ROOT) -> list[str]:
    """``module:line: expression`` for each private name a runtime module reaches that another
    runtime module owns and it does not (a name no runtime module owns,
    such as ``sys._getframe``, is Python's, not the runtime's)."""
    owners: dict[str, set[str]] = defaultdict(set)
    reached: dict[str, list[tuple[int, str, str]]] = {}
    for path in sorted(root.glob("runtime/**/*.py")):
        module = path.relative_to(root).as_posix()
        owned, uses = _private_names(ast.parse(path.read_text(encoding="utf-8")))
        for name in owned:
            owners[name].add(module)
        reached[module] = uses
    return [f"{module}:{line}: {text}" for module, uses in reached.items() for line, name, text in uses
            if owners[name] and module not in owners[name] and (module, name) not in ALLOWED_PRIVATE_USES]


# Private names a runtime module still reaches in another module, each with why it stays (none now).
ALLOWED_PRIVATE_USES: set[tuple[str, str]] = set()


def test_no_runtime_module_reaches_into_another_modules_private_names() -> None:
    found = cross_module_private_uses()
    assert found == [], "use a js_ protocol name or a public method instead:\n" + "\n".join(found)


def test_the_check_finds_a_cross_module_private_use(tmp_path: Path) -> None:
    (tmp_path / "runtime" / "ti").mkdir(parents=True)
    (tmp_path / "runtime" / "ti" / "thing.py").write_text(
        "class Thing:\n    def __init__(self):\n        object.__setattr__(self, '_state', 1)\n"
        "    def _helper(self):\n        return self._state\n")
    (tmp_path / "runtime" / "driver.py").write_text(
        "from .ti.thing import _Hidden\n"
        "def poke(thing):\n    return thing._helper(), thing.__dict__.get('_state'), getattr(thing, '_state'), thing._own\n"
        "class Own:\n    def __init__(self):\n        self._own = 1\n")
    (tmp_path / "runtime" / "ti" / "hidden.py").write_text("class _Hidden:\n    pass\n")
    assert sorted(cross_module_private_uses(tmp_path)) == [
        "runtime/driver.py:1: import _Hidden", "runtime/driver.py:3: getattr(thing, '_state')",
        "runtime/driver.py:3: thing.__dict__.get('_state')", "runtime/driver.py:3: thing._helper",
    ]  # (not thing._own: driver.py's own class defines it)
