"""JS regular expressions on Python's ``re``: the pattern is rewritten where the two differ.

Differences handled: ``\\d``/``\\w``/``\\b`` are ASCII in JS; ``$`` (without ``m``) matches only
at the very end; named groups are ``(?<name>...)``; ``[^]`` matches anything; ``$1``/``$&``/``$<name>``
in replacements.  Flags: ``g`` (global, ``lastIndex``), ``i``, ``m``, ``s``; ``u`` and ``y``
are accepted (``y`` anchors at ``lastIndex``).
"""

from __future__ import annotations

import re
from typing import Any

from .values import BuiltinClass, JSArray, JSObject, JSSyntaxError, JSTypeError, undefined

# JS's \s: WhiteSpace and LineTerminator (Python's also takes \x1c-\x1f and \x85, not \ufeff).
_SPACE = "\\t\\n\\v\\f\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
_CLASS_ESCAPES = {"d": "0-9", "w": "A-Za-z0-9_", "s": _SPACE}
_ESCAPES = {"d": "[0-9]", "D": "[^0-9]", "w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]", "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]"}


def translate(pattern: str, multiline: bool, unicode: bool = False) -> str:
    """The Python ``re`` pattern that matches what the JS pattern matches."""
    return _Translation(pattern, multiline, unicode).run()


# Python's re takes a repetition count below 2**32 - 1; JS any (a larger one only differs on a
# string of more than 4 GB).
_MAX_REPEAT = 2**32 - 2
_QUANTIFIER = re.compile(r"\{(\d+)(,(\d*))?\}")
# The flags the runtime takes: `v` as `u` for a pattern without the class-set syntax it adds
# (nested classes, `--` and `&&`, `\q{...}`).
FLAGS = "gimsuvy"
_CLASS_SET_SYNTAX = re.compile(r"\[[^\]]*(?<!\\)\[|--|&&|\\q\{")
_SYNTAX_CHARACTERS = frozenset("^$\\.*+?()[]{}|/")
_LOOKAHEAD = -1  # (what open_groups holds for a lookahead's parenthesis)
_GROUP_NAME = re.compile(r"\(\?<((?:[^>\\]|\\.)+)>")


class _Translation:
    """One pattern's rewrite: a scan that knows which capturing groups exist, which are open
    (a backreference to one, or to a group further on, matches the empty string in JS) and
    whether it is inside a character class."""

    def __init__(self, pattern: str, multiline: bool, unicode: bool) -> None:
        self.pattern, self.multiline, self.unicode = pattern, multiline, unicode
        self.out: list[str] = []
        self.i = 0
        self.in_class = False
        self.group_count, self.names = _capture_groups(pattern)
        self.open_groups: list[int | None] = []  # per open parenthesis: its group number, if capturing
        self.closed: set[int] = set()
        self.opened = 0

    def run(self) -> str:
        pattern = self.pattern
        while self.i < len(pattern):
            ch = pattern[self.i]
            if ch == "\\" and self.i + 1 < len(pattern):
                self.escape(pattern[self.i + 1])
            elif self.in_class:
                self.class_character(ch)
            else:
                self.character(ch)
        return "".join(self.out)

    def emit(self, text: str, width: int) -> None:
        self.out.append(text)
        self.i += width

    def character(self, ch: str) -> None:
        pattern, i = self.pattern, self.i
        if ch == "[":
            if pattern.startswith("[^]", i):
                return self.emit("[\\s\\S]", 3)
            if pattern.startswith("[]", i):
                return self.emit("(?!)", 2)  # an empty class matches nothing in JS
            self.in_class = True
            return self.emit(ch, 1)
        if ch == "$" and not self.multiline:
            return self.emit("(?!(?s:.))", 1)  # the very end, not before a final newline as Python's $ is
        if ch == "(":
            return self.open_group()
        if ch == ")":
            group = self.open_groups.pop() if self.open_groups else None
            if group == _LOOKAHEAD and self.unicode and pattern[i + 1:i + 2] in ("*", "+", "?", "{"):
                raise re.error("a lookahead cannot be quantified with the u flag")
            if group is not None:
                self.closed.add(group)
            return self.emit(ch, 1)
        if ch == "{":
            found = _QUANTIFIER.match(pattern, i)
            if found:
                low = min(int(found.group(1)), _MAX_REPEAT)
                high = found.group(3)
                rest = "" if found.group(2) is None else "," + ("" if not high else str(min(int(high), _MAX_REPEAT)))
                return self.emit(f"{{{low}{rest}}}", found.end() - i)
        if self.unicode and ch in "]{}":
            raise re.error(f"lone {ch} with the u flag")
        self.emit(ch, 1)

    def open_group(self) -> None:
        pattern, i = self.pattern, self.i
        if not pattern.startswith("(?", i):
            self.opened += 1
            self.open_groups.append(self.opened)
            return self.emit("(", 1)
        found = _GROUP_NAME.match(pattern, i)
        if found and pattern[i + 3:i + 4] not in ("=", "!"):
            self.opened += 1
            self.open_groups.append(self.opened)
            return self.emit(f"(?P<{_group_name(found.group(1))}>", found.end() - i)
        self.open_groups.append(_LOOKAHEAD if pattern.startswith(("(?=", "(?!"), i) else None)
        self.emit("(", 1)

    def class_character(self, ch: str) -> None:
        if ch == "]":
            self.in_class = False
        elif ch == "[":
            return self.emit("\\[", 1)
        self.emit(ch, 1)

    def escape(self, nxt: str) -> None:
        pattern, i = self.pattern, self.i
        if self.unicode:
            self.check_unicode_escape(nxt)
        if not self.in_class and nxt in _ESCAPES:
            return self.emit(_ESCAPES[nxt], 2)
        if self.in_class and nxt in _CLASS_ESCAPES:
            return self.emit(_CLASS_ESCAPES[nxt], 2)
        if nxt == "u" and pattern[i + 2:i + 3] == "{":
            end = pattern.index("}", i)
            return self.emit(f"\\U{int(pattern[i + 3:end], 16):08x}", end + 1 - i)
        if nxt == "k" and pattern[i + 2:i + 3] == "<" and (self.names or self.unicode):
            end = pattern.index(">", i)
            name = _group_name(pattern[i + 3:end])
            return self.emit(self.backreference(self.names.index(name) + 1 if name in self.names else 0, name),
                             end + 1 - i)
        if nxt in "pP" and self.unicode and pattern[i + 2:i + 3] == "{" and "}" in pattern[i:]:
            end = pattern.index("}", i)
            return self.emit(pattern[i:end + 1], end + 1 - i)  # a Unicode property (the regex package's)
        if nxt == "c" and pattern[i + 2:i + 3].isascii() and pattern[i + 2:i + 3].isalpha():
            return self.emit(f"\\x{ord(pattern[i + 2]) % 32:02x}", 3)  # `\cA` is U+0001
        if nxt.isdigit() and nxt != "0" and not self.in_class:
            return self.decimal_escape()
        if nxt == "/" or nxt in "pP" and not self.unicode or nxt in "kc":
            return self.emit(nxt, 2)  # (`\p{L}` is a Unicode property only with the `u` flag)
        self.emit("\\" + nxt, 2)

    def check_unicode_escape(self, nxt: str) -> None:
        """The ``u`` flag's stricter grammar: an escape is a known one, or a syntax character."""
        pattern, i = self.pattern, self.i
        after = pattern[i + 2:]
        if nxt in _SYNTAX_CHARACTERS or nxt == "-" and self.in_class:
            return
        if nxt in "dDsSwW":
            dash_after = after.startswith("-") and not after.startswith("-]")
            dash_before = pattern[i - 1:i] == "-" and pattern[i - 2:i - 1] not in ("[", "")
            if self.in_class and (dash_after or dash_before):
                raise re.error("a character class escape cannot bound a range")
            return
        valid = (
            nxt in "fnrtv" or nxt in "bB" and not (self.in_class and nxt == "B")
            or nxt == "c" and after[:1].isascii() and after[:1].isalpha()
            or nxt == "0" and not after[:1].isdigit()
            or nxt.isdigit() and not self.in_class and int(re.match(r"\d+", pattern[i + 1:]).group()) <= self.group_count  # type: ignore[union-attr]
            or nxt == "x" and re.match(r"[0-9a-fA-F]{2}", after) is not None
            or nxt == "u" and re.match(r"[0-9a-fA-F]{4}|\{0*(?:10|[0-9a-fA-F])?[0-9a-fA-F]{1,4}\}", after) is not None
            or nxt in "pP" and after.startswith("{")
            or nxt == "k" and re.match(r"<([^>]+)>", after) is not None)
        if not valid:
            raise re.error(f"invalid escape \\{nxt} with the u flag")

    def decimal_escape(self) -> None:
        """``\\1``: a backreference if the pattern has that many groups, else (outside the ``u``
        flag) an octal escape, or the digit itself for ``\\8`` and ``\\9``."""
        digits = re.match(r"\d+", self.pattern[self.i + 1:])
        assert digits is not None
        number = int(digits.group())
        if number <= self.group_count:
            return self.emit(self.backreference(number, str(number)), 1 + len(digits.group()))
        octal = re.match(r"[0-7]{1,3}", digits.group())
        if octal is None:
            return self.emit(digits.group()[0], 2)
        text = octal.group() if int(octal.group(), 8) <= 0o377 else octal.group()[:2]
        self.emit(f"\\x{int(text, 8):02x}", 1 + len(text))

    def backreference(self, number: int, name: str) -> str:
        """A reference to group ``number``: empty while the group is open or still to come, and
        empty (not a failure, as in Python) when the group took no part in the match."""
        if number == 0 or number not in self.closed:
            return "(?:)"
        reference = f"(?P={name})" if not name.isdigit() else f"\\{number}"
        return f"(?({name}){reference})"


def _capture_groups(pattern: str) -> tuple[int, list[str]]:
    """How many capturing groups the pattern has, and their names in order ("" for unnamed)."""
    names: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            found = _GROUP_NAME.match(pattern, i)
            if not pattern.startswith("(?", i):
                names.append("")
            elif found and pattern[i + 3:i + 4] not in ("=", "!"):
                names.append(_group_name(found.group(1)))
        i += 1
    return len(names), names


def _group_name(text: str) -> str:
    """A group name with its ``\\u`` escapes decoded (``(?<\\u0041>...)`` is group ``A``)."""
    if "\\" not in text:
        return text

    def code_point(found: re.Match[str]) -> str:
        digits = found.group(1) or found.group(2)
        return chr(int(digits, 16))

    decoded = re.sub(r"\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})", code_point, text)
    return decoded.encode("utf-16", "surrogatepass").decode("utf-16")


def compile_pattern(source: str, flags: str) -> Any:
    """The compiled pattern of a JS regular expression: Python's ``re`` where it takes the
    translated pattern (the faster to compile and to match), else the ``regex`` package, which
    also runs a lookbehind of varying length (``(?<=\\$\\d+)``) as JS does.  Raises ``re.error`` (or
    ValueError, OverflowError) for what neither takes."""
    unicode = "u" in flags or "v" in flags
    if "v" in flags and _CLASS_SET_SYNTAX.search(source):
        raise ValueError("the `v` flag's set operations and nested classes are not supported")
    translated = translate(source, "m" in flags, unicode)
    try:
        return re.compile(translated, _options(re, flags))
    except re.error as refused:
        import regex

        try:
            return regex.compile(translated, _options(regex, flags))
        except regex.error:
            raise refused from None


def _options(engine: Any, flags: str) -> int:
    return (engine.IGNORECASE if "i" in flags else 0) | (engine.MULTILINE if "m" in flags else 0) | \
        (engine.DOTALL if "s" in flags else 0)


class RegExp(metaclass=BuiltinClass):
    """A JS RegExp: ``source``, ``flags``, ``global``, ``lastIndex``, ``test``, ``exec``."""

    def __init__(self, source: Any = "(?:)", flags: Any = "") -> None:
        if isinstance(source, RegExp):
            source, flags = source.source, source.flags if flags in ("", undefined) else flags
        from .ops import to_str

        text = "" if source is undefined else source if type(source) is str else to_str(source)
        flags = "" if flags is undefined else flags if type(flags) is str else to_str(flags)
        bad = set(flags) - set(FLAGS)
        if bad or len(set(flags)) != len(flags) or "u" in flags and "v" in flags:
            raise JSSyntaxError(f"Invalid regular expression flags '{flags}'")
        try:
            compiled = compile_pattern(text, flags)
        except (re.error, ValueError, OverflowError) as exc:
            raise JSSyntaxError(f"Invalid regular expression: /{text}/: {exc}") from None
        attributes = self.__dict__  # (source and flags are read-only once set)
        attributes["_compiled"] = compiled
        attributes["source"] = escape_source(text)
        attributes["flags"] = "".join(flag for flag in "dgimsuvy" if flag in flags)
        attributes["lastIndex"] = 0
        attributes["_js_attributes"] = {"lastIndex": (True, False, False)}  # (writable only)

    def __getitem__(self, key: Any) -> Any:  # `re[k]`: as any object's property
        from .host import host_get
        from .values import to_property_key

        return host_get(self, key if type(key) is str else to_property_key(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        from .host import host_set
        from .values import to_property_key

        host_set(self, key if type(key) is str else to_property_key(key), value)

    def __getattr__(self, name: str) -> Any:
        flag = _FLAG_OF.get(name)
        if flag is not None:
            return flag in self.flags
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FLAG_OF or name in ("source", "flags") and "flags" in self.__dict__:
            return  # accessors of RegExp.prototype without a setter: an assignment does nothing
        object.__setattr__(self, name, value)

    def _search(self, text: str, start: int) -> re.Match[str] | None:
        if "y" in self.flags:
            return self._compiled.match(text, start)
        return self._compiled.search(text, start)

    def exec(self, text: Any) -> Any:
        from .ops import to_integer, to_str

        text = to_str(text)
        keep_position = "g" in self.flags or "y" in self.flags
        start = self.lastIndex if type(self.lastIndex) is int else to_integer(self.lastIndex)  # ToLength
        start = max(start, 0) if keep_position else 0
        match = self._search(text, start) if start <= len(text) else None
        if match is None:
            if keep_position:
                self._set_last_index(0)
            return None
        if keep_position:
            self._set_last_index(match.end() if match.end() > match.start() else match.end() + 1)
        return _match_array(match, text)

    def _set_last_index(self, value: int) -> None:
        from .host import attributes_of

        if not attributes_of(self, "lastIndex")[0]:  # made read-only with Object.defineProperty
            raise JSTypeError("Cannot assign to read only property 'lastIndex' of object")
        self.lastIndex = value

    def test(self, text: Any) -> bool:
        return self.exec(text) is not None

    def toString(self) -> str:
        return f"/{self.source}/{self.flags}"

    def __repr__(self) -> str:
        return self.toString()

    def js_json_properties(self) -> list[tuple[str, Any]]:
        return []  # JSON.stringify(/x/) is "{}"


# The flag each boolean accessor of RegExp.prototype reports.
_FLAG_OF = {"hasIndices": "d", "global": "g", "ignoreCase": "i", "multiline": "m", "dotAll": "s", "unicode": "u",
            "unicodeSets": "v", "sticky": "y"}
_LINE_TERMINATORS = {"\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def escape_source(pattern: str) -> str:
    """EscapeRegExpPattern: the ``source`` that reads back as the same literal (``/`` and line
    terminators escaped, ``(?:)`` for an empty pattern)."""
    if not pattern:
        return "(?:)"
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        out.append("\\/" if ch == "/" and not in_class else _LINE_TERMINATORS.get(ch, ch))
        i += 1
    return "".join(out)


def _flag_getter(name: str) -> Any:
    """``get RegExp.prototype.global`` and the other flags: undefined on RegExp.prototype itself."""
    def get(this: Any) -> Any:
        if isinstance(this, RegExp):
            return _FLAG_OF[name] in this.flags
        return _on_prototype(this, name, undefined)
    return get


def _on_prototype(this: Any, name: str, value: Any) -> Any:
    from .ops import strict_eq
    from .realm import current

    if strict_eq(this, current().prototype("RegExp")):
        return value
    raise JSTypeError(f"RegExp.prototype.{name} getter called on an incompatible receiver")


def _source(this: Any) -> Any:
    return this.source if isinstance(this, RegExp) else _on_prototype(this, "source", "(?:)")


def _flags(this: Any) -> str:
    """``get RegExp.prototype.flags``: generic, from the flag accessors ``this`` answers."""
    from .descriptors import is_object
    from .ops import get, truthy

    if not is_object(this):
        raise JSTypeError("RegExp.prototype.flags getter called on a value that is not an object")
    return "".join(flag for name, flag in _FLAG_OF.items() if truthy(get(this, name)))


def _match_array(match: re.Match[str], text: str) -> JSArray:
    result = JSArray([match.group(0), *(g if g is not None else undefined for g in match.groups())])
    named = match.groupdict()
    result["index"] = match.start()
    result["input"] = text
    result["groups"] = JSObject({k: (v if v is not None else undefined) for k, v in named.items()}) if named else undefined
    return result


def expand(replacement: str, match: re.Match[str], text: str) -> str:
    """A JS replacement string: ``$$``, ``$&``, ``$``` ``, ``$'``, ``$1``..``$99``, ``$<name>``."""
    out: list[str] = []
    i = 0
    groups = match.groups()
    while i < len(replacement):
        ch = replacement[i]
        if ch != "$" or i + 1 >= len(replacement):
            out.append(ch)
            i += 1
            continue
        nxt = replacement[i + 1]
        if nxt == "$":
            out.append("$")
            i += 2
        elif nxt == "&":
            out.append(match.group(0))
            i += 2
        elif nxt == "`":
            out.append(text[:match.start()])
            i += 2
        elif nxt == "'":
            out.append(text[match.end():])
            i += 2
        elif nxt.isdigit():
            two = replacement[i + 1:i + 3]
            number = int(two) if two.isdigit() and 1 <= int(two) <= len(groups) else int(nxt)
            if 1 <= number <= len(groups):
                out.append(groups[number - 1] or "")
                i += 3 if two.isdigit() and int(two) == number else 2  # (`$01` is group 1)
            else:
                out.append("$" + nxt)
                i += 2
        elif nxt == "<" and match.re.groupindex and ">" in replacement[i:]:
            end = replacement.index(">", i)
            out.append(match.groupdict().get(replacement[i + 2:end]) or "")
            i = end + 1
        else:
            out.append("$")
            i += 1
    return "".join(out)


def replace(text: str, regex: RegExp, replacement: Any) -> str:
    from .ops import to_str
    from .values import call_with_arity

    def substitute(match: re.Match[str]) -> str:
        if callable(replacement) and replacement is not undefined and not isinstance(replacement, str):
            args = [match.group(0), *(g if g is not None else undefined for g in match.groups()), match.start(), text]
            return to_str(call_with_arity(replacement, *args))
        return expand(to_str(replacement), match, text)

    if "g" in regex.flags:
        regex.lastIndex = 0
        return regex._compiled.sub(substitute, text)
    match = regex._search(text, 0)
    if match is None:
        return text
    return text[:match.start()] + substitute(match) + text[match.end():]


def match(text: str, regex: RegExp) -> Any:
    if "g" not in regex.flags:
        regex.lastIndex = 0
        return regex.exec(text)
    found = [m.group(0) for m in regex._compiled.finditer(text)]
    regex.lastIndex = 0
    return JSArray(found) if found else None


def split(text: str, regex: RegExp, limit: Any = undefined) -> JSArray:
    from .ops import to_integer

    parts: list[Any] = []
    position = 0
    for found in regex._compiled.finditer(text):
        if found.end() == found.start() and (found.start() == 0 or found.start() >= len(text)):
            continue
        parts.append(text[position:found.start()])
        parts.extend(g if g is not None else undefined for g in found.groups())
        position = found.end()
    parts.append(text[position:])
    if limit is not undefined:
        parts = parts[:to_integer(limit)]
    return JSArray(parts)


def search(text: str, regex: RegExp) -> int:
    found = regex._compiled.search(text)
    return found.start() if found else -1



def _register_prototype() -> None:
    from .prototypes import class_prototype

    getters = {name: _flag_getter(name) for name in _FLAG_OF if name != "unicodeSets"}
    class_prototype("RegExp", RegExp, ("exec", "test", "toString"),
                    own_getters={**getters, "source": _source, "flags": _flags})


_register_prototype()
