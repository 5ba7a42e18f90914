"""The device APIs apps touch at start-up, converted from JS and run: Geolocation, Gesture and Media
moved by the test through the App API, local notifications as the SDK describes them, Ti.Locale,
a replaced global ``require``, and what the runtime does not model (a TypeError and W105)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ti2py.runtime import App
from ti2py.transpiler import convert


def _app(tmp_path: Path, source: str, **options: object) -> App:
    result = convert(source, "app.js")
    assert result.code is not None, result.diagnostics.render()
    path = tmp_path / "app.py"
    path.write_text(result.code)
    app = App("device", data_dir=tmp_path / "data", out=None, **options)  # type: ignore[arg-type]
    app.load(path)
    assert app.run_until_idle(10)
    return app


def _info(app: App) -> list[str]:
    return [line.removeprefix("[INFO] ") for line in app.log_lines("INFO")]


def test_geolocation_answers_from_where_the_test_puts_the_device(tmp_path: Path) -> None:
    app = _app(tmp_path, """
Ti.Geolocation.accuracy = Ti.Geolocation.ACCURACY_BEST;
Ti.Geolocation.getCurrentPosition(function (e) {
  Ti.API.info('now ' + e.success + ' ' + e.code + ' ' + e.coords.latitude + ' ' + e.coords.longitude);
});
Ti.Geolocation.addEventListener('location', function (e) {
  Ti.API.info(e.success ? 'at ' + e.coords.latitude + ',' + e.coords.longitude + ' speed ' + e.coords.speed
                        : 'denied ' + e.code + ' ' + (e.code === Ti.Geolocation.ERROR_DENIED));
});
Ti.Geolocation.addEventListener('heading', function (e) { Ti.API.info('heading ' + e.heading.trueHeading); });
Ti.API.info('auth ' + (Ti.Geolocation.locationServicesAuthorization === Ti.Geolocation.AUTHORIZATION_WHEN_IN_USE) +
            ' ' + Ti.Geolocation.hasLocationPermissions(Ti.Geolocation.AUTHORIZATION_WHEN_IN_USE));
""")
    app.set_location(59.91, 10.75, speed=3)
    app.set_heading(90)
    app.authorize_location("denied")
    app.set_location(60.0, 11.0)
    assert app.run_until_idle(5)
    assert _info(app) == ["auth true true", "now true 0 37.33233141 -122.0312186",
                          "at 37.33233141,-122.0312186 speed -1",  # updates start with the current position
                          "at 59.91,10.75 speed 3", "heading 90", "denied 1 true"]


def test_gesture_and_media_events_the_test_fires(tmp_path: Path) -> None:
    app = _app(tmp_path, """
Ti.Gesture.addEventListener('shake', function (e) { Ti.API.info('shake ' + (typeof e.timestamp)); });
Ti.Gesture.addEventListener('orientationchange', function (e) {
  Ti.API.info('turned ' + (e.orientation === Ti.UI.LANDSCAPE_RIGHT) + ' ' + Ti.Gesture.isLandscape() + ' ' +
              (Ti.Gesture.orientation === Ti.UI.LANDSCAPE_RIGHT));
});
Ti.API.info('portrait ' + Ti.Gesture.isPortrait() + ' ' + (Ti.Gesture.orientation === Ti.UI.PORTRAIT));
function pick() {
  Ti.Media.openPhotoGallery({
    mediaTypes: [Ti.Media.MEDIA_TYPE_PHOTO],
    success: function (e) { Ti.API.info('picked ' + e.media.length + ' ' + e.media.mimeType + ' ' + (e.mediaType === Ti.Media.MEDIA_TYPE_PHOTO)); },
    cancel: function () { Ti.API.info('cancelled'); }
  });
}
pick();
var sound = Ti.Media.createSound({url: 'ding.mp3'});
sound.addEventListener('complete', function (e) { Ti.API.info('sound done ' + e.success + ' ' + sound.playing); });
sound.play();
""")
    app.shake()
    app.rotate("landscape-right")
    photo = tmp_path / "cat.png"
    photo.write_bytes(b"\x89PNG" + b"x" * 96)
    assert app.media_request() == "gallery"
    app.pick_media(photo)
    assert app.run_until_idle(5)
    [sound] = app.sounds()
    assert sound.playing
    app.finish_sound(sound)
    assert app.run_until_idle(5)
    assert _info(app) == ["portrait true true", "shake number", "turned true true true",
                          "picked 100 image/png true", "sound done true false"]
    assert app.media_request() is None


NOTIFY = """
var ios = Ti.App.iOS;
Ti.API.info('types ' + (ios.USER_NOTIFICATION_TYPE_ALERT | ios.USER_NOTIFICATION_TYPE_SOUND | ios.USER_NOTIFICATION_TYPE_BADGE));
var soon = new Date(Date.now() + 60000);
ios.scheduleLocalNotification({alertBody: 'by id', date: soon, userInfo: {id: 7}});
ios.scheduleLocalNotification({alertBody: 'by identifier', identifier: 'tea', date: soon});
ios.scheduleLocalNotification({alertBody: 'replaced', identifier: 'walk', date: soon});
ios.scheduleLocalNotification({alertBody: 'kept', identifier: 'walk', date: soon, userInfo: {id: 'w'}});
ios.cancelLocalNotification(7);
ios.cancelLocalNotifications(['tea']);
ios.UserNotificationCenter.getPendingNotifications(function (e) {
  var n = e.notifications[0];
  Ti.API.info('pending ' + e.notifications.length + ' ' + n.identifier + ' ' + n.alertBody + ' ' + n.userInfo.id +
              ' ' + (n.date instanceof Date) + ' ' + (n.date.getTime() === soon.getTime()) + ' ' + typeof n.timezone +
              ' ' + n.alertTitle);
  ios.cancelAllLocalNotifications();
  ios.UserNotificationCenter.getPendingNotifications(function (e) {
    Ti.API.info('after cancelAll ' + e.notifications.length);
    ios.scheduleLocalNotification({alertBody: 'now', identifier: 'ring', date: new Date(Date.now() + 50), userInfo: {id: 3}});
  });
});
ios.UserNotificationCenter.requestUserNotificationSettings(function (e) {
  Ti.API.info('authorized ' + (e.authorizationStatus === ios.USER_NOTIFICATION_AUTHORIZATION_STATUS_AUTHORIZED));
});
ios.addEventListener('notification', function (e) {
  Ti.API.info('delivered ' + e.identifier + ' ' + e.userInfo.id + ' ' + e.alertBody + ' ' + (e.date instanceof Date) + ' ' + e.timezone);
});
"""


def test_local_notifications_cancel_list_and_deliver_as_the_sdk_describes_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    try:
        app = _app(tmp_path, NOTIFY)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert _info(app) == ["types 7", "pending 1 walk kept w true true string null", "authorized true",
                          "after cancelAll 0", "delivered ring 3 now true Europe/Oslo"]
    assert app.log_lines("NOTIFICATION") == ["[NOTIFICATION] now"]


def test_locale_getters_and_set_language(tmp_path: Path) -> None:
    app = _app(tmp_path, """
Ti.API.info(Ti.Locale.getCurrentLanguage() + ' ' + Ti.Locale.currentLocale + ' ' + Ti.Locale.getCurrentCountry());
Ti.Locale.setLanguage('de');
Ti.API.info(Ti.Locale.currentLanguage + ' ' + Ti.Locale.getCurrentLocale() + ' ' + L('greeting', 'Hallo'));
Ti.API.info(Ti.Locale.getCurrencySymbol('EUR') + ' ' + Ti.Locale.getLocaleCurrencySymbol('en-GB') + ' ' +
            Ti.Locale.formatTelephoneNumber('5551234567'));
""")
    assert _info(app) == ["en en-US US", "de de-US Hallo", "€ £ (555) 123-4567"]


def test_a_script_that_replaces_the_global_require_changes_later_requires(tmp_path: Path) -> None:
    app = _app(tmp_path, """
var original = this.require;
Ti.API.info(typeof original + ' ' + Object.keys(this).indexOf('require'));
this.require = function (id) {
  Ti.API.info('patched ' + id);
  try { return original(id); } catch (e) { return {id: id, missing: e.message}; }
};
var mod = require('lib/absent');
Ti.API.info(mod.id + ': ' + mod.missing);
""")
    assert _info(app) == ["function -1", "patched lib/absent", "lib/absent: Couldn't find module: lib/absent"]


def test_an_api_the_runtime_lacks_is_a_type_error_and_a_convert_warning(tmp_path: Path) -> None:
    source = """
try { Ti.Media.createVideoPlayer({url: 'x.mp4'}); } catch (e) { Ti.API.info((e instanceof TypeError) + ' ' + e.name); }
Ti.API.info(typeof Ti.Contacts.getAllPeople + ' ' + Ti.Contacts.CONTACTS_KIND_PERSON);
Ti.Contacts.getAllPeople();
if (parseInt(Ti.version.substr(0, 1)) < 5 || Ti.Platform.version.split(".")[0] < 7) { Ti.API.info('old'); }
"""
    result = convert(source, "app.js")
    # (a string's methods on a value the API gives, `Ti.version.substr`, are no Ti API to warn of)
    warnings = [d for d in result.diagnostics.items if d.code == "W105"]
    assert [d.message for d in warnings] == [
        "`Ti.Media.createVideoPlayer` is not part of the Titanium API ti2py models",
        "`Ti.Contacts.getAllPeople` is not part of the Titanium API ti2py models"]
    app = _app(tmp_path, source)
    assert _info(app) == ["true TypeError", "undefined Ti.Contacts.CONTACTS_KIND_PERSON"]
    assert app.log_lines("ERROR") == [
        "[ERROR] Uncaught TypeError: Ti.Contacts.getAllPeople is not a function. "
        "(In 'Ti.Contacts.getAllPeople()', 'Ti.Contacts.getAllPeople' is undefined) (app.js:4:1)"]
