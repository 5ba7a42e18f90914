"""Method names of each Ti class the runtime models (js_class -> names, inherited ones included).

Generated from the runtime's classes (runtime/ti/catalog.py) by
``python -m ti2py.transpiler.gen_ti_api_names``; do not edit by hand.
"""

METHODS: dict[str, tuple[str, ...]] = {
    "Cloud.PushNotifications": (
        "addEventListener", "fireEvent", "removeEventListener", "subscribe", "subscribeToken", "toString",
        "unsubscribe", "unsubscribeToken",
    ),
    "Modules.URLSession": (
        "addEventListener", "backgroundDownloadTaskWithURL", "createSession", "createSessionConfiguration",
        "createURLSession", "createURLSessionBackgroundConfiguration", "downloadTask",
        "finishTasksAndInvalidate", "fireEvent", "invalidateAndCancel", "removeEventListener", "toString",
    ),
    "Modules.URLSession.Session": (
        "addEventListener", "dataTask", "downloadTask", "finishTasksAndInvalidate", "fireEvent", "flush",
        "invalidateAndCancel", "reattach", "removeEventListener", "reset", "toString", "uploadTask",
    ),
    "Modules.URLSession.SessionConfiguration": (
        "addEventListener", "fireEvent", "removeEventListener", "toString",
    ),
    "Ti": (
        "addEventListener", "createBuffer", "fireEvent", "include", "removeEventListener", "toString",
    ),
    "Ti.API": (
        "addEventListener", "debug", "error", "fireEvent", "info", "log", "removeEventListener", "toString",
        "trace", "warn",
    ),
    "Ti.App": (
        "addEventListener", "fireEvent", "removeEventListener", "toString",
    ),
    "Ti.App.Properties": (
        "addEventListener", "fireEvent", "getBool", "getDouble", "getInt", "getList", "getObject", "getString",
        "hasProperty", "listProperties", "removeEventListener", "removeProperty", "setBool", "setDouble",
        "setInt", "setList", "setObject", "setString", "toString",
    ),
    "Ti.App.iOS": (
        "addEventListener", "begin_handler", "endBackgroundHandler", "fire", "fireEvent",
        "registerUserNotificationSettings", "removeEventListener", "scheduleLocalNotification",
        "setMinimumBackgroundFetchInterval", "toString",
    ),
    "Ti.App.iOS.LocalNotification": (
        "addEventListener", "cancel", "fireEvent", "removeEventListener", "toString",
    ),
    "Ti.Blob": (
        "addEventListener", "fireEvent", "removeEventListener", "toString",
    ),
    "Ti.Buffer": (
        "addEventListener", "append", "clear", "clone", "copy", "fill", "fireEvent", "insert", "release",
        "removeEventListener", "toBlob", "toString",
    ),
    "Ti.Codec": (
        "addEventListener", "decodeNumber", "decodeString", "encodeNumber", "encodeString", "fireEvent",
        "getNativeByteOrder", "removeEventListener", "toString",
    ),
    "Ti.Database": (
        "addEventListener", "fireEvent", "install", "open", "removeEventListener", "toString",
    ),
    "Ti.Database.DB": (
        "addEventListener", "close", "execute", "executeAll", "executeAllAsync", "executeAsync", "fireEvent",
        "remove", "removeEventListener", "toString",
    ),
    "Ti.Database.ResultSet": (
        "addEventListener", "close", "field", "fieldByName", "fieldName", "fireEvent", "getFieldName",
        "isValidRow", "next", "removeEventListener", "toString",
    ),
    "Ti.Filesystem": (
        "addEventListener", "createTempDirectory", "createTempFile", "fireEvent", "getFile",
        "isExternalStoragePresent", "removeEventListener", "toString",
    ),
    "Ti.Filesystem.File": (
        "addEventListener", "append", "copy", "createDirectory", "createFile", "createTimestamp",
        "deleteDirectory", "deleteFile", "exists", "extension", "fireEvent", "getDirectoryListing", "getParent",
        "isDirectory", "isFile", "modificationTimestamp", "move", "read", "removeEventListener", "rename",
        "toString", "write",
    ),
    "Ti.Locale": (
        "addEventListener", "fireEvent", "getString", "removeEventListener", "toString",
    ),
    "Ti.Network": (
        "addEventListener", "createHTTPClient", "fireEvent", "registerForPushNotifications",
        "removeEventListener", "toString", "unregisterForPushNotifications",
    ),
    "Ti.Network.HTTPClient": (
        "abort", "addEventListener", "clearCookies", "fireEvent", "getAllResponseHeaders", "getResponseHeader",
        "open", "removeEventListener", "send", "setRequestHeader", "setTimeout", "toString",
    ),
    "Ti.Platform": (
        "addEventListener", "canOpenURL", "createUUID", "fireEvent", "is24HourTimeFormat", "openURL",
        "removeEventListener", "toString",
    ),
    "Ti.UI": (
        "addEventListener", "fireEvent", "removeEventListener", "toString",
    ),
    "Ti.UI.Button": (
        "addEventListener", "animate", "fireEvent", "remove", "removeAllChildren", "removeEventListener",
        "toString",
    ),
    "Ti.UI.ImageView": (
        "addEventListener", "animate", "fireEvent", "remove", "removeAllChildren", "removeEventListener",
        "toString",
    ),
    "Ti.UI.ProgressBar": (
        "addEventListener", "animate", "fireEvent", "hide", "remove", "removeAllChildren",
        "removeEventListener", "show", "toString",
    ),
    "Ti.UI.Tab": (
        "addEventListener", "animate", "fireEvent", "open", "remove", "removeAllChildren",
        "removeEventListener", "toString",
    ),
    "Ti.UI.TabGroup": (
        "addEventListener", "addTab", "animate", "close", "fireEvent", "open", "remove", "removeAllChildren",
        "removeEventListener", "removeTab", "toString",
    ),
    "Ti.UI.View": (
        "addEventListener", "animate", "fireEvent", "remove", "removeAllChildren", "removeEventListener",
        "toString",
    ),
    "Ti.UI.Window": (
        "addEventListener", "animate", "close", "fireEvent", "open", "remove", "removeAllChildren",
        "removeEventListener", "toString",
    ),
    "Ti.Utils": (
        "addEventListener", "base64decode", "base64encode", "fireEvent", "md5HexDigest", "removeEventListener",
        "sha1", "sha256", "toString",
    ),
    "Ti.XML": (
        "addEventListener", "fireEvent", "parseString", "removeEventListener", "serializeToString", "toString",
    ),
    "Ti.XML.Attr": (
        "addEventListener", "appendChild", "cloneNode", "evaluate", "fireEvent", "hasAttributes",
        "hasChildNodes", "insertBefore", "isSupported", "normalize", "removeChild", "removeEventListener",
        "replaceChild", "toString",
    ),
    "Ti.XML.CDATASection": (
        "addEventListener", "appendChild", "appendData", "cloneNode", "deleteData", "evaluate", "fireEvent",
        "hasAttributes", "hasChildNodes", "insertBefore", "insertData", "isSupported", "normalize",
        "removeChild", "removeEventListener", "replaceChild", "replaceData", "splitText", "substringData",
        "toString",
    ),
    "Ti.XML.CharacterData": (
        "addEventListener", "appendChild", "appendData", "cloneNode", "deleteData", "evaluate", "fireEvent",
        "hasAttributes", "hasChildNodes", "insertBefore", "insertData", "isSupported", "normalize",
        "removeChild", "removeEventListener", "replaceChild", "replaceData", "substringData", "toString",
    ),
    "Ti.XML.Comment": (
        "addEventListener", "appendChild", "appendData", "cloneNode", "deleteData", "evaluate", "fireEvent",
        "hasAttributes", "hasChildNodes", "insertBefore", "insertData", "isSupported", "normalize",
        "removeChild", "removeEventListener", "replaceChild", "replaceData", "substringData", "toString",
    ),
    "Ti.XML.Document": (
        "addEventListener", "appendChild", "cloneNode", "createAttribute", "createAttributeNS",
        "createCDATASection", "createComment", "createDocumentFragment", "createElement", "createElementNS",
        "createProcessingInstruction", "createTextNode", "evaluate", "fireEvent", "getElementById",
        "getElementsByTagName", "getElementsByTagNameNS", "hasAttributes", "hasChildNodes", "importNode",
        "insertBefore", "isSupported", "normalize", "removeChild", "removeEventListener", "replaceChild",
        "toString",
    ),
    "Ti.XML.DocumentFragment": (
        "addEventListener", "appendChild", "cloneNode", "evaluate", "fireEvent", "hasAttributes",
        "hasChildNodes", "insertBefore", "isSupported", "normalize", "removeChild", "removeEventListener",
        "replaceChild", "toString",
    ),
    "Ti.XML.DocumentType": (
        "addEventListener", "appendChild", "cloneNode", "evaluate", "fireEvent", "hasAttributes",
        "hasChildNodes", "insertBefore", "isSupported", "normalize", "removeChild", "removeEventListener",
        "replaceChild", "toString",
    ),
    "Ti.XML.Element": (
        "addEventListener", "appendChild", "cloneNode", "evaluate", "fireEvent", "getAttribute",
        "getAttributeNS", "getAttributeNode", "getAttributeNodeNS", "getElementsByTagName",
        "getElementsByTagNameNS", "hasAttribute", "hasAttributeNS", "hasAttributes", "hasChildNodes",
        "insertBefore", "isSupported", "normalize", "removeAttribute", "removeAttributeNS",
        "removeAttributeNode", "removeChild", "removeEventListener", "replaceChild", "setAttribute",
        "setAttributeNS", "setAttributeNode", "setAttributeNodeNS", "toString",
    ),
    "Ti.XML.NamedNodeMap": (
        "addEventListener", "fireEvent", "getNamedItem", "getNamedItemNS", "item", "removeEventListener",
        "removeNamedItem", "removeNamedItemNS", "setNamedItem", "setNamedItemNS", "toString",
    ),
    "Ti.XML.Node": (
        "addEventListener", "appendChild", "cloneNode", "evaluate", "fireEvent", "hasAttributes",
        "hasChildNodes", "insertBefore", "isSupported", "normalize", "removeChild", "removeEventListener",
        "replaceChild", "toString",
    ),
    "Ti.XML.NodeList": (
        "item",
    ),
    "Ti.XML.ProcessingInstruction": (
        "addEventListener", "appendChild", "cloneNode", "evaluate", "fireEvent", "hasAttributes",
        "hasChildNodes", "insertBefore", "isSupported", "normalize", "removeChild", "removeEventListener",
        "replaceChild", "toString",
    ),
    "Ti.XML.Text": (
        "addEventListener", "appendChild", "appendData", "cloneNode", "deleteData", "evaluate", "fireEvent",
        "hasAttributes", "hasChildNodes", "insertBefore", "insertData", "isSupported", "normalize",
        "removeChild", "removeEventListener", "replaceChild", "replaceData", "splitText", "substringData",
        "toString",
    ),
    "ti.cloud": (
        "addEventListener", "fireEvent", "removeEventListener", "toString",
    ),
}
