"""``Ti.Buffer`` (``Ti.createBuffer``) and ``Ti.Codec``: raw bytes, and numbers and strings
written into them and read back.

A Buffer is a ``bytearray``; every offset is checked, and one outside the buffer throws a JS
``Error``, as the SDK throws.  Byte orders are the iOS SDK's values (CoreFoundation's
``CFByteOrder``: little-endian 1, big-endian 2); the simulated iPhone is little-endian (arm64).
Encoding a string or number that does not fit the destination throws instead of growing it
(UNVERIFIED: what iOS does there is not documented; the documented examples size the buffer first).
"""

from __future__ import annotations

import builtins  # (annotations: the method ``bytes`` shadows the type inside Buffer)
import struct
from typing import TYPE_CHECKING, Any

from ..js.ops import is_number, to_number, to_str
from ..js.values import JSError, JSObject, undefined
from .filesystem import Blob
from .proxy import Proxy

if TYPE_CHECKING:
    from ..app import App

# CHARSETS (Ti.Codec.CHARSET_* value -> Python codec) and TYPES (Ti.Codec.TYPE_* value -> struct
# format and size) are built from the Codec class's constants, at the end of this file.


def _int(value: Any, default: int) -> int:
    if value is undefined or value is None:
        return default
    number = to_number(value)
    if not is_number(number) or number != number or number in (float("inf"), float("-inf")):
        raise JSError(f"Invalid number: {to_str(value)}")
    return int(number)


def _option(options: Any, name: str) -> Any:
    return options[name] if isinstance(options, JSObject) else undefined


def _charset(value: Any) -> str:
    name = Codec.CHARSET_UTF8 if value is undefined or value is None else to_str(value)
    if name not in CHARSETS:
        raise JSError(f"Invalid charset: {name}")
    return CHARSETS[name]


def _order(value: Any) -> str:
    native = Codec._NATIVE_ORDER
    order = native if value is undefined or value is None else _int(value, native)
    if order not in (Codec.LITTLE_ENDIAN, Codec.BIG_ENDIAN):
        raise JSError(f"Invalid byte order: {to_str(value)}")
    return "<" if order == Codec.LITTLE_ENDIAN else ">"


def _range(offset: int, length: int, size: int, what: str) -> None:
    if offset < 0 or length < 0 or offset + length > size:
        raise JSError(f"{what}: offset {offset} and length {length} are outside the buffer of {size} bytes")


def _source(value: Any) -> "Buffer":
    if not isinstance(value, Buffer):
        raise JSError("Invalid type: a Ti.Buffer is required")
    return value


def encode_number(data: bytearray, number: Any, kind: str, position: int, order: str) -> int:
    """Write ``number`` as TYPE ``kind`` at ``position``; the position after it."""
    if kind not in TYPES:
        raise JSError(f"Invalid type: {kind}")
    code, size = TYPES[kind]
    _range(position, size, len(data), "encodeNumber")
    value = to_number(number)
    if code in "fd":
        packed = struct.pack(order + code, float(value))
    else:
        # Integers wrap to the type's width, as the SDK's C casts do (NaN and Infinity become 0).
        whole = int(value) if value == value and abs(value) != float("inf") else 0
        packed = (whole % (1 << (8 * size))).to_bytes(size, "little" if order == "<" else "big")
    data[position:position + size] = packed
    return position + size


class Buffer(Proxy):
    """``Ti.Buffer``: ``length`` (settable: grows with zeros or truncates), the copy operations,
    ``toString``/``toBlob``, and ``buffer[i]`` from Python (reads and writes one byte)."""

    js_class = "Ti.Buffer"

    def __init__(self, app: "App", data: bytes | bytearray = b"", byte_order: int | None = None) -> None:
        super().__init__(app)
        object.__setattr__(self, "_data", bytearray(data))
        object.__setattr__(self, "byteOrder", Codec._NATIVE_ORDER if byte_order is None else byte_order)

    # -- properties ------------------------------------------------------------------------------
    @property
    def length(self) -> int:
        return len(self._data)

    @length.setter
    def length(self, value: Any) -> None:
        size = _int(value, 0)
        if size < 0:
            raise JSError(f"Invalid buffer length: {size}")
        if size < len(self._data):
            del self._data[size:]
        else:
            self._data.extend(bytes(size - len(self._data)))

    def __setattr__(self, name: str, value: Any) -> None:
        # JS ``buffer[3] = 7`` reaches a proxy as setattr("3", 7): it writes the byte.
        if name.isdigit():
            self[name] = value
        else:
            super().__setattr__(name, value)

    def js_bytes(self) -> builtins.bytes:
        """The content (for Python code and other Ti objects)."""
        return bytes(self._data)

    # -- methods ---------------------------------------------------------------------------------
    def append(self, source: Any = undefined, offset: Any = undefined, length: Any = undefined) -> int:
        chunk = self._slice(_source(source), offset, length, "append")
        self._data.extend(chunk)
        return len(chunk)

    def insert(self, source: Any = undefined, offset: Any = 0, source_offset: Any = undefined,
               source_length: Any = undefined) -> int:
        at = _int(offset, 0)
        _range(at, 0, len(self._data), "insert")
        chunk = self._slice(_source(source), source_offset, source_length, "insert")
        self._data[at:at] = chunk
        return len(chunk)

    def copy(self, source: Any = undefined, offset: Any = 0, source_offset: Any = undefined,
             source_length: Any = undefined) -> int:
        """Copy into this buffer at ``offset`` without growing it: what does not fit is dropped."""
        at = _int(offset, 0)
        _range(at, 0, len(self._data), "copy")
        chunk = self._slice(_source(source), source_offset, source_length, "copy")[: len(self._data) - at]
        self._data[at:at + len(chunk)] = chunk
        return len(chunk)

    def clone(self, offset: Any = undefined, length: Any = undefined) -> "Buffer":
        return Buffer(self._app, self._slice(self, offset, length, "clone"), self.byteOrder)

    def fill(self, byte: Any = 0, offset: Any = undefined, length: Any = undefined) -> None:
        start = _int(offset, 0)
        count = min(_int(length, len(self._data) - start), len(self._data) - start)
        _range(start, max(count, 0), len(self._data), "fill")
        self._data[start:start + count] = bytes([_int(byte, 0) & 0xFF]) * count

    def clear(self) -> None:
        self._data[:] = bytes(len(self._data))

    def release(self) -> None:
        self._data.clear()

    def toString(self) -> str:
        return self._data.decode("utf-8", errors="replace")

    def toBlob(self) -> Blob:
        return Blob(self._app, data=bytes(self._data))

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            index = int(key)
            return self._data[index] if 0 <= index < len(self._data) else undefined
        return super().__getitem__(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            index = int(key)
            _range(index, 1, len(self._data), "buffer[index]")
            self._data[index] = _int(value, 0) & 0xFF
        else:
            super().__setitem__(key, value)

    def _slice(self, source: "Buffer", offset: Any, length: Any, what: str) -> builtins.bytes:
        start = _int(offset, 0)
        count = _int(length, len(source._data) - start)
        _range(start, count, len(source._data), what)
        return bytes(source._data[start:start + count])


def create_buffer(app: "App", options: Any = undefined) -> Buffer:
    """``Ti.createBuffer({length, value, type, byteOrder})``: ``value`` a String (encoded with the
    charset in ``type``, UTF-8 by default) or a Number (encoded as ``type``, which is required)."""
    order = _int(_option(options, "byteOrder"), Codec._NATIVE_ORDER)
    length, value, kind = _option(options, "length"), _option(options, "value"), _option(options, "type")
    buffer = Buffer(app, byte_order=order)
    if isinstance(value, str):
        buffer._data.extend(value.encode(_charset(kind)))
    elif is_number(value):
        if kind is undefined or kind is None:
            raise JSError("Ti.createBuffer: `type` is required when `value` is a Number")
        buffer._data.extend(bytes(TYPES.get(to_str(kind), ("", 0))[1]))
        encode_number(buffer._data, value, to_str(kind), 0, _order(order))
    if length is not undefined and length is not None:
        buffer.length = length
    return buffer


class Codec(Proxy):
    """``Ti.Codec``: strings and numbers to and from Buffers."""

    js_class = "Ti.Codec"
    CHARSET_ASCII, CHARSET_ISO_LATIN_1, CHARSET_UTF8 = "ascii", "iso-latin-1", "utf8"
    CHARSET_UTF16, CHARSET_UTF16BE, CHARSET_UTF16LE = "utf16", "utf16be", "utf16le"
    TYPE_BYTE, TYPE_SHORT, TYPE_INT, TYPE_FLOAT, TYPE_LONG, TYPE_DOUBLE = "byte", "short", "int", "float", "long", "double"
    # CoreFoundation's CFByteOrder values, which the iOS SDK returns; the iPhone (arm64) is little-endian.
    LITTLE_ENDIAN, BIG_ENDIAN = 1, 2
    _NATIVE_ORDER = LITTLE_ENDIAN

    def getNativeByteOrder(self) -> int:
        return Codec._NATIVE_ORDER

    def encodeNumber(self, options: Any = undefined) -> int:
        dest = _source(_option(options, "dest"))
        return encode_number(dest._data, _option(options, "source"), to_str(_option(options, "type")),
                             _int(_option(options, "position"), 0), _order(_option(options, "byteOrder")))

    def decodeNumber(self, options: Any = undefined) -> Any:
        source = _source(_option(options, "source"))
        kind = to_str(_option(options, "type"))
        if kind not in TYPES:
            raise JSError(f"Invalid type: {kind}")
        code, size = TYPES[kind]
        position = _int(_option(options, "position"), 0)
        _range(position, size, len(source._data), "decodeNumber")
        (value,) = struct.unpack_from(_order(_option(options, "byteOrder")) + code, source._data, position)
        return value

    def encodeString(self, options: Any = undefined) -> int:
        """Encode ``source`` (from ``sourcePosition``, ``sourceLength`` characters) into ``dest``
        at ``destPosition``; the position after the bytes written."""
        text = _option(options, "source")
        if text is undefined or text is None:
            raise JSError("encodeString: `source` is required")
        text = to_str(text)
        dest = _source(_option(options, "dest"))
        start = _int(_option(options, "sourcePosition"), 0)
        count = _int(_option(options, "sourceLength"), len(text) - start)
        _range(start, count, len(text), "encodeString: source")
        encoded = text[start:start + count].encode(_charset(_option(options, "charset")))
        at = _int(_option(options, "destPosition"), 0)
        _range(at, len(encoded), len(dest._data), "encodeString: dest")
        dest._data[at:at + len(encoded)] = encoded
        return at + len(encoded)

    def decodeString(self, options: Any = undefined) -> str:
        source = _source(_option(options, "source"))
        start = _int(_option(options, "position"), 0)
        count = _int(_option(options, "length"), len(source._data) - start)
        _range(start, count, len(source._data), "decodeString")
        return source._data[start:start + count].decode(_charset(_option(options, "charset")), errors="replace")


# UTF-16 with the default order writes a byte-order mark, as the SDK's documented example counts
# ("(10 * 2) + BOM = 22").
CHARSETS = {
    Codec.CHARSET_ASCII: "ascii",
    Codec.CHARSET_ISO_LATIN_1: "latin-1",
    Codec.CHARSET_UTF8: "utf-8",
    Codec.CHARSET_UTF16: "utf-16",
    Codec.CHARSET_UTF16BE: "utf-16-be",
    Codec.CHARSET_UTF16LE: "utf-16-le",
}
TYPES = {
    Codec.TYPE_BYTE: ("b", 1),
    Codec.TYPE_SHORT: ("h", 2),
    Codec.TYPE_INT: ("i", 4),
    Codec.TYPE_FLOAT: ("f", 4),
    Codec.TYPE_LONG: ("q", 8),
    Codec.TYPE_DOUBLE: ("d", 8),
}

__all__ = ["Buffer", "Codec", "CHARSETS", "TYPES", "create_buffer"]
