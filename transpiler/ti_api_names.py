"""Method and property names of each Ti class the runtime models (js_class -> names, inherited
ones included).

Generated from the runtime's classes (runtime/ti/catalog.py) by
``python -m ti2py.transpiler.gen_ti_api_names``; do not edit by hand.
"""

METHODS: dict[str, tuple[str, ...]] = {
    "Cloud.Objects": (
        "addEventListener", "create", "fireEvent", "query", "remove", "removeEventListener", "show", "toString",
        "update",
    ),
    "Cloud.PushNotifications": (
        "addEventListener", "fireEvent", "removeEventListener", "subscribe", "subscribeToken", "toString",
        "unsubscribe", "unsubscribeToken",
    ),
    "Cloud.Service": (
        "addEventListener", "fireEvent", "removeEventListener", "toString",
    ),
    "Cloud.Users": (
        "addEventListener", "create", "fireEvent", "login", "logout", "query", "remove", "removeEventListener",
        "show", "showMe", "toString", "update",
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

VALUES: dict[str, tuple[str, ...]] = {
    "Modules.URLSession.Session": (
        "configuration", "identifier",
    ),
    "Ti": (
        "buildDate", "buildHash", "userAgent", "version",
    ),
    "Ti.App": (
        "id", "name", "version",
    ),
    "Ti.App.iOS": (
        "BACKGROUNDFETCHINTERVAL_MIN", "BACKGROUNDFETCHINTERVAL_NEVER", "FETCH_FAILED", "FETCH_NEWDATA",
        "FETCH_NODATA", "USER_NOTIFICATION_ACTIVATION_MODE_BACKGROUND",
        "USER_NOTIFICATION_ACTIVATION_MODE_FOREGROUND", "USER_NOTIFICATION_ALERT_STYLE_ALERT",
        "USER_NOTIFICATION_ALERT_STYLE_BANNER", "USER_NOTIFICATION_ALERT_STYLE_NONE",
        "USER_NOTIFICATION_AUTHORIZATION_STATUS_AUTHORIZED", "USER_NOTIFICATION_AUTHORIZATION_STATUS_DENIED",
        "USER_NOTIFICATION_AUTHORIZATION_STATUS_NOT_DETERMINED",
        "USER_NOTIFICATION_AUTHORIZATION_STATUS_PROVISIONAL", "USER_NOTIFICATION_BEHAVIOR_DEFAULT",
        "USER_NOTIFICATION_BEHAVIOR_TEXTINPUT", "USER_NOTIFICATION_SETTING_DISABLED",
        "USER_NOTIFICATION_SETTING_ENABLED", "USER_NOTIFICATION_SETTING_NOT_SUPPORTED",
        "USER_NOTIFICATION_TYPE_ALERT", "USER_NOTIFICATION_TYPE_BADGE", "USER_NOTIFICATION_TYPE_CAR_PLAY",
        "USER_NOTIFICATION_TYPE_CRITICAL_ALERT", "USER_NOTIFICATION_TYPE_NONE",
        "USER_NOTIFICATION_TYPE_PROVISIONAL", "USER_NOTIFICATION_TYPE_SOUND",
    ),
    "Ti.Blob": (
        "file", "length", "mimeType", "nativePath", "size", "text",
    ),
    "Ti.Buffer": (
        "length",
    ),
    "Ti.Codec": (
        "BIG_ENDIAN", "CHARSET_ASCII", "CHARSET_ISO_LATIN_1", "CHARSET_UTF16", "CHARSET_UTF16BE",
        "CHARSET_UTF16LE", "CHARSET_UTF8", "LITTLE_ENDIAN", "TYPE_BYTE", "TYPE_DOUBLE", "TYPE_FLOAT",
        "TYPE_INT", "TYPE_LONG", "TYPE_SHORT",
    ),
    "Ti.Database": (
        "FIELD_TYPE_DOUBLE", "FIELD_TYPE_FLOAT", "FIELD_TYPE_INT", "FIELD_TYPE_STRING", "FIELD_TYPE_UNKNOWN",
    ),
    "Ti.Database.DB": (
        "file", "lastInsertRowId", "name", "rowsAffected",
    ),
    "Ti.Database.ResultSet": (
        "fieldCount", "rowCount", "validRow",
    ),
    "Ti.Filesystem": (
        "applicationDataDirectory", "lineEnding", "resourcesDirectory", "separator", "tempDirectory",
    ),
    "Ti.Filesystem.File": (
        "name", "nativePath", "parent", "readonly", "size", "writable",
    ),
    "Ti.Geolocation": (
        "ACCURACY_BEST", "ACCURACY_BEST_FOR_NAVIGATION", "ACCURACY_HIGH", "ACCURACY_HUNDRED_METERS",
        "ACCURACY_KILOMETER", "ACCURACY_LOW", "ACCURACY_NEAREST_TEN_METERS", "ACCURACY_REDUCED",
        "ACCURACY_THREE_KILOMETERS", "ACTIVITYTYPE_AUTOMOTIVE_NAVIGATION", "ACTIVITYTYPE_FITNESS",
        "ACTIVITYTYPE_OTHER", "ACTIVITYTYPE_OTHER_NAVIGATION", "AUTHORIZATION_ALWAYS",
        "AUTHORIZATION_AUTHORIZED", "AUTHORIZATION_DENIED", "AUTHORIZATION_RESTRICTED", "AUTHORIZATION_UNKNOWN",
        "AUTHORIZATION_WHEN_IN_USE", "ERROR_DENIED", "ERROR_HEADING_FAILURE", "ERROR_LOCATION_UNKNOWN",
        "ERROR_NETWORK", "ERROR_REGION_MONITORING_DELAYED", "ERROR_REGION_MONITORING_DENIED",
        "ERROR_REGION_MONITORING_FAILURE", "hasCompass", "lastGeolocation", "locationServicesAuthorization",
        "locationServicesEnabled",
    ),
    "Ti.Gesture": (
        "orientation",
    ),
    "Ti.Locale": (
        "currentCountry", "currentLanguage", "currentLocale",
    ),
    "Ti.Media": (
        "CAMERA_FLASH_AUTO", "CAMERA_FLASH_OFF", "CAMERA_FLASH_ON", "CAMERA_FRONT", "CAMERA_REAR",
        "DEVICE_BUSY", "MEDIA_TYPE_LIVEPHOTO", "MEDIA_TYPE_PHOTO", "MEDIA_TYPE_VIDEO", "NO_CAMERA", "NO_VIDEO",
        "QUALITY_HIGH", "QUALITY_LOW", "QUALITY_MEDIUM", "UNKNOWN_ERROR", "availableCameras",
        "isCameraSupported",
    ),
    "Ti.Network": (
        "HTTPClient", "NETWORK_LAN", "NETWORK_MOBILE", "NETWORK_NONE", "NETWORK_UNKNOWN", "NETWORK_WIFI",
        "NOTIFICATION_TYPE_ALERT", "NOTIFICATION_TYPE_BADGE", "NOTIFICATION_TYPE_NEWSSTAND",
        "NOTIFICATION_TYPE_SOUND", "networkType", "online", "remoteDeviceUUID", "remoteNotificationsEnabled",
    ),
    "Ti.Network.HTTPClient": (
        "DONE", "HEADERS_RECEIVED", "LOADING", "OPENED", "UNSENT", "allResponseHeaders", "responseHeaders",
        "responseXML",
    ),
    "Ti.Platform": (
        "BATTERY_STATE_CHARGING", "BATTERY_STATE_FULL", "BATTERY_STATE_UNKNOWN", "BATTERY_STATE_UNPLUGGED",
        "address", "architecture", "availableMemory", "batteryLevel", "batteryMonitoring", "batteryState", "id",
        "locale", "manufacturer", "model", "name", "netmask", "osname", "ostype", "processorCount", "runtime",
        "username", "version",
    ),
    "Ti.UI": (
        "FACE_DOWN", "FACE_UP", "LANDSCAPE_LEFT", "LANDSCAPE_RIGHT", "PORTRAIT", "UNKNOWN", "UPSIDE_PORTRAIT",
    ),
    "Ti.UI.ActivityIndicator": (
        "children", "parent",
    ),
    "Ti.UI.Button": (
        "children", "parent",
    ),
    "Ti.UI.ImageView": (
        "children", "parent",
    ),
    "Ti.UI.Label": (
        "children", "parent",
    ),
    "Ti.UI.ListSection": (
        "children", "items", "length", "parent",
    ),
    "Ti.UI.ListView": (
        "children", "parent", "sectionCount", "sections",
    ),
    "Ti.UI.NavigationWindow": (
        "children", "parent",
    ),
    "Ti.UI.ProgressBar": (
        "children", "parent",
    ),
    "Ti.UI.ScrollView": (
        "children", "parent",
    ),
    "Ti.UI.ScrollableView": (
        "children", "parent", "views",
    ),
    "Ti.UI.SearchBar": (
        "children", "parent",
    ),
    "Ti.UI.Slider": (
        "children", "parent",
    ),
    "Ti.UI.Switch": (
        "children", "parent",
    ),
    "Ti.UI.Tab": (
        "active", "children", "parent",
    ),
    "Ti.UI.TabGroup": (
        "activeTab", "children", "parent", "tabs",
    ),
    "Ti.UI.TableView": (
        "children", "data", "parent", "sectionCount", "sections",
    ),
    "Ti.UI.TableViewRow": (
        "children", "parent",
    ),
    "Ti.UI.TableViewSection": (
        "children", "parent", "rowCount", "rows",
    ),
    "Ti.UI.TextArea": (
        "children", "parent",
    ),
    "Ti.UI.TextField": (
        "children", "parent",
    ),
    "Ti.UI.View": (
        "children", "parent",
    ),
    "Ti.UI.WebView": (
        "children", "parent",
    ),
    "Ti.UI.Window": (
        "children", "parent",
    ),
    "Ti.XML.Attr": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "firstChild", "lastChild",
        "localName", "name", "namespaceURI", "nextSibling", "nodeName", "nodeType", "nodeValue",
        "ownerDocument", "ownerElement", "parentNode", "prefix", "previousSibling", "specified", "text",
        "textContent", "value",
    ),
    "Ti.XML.CDATASection": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "data", "firstChild",
        "lastChild", "length", "localName", "namespaceURI", "nextSibling", "nodeName", "nodeType", "nodeValue",
        "ownerDocument", "parentNode", "prefix", "previousSibling", "text", "textContent",
    ),
    "Ti.XML.CharacterData": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "data", "firstChild",
        "lastChild", "length", "localName", "namespaceURI", "nextSibling", "nodeName", "nodeType", "nodeValue",
        "ownerDocument", "parentNode", "prefix", "previousSibling", "text", "textContent",
    ),
    "Ti.XML.Comment": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "data", "firstChild",
        "lastChild", "length", "localName", "namespaceURI", "nextSibling", "nodeName", "nodeType", "nodeValue",
        "ownerDocument", "parentNode", "prefix", "previousSibling", "text", "textContent",
    ),
    "Ti.XML.Document": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "doctype", "documentElement",
        "firstChild", "lastChild", "localName", "namespaceURI", "nextSibling", "nodeName", "nodeType",
        "nodeValue", "ownerDocument", "parentNode", "prefix", "previousSibling", "text", "textContent",
    ),
    "Ti.XML.DocumentFragment": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "firstChild", "lastChild",
        "localName", "namespaceURI", "nextSibling", "nodeName", "nodeType", "nodeValue", "ownerDocument",
        "parentNode", "prefix", "previousSibling", "text", "textContent",
    ),
    "Ti.XML.DocumentType": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "firstChild", "lastChild",
        "localName", "name", "namespaceURI", "nextSibling", "nodeName", "nodeType", "nodeValue",
        "ownerDocument", "parentNode", "prefix", "previousSibling", "publicId", "systemId", "text",
        "textContent",
    ),
    "Ti.XML.Element": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "firstChild", "lastChild",
        "localName", "namespaceURI", "nextSibling", "nodeName", "nodeType", "nodeValue", "ownerDocument",
        "parentNode", "prefix", "previousSibling", "tagName", "text", "textContent",
    ),
    "Ti.XML.NamedNodeMap": (
        "length",
    ),
    "Ti.XML.Node": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "firstChild", "lastChild",
        "localName", "namespaceURI", "nextSibling", "nodeName", "nodeType", "nodeValue", "ownerDocument",
        "parentNode", "prefix", "previousSibling", "text", "textContent",
    ),
    "Ti.XML.ProcessingInstruction": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "data", "firstChild",
        "lastChild", "localName", "namespaceURI", "nextSibling", "nodeName", "nodeType", "nodeValue",
        "ownerDocument", "parentNode", "prefix", "previousSibling", "target", "text", "textContent",
    ),
    "Ti.XML.Text": (
        "ATTRIBUTE_NODE", "CDATA_SECTION_NODE", "COMMENT_NODE", "DOCUMENT_FRAGMENT_NODE", "DOCUMENT_NODE",
        "DOCUMENT_TYPE_NODE", "ELEMENT_NODE", "ENTITY_NODE", "ENTITY_REFERENCE_NODE", "NOTATION_NODE",
        "PROCESSING_INSTRUCTION_NODE", "TEXT_NODE", "attributes", "childNodes", "data", "firstChild",
        "lastChild", "length", "localName", "namespaceURI", "nextSibling", "nodeName", "nodeType", "nodeValue",
        "ownerDocument", "parentNode", "prefix", "previousSibling", "text", "textContent",
    ),
}
