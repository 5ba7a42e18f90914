"""Ti.Buffer, Ti.Codec and the SDK's identity (Ti.version, buildDate, buildHash, userAgent)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import run_translated
from ti2py.runtime import App


def test_buffers_are_created_resized_and_copied(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
function hex(b) {
  var out = [];
  for (var i = 0; i < b.length; i++) {
    var v = Ti.Codec.decodeNumber({source: b, position: i, type: Ti.Codec.TYPE_BYTE});
    out.push(((v + 256) % 256).toString(16));
  }
  return out.join(' ');
}
var empty = Ti.createBuffer();
var sized = Ti.createBuffer({length: 4});
var text = Ti.createBuffer({value: 'héllo'});
var wide = Ti.createBuffer({value: 'Ti', type: Ti.Codec.CHARSET_UTF16BE});
var number = Ti.createBuffer({value: 258, type: Ti.Codec.TYPE_SHORT, byteOrder: Ti.Codec.BIG_ENDIAN});
Ti.API.info(empty.length + ' ' + sized.length + ' [' + hex(sized) + '] ' + text.length + ' ' + text.toString() + ' [' + hex(wide) + '] [' + hex(number) + ']');
Ti.API.info('appended ' + sized.append(text) + ' -> ' + sized.length + ', part ' + sized.append(wide, 1, 1) + ' [' + hex(sized) + ']');
var b = Ti.createBuffer({value: 'abcdef'});
Ti.API.info('inserted ' + b.insert(Ti.createBuffer({value: 'XY'}), 2) + ' ' + b.toString() + ', copied ' + b.copy(Ti.createBuffer({value: '123456789'}), 5, 2, 7) + ' ' + b.toString());
var c = b.clone(1, 3);
c.fill(0x2a, 1, 1);
Ti.API.info('clone ' + c.toString() + ' ' + b.clone().toString() + ' ' + (b.clone() !== b));
b.length = 3;
Ti.API.info('truncated ' + b.toString() + ', grown [' + (function () { b.length = 5; return hex(b); })() + ']');
b.fill(0x41);
var blob = b.toBlob();
b.clear();
Ti.API.info('blob ' + blob.text + ' ' + blob.length + ', cleared [' + hex(b) + ']');
b.release();
Ti.API.info('released ' + b.length);
try { b.copy(text, 3); } catch (e) { Ti.API.info('out of range: ' + e.message); }
try { Ti.createBuffer({value: 5}); } catch (e) { Ti.API.info('no type: ' + e.message); }
""")
    assert log == [
        "0 4 [0 0 0 0] 6 héllo [0 54 0 69] [1 2]",
        "appended 6 -> 10, part 1 [0 0 0 0 68 c3 a9 6c 6c 6f 54]",
        "inserted 2 abXYcdef, copied 3 abXYc345",
        "clone b*Y abXYc345 true",
        "truncated abX, grown [61 62 58 0 0]",
        "blob AAAAA 5, cleared [0 0 0 0 0]",
        "released 0",
        "out of range: copy: offset 3 and length 0 are outside the buffer of 0 bytes",
        "no type: Ti.createBuffer: `type` is required when `value` is a Number",
    ]


def test_codec_numbers_and_strings(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
var C = Ti.Codec;
var buffer = Ti.createBuffer({length: 20});
var after = C.encodeNumber({source: 0x3456789a, dest: buffer, position: 2, type: C.TYPE_INT, byteOrder: C.BIG_ENDIAN});
Ti.API.info('int ends at ' + after + ': ' + C.decodeNumber({source: buffer, position: 2, type: C.TYPE_INT, byteOrder: C.BIG_ENDIAN})
  + ' ' + C.decodeNumber({source: buffer, position: 2, type: C.TYPE_BYTE}) + ' ' + C.decodeNumber({source: buffer, position: 2, type: C.TYPE_INT, byteOrder: C.LITTLE_ENDIAN}));
C.encodeNumber({source: 1.23456789, dest: buffer, type: C.TYPE_DOUBLE});
C.encodeNumber({source: -2, dest: buffer, position: 8, type: C.TYPE_LONG});
C.encodeNumber({source: 0.5, dest: buffer, position: 16, type: C.TYPE_FLOAT, byteOrder: C.BIG_ENDIAN});
Ti.API.info(C.decodeNumber({source: buffer, type: C.TYPE_DOUBLE}) + ' ' + C.decodeNumber({source: buffer, position: 8, type: C.TYPE_LONG})
  + ' ' + C.decodeNumber({source: buffer, position: 16, type: C.TYPE_FLOAT, byteOrder: C.BIG_ENDIAN})
  + ' ' + C.decodeNumber({source: buffer, position: 8, type: C.TYPE_SHORT}) + ' native ' + (C.getNativeByteOrder() === C.LITTLE_ENDIAN));
C.encodeNumber({source: 300, dest: buffer, type: C.TYPE_BYTE});
Ti.API.info('300 as a byte: ' + C.decodeNumber({source: buffer, type: C.TYPE_BYTE}));
try { C.decodeNumber({source: buffer, position: 18, type: C.TYPE_INT}); } catch (e) { Ti.API.info(e.message); }
var text = Ti.createBuffer({length: 32});
var end = C.encodeString({source: 'jack jumped over', sourcePosition: 5, sourceLength: 6, dest: text, destPosition: 1});
Ti.API.info('encoded to ' + end + ': ' + C.decodeString({source: text, position: 1, length: end - 1}));
var utf16 = Ti.createBuffer({length: 22});
Ti.API.info('utf16 with BOM: ' + C.encodeString({source: 'jack jumped over the candle stick', sourceLength: 10, dest: utf16, charset: C.CHARSET_UTF16})
  + ' ' + C.decodeString({source: utf16, charset: C.CHARSET_UTF16}));
var latin = Ti.createBuffer({length: 3});
C.encodeString({source: 'çà!', dest: latin, charset: C.CHARSET_ISO_LATIN_1});
Ti.API.info('latin-1 ' + latin.length + ' ' + C.decodeString({source: latin, charset: C.CHARSET_ISO_LATIN_1}) + ' ' + C.CHARSET_UTF8 + ' ' + C.TYPE_LONG);
try { C.encodeString({source: 'x', dest: latin, charset: 'ebcdic'}); } catch (e) { Ti.API.info(e.message); }
try { C.encodeString({source: 'too long', dest: latin}); } catch (e) { Ti.API.info(e.message); }
""")
    assert log == [
        "int ends at 6: 878082202 52 -1703389644",
        "1.23456789 -2 0.5 -2 native true",
        "300 as a byte: 44",
        "decodeNumber: offset 18 and length 4 are outside the buffer of 20 bytes",
        "encoded to 7: jumped",
        "utf16 with BOM: 22 jack jumpe",
        "latin-1 3 çà! utf8 long",
        "Invalid charset: ebcdic",
        "encodeString: dest: offset 0 and length 8 are outside the buffer of 3 bytes",
    ]


def test_the_sdk_identity(tmp_path: Path) -> None:
    log = run_translated(tmp_path, """
Ti.API.info(Ti.version + ' | ' + Titanium.version.split('.').length + ' | ' + Ti.buildDate + ' | ' + Ti.buildHash + ' | ' + Ti.userAgent);
Ti.API.info(typeof Ti.version + ' ' + (parseFloat(Ti.version) >= 12));
""")
    version, parts, date, build, agent = log[0].split(" | ")
    assert version == "12.2.0" and parts == "3"
    assert re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4} \d{2}:\d{2}", date) and re.fullmatch(r"[0-9a-f]{7,10}", build)
    assert agent == "Appcelerator Titanium/12.2.0 (iPhone/17.5; iOS; en_US;)"
    assert log[1] == "string true"


def test_buffer_index_access_from_python(tmp_path: Path) -> None:
    app = App("buffers", data_dir=tmp_path, out=None)
    buffer = app.Ti.createBuffer(None)
    buffer.length = 3
    buffer[1] = 0x141  # a byte keeps the low 8 bits
    setattr(buffer, "2", 7)  # what JS `buffer[2] = 7` does to a proxy
    assert buffer.js_bytes() == b"\x00\x41\x07" and buffer[1] == 0x41 and buffer["2"] == 7
