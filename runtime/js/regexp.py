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

_CLASS_ESCAPES = {"d": "0-9", "w": "A-Za-z0-9_", "s": None}
_ESCAPES = {"d": "[0-9]", "D": "[^0-9]", "w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]"}


def translate(pattern: str, multiline: bool) -> str:
    """The Python ``re`` pattern that matches what the JS pattern matches."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if not in_class and nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
            elif in_class and nxt in ("d", "w"):
                out.append(_CLASS_ESCAPES[nxt] or "")
            elif nxt == "u" and pattern[i + 2:i + 3] == "{":
                end = pattern.index("}", i)
                out.append(f"\\U{int(pattern[i + 3:end], 16):08x}")
                i = end + 1
                continue
            elif nxt == "k" and pattern[i + 2:i + 3] == "<":
                end = pattern.index(">", i)
                out.append(f"(?P={pattern[i + 3:end]})")
                i = end + 1
                continue
            elif nxt == "/":
                out.append("/")
            else:
                out.append(ch + nxt)
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            elif ch == "[":
                out.append("\\[")
                i += 1
                continue
            out.append(ch)
        elif ch == "[":
            if pattern.startswith("[^]", i):
                out.append("[\\s\\S]")
                i += 3
                continue
            if pattern.startswith("[]", i):
                out.append("(?!)")  # an empty class matches nothing in JS
                i += 2
                continue
            in_class = True
            out.append(ch)
        elif ch == "$" and not multiline:
            out.append("(?!(?s:.))")  # the very end, not before a final newline as Python's $ is
        elif ch == "(" and pattern.startswith("(?<", i) and pattern[i + 3:i + 4] not in ("=", "!"):
            out.append("(?P<")
            i += 3
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


class RegExp(metaclass=BuiltinClass):
    """A JS RegExp: ``source``, ``flags``, ``global``, ``lastIndex``, ``test``, ``exec``."""

    def __init__(self, source: Any = "(?:)", flags: Any = "") -> None:
        if isinstance(source, RegExp):
            source, flags = source.source, source.flags if flags in ("", undefined) else flags
        from .ops import to_str

        self.source: str = "(?:)" if source is undefined else source if type(source) is str else to_str(source)
        self.flags: str = "" if flags is undefined else flags if type(flags) is str else to_str(flags)
        bad = set(self.flags) - set("gimsuy")
        if bad or len(set(self.flags)) != len(self.flags):
            raise JSSyntaxError(f"Invalid regular expression flags '{self.flags}'")
        options = (re.IGNORECASE if "i" in self.flags else 0) | (re.MULTILINE if "m" in self.flags else 0)
        options |= re.DOTALL if "s" in self.flags else 0
        try:
            self._compiled = re.compile(translate(self.source, "m" in self.flags), options)
        except (re.error, ValueError) as exc:
            raise JSSyntaxError(f"Invalid regular expression: /{self.source}/: {exc}") from None
        self.lastIndex = 0

    def __getitem__(self, key: Any) -> Any:  # `re[k]`: as any object's property
        from .host import host_get
        from .values import to_property_key

        return host_get(self, key if type(key) is str else to_property_key(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        from .host import host_set
        from .values import to_property_key

        host_set(self, key if type(key) is str else to_property_key(key), value)

    def __getattr__(self, name: str) -> Any:
        if name == "global":
            return "g" in self.flags
        if name in ("ignoreCase", "multiline", "sticky"):
            return {"ignoreCase": "i", "multiline": "m", "sticky": "y"}[name] in self.flags
        raise AttributeError(name)

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
                i += 1 + len(str(number)) if two.isdigit() and int(two) == number else 2
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

    class_prototype("RegExp", RegExp, ("exec", "test", "toString"),
                    ("source", "flags", "global", "ignoreCase", "multiline", "sticky"))


_register_prototype()
