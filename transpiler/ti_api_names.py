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
        "invalidateAndCancel", "removeEventListener", "reset", "toString", "uploadTask",
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
        "addEventListener", "cancelAllLocalNotifications", "cancelLocalNotification",
        "cancelLocalNotifications", "endBackgroundHandler", "fireEvent", "registerUserNotificationSettings",
        "removeEventListener", "scheduleLocalNotification", "setMinimumBackgroundFetchInterval", "toString",
    ),
    "Ti.App.iOS.LocalNotification": (
        "addEventListener", "cancel", "fireEvent", "removeEventListener", "toString",
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
        "addEventListener", "fireEvent", "forwardGeocoder", "getCurrentHeading", "getCurrentPosition",
        "hasLocationPermissions", "removeEventListener", "requestLocationPermissions", "reverseGeocoder",
        "toString",
    ),
    "Ti.Gesture": (
        "addEventListener", "fireEvent", "isFaceDown", "isFaceUp", "isLandscape", "isPortrait",
        "removeEventListener", "toString",
    ),
    "Ti.Locale": (
        "addEventListener", "fireEvent", "formatTelephoneNumber", "getCurrencyCode", "getCurrencySymbol",
        "getLocaleCurrencySymbol", "getString", "removeEventListener", "setLanguage", "toString",
    ),
    "Ti.Media": (
        "addEventListener", "beep", "createAudioPlayer", "createSound", "fireEvent", "hasCameraPermissions",
        "hasPhotoGalleryPermissions", "hideCamera", "hidePhotoGallery", "openPhotoGallery",
        "removeEventListener", "requestAudioRecorderPermissions", "requestCameraPermissions",
        "requestPhotoGalleryPermissions", "showCamera", "takePicture", "toString", "vibrate",
    ),
    "Ti.Media.AudioPlayer": (
        "addEventListener", "fireEvent", "isPaused", "isPlaying", "pause", "play", "release",
        "removeEventListener", "reset", "start", "stop", "toString",
    ),
    "Ti.Media.Sound": (
        "addEventListener", "fireEvent", "isPaused", "isPlaying", "pause", "play", "release",
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
        "addEventListener", "fireEvent", "removeEventListener", "toString",
    ),
    "Ti.UI.ActivityIndicator": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show", "startLayout",
        "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.AlertDialog": (
        "addEventListener", "fireEvent", "hide", "removeEventListener", "show", "toString",
    ),
    "Ti.UI.Button": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show", "startLayout",
        "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.ImageView": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "pause", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "resume",
        "show", "start", "startLayout", "stop", "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.Label": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show", "startLayout",
        "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.ListSection": (
        "add", "addEventListener", "animate", "appendItems", "applyProperties", "deleteItemsAt", "finishLayout",
        "fireEvent", "getItemAt", "getItems", "hide", "insertAt", "insertItemsAt", "remove",
        "removeAllChildren", "removeEventListener", "replaceAt", "replaceItemsAt", "setItems", "show",
        "startLayout", "toImage", "toString", "updateItemAt", "updateLayout",
    ),
    "Ti.UI.ListView": (
        "add", "addEventListener", "animate", "appendSection", "applyProperties", "deleteSectionAt",
        "finishLayout", "fireEvent", "hide", "insertAt", "insertSectionAt", "remove", "removeAllChildren",
        "removeEventListener", "replaceAt", "replaceSectionAt", "scrollToItem", "setSections", "show",
        "startLayout", "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.NavigationWindow": (
        "add", "addEventListener", "animate", "applyProperties", "close", "closeWindow", "finishLayout",
        "fireEvent", "hide", "insertAt", "open", "openWindow", "popToRootWindow", "remove", "removeAllChildren",
        "removeEventListener", "replaceAt", "show", "startLayout", "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.OptionDialog": (
        "addEventListener", "fireEvent", "hide", "removeEventListener", "show", "toString",
    ),
    "Ti.UI.ProgressBar": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show", "startLayout",
        "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.ScrollView": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "scrollTo",
        "scrollToBottom", "show", "startLayout", "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.ScrollableView": (
        "add", "addEventListener", "addView", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "scrollToView", "show",
        "startLayout", "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.SearchBar": (
        "add", "addEventListener", "animate", "applyProperties", "blur", "finishLayout", "fireEvent", "focus",
        "hasText", "hide", "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt",
        "show", "startLayout", "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.Slider": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show", "startLayout",
        "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.Switch": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show", "startLayout",
        "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.Tab": (
        "add", "addEventListener", "animate", "applyProperties", "close", "finishLayout", "fireEvent", "hide",
        "insertAt", "open", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show",
        "startLayout", "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.TabGroup": (
        "add", "addEventListener", "addTab", "animate", "applyProperties", "close", "finishLayout", "fireEvent",
        "getActiveTab", "getTabs", "hide", "insertAt", "open", "remove", "removeAllChildren",
        "removeEventListener", "removeTab", "replaceAt", "setActiveTab", "show", "startLayout", "toImage",
        "toString", "updateLayout",
    ),
    "Ti.UI.TableView": (
        "add", "addEventListener", "animate", "appendRow", "appendSection", "applyProperties", "deleteRow",
        "deselectRow", "finishLayout", "fireEvent", "hide", "insertAt", "insertRowAfter", "insertRowBefore",
        "remove", "removeAllChildren", "removeEventListener", "replaceAt", "scrollToIndex", "scrollToTop",
        "selectRow", "setData", "show", "startLayout", "toImage", "toString", "updateLayout", "updateRow",
    ),
    "Ti.UI.TableViewRow": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show", "startLayout",
        "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.TableViewSection": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show", "startLayout",
        "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.TextArea": (
        "add", "addEventListener", "animate", "applyProperties", "blur", "finishLayout", "fireEvent", "focus",
        "hasText", "hide", "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt",
        "show", "startLayout", "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.TextField": (
        "add", "addEventListener", "animate", "applyProperties", "blur", "finishLayout", "fireEvent", "focus",
        "hasText", "hide", "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt",
        "show", "startLayout", "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.View": (
        "add", "addEventListener", "animate", "applyProperties", "finishLayout", "fireEvent", "hide",
        "insertAt", "remove", "removeAllChildren", "removeEventListener", "replaceAt", "show", "startLayout",
        "toImage", "toString", "updateLayout",
    ),
    "Ti.UI.WebView": (
        "add", "addEventListener", "animate", "applyProperties", "canGoBack", "canGoForward", "evalJS",
        "finishLayout", "fireEvent", "hide", "insertAt", "reload", "remove", "removeAllChildren",
        "removeEventListener", "replaceAt", "setHtml", "setUrl", "show", "startLayout", "toImage", "toString",
        "updateLayout",
    ),
    "Ti.UI.Window": (
        "add", "addEventListener", "animate", "applyProperties", "close", "finishLayout", "fireEvent", "hide",
        "hideNavBar", "hideTabBar", "insertAt", "open", "remove", "removeAllChildren", "removeEventListener",
        "replaceAt", "show", "showNavBar", "showTabBar", "startLayout", "toImage", "toString", "updateLayout",
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
