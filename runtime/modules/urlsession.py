"""``com.appcelerator.urlSession``: both API generations, real HTTP, events on ``Ti.App.iOS``.

Follows the module's native code: tasks start at once and return a Number
``taskIdentifier``; the module has no events of its own; 4xx/5xx are completed exchanges.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..js.json_codec import JSON
from ..js.ops import is_number, to_str
from ..js.values import JSObject, JSTypeError, own_items, undefined
from ..net import (
    BAD_URL, UNSUPPORTED_URL, NetworkThread, Outcome, Progress, Request, make_client, new_download_file, perform,
)
from ..ti.filesystem import Blob, File
from ..ti.proxy import Proxy

if TYPE_CHECKING:
    from ..app import App

MODULE_ID = "com.appcelerator.urlSession"


class SessionConfiguration(Proxy):
    js_class = "Modules.URLSession.SessionConfiguration"

    def __init__(self, app: "App", identifier: str) -> None:
        super().__init__(app)
        object.__setattr__(self, "identifier", identifier)
        # Only `identifier` is read at creation; HTTPHeaderFields works when set afterwards
        # (as the native module reads it), and reads back {} when unset.
        object.__setattr__(self, "HTTPHeaderFields", JSObject())


@dataclass
class Task:
    identifier: int
    kind: str  # "download" | "upload" | "data"
    request: Request
    state: str = "running"  # running | completed | cancelled
    asyncio_task: "asyncio.Task[Any] | None" = None
    events: list[str] = field(default_factory=list)
    partial: Path | None = None  # a download's file (persisted, so it survives the process)
    validator: str | None = None  # ETag or Last-Modified, for If-Range when resuming


class Session(Proxy):
    js_class = "Modules.URLSession.Session"

    def __init__(self, module: "URLSessionModule", configuration: SessionConfiguration) -> None:
        super().__init__(module._app)
        object.__setattr__(self, "_configuration", configuration)
        object.__setattr__(self, "_module", module)
        object.__setattr__(self, "_tasks", {})
        object.__setattr__(self, "_valid", True)
        object.__setattr__(self, "_client", None)
        object.__setattr__(self, "_woken", False)

    # The runtime's state, under names JS cannot reach: `s.tasks = null` in an app changes nothing.
    @property
    def configuration(self) -> "SessionConfiguration":
        return self._configuration

    @property
    def identifier(self) -> str:
        return self.configuration.identifier

    # -- task factories (JS API) ---------------------------------------------------------------
    def downloadTask(self, args: Any = undefined) -> Any:
        if not isinstance(args, JSObject):
            raise JSTypeError("Invalid type passed to function. expected: Object")
        url = args.url
        if url is undefined or url is None or to_str(url) == "":
            self._app.log("ERROR", "The url for download task is empty")
            return undefined
        return self._start("download", Request(to_str(url)))

    def uploadTask(self, args: Any = undefined) -> Any:
        if not isinstance(args, JSObject) or not isinstance(args.url, str):
            raise JSTypeError("Invalid type passed to function. expected: String for key 'url'")
        if args.url == "":
            self._app.log("ERROR", "The url for upload task is empty")
            return undefined
        data = args.data
        if isinstance(data, Blob):
            body: bytes | Path = data.js_path if data.js_path is not None else data.js_bytes()
        elif isinstance(data, File):
            body = data.js_file
        elif isinstance(data, str):
            body = self._app.Ti.Filesystem.getFile(data).js_file
        else:
            self._app.log("ERROR", "The data for upload task must be a Blob or a file path")
            return None
        return self._start("upload", self._request(args, body))

    def dataTask(self, args: Any = undefined) -> Any:
        if not isinstance(args, JSObject) or args.url is undefined:
            raise JSTypeError("Invalid type passed to function. expected: String for key 'url'")
        body = None
        if args.data is not undefined:
            text = JSON.stringify(args.data)
            body = b"" if text is undefined else text.encode()
        return self._start("data", self._request(args, body))

    def _request(self, args: JSObject, body: bytes | Path | None) -> Request:
        headers = {}
        if isinstance(args.requestHeaders, JSObject):
            for key, value in own_items(args.requestHeaders):
                if not isinstance(value, str):
                    raise JSTypeError(f"Invalid type passed to function. expected: String for header '{key}'")
                headers[key] = value
        method = to_str(args.method) if args.method is not undefined else "POST"
        return Request(to_str(args.url), method=method.upper(), headers=headers, body=body)

    # -- lifecycle (JS API) ----------------------------------------------------------------------
    def finishTasksAndInvalidate(self) -> None:
        object.__setattr__(self, "_valid", False)
        self._close_client_when_done()

    def invalidateAndCancel(self) -> None:
        object.__setattr__(self, "_valid", False)
        for task in self._tasks.values():
            if task.state == "running" and task.asyncio_task is not None:
                task.state = "cancelled"
                NetworkThread.get().call(task.asyncio_task.cancel)
        self._close_client_when_done()

    def reset(self, callback: Any) -> None:
        self._after_storage_call(callback, clear_cookies=True)

    def flush(self, callback: Any) -> None:
        self._after_storage_call(callback, clear_cookies=False)

    def _after_storage_call(self, callback: Any, clear_cookies: bool) -> None:
        if not callable(callback) or callback is undefined:
            raise JSTypeError("Invalid type passed to function. expected: Function")
        if clear_cookies and self._client is not None:
            NetworkThread.get().call(self._client.cookies.clear)
        self._app.call(callback, JSObject(completed=True))

    # -- running tasks -------------------------------------------------------------------------------
    def _start(self, kind: str, request: Request) -> Any:
        if not self._valid:
            self._app.log("ERROR", "Cannot create a task: the session has been invalidated")
            return undefined
        # Task identifiers start at 1 (UNVERIFIED start value) and continue across app runs.
        task = Task(self._app.transfers.next_task_id(self.identifier), kind, request)
        request.url = self._app.map_url(request.url)
        self._prepare(request)
        if kind == "download":
            task.partial = new_download_file(self._app.folder("tmp"))
            self._app.transfers.add(self.identifier, task.identifier, request.url, task.partial)
        self._tasks[task.identifier] = task
        self._launch(task)
        return task.identifier

    def _prepare(self, request: Request) -> None:
        # NSURLSessionConfiguration.timeoutIntervalForRequest (default 60 s), settable on the
        # configuration like HTTPHeaderFields; the app-wide default applies otherwise.
        timeout = self.configuration.timeoutIntervalForRequest
        request.timeout = float(timeout) if is_number(timeout) and timeout > 0 else self._app.request_timeout
        headers = self.configuration.HTTPHeaderFields
        if isinstance(headers, JSObject):
            for key, value in own_items(headers):
                request.headers.setdefault(key, to_str(value))

    def _launch(self, task: Task) -> None:
        self._app.loop.hold()
        NetworkThread.get().submit(self._run(task))

    def _reattach(self) -> None:
        """Pick up this identifier's downloads from an earlier run of the app, as iOS does when it
        relaunches an app for its background session: ``backgroundtransfer`` first, then the
        events that were due, and unfinished downloads resume where their file ends."""
        stored = self._app.transfers.pending(self.identifier)
        if not stored:
            return
        object.__setattr__(self, "_woken", True)
        # Posted: it reaches the listeners the app adds after creating the session.
        self._app.loop.post(self._announce_wake)
        for row in stored:
            task = Task(row.task_id, "download", Request(row.url), partial=row.partial, validator=row.validator)
            self._prepare(task.request)
            self._tasks[task.identifier] = task
            if row.state == "finished" and row.partial.is_file():
                self._app.call(self._on_finished, task, Outcome(status=row.status, body_path=row.partial))
            else:
                self._launch(task)

    async def _run(self, task: Task) -> None:
        app = self._app
        try:
            task.asyncio_task = asyncio.current_task()
            if task.state == "cancelled":
                raise asyncio.CancelledError
            scheme = task.request.url.split(":", 1)[0].lower() if ":" in task.request.url else ""
            if scheme not in ("http", "https"):
                outcome = Outcome(error=UNSUPPORTED_URL if scheme else BAD_URL)
            else:
                if self._client is None:
                    object.__setattr__(self, "_client", make_client())
                is_download = task.kind == "download"
                store = app.transfers

                def remember(expected: int, validator: str | None) -> None:
                    task.validator = validator
                    store.update(self.identifier, task.identifier, expected=expected, validator=validator)

                outcome = await perform(
                    self._client,
                    task.request,
                    download=task.partial,
                    validator=task.validator,
                    on_response=remember if is_download else None,
                    on_download=(lambda p: app.call(self._on_progress, task, p)) if is_download else None,
                    on_upload=(lambda p: app.call(self._on_progress, task, p)) if task.kind == "upload" else None,
                    progress_interval=app.progress_interval,
                )
                if is_download and outcome.error is None:
                    # Complete on disk: a later run delivers its events if this one cannot.
                    store.update(self.identifier, task.identifier, state="finished", status=outcome.status)
            app.call(self._on_finished, task, outcome)
        except asyncio.CancelledError:
            app.call(self._on_finished, task, Outcome(error=(-999, "cancelled")))
        finally:
            app.loop.release()

    def _close_client_when_done(self) -> None:
        client = self._client
        if client is None:
            return

        async def close_later() -> None:
            running = [t.asyncio_task for t in self._tasks.values() if t.asyncio_task and not t.asyncio_task.done()]
            if running:
                await asyncio.gather(*running, return_exceptions=True)
            await client.aclose()

        NetworkThread.get().submit(close_later())

    # -- events (app thread) ---------------------------------------------------------------------------
    def _announce_wake(self) -> None:
        """``backgroundtransfer``: iOS woke the app for this session's events (a Session handler)."""
        device = self._app.device
        device.fire("backgroundtransfer", JSObject(handlerId=device.begin_handler("Session"), sessionId=self.identifier))

    def _fire(self, task: Task, name: str, payload: JSObject) -> None:
        if self._app.state != "foreground" and not self._woken:
            # iOS wakes a backgrounded app for its session's events with backgroundtransfer first.
            object.__setattr__(self, "_woken", True)
            self._app.device.wake()
            self._announce_wake()
        task.events.append(name)
        self._app.device.fire(name, payload)

    # Event name and payload keys of the two progress events.
    _PROGRESS = {
        "download": ("downloadprogress", "bytesWritten", "totalBytesWritten", "totalBytesExpectedToWrite"),
        "upload": ("uploadprogress", "bytesSent", "totalBytesSent", "totalBytesExpectedToSend"),
    }

    def _on_progress(self, task: Task, progress: Progress) -> None:
        if task.state != "running":
            return
        name, chunk, total, expected = self._PROGRESS[task.kind]
        payload = JSObject(taskIdentifier=task.identifier)
        payload[chunk], payload[total], payload[expected] = progress.chunk, progress.total, progress.expected
        payload["sessionIdentifier"] = self.identifier
        self._fire(task, name, payload)

    def _on_finished(self, task: Task, outcome: Outcome) -> None:
        if outcome.error is not None:
            task.state = "cancelled" if outcome.error[0] == -999 else "completed"
            code, message = outcome.error
            self._fire(task, "sessioncompleted", JSObject(
                taskIdentifier=task.identifier, sessionIdentifier=self.identifier,
                success=False, errorCode=code, message=message,
            ))
        else:
            task.state = "completed"
            if task.kind == "download" and outcome.body_path is not None:
                blob = Blob(self._app, path=outcome.body_path)
                self._fire(task, "downloadcompleted", JSObject(
                    taskIdentifier=task.identifier, data=blob, sessionIdentifier=self.identifier,
                ))
            payload = JSObject(
                taskIdentifier=task.identifier, sessionIdentifier=self.identifier,
                success=True, errorCode=0, statusCode=outcome.status,
            )
            if outcome.body is not None and task.kind != "download":
                payload["responseText"] = outcome.body.decode("utf-8", errors="replace")
            self._fire(task, "sessioncompleted", payload)
        # Once the app has seen the task's sessioncompleted, it is forgotten; a failed download's
        # partial file goes with it.
        self._app.loop.post(self._forget, task, outcome.error is not None)
        if self._woken and all(t.state != "running" for t in self._tasks.values()):
            object.__setattr__(self, "_woken", False)
            self._app.device.fire("sessioneventscompleted", JSObject(sessionIdentifier=self.identifier))


    def _forget(self, task: Task, failed: bool) -> None:
        if task.partial is not None:
            self._app.transfers.remove(self.identifier, task.identifier)
            if failed:
                task.partial.unlink(missing_ok=True)


class URLSessionModule(Proxy):
    js_class = "Modules.URLSession"

    def __init__(self, app: "App") -> None:
        super().__init__(app)
        object.__setattr__(self, "_sessions", [])
        object.__setattr__(self, "_warned", set())

    # -- new generation (2.1.0+) ----------------------------------------------------------------
    def createSessionConfiguration(self, args: Any = undefined) -> SessionConfiguration:
        if not isinstance(args, JSObject) or not isinstance(args.identifier, str):
            raise JSTypeError("Invalid type passed to function. expected: String for key 'identifier'")
        return SessionConfiguration(self._app, args.identifier)

    def createSession(self, args: Any = undefined) -> Any:
        if isinstance(args, SessionConfiguration):
            self._deprecated("createSession(configuration)", "createSession({configuration: configuration})")
            configuration = args
        elif isinstance(args, JSObject) and isinstance(args.configuration, SessionConfiguration):
            configuration = args.configuration
        else:
            self._app.log("ERROR", "Invalid argument passed: Cannot create URLSession, expected a configuration")
            return None
        return self._open(configuration)

    def _open(self, configuration: SessionConfiguration) -> Session:
        session = Session(self, configuration)
        self._sessions.append(session)
        session._reattach()  # downloads an earlier run of the app left under this identifier
        return session

    def downloadTask(self, args: Any = undefined) -> Any:
        # Not in the native module: the seed's example 1 calls it on the module.  The seed is our
        # specification, so the task goes to the module's most recently created session.
        if not self._sessions:
            raise JSTypeError("urlSession.downloadTask needs a session: call createSession first")
        return self._sessions[-1].downloadTask(args)

    # -- old generation, deprecated in 2.1.0 -----------------------------------------------------
    def _deprecated(self, old: str, new: str) -> None:
        if old not in self._warned:
            self._warned.add(old)
            self._app.log("WARN", f"{MODULE_ID}.{old} DEPRECATED in 2.1.0, in favor of {new}")

    def createURLSessionBackgroundConfiguration(self, identifier: Any = undefined) -> Any:
        self._deprecated("createURLSessionBackgroundConfiguration", "createSessionConfiguration")
        if not isinstance(identifier, str) or identifier == "":
            self._app.log("ERROR", "Need to specify a proper identifier to create a URLSessionConfiguration")
            return None
        return SessionConfiguration(self._app, identifier)

    def createURLSession(self, configuration: Any = undefined) -> Any:
        self._deprecated("createURLSession", "createSession")
        if not isinstance(configuration, SessionConfiguration):
            self._app.log("ERROR", "Invalid argument passed: Cannot create URLSession, expected a configuration")
            return None
        return self._open(configuration)

    def backgroundDownloadTaskWithURL(self, session: Any = undefined, url: Any = undefined) -> Any:
        self._deprecated("backgroundDownloadTaskWithURL", "Session.downloadTask")
        if not isinstance(session, Session) or not isinstance(url, str) or url == "":
            self._app.log("ERROR", "backgroundDownloadTaskWithURL needs a session and a non-empty url")
            return None
        return session.downloadTask(JSObject(url=url))

    def finishTasksAndInvalidate(self, session: Any = undefined) -> None:
        self._deprecated("finishTasksAndInvalidate", "Session.finishTasksAndInvalidate")
        if isinstance(session, Session):
            session.finishTasksAndInvalidate()

    def invalidateAndCancel(self, session: Any = undefined) -> None:
        self._deprecated("invalidateAndCancel", "Session.invalidateAndCancel")
        if isinstance(session, Session):
            session.invalidateAndCancel()


__all__ = ["URLSessionModule", "Session", "SessionConfiguration", "MODULE_ID"]
