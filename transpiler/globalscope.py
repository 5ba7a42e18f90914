"""Which of a script's global-scope names live on the global object.

In JS a script's top-level ``var`` and function declarations, and names assigned without any
declaration (sloppy mode), are properties of the global object: ``this.x``, ``globalThis.x``,
``'x' in this``, ``delete x`` and other files all see them.  ti2py keeps top-level code in
``main()``, so such a name is a plain Python variable unless something can tell the difference;
then (and only for the names concerned) the builder reads and writes it as the global object's
property.  What can tell:

* the global object used by name: ``this.x`` at the top level, ``globalThis.x``, ``global.x``,
  ``'x' in this`` (that name), or the object passed on or indexed by a computed key (every name);
* ``delete x`` (that name);
* ``eval`` or ``Function``, whose code runs in the global scope (every name);
* another file of the project naming it (``shared``: app.js's ``var globals`` read by a module).

CommonJS modules have a scope of their own: their top-level names are never the global object's.
"""

from __future__ import annotations

from typing import Any, Sequence

from .estree import children, pattern_names
from .names import GLOBALS

_FUNCTIONS = ("FunctionDeclaration", "FunctionExpression")
_GLOBAL_OBJECT_NAMES = ("globalThis", "global")
_DYNAMIC_CODE = ("eval", "Function")
_COMPARISONS = ("==", "===", "!=", "!==")


class _Survey:
    """One walk of a program: its declarations, assignments and what observes the global object."""

    def __init__(self) -> None:
        self.top_vars: list[str] = []  # `var` outside every function, in source order
        self.top_functions: list[str] = []  # function declarations of the program's own body
        self.declared: set[str] = set()  # every name bound anywhere (var, let, params, catch...)
        self.assigned: list[str] = []  # names assigned plainly (`x = v`, `x++`, `for (x in o)`)
        self.observed: set[str] = set()
        self.observes_all = False
        self.global_refs: list[tuple[Any, Any]] = []  # (globalThis / global identifier, parent)
        self.aliases: set[str] = set()  # `var self = this` at the top level: other names of the global object

    def walk(self, node: Any, parent: Any, in_function: bool, this_is_global: bool = True) -> None:
        """``in_function``: inside a function (its `var`s are its own); ``this_is_global``: `this`
        there is the global object (top-level code, or a function run with ``.call(this)``)."""
        kind = node.type
        if kind == "CallExpression" and this_is_global and _runs_with_this(node):
            # `(function () { ... }).call(this)` (CoffeeScript's wrapper): its `this` is the global object.
            wrapper = node.callee.object
            self.declare_function(wrapper)
            for child in children(wrapper):
                self.walk(child, wrapper, True, True)
            for argument in node.arguments[1:]:
                self.walk(argument, node, in_function, this_is_global)
            return
        if kind == "VariableDeclaration":
            for declarator in node.declarations:
                names = pattern_names(declarator.id)
                self.declared |= names
                if node.kind == "var" and not in_function:
                    self.top_vars.extend(sorted(names))
        elif kind in (*_FUNCTIONS, "ArrowFunctionExpression"):
            self.declare_function(node)
        elif kind in ("ClassDeclaration", "ClassExpression") and node.id is not None:
            self.declared.add(node.id.name)
        elif kind == "CatchClause":
            self.declared |= pattern_names(node.param)
        elif kind == "AssignmentExpression":
            self.assigned.extend(sorted(pattern_names(node.left)) if node.left.type != "MemberExpression" else [])
        elif kind == "UpdateExpression" and node.argument.type == "Identifier":
            self.assigned.append(node.argument.name)
        elif kind in ("ForInStatement", "ForOfStatement") and node.left.type != "VariableDeclaration":
            self.assigned.extend(sorted(pattern_names(node.left)))
        elif kind == "UnaryExpression" and node.operator == "delete" and node.argument.type == "Identifier":
            self.observed.add(node.argument.name)
        elif kind == "ThisExpression" and this_is_global:
            self.observe(node, parent)
        elif kind == "Identifier" and _is_reference(node, parent):
            if node.name in _GLOBAL_OBJECT_NAMES:
                self.global_refs.append((node, parent))
            elif node.name in _DYNAMIC_CODE:
                self.observes_all = True
        boundary = kind in _FUNCTIONS or kind in ("PropertyDefinition", "StaticBlock")
        for child in children(node):
            self.walk(child, node, in_function or boundary, this_is_global and not boundary)

    def declare_function(self, node: Any) -> None:
        self.declared |= set().union(*(pattern_names(p) for p in node.params)) if node.params else set()
        if node.id is not None:
            self.declared.add(node.id.name)

    def find_alias_uses(self, node: Any, parent: Any) -> None:
        """Each use of a name of :attr:`aliases` is a use of the global object."""
        if node.type == "Identifier" and node.name in self.aliases and _is_reference(node, parent) and not (
                parent is not None and parent.type == "VariableDeclarator" and parent.id is node):
            self.observe(node, parent)
        for child in children(node):
            self.find_alias_uses(child, node)

    def observe(self, ref: Any, parent: Any) -> None:
        """The global object ``ref`` (``this``, ``globalThis``) is used: which names that sees."""
        if parent is not None and parent.type == "MemberExpression" and parent.object is ref:
            key = _static_key(parent.property, parent.computed)
            if key is not None:
                self.observed.add(key)
                return
        if parent is not None and parent.type == "BinaryExpression" and parent.operator == "in" and parent.right is ref:
            key = _static_key(parent.left, True)
            if key is not None:
                self.observed.add(key)
                return
        if parent is not None and parent.type == "VariableDeclarator" and parent.init is ref \
                and parent.id.type == "Identifier" and ref.type == "ThisExpression":
            self.aliases.add(parent.id.name)  # `var self = this`: what `self.x` reads is looked at
            return
        if parent is not None and (parent.type == "UnaryExpression" and parent.operator in ("typeof", "void")
                                   or parent.type == "BinaryExpression" and parent.operator in _COMPARISONS):
            return  # `typeof globalThis`, `this === x`: no property is looked at
        self.observes_all = True


def _runs_with_this(call: Any) -> bool:
    """``(function () { ... }).call(this, ...)`` (or ``.apply(this, ...)``)?"""
    callee = call.callee
    return (callee.type == "MemberExpression" and not callee.computed and callee.property.type == "Identifier"
            and callee.property.name in ("call", "apply") and callee.object.type == "FunctionExpression"
            and bool(call.arguments) and call.arguments[0].type == "ThisExpression")


def _static_key(node: Any, computed: bool) -> str | None:
    if not computed and node.type == "Identifier":
        return str(node.name)
    if node.type == "Literal" and isinstance(node.value, str):
        return node.value
    return None


def _is_reference(node: Any, parent: Any) -> bool:
    """Is this identifier a name being used (not a property name or an object literal's key)?"""
    if parent is None:
        return True
    if parent.type == "MemberExpression":
        return parent.object is node or bool(parent.computed)
    if parent.type in ("Property", "MethodDefinition", "PropertyDefinition"):
        return parent.key is not node or bool(parent.computed) or bool(getattr(parent, "shorthand", False))
    return parent.type not in ("LabeledStatement", "BreakStatement", "ContinueStatement")


# Words without which nothing above can tell (``this``, ``globalThis``, ``global``, ``delete``,
# ``eval``, ``Function``): a program whose code holds none of them (outside its comments; in a
# string they count) needs no walk.
_TELLING_WORDS = ("this", "global", "delete", "eval", "Function")


def _may_tell(source: str, comment_text: str) -> bool:
    return any(source.count(word) > comment_text.count(word) for word in _TELLING_WORDS)


def global_object_names(program: Any, shared: frozenset[str] = frozenset(), source: str | None = None,
                        comments: Sequence[Any] = ()) -> dict[str, bool]:
    """The script's global-scope names that must live on the global object, each with whether it
    may be deleted (an implicit global may; a declared one may not), in source order.
    ``source`` and ``comments``: the program's text and comments, if known (code without any
    telling word is not walked)."""
    if not shared and source is not None and not _may_tell(source, "\n".join(c.value for c in comments)):
        return {}
    survey = _Survey()
    for statement in program.body:
        if statement.type == "FunctionDeclaration" and statement.id is not None:
            survey.top_functions.append(statement.id.name)
        survey.walk(statement, None, False)
    for ref, parent in survey.global_refs:
        if ref.name not in survey.declared:
            survey.observe(ref, parent)
    if survey.aliases and not survey.observes_all:
        survey.find_alias_uses(program, None)
    declared_here = list(dict.fromkeys(survey.top_vars + survey.top_functions))
    implicit = [name for name in dict.fromkeys(survey.assigned)
                if name not in survey.declared and name not in GLOBALS]
    wanted = survey.observed | shared
    return {name: name in implicit for name in declared_here + implicit
            if survey.observes_all or name in wanted}
