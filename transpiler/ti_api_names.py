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
        "addEventListener", "begin_handler", "cancelAllLocalNotifications", "cancelLocalNotification",
        "cancelLocalNotifications", "endBackgroundHandler", "fire", "fireEvent", "pending_notifications",
        "registerUserNotificationSettings", "removeEventListener", "scheduleLocalNotification",
        "setMinimumBackgroundFetchInterval", "toString",
    ),
    "Ti.App.iOS.LocalNotification": (
        "addEventListener", "cancel", "describe", "fireEvent", "removeEventListener", "toString",
    ),
    "Ti.App.iOS.UserNotificationCenter": (
        "addEventListener", "fireEvent", "getDeliveredNotifications", "getPendingNotifications",
        "removeDeliveredNotifications", "removeEventListener", "removePendingNotifications",
        "requestUserNotificationSettings", "toString",
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
        "resolve", "spaceAvailable", "toString", "write",
    ),
    "Ti.Geolocation": (
        "addEventListener", "authorize", "fireEvent", "getCurrentHeading", "getCurrentPosition",
        "hasLocationPermissions", "move_to", "removeEventListener", "requestLocationPermissions", "toString",
        "turn_to",
    ),
    "Ti.Gesture": (
        "addEventListener", "fireEvent", "isFaceDown", "isFaceUp", "isLandscape", "isPortrait",
        "removeEventListener", "rotate", "shake", "toString",
    ),
    "Ti.Locale": (
        "addEventListener", "fireEvent", "formatTelephoneNumber", "getCurrencyCode", "getCurrencySymbol",
        "getLocaleCurrencySymbol", "getString", "removeEventListener", "setLanguage", "toString",
    ),
    "Ti.Media": (
        "addEventListener", "beep", "createAudioPlayer", "createSound", "fireEvent", "hasCameraPermissions",
        "hasPhotoGalleryPermissions", "hideCamera", "hidePhotoGallery", "openPhotoGallery", "pick",
        "removeEventListener", "requestAudioRecorderPermissions", "requestCameraPermissions",
        "requestPhotoGalleryPermissions", "showCamera", "takePicture", "toString", "vibrate",
    ),
    "Ti.Media.AudioPlayer": (
        "addEventListener", "finish", "fireEvent", "isPaused", "isPlaying", "pause", "play", "release",
        "removeEventListener", "reset", "start", "stop", "toString",
    ),
    "Ti.Media.Sound": (
        "addEventListener", "finish", "fireEvent", "isPaused", "isPlaying", "pause", "play", "release",
        "removeEventListener", "reset", "start", "stop", "toString",
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
        "addEventListener", "find", "fireEvent", "removeEventListener", "screen", "toString",
    ),
    "Ti.UI.ActivityIndicator": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.AlertDialog": (
        "addEventListener", "button_names", "fireEvent", "removeEventListener", "toString",
    ),
    "Ti.UI.Button": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.ImageView": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "pause", "remove", "removeAllChildren", "removeEventListener", "replaceAt",
        "resume", "show", "start", "startLayout", "stop", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.Label": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.ListSection": (
        "add", "addEventListener", "animate", "appendItems", "applyProperties", "deleteItemsAt", "finishLayout",
        "fireEvent", "getItemAt", "getItems", "hide", "insertAt", "insertItemsAt", "labels", "remove",
        "removeAllChildren", "removeEventListener", "replaceAt", "replaceItemsAt", "setItems", "show",
        "startLayout", "tap", "toImage", "toString", "updateItemAt", "updateLayout", "walk",
    ),
    "Ti.UI.ListView": (
        "add", "addEventListener", "animate", "appendSection", "applyProperties", "deleteSectionAt",
        "finishLayout", "fireEvent", "hide", "insertAt", "insertSectionAt", "items", "labels", "remove",
        "removeAllChildren", "removeEventListener", "replaceAt", "replaceSectionAt", "scrollToItem",
        "setSections", "show", "startLayout", "tap", "tap_item", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.NavigationWindow": (
        "add", "addEventListener", "animate", "applyProperties", "close", "closeWindow", "finishLayout",
        "fireEvent", "hide", "insertAt", "labels", "open", "openWindow", "popToRootWindow", "remove",
        "removeAllChildren", "removeEventListener", "replaceAt", "show", "startLayout", "tap", "toImage",
        "toString", "top_window", "updateLayout", "walk",
    ),
    "Ti.UI.OptionDialog": (
        "addEventListener", "button_names", "fireEvent", "removeEventListener", "toString",
    ),
    "Ti.UI.ProgressBar": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.ScrollView": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "scrollTo",
        "scrollToBottom", "show", "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.ScrollableView": (
        "add", "addEventListener", "addView", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "scrollToView",
        "show", "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.SearchBar": (
        "add", "addEventListener", "animate", "applyProperties", "blur", "finishLayout", "fireEvent", "focus",
        "hasText", "hide", "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener",
        "replaceAt", "show", "startLayout", "tap", "toImage", "toString", "type_text", "updateLayout", "walk",
    ),
    "Ti.UI.Slider": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.Switch": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.Tab": (
        "add", "addEventListener", "animate", "applyProperties", "close", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "open", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "tap", "toImage", "toString", "top_window", "updateLayout", "walk",
    ),
    "Ti.UI.TabGroup": (
        "add", "addEventListener", "addTab", "animate", "applyProperties", "close", "finishLayout", "fireEvent",
        "getActiveTab", "getTabs", "hide", "insertAt", "labels", "open", "remove", "removeAllChildren",
        "removeEventListener", "removeTab", "replaceAt", "setActiveTab", "show", "startLayout", "tap",
        "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.TableView": (
        "add", "addEventListener", "animate", "appendRow", "appendSection", "applyProperties", "deleteRow",
        "deselectRow", "finishLayout", "fireEvent", "hide", "insertAt", "insertRowAfter", "insertRowBefore",
        "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "rows", "scrollToIndex",
        "scrollToTop", "selectRow", "setData", "show", "startLayout", "tap", "tap_index", "tap_row", "toImage",
        "toString", "updateLayout", "updateRow", "walk",
    ),
    "Ti.UI.TableViewRow": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "table", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.TableViewSection": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.TextArea": (
        "add", "addEventListener", "animate", "applyProperties", "blur", "finishLayout", "fireEvent", "focus",
        "hasText", "hide", "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener",
        "replaceAt", "show", "startLayout", "tap", "toImage", "toString", "type_text", "updateLayout", "walk",
    ),
    "Ti.UI.TextField": (
        "add", "addEventListener", "animate", "applyProperties", "blur", "finishLayout", "fireEvent", "focus",
        "hasText", "hide", "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener",
        "replaceAt", "show", "startLayout", "tap", "toImage", "toString", "type_text", "updateLayout", "walk",
    ),
    "Ti.UI.View": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "labels", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.WebView": (
        "add", "addEventListener", "animate", "applyProperties", "canGoBack", "canGoForward", "evalJS",
        "finishLayout", "fireEvent", "hide", "insertAt", "labels", "reload", "remove", "removeAllChildren",
        "removeEventListener", "replaceAt", "setHtml", "setUrl", "show", "shown", "startLayout", "tap",
        "toImage", "toString", "updateLayout", "walk",
    ),
    "Ti.UI.Window": (
        "add", "addEventListener", "animate", "applyProperties", "close", "finishLayout", "fireEvent",
        "focus_again", "hide", "hideNavBar", "hideTabBar", "insertAt", "labels", "open", "remove",
        "removeAllChildren", "removeEventListener", "replaceAt", "show", "showNavBar", "showTabBar",
        "startLayout", "tap", "toImage", "toString", "updateLayout", "walk",
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
