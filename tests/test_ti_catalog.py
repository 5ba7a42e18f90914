"""The Ti API the runtime models is read from its classes (runtime/ti/catalog.py): the names the
SDK documents for Ti.Database, Ti.XML, Ti.Buffer and Ti.Codec are there, declared once."""

from __future__ import annotations

from ti2py.runtime.ti.catalog import api_members, api_methods, ti_classes

DOCUMENTED = {
    "Ti": ({"createBuffer"}, {"version", "buildDate", "buildHash", "userAgent"}),  # (namespaces are instances)
    "Ti.Database": ({"open", "install"}, {"FIELD_TYPE_STRING", "FIELD_TYPE_INT", "FIELD_TYPE_FLOAT", "FIELD_TYPE_DOUBLE"}),
    "Ti.Database.DB": ({"execute", "executeAll", "executeAsync", "executeAllAsync", "close", "remove"},
                       {"name", "file", "lastInsertRowId", "rowsAffected"}),
    "Ti.Database.ResultSet": ({"isValidRow", "next", "field", "fieldByName", "fieldName", "close"},
                              {"fieldCount", "rowCount", "validRow"}),
    "Ti.XML": ({"parseString", "serializeToString"}, set()),
    "Cloud.Users": ({"create", "login", "logout", "showMe", "show", "query", "update", "remove"}, set()),
    "Cloud.Objects": ({"create", "show", "query", "update", "remove"}, set()),
    "Ti.XML.Document": ({"createElement", "createTextNode", "getElementsByTagName", "getElementById", "importNode",
                         "evaluate", "appendChild"}, {"documentElement", "doctype", "ELEMENT_NODE"}),
    "Ti.XML.Element": ({"getAttribute", "setAttribute", "removeAttribute", "getAttributeNode", "hasAttribute",
                        "getElementsByTagName", "getElementsByTagNameNS", "cloneNode", "insertBefore", "removeChild",
                        "replaceChild", "hasChildNodes", "normalize"},
                       {"tagName", "textContent", "text", "nodeName", "nodeValue", "nodeType", "parentNode",
                        "childNodes", "firstChild", "lastChild", "previousSibling", "nextSibling", "attributes",
                        "ownerDocument", "namespaceURI", "prefix", "localName"}),
    "Ti.XML.NodeList": ({"item"}, set()),
    "Ti.XML.NamedNodeMap": ({"item", "getNamedItem", "setNamedItem", "removeNamedItem"}, {"length"}),
    "Ti.XML.Text": ({"splitText", "substringData", "appendData"}, {"data", "length"}),
    "Ti.Buffer": ({"append", "insert", "copy", "clone", "fill", "clear", "release", "toString", "toBlob"},
                  {"length"}),  # (byteOrder is set per instance)
    "Ti.Codec": ({"encodeNumber", "decodeNumber", "encodeString", "decodeString", "getNativeByteOrder"},
                 {"CHARSET_ASCII", "CHARSET_ISO_LATIN_1", "CHARSET_UTF8", "CHARSET_UTF16", "CHARSET_UTF16BE",
                  "CHARSET_UTF16LE", "TYPE_BYTE", "TYPE_SHORT", "TYPE_INT", "TYPE_FLOAT", "TYPE_LONG", "TYPE_DOUBLE",
                  "BIG_ENDIAN", "LITTLE_ENDIAN"}),
}


def test_documented_names_are_members_of_the_runtime_classes() -> None:
    classes = {cls.js_class: cls for cls in ti_classes()}
    missing = {}
    for js_class, (methods, values) in DOCUMENTED.items():
        have_methods, have_values = api_members(classes[js_class])
        gaps = sorted((methods - have_methods) | (values - have_values))
        if gaps:
            missing[js_class] = gaps
    assert missing == {}


def test_every_class_names_itself_once_and_helpers_stay_out() -> None:
    names = [cls.js_class for cls in ti_classes()]
    assert len(names) == len(set(names))
    methods = api_methods()
    assert {"execute", "fieldByName", "parseString", "encodeNumber", "createBuffer"} <= methods
    assert not {"properties", "listeners", "bytes", "find", "push_callback"} & methods
    # `create` is ACS's own name for Cloud.Users/Cloud.Objects' first call, and a helper's elsewhere
    assert {cls.js_class for cls in ti_classes() if "create" in api_members(cls)[0]} == {"Cloud.Users", "Cloud.Objects"}
