"""Passes: canonical ``require('...')`` / ``Ti.include('...')`` ids, and a script's shared globals.

``require('./util')`` inside ``lib/a.js`` becomes ``require('/lib/util')``: the file it names, from
Resources/ (ti2py.runtime.resolution says how an id is found).  Other ids (``lib/util``, an npm
package ``underscore``) are left as written: the runtime resolves them from the calling module's
folder as the converter did.  Native module ids (``ti.cloud``) are left alone.
``Ti.include('../x.js')`` inside ``Views/a.js`` becomes ``Ti.include('/x.js')``: Titanium resolves
an included file against the including one, which the runtime cannot see.

A *script* (app.js, a file run by ``Ti.include`` or as a ``url:`` window; any file that does not
name ``exports``) of a project that uses ``Ti.include`` shares its top-level names with the other
scripts, as the global scope does in Titanium.  ti2py keeps a script's top-level code in ``main()``, so the names are copied to the
app's global object (where a name no scope declares is read: ``js.not_defined``) before each
top-level ``Ti.include`` and when the script ends, and its variables are read back after each
``Ti.include`` (an included file may have assigned them); its implicit globals (assigned, never
declared) are read from the global object when it starts.  The copy is a snapshot: a variable an
included function reassigns later is not seen by the includer until its next ``Ti.include``.
"""

from __future__ import annotations

from typing import Callable, Iterator

from .. import ir
from ..names import GLOBALS

Resolver = Callable[[str], "str | None"]

_INCLUDE_CALLEES = ("Ti", "Titanium")
_SHARE_NOTE = "(ti2py) share this script's top-level names with the scripts it includes, as JS globals"


def _is_include(node: ir.Node) -> bool:
    return (
        isinstance(node, ir.Call) and isinstance(node.callee, ir.Member) and node.callee.prop == "include"
        and not node.callee.computed and isinstance(node.callee.obj, ir.Name) and node.callee.obj.id in _INCLUDE_CALLEES
    )


def rewrite_requires(program: ir.Program, resolve: Resolver) -> tuple[ir.Program, list[tuple[str, ir.Loc]]]:
    """Return a copy with local require and Ti.include ids made canonical, and the (id, location)
    of each require."""
    program = ir.clone(program)
    found: list[tuple[str, ir.Loc]] = []
    for node in ir.walk(program):
        if (
            isinstance(node, ir.Call) and isinstance(node.callee, ir.Name) and node.callee.id == "require"
            and len(node.args) == 1 and isinstance(node.args[0], ir.Literal) and isinstance(node.args[0].value, str)
        ):
            requested = node.args[0].value
            canonical = resolve(requested)
            if canonical is not None:
                if requested.startswith(("./", "../")):
                    node.args[0] = ir.Literal(f"/{canonical}", loc=node.args[0].loc)
                found.append((canonical, node.loc))
        elif isinstance(node, ir.Call) and _is_include(node):
            for index, arg in enumerate(node.args):
                if isinstance(arg, ir.Literal) and isinstance(arg.value, str) and not arg.value.startswith("/"):
                    # Relative to the including file; a path from Resources/ works too (older SDKs).
                    canonical = resolve(arg.value if arg.value.startswith(".") else f"./{arg.value}") or resolve(f"/{arg.value}")
                    if canonical is not None and not canonical.endswith(".json"):
                        node.args[index] = ir.Literal(f"/{canonical}.js", loc=arg.loc)
    return program, found


def _walk_outside_functions(node: ir.Node) -> Iterator[ir.Node]:
    """The nodes of top-level code: nested functions' bodies are other scopes."""
    yield node
    for child in node.children():
        if isinstance(child, ir.Function):
            continue
        yield from _walk_outside_functions(child)


def _top_level_names(program: ir.Program) -> tuple[list[str], list[str], list[str]]:
    """(variables, functions, implicit globals) of a script; the implicit globals (assigned, never
    declared) are among the variables."""
    variables: list[str] = []
    functions: list[str] = []
    for stmt in program.body:
        for node in _walk_outside_functions(stmt):
            if isinstance(node, ir.VarDecl) and node.kind == "var":
                variables.extend(name for name, _ in node.decls if isinstance(name, str))
            elif isinstance(node, ir.FunctionDecl):
                name = node.fn.js_name or node.fn.name
                if name:
                    functions.append(name)
    declared = set(variables) | set(functions)
    assigned: list[str] = []
    for node in ir.walk(program):  # anywhere: an implicit global is often assigned in an IIFE
        if isinstance(node, ir.VarDecl):
            declared.update(name for name, _ in node.decls if isinstance(name, str))
        elif isinstance(node, ir.Function):
            declared.update(node.params)
            declared.update(filter(None, (node.js_name, node.rest)))
        elif isinstance(node, ir.Try) and node.param:
            declared.add(node.param)
        elif isinstance(node, ir.ForIn):
            if node.declared:
                declared.add(node.target)
            else:
                assigned.append(node.target)
        elif isinstance(node, ir.Assign) and isinstance(node.target, ir.Name):
            assigned.append(node.target.id)
        elif isinstance(node, ir.Update) and isinstance(node.arg, ir.Name):
            assigned.append(node.arg.id)
    implicit = [name for name in dict.fromkeys(assigned) if name not in declared and name not in GLOBALS]
    return list(dict.fromkeys(variables + implicit)), list(dict.fromkeys(functions)), implicit


def _publish(names: list[str], loc: ir.Loc, note: bool) -> ir.Stmt:
    """``Object.assign(globalThis, {a: a, ...})``"""
    table = ir.ObjectLit([ir.Prop(name, ir.Name(name, loc=loc), loc=loc) for name in names], loc=loc)
    call = ir.Call(ir.Member(ir.Name("Object", loc=loc), "assign", loc=loc), [ir.Name("globalThis", loc=loc), table], loc=loc)
    return ir.ExprStmt(call, loc=loc, leading=[f" {_SHARE_NOTE}"] if note else [])


def _read_back(names: list[str], loc: ir.Loc) -> list[ir.Stmt]:
    """``a = globalThis.a`` for each variable: an included script may have assigned it."""
    return [ir.ExprStmt(ir.Assign("=", ir.Name(name, loc=loc), ir.Member(ir.Name("globalThis", loc=loc), name, loc=loc),
                                  loc=loc), loc=loc) for name in names]


def share_script_globals(program: ir.Program) -> ir.Program:
    """A copy of a script's program that copies its top-level names to the global object around
    each top-level ``Ti.include`` and at its end (see the module docstring)."""
    variables, functions, implicit = (
        [name for name in names if name not in program.global_object_names]  # on the global object already
        for names in _top_level_names(program))
    names = variables + [f for f in functions if f not in variables]
    if not names:
        return program
    program = ir.clone(program)
    # An implicit global is the global object's property: its value so far (another script's).
    start = program.body[0].loc if program.body else ir.NO_LOC
    body: list[ir.Stmt] = _read_back(implicit, start)
    noted = False
    for stmt in program.body:
        if isinstance(stmt, ir.ExprStmt) and _is_include(stmt.expr):
            body.append(_publish(names, stmt.loc, not noted))
            noted = True
            body.append(stmt)
            body.extend(_read_back(variables, stmt.loc))
        else:
            body.append(stmt)
    last = program.body[-1].loc if program.body else ir.NO_LOC
    body.append(_publish(names, last, not noted))
    program.body = body
    return program
