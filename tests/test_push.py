"""Silent push end to end: device token, channel registry, APNs-style gateway, `ti2py push`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from cli import SAMPLES, ti2py
from ti2py.runtime import App, JSObject
from ti2py.runtime.paths import read_json
from ti2py.runtime.push import PushGateway, devices_path


def _registered_app(tmp_path: Path) -> App:
    app = App("pushy", data_dir=tmp_path / "data", out=None)
    events: list = []
    app.Ti.App.iOS.addEventListener("silentpush", lambda e: events.append(e))
    app.Ti.Network.registerForPushNotifications(JSObject(callback=lambda e: events.append(("callback", e))))
    app.events = events  # type: ignore[attr-defined]
    return app


def test_gateway_answers_like_apns(tmp_path: Path) -> None:
    app = _registered_app(tmp_path)
    gateway = PushGateway(app).start()
    try:
        token = app.device_token
        assert read_json(devices_path(), {})[token]["gateway"] == gateway.url
        with httpx.Client(base_url=gateway.url, trust_env=False) as client:
            def post(path: str, body: bytes, **headers: str) -> httpx.Response:
                return client.post(path, content=body, headers=headers)

            ok = post(f"/3/device/{token}", b'{"aps": {"content-available": 1}, "k": 1}', **{"apns-push-type": "background"})
            assert ok.status_code == 200 and ok.headers["apns-id"] and ok.content == b""
            cases = [
                (post(f"/3/device/{token}", b"x" * 4097), 413, "PayloadTooLarge"),
                (post("/3/device/abc", b"{}"), 400, "BadDeviceToken"),
                (post(f"/3/device/{'0' * 64}", b"{}"), 410, "Unregistered"),
                (post(f"/3/device/{token}", b"{}", **{"apns-push-type": "smoke"}), 400, "InvalidPushType"),
                (post(f"/3/device/{token}", b""), 400, "PayloadEmpty"),
                (post(f"/3/device/{token}", b"{not json"), 400, "BadPayload"),
                (post("/2/other", b"{}"), 404, "BadPath"),
                (client.get(f"/3/device/{token}"), 405, "MethodNotAllowed"),
            ]
            for response, status, reason in cases:
                assert (response.status_code, response.headers.get("content-type")) == (status, "application/json"), (
                    reason, response.text[:200])
                assert response.json()["reason"] == reason
        assert app.run_until_idle(5)
        (event,) = app.events  # type: ignore[attr-defined]
        assert event.k == 1 and event.handlerId.startswith("SilentPush-")
    finally:
        gateway.close()
    assert app.device_token not in read_json(devices_path(), {})


def test_visible_alert_goes_to_the_push_callback(tmp_path: Path) -> None:
    app = _registered_app(tmp_path)
    app.push({"alert": "Hello", "badge": 1, "extra": "x"}, background=False)
    assert app.run_until_idle(5)
    ((kind, event),) = app.events  # type: ignore[attr-defined]
    assert kind == "callback" and event.data.aps.alert == "Hello" and event.data.extra == "x"
    assert event.inBackground is False


def test_push_cli_reaches_a_running_app_by_channel(tmp_path: Path, home: Path) -> None:
    app_py = tmp_path / "app.py"
    assert ti2py("convert", str(SAMPLES / "silent_push_fixed.js"), "-o", str(app_py)).returncode == 0
    env = dict(os.environ, TI2PY_HOME=str(home))
    running = subprocess.Popen(
        [sys.executable, "-m", "ti2py.transpiler.cli", "run", str(app_py), "--data-dir", str(tmp_path / "data"),
         "--push-gateway", "--wait", "4", "--url-map", "https://raw.github.com/=http://127.0.0.1:9/"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not read_json(home / "push-registry.json", {}).get("silent_push"):
            time.sleep(0.1)
        while time.monotonic() < deadline and not read_json(home / "devices.json", {}):
            time.sleep(0.1)
        payload = json.dumps({"alert": "", "content-available": 1, "download_url": "https://raw.github.com/x.jpg"})
        sent = ti2py("push", "--channel", "silent_push", payload, env={"TI2PY_HOME": str(home)})
        assert sent.returncode == 0, sent.stderr
        assert sent.stdout.startswith("delivered to ")
        out, err = running.communicate(timeout=30)
    finally:
        running.kill()
    # The download it starts goes to a closed port: a failed transfer, so the run exits 5.
    assert running.returncode == 5 and "1 failed transfer" in err, err
    assert "[INFO] Subscribed" in out
    assert '[INFO] silentpush: {"aps":{"alert":"","content-available":1},"download_url":' in out
    assert "errorCode\":-1004" in out  # the download went to the (closed) mapped port


def test_push_cli_errors(tmp_path: Path, home: Path) -> None:
    env = {"TI2PY_HOME": str(home)}
    assert ti2py("push", "{}", env=env).returncode == 2
    assert ti2py("push", "--token", "ab", "[1]", env=env).returncode == 2
    nobody = ti2py("push", "--channel", "empty", '{"alert": "x"}', env=env)
    assert nobody.returncode == 1 and "no device is subscribed" in nobody.stderr
    offline = ti2py("push", "--token", "a" * 64, '{"alert": "x"}', env=env)
    assert offline.returncode == 1 and "no running app has this device token" in offline.stderr


def test_channel_registry_subscribe_and_unsubscribe(tmp_path: Path, home: Path) -> None:
    app = App("reg", data_dir=tmp_path / "d", out=None)
    cloud = app.require("ti.cloud")
    answers: list = []
    token = app.device_token
    cloud.PushNotifications.subscribeToken(JSObject(device_token=token, channel="news", type="ios"), answers.append)
    # subscribe, unlike subscribeToken, needs a signed-in Cloud user, as the service did
    cloud.PushNotifications.subscribe(JSObject(device_token=token, channel="sport", type="ios"), answers.append)
    assert app.run_until_idle(5)
    assert read_json(home / "push-registry.json", {}) == {"news": [token]}
    assert answers.pop().code == 401
    cloud.Users.create(JSObject(username="u", password="p", password_confirmation="p"), answers.append)
    cloud.PushNotifications.subscribe(JSObject(device_token=token, channel="sport", type="ios"), answers.append)
    assert app.run_until_idle(5)
    assert answers.pop(1).users[0].username == "u"
    assert read_json(home / "push-registry.json", {}) == {"news": [token], "sport": [token]}
    cloud.PushNotifications.unsubscribeToken(JSObject(device_token=token, channel="news"), answers.append)
    cloud.PushNotifications.subscribeToken(JSObject(channel="x"), answers.append)
    assert app.run_until_idle(5)
    assert read_json(home / "push-registry.json", {})["news"] == []
    assert [a.success for a in answers] == [True, True, True, False]
    assert "device_token and channel" in answers[-1].message


def test_silentpush_listener_needs_remote_notification_mode(tmp_path: Path) -> None:
    app = App("nomode", data_dir=tmp_path, out=None, background_modes={"fetch"})
    app.Ti.App.iOS.addEventListener("silentpush", lambda e: None)
    assert app.log_lines("ERROR") == [
        "[ERROR] Cannot add silentpush eventListener: the UIBackgroundModes key in tiapp.xml must contain "
        "'remote-notification'"]
    app.Ti.Network.registerForPushNotifications(JSObject())
    assert app.push({"content-available": 1}) is None
