"""What ti2py does today with the real Classic apps of ../shared/realapps (tests/test_realapps.py).

Every app converts; the files that do not are listed with the cause.  Every app should start
(``App.load`` + ``run_until_idle`` with no uncaught error); the ones that do not are listed with
the first uncaught error and its cause.  The test fails when an app or file not listed here
regresses, and reports (a warning) when a listed one now works, so the entry can go.
"""

from __future__ import annotations

# app -> {file under the project that does not convert: cause}
CONVERT_FAILURES: dict[str, dict[str, str]] = {}

# app -> (a fragment of the first uncaught error, its cause)
START_FAILURES: dict[str, tuple[str, str]] = {
    "Sample.Todo": ("invalid database install path: todo.sqlite",
                    "data: Resources/todo.sqlite is a binary the realapps copy dropped (the app is right); the SDK's "
                    "error names the file"),
    "iLottery": ("invalid database install path: /assets/database/servicedb",
                 "data: the prebuilt database is a binary the realapps copy dropped"),
}

# app -> (a fragment of where its walk through the main screens stops, the cause); "start" for an
# app that does not start (START_FAILURES says why)
WALK_FAILURES: dict[str, tuple[str, str]] = {
    "Sample.Todo": ("start", "its prebuilt database is missing from the copy (START_FAILURES); with an empty one "
                    "put back it walks (test_sample_todo_walks_with_its_database_restored)"),
    "iLottery": ("start", "its prebuilt database is missing from the copy (START_FAILURES); with an empty one put "
                 "back it walks (test_ilottery_walks_with_its_database_restored)"),
    "KitchenSink": ("after tap Base UI: [ERROR] Uncaught TypeError: Ti.dumpCoverage is not a function",
                    "the Base UI window's focus handler calls Ti.dumpCoverage(), an internal of the 2012 SDK "
                    "builds KitchenSink shipped with and no documented API (ti2py does not model it)"),
}

# KitchenSink loads its examples by computed id (`require(e.rowData.test)`): of the ids its tables
# list, how many load and how many build their window when called (as a function: `new` on them is
# the JS-core gap above).  Floors: the test fails below them and reports when they rise.
KITCHENSINK_EXAMPLES = {
    "listed": 339,  # (iOS files only); two name files the project lacks (ui/common/phone/video_edit, ...webview_repaint)
    "required": 337,
    # With --stub-module facebook.  The rest: require('tizen') (Tizen-only examples, 23), and APIs
    # ti2py does not model, each now the TypeError naming it rather than a silent stand-in
    # (Ti.Contacts, Ti.Map, Ti.Network.Socket/createTCPSocket, Ti.Media.createVideoPlayer,
    # createAudioRecorder, takeScreenshot, saveToPhotoGallery, Ti.Yahoo, Ti.API.notice: 21 examples).
    "built": 292,
}
