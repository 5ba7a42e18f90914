"""Stage 3: scope analysis.

Top-level code becomes the body of ``main()``, so every JS variable is a local of some Python
function.  For each function this finds its locals, the outer variables it assigns (``nonlocal``),
implicit globals (assigned but never declared: made locals of ``main`` with a warning), reads of
names that exist nowhere (a ReferenceError in JS: warned), and names that must be renamed because
they clash with Python keywords, builtins or the runtime's own names.
"""

from __future__ import annotations

import unicodedata
from typing import Iterable, Iterator

from . import ir
from .diagnostics import Diagnostics
from .names import GLOBALS, RESERVED
from .passes.hoist import var_names

KNOWN_GLOBALS = frozenset(GLOBALS)  # the JS globals of the name table


def own_statements(body: Iterable[ir.Stmt]) -> Iterator[ir.Stmt]:
    """Statements of a function body, entering blocks but not nested functions."""
    for stmt in body:
        yield stmt
        for block in ir.statement_lists(stmt):
            yield from own_statements(block)


def own_nodes(body: Iterable[ir.Stmt]) -> Iterator[ir.Node]:
    """Every node of a function body except those inside nested function definitions."""
    for stmt in body:
        if isinstance(stmt, ir.FunctionDecl):
            continue
        stack: list[ir.Node] = [stmt]
        while stack:
            node = stack.pop()
            if isinstance(node, ir.FunctionDecl):
                continue
            yield node
            stack.extend(reversed(node.children()))


def _functions_in(root: ir.Node) -> list[ir.Function]:
    """Every function at or below ``root``, in walk order (a loop, not a generator per level)."""
    found: list[ir.Function] = []
    stack: list[ir.Node] = [root]
    function = ir.Function
    while stack:
        node = stack.pop()
        if type(node) is function:  # (exact classes: no IR node class has subclasses)
            found.append(node)
        children = node.children()
        children.reverse()
        stack.extend(children)
    return found


def _own_node_list(body: Iterable[ir.Stmt]) -> list[ir.Node]:
    """:func:`own_nodes` as a list, made without a generator (this runs on every function)."""
    found: list[ir.Node] = []
    function_decl = ir.FunctionDecl
    for stmt in body:
        if type(stmt) is function_decl:
            continue
        stack: list[ir.Node] = [stmt]
        while stack:
            node = stack.pop()
            if type(node) is function_decl:  # (exact classes: no IR node class has subclasses)
                continue
            found.append(node)
            children = node.children()  # a new list each call
            children.reverse()
            stack.extend(children)
    return found


def nested_functions(body: Iterable[ir.Stmt]) -> Iterator[ir.Function]:
    for stmt in own_statements(body):
        if isinstance(stmt, ir.FunctionDecl):
            yield stmt.fn


def assigned_names(body: Iterable[ir.Stmt]) -> set[str]:
    return {name for node in own_nodes(body) if (name := ir.assigned_name(node)) is not None}


def _declared(fn: ir.Function) -> set[str]:
    catch_params = {s.param for s in own_statements(fn.body) if isinstance(s, ir.Try) and s.param}
    return (set(fn.params) | set(var_names(fn.body)) | catch_params | ({fn.rest} if fn.rest else set())
            | {f.name for f in nested_functions(fn.body) if f.name}
            | ({"new_target"} if fn.reads_new_target else set()))  # (its keyword-only parameter)


class ScopeAnalysis:
    def __init__(self, diagnostics: Diagnostics) -> None:
        self.diag = diagnostics
        self.implicit_globals: list[str] = []
        self.overridden_globals: list[str] = []  # JS globals the program assigns
        self.renamed: dict[str, str] = {}
        self.all_declared: set[str] = set()
        self._declared: dict[int, set[str]] = {}  # id(function) -> its declared names (found once)
        # id(function) -> its body's own nodes, listed by _never_created for _analyse (kept only
        # while the bodies are the ones listed: a rewrite of them drops it).
        self._own_nodes: dict[int, list[ir.Node]] = {}
        self.free_names: set[str] = set()  # read, declared nowhere: the global object's (js.not_defined)

    def run(self, program: ir.Program, params: list[str]) -> ir.Program:
        main = ir.Function("main", list(params), program.body, loc=ir.Loc(1, 0))
        self._collect_declared(main)
        main.body = self._never_created(main.body, set(params), program.strict)
        self._analyse(main, [])
        if self.implicit_globals:
            predeclared = [
                ir.ExprStmt(ir.Assign("=", ir.Name(name), ir.Literal(ir.UNDEFINED)), loc=ir.Loc(1, 0))
                for name in self.implicit_globals if name not in main.locals
            ]
            main.locals.update(self.implicit_globals)
            main.body[:0] = predeclared
        if self.overridden_globals:
            # A JS global the program assigns is its own variable from then on, starting as the
            # runtime's value: `console = console || {...}` keeps working, and the runtime's
            # objects are never written.
            main.locals.update(self.overridden_globals)
        self._rename(main)
        if self.overridden_globals:
            main.body[:0] = [
                ir.ExprStmt(ir.Assign("=", ir.Name(self.renamed.get(name, name)), ir.GlobalRef(name)), loc=ir.Loc(1, 0))
                for name in self.overridden_globals
            ]
        program.main = main
        program.free_names = frozenset(self.free_names)
        return program

    def _never_created(self, body: list[ir.Stmt], params: set[str], strict: bool) -> list[ir.Stmt]:
        """``x += 1`` or ``x++`` where nothing declares ``x`` or assigns it plainly: reading it
        is a ReferenceError in JS, before the right-hand side runs, so the whole update becomes
        ``js.not_defined("x")`` (rather than an implicit global starting as undefined).  So is
        ``x = v`` in strict-mode code when no sloppy-mode code assigns ``x`` either (after ``v``
        is evaluated: ``(v, js.not_defined("x"))``)."""
        updated: set[str] = set()
        created: set[str] = set()  # plainly assigned in sloppy-mode code (or a loop head)
        strict_stores: dict[int, str] = {}  # id of `x = v` in strict-mode code -> x
        in_strict_code: set[int] = set()  # ids of the updates (`x += v`, `x++`) in strict-mode code
        main = ir.Function("main", [], body, strict=strict)
        for fn in _functions_in(main):
            own = _own_node_list(fn.body)
            if fn is not main:  # (this stand-in for main is not the one analysed)
                self._own_nodes[id(fn)] = own
            for node in own:
                if fn.strict and isinstance(node, (ir.Assign, ir.Update)):
                    in_strict_code.add(id(node))
                if isinstance(node, ir.Assign) and isinstance(node.target, ir.Name):
                    if node.op != "=":
                        updated.add(node.target.id)
                    elif fn.strict:
                        strict_stores[id(node)] = node.target.id
                    else:
                        created.add(node.target.id)
                elif isinstance(node, ir.Update) and isinstance(node.arg, ir.Name):
                    updated.add(node.arg.id)
                elif (name := ir.assigned_name(node)) is not None:
                    created.add(name)
        unknown = created | self.all_declared | params | KNOWN_GLOBALS
        missing = updated - unknown - set(strict_stores.values())
        strict_missing = {key for key, name in strict_stores.items() if name not in unknown}
        if not missing and not strict_missing:
            return body
        self._own_nodes.clear()  # the bodies are rewritten below: listed again when analysed

        def helper(name: str, args: list[ir.Expr], loc: ir.Loc) -> ir.Call:
            return ir.Call(ir.Name(f"js.{name}", loc=loc), args, loc=loc)

        def change(node: ir.Node, old: ir.Node) -> ir.Node | None:
            # The name can only be the global object's property (another script's): read and
            # written there; a strict-mode write to a missing one is a ReferenceError.
            if id(old) in strict_missing:
                assert isinstance(node, ir.Assign) and isinstance(node.target, ir.Name)
                name = ir.Literal(node.target.id, loc=node.loc)
                return helper("set_global", [name, node.value, ir.Literal(True, loc=node.loc)], node.loc)
            target = node.target if isinstance(node, ir.Assign) else node.arg if isinstance(node, ir.Update) else None
            if isinstance(target, ir.Name) and (target.id in missing or target.id in strict_stores.values()
                                                and target.id not in unknown):
                loc = node.loc
                name, strict_code = ir.Literal(target.id, loc=loc), ir.Literal(id(old) in in_strict_code, loc=loc)
                if isinstance(node, ir.Update):
                    delta = ir.Literal(1 if node.op == "++" else -1, loc=loc)
                    return helper("update_global", [name, delta, ir.Literal(node.prefix, loc=loc), strict_code], loc)
                assert isinstance(node, ir.Assign)
                value = ir.Binary(node.op[:-1], helper("not_defined", [name], loc), node.value, loc=loc)
                return helper("set_global", [name, value, strict_code], loc)
            return None

        return ir.rewrite(main, change).body

    def _collect_declared(self, fn: ir.Function) -> None:
        declared = self._declared[id(fn)] = _declared(fn)  # the functions live while this runs
        self.all_declared |= declared
        for inner in nested_functions(fn.body):
            self._collect_declared(inner)

    def _analyse(self, fn: ir.Function, enclosing: list[ir.Function]) -> None:
        known = self._declared.get(id(fn))
        fn.locals = set(known) if known is not None else _declared(fn)
        fn.nonlocals = []
        nodes = self._own_nodes.pop(id(fn), None)  # the body's own nodes, walked once for all that follows
        if nodes is None:
            nodes = _own_node_list(fn.body)
        assigned = {name for node in nodes if (name := ir.assigned_name(node)) is not None}
        for name in sorted(assigned - fn.locals):
            if any(name in outer.locals for outer in enclosing):
                fn.nonlocals.append(name)
            elif name in KNOWN_GLOBALS:
                if name not in self.overridden_globals:
                    self.overridden_globals.append(name)
                if enclosing:
                    fn.nonlocals.append(name)
            else:
                if name not in self.implicit_globals:
                    self.implicit_globals.append(name)
                    line, col = self._first_assignment(fn, name)
                    self.diag.warning(
                        "W010", f"`{name}` is assigned without being declared (an implicit global)", line, col,
                        hint=f"declare it with `var {name};` at the top of app.js",
                    )
                if enclosing:
                    fn.nonlocals.append(name)
        guarded = {id(n.arg) for n in nodes if isinstance(n, ir.Unary) and n.op == "typeof"}
        chain_links = {n.var for n in nodes if isinstance(n, ir.OptionalChain)}  # bound by the chain itself
        for node in nodes:
            if id(node) in guarded:
                continue  # `typeof x` is the JS way to test for an undeclared name
            if isinstance(node, ir.Name) and node.id not in self.all_declared and node.id not in KNOWN_GLOBALS \
                    and not node.id.startswith("js.") and node.id not in chain_links:
                if node.id not in assigned and not any(node.id in o.locals for o in enclosing):
                    self.free_names.add(node.id)
                    self.diag.warning(
                        "W011", f"`{node.id}` is not defined (a ReferenceError when this line runs)",
                        node.loc.line, node.loc.col + 1,
                    )
        for inner in nested_functions(fn.body):
            self._analyse(inner, enclosing + [fn])

    @staticmethod
    def _first_assignment(fn: ir.Function, name: str) -> tuple[int, int]:
        for node in own_nodes(fn.body):
            if isinstance(node, ir.Assign) and isinstance(node.target, ir.Name) and node.target.id == name:
                return node.loc.line, node.loc.col + 1
        return fn.loc.line, fn.loc.col + 1

    # -- renaming ---------------------------------------------------------------------------------
    def _rename(self, main: ir.Function) -> None:
        taken = set(self.all_declared) | set(self.implicit_globals) | set(self.overridden_globals)
        renames: dict[str, str] = {}
        for name in sorted(taken):
            spelling = python_spelling(name)
            if spelling in RESERVED or spelling != name:
                new = spelling + "_" if spelling in RESERVED else spelling
                while new in taken or new in RESERVED or new in renames.values():
                    new += "_"
                renames[name] = new
                taken.add(new)
        self.renamed = renames
        if not renames:
            return
        for node in ir.walk(main):
            if isinstance(node, ir.Name) and node.id in renames:
                node.id = renames[node.id]
            elif isinstance(node, ir.Function):
                if node.name in renames and node is not main:
                    node.name = renames[node.name]
                node.params = [renames.get(p, p) for p in node.params]
                node.defaults = {renames.get(k, k): v for k, v in node.defaults.items()}
                node.rest = renames.get(node.rest, node.rest) if node.rest else None
                node.locals = {renames.get(n, n) for n in node.locals}
                node.nonlocals = [renames.get(n, n) for n in node.nonlocals]
            elif isinstance(node, ir.VarDecl):
                node.decls = [(renames.get(n, n), init) for n, init in node.decls]
            elif isinstance(node, ir.Try) and node.param in renames:
                node.param = renames[node.param]
            elif isinstance(node, (ir.ForIn, ir.ForOf)) and node.target in renames:
                node.target = renames[node.target]
            elif isinstance(node, ir.For) and node.counted is not None:
                counted = node.counted
                counted.var = renames.get(counted.var, counted.var)
                counted.each = renames.get(counted.each, counted.each) if counted.each else None


def python_spelling(name: str) -> str:
    """A JS identifier as a Python one that stays distinct from every other JS name.

    ASCII names are kept (``$`` spelled out: ``$el`` -> ``dollar_el``); other names are kept
    when Python reads them as written, and spelled with code points when Python would
    NFKC-normalise them into another name (``ｅｖａｌ`` would be ``eval``)."""
    if name.isascii() and "$" not in name:
        return name
    if not name.isascii() and name.isidentifier() and unicodedata.normalize("NFKC", name) == name and "$" not in name:
        return name
    pieces: list[tuple[str, bool]] = []  # (text, spelled out)
    for char in name:
        if char == "$":
            pieces.append(("dollar", True))
        elif char.isascii() or (char.isidentifier() and unicodedata.normalize("NFKC", char) == char):
            pieces.append((char, False))
        else:
            pieces.append((f"u{ord(char):04x}", True))
    joined = ""
    for index, (text, spelled) in enumerate(pieces):
        # "_" between a spelled-out piece and its neighbour, so `$el` reads `dollar_el`.
        if index and (spelled or pieces[index - 1][1]) and not joined.endswith("_") and text != "_":
            joined += "_"
        joined += text
    return joined


def analyse(program: ir.Program, diagnostics: Diagnostics, params: list[str] | None = None) -> ir.Program:
    """Wrap the top level in ``main(*params)`` and analyse every function's scope."""
    return ScopeAnalysis(diagnostics).run(program, params or [])
