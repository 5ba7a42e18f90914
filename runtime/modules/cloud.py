"""``ti.cloud``: Appcelerator Cloud Services (ACS) modelled locally (no account, no network).

The ACS service closed in 2022, so an app written against it can only run against a stand-in;
this one keeps what the service kept, with the answers' shape the SDK's callbacks receive:

- push-channel subscriptions in ``$TI2PY_HOME/push-registry.json`` (channel name -> device
  tokens), shared by every app on this machine so that ``ti2py push --channel NAME`` finds the
  devices of a channel;
- ``Users`` (create, login, logout, showMe, show, query, update, remove) and ``Objects``
  (custom objects by ``classname``: create, show, query, update, remove), in the app's data folder
  (``cloud/acs.json``), as one ACS app's store.  The signed-in user is kept in
  ``Ti.App.Properties`` as the SDK keeps its session.

Every call answers asynchronously, as the HTTP reply would: the callback gets ``success``,
``error``, ``meta`` and the records under their plural name (``users``) or the object's
``classname``; a failure has ``code`` and ``message``.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ..js.functions import is_callable
from ..js.json_codec import JSON
from ..js.values import JSObject, undefined
from ..paths import read_json, ti2py_home, write_json
from ..ti.proxy import Namespace, Proxy

if TYPE_CHECKING:
    from ..app import App


SESSION_PROPERTY = "ti2py.cloud.user"  # the signed-in user's id, where the SDK keeps its session


def registry_path() -> Path:
    return ti2py_home() / "push-registry.json"


def load_registry(path: Path) -> dict[str, list[str]]:
    registry = read_json(path, {})
    return registry if isinstance(registry, dict) else {}


class PushNotifications(Proxy):
    js_class = "Cloud.PushNotifications"

    def _respond(self, callback: Any, payload: JSObject) -> None:
        if is_callable(callback):
            self._app.call(callback, payload)

    def _change(self, params: Any, callback: Any, subscribe: bool, needs_login: bool) -> None:
        token = getattr(params, "device_token", undefined)
        channel = getattr(params, "channel", undefined)
        if needs_login and not self._app.Ti.App.Properties.hasProperty(SESSION_PROPERTY):
            self._respond(callback, JSObject(success=False, error=True, code=401,
                                             message="You need to sign in or sign up before continuing."))
            return
        if not isinstance(token, str) or not token or not isinstance(channel, str) or not channel:
            self._respond(callback, JSObject(success=False, error=True, code=400,
                                             message="Missing required parameter: device_token and channel"))
            return
        path = registry_path()
        registry = load_registry(path)
        tokens = registry.setdefault(channel, [])
        if subscribe and token not in tokens:
            tokens.append(token)
        elif not subscribe and token in tokens:
            tokens.remove(token)
        write_json(path, registry)
        self._respond(callback, JSObject(success=True, error=False, code=200, meta=JSObject(code=200, status="ok")))

    def subscribeToken(self, params: Any = undefined, callback: Any = undefined) -> None:
        self._change(params, callback, subscribe=True, needs_login=False)

    def unsubscribeToken(self, params: Any = undefined, callback: Any = undefined) -> None:
        self._change(params, callback, subscribe=False, needs_login=False)

    def subscribe(self, params: Any = undefined, callback: Any = undefined) -> None:
        self._change(params, callback, subscribe=True, needs_login=True)  # as the service: a signed-in user

    def unsubscribe(self, params: Any = undefined, callback: Any = undefined) -> None:
        self._change(params, callback, subscribe=False, needs_login=True)


NOT_SIGNED_IN = (401, "You need to sign in or sign up before continuing.")
Record = dict[str, Any]


class CloudFailure(Exception):
    """An ACS error answer: its HTTP-style code and message."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class LocalStore:
    """One ACS app's users and custom objects, as JSON in the app's data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> dict[str, Any]:
        data = read_json(self.path, {})
        if not isinstance(data, dict):
            data = {}
        data.setdefault("users", [])
        data.setdefault("objects", {})
        return data

    def change(self, edit: Callable[[dict[str, Any]], Any]) -> Any:
        data = self.read()
        result = edit(data)
        write_json(self.path, data)
        return result


def _new_id() -> str:
    return secrets.token_hex(12)  # ACS ids are 24 hex digits (MongoDB object ids)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S+0000", time.gmtime())


def _password_hash(password: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}:{password}".encode()).hexdigest()


def _public_user(user: Record) -> Record:
    return {key: value for key, value in user.items() if key not in ("password_hash", "salt")}


def _matches(record: Record, where: Any) -> bool:
    """ACS's ``where`` (MongoDB-style): equality, and ``$ne``, ``$gt``, ``$gte``, ``$lt``,
    ``$lte``, ``$in``, ``$nin`` on a field."""
    if not isinstance(where, dict):
        return True
    tests: dict[str, Callable[[Any, Any], bool]] = {
        "$ne": lambda a, b: a != b, "$in": lambda a, b: a in b, "$nin": lambda a, b: a not in b,
        "$gt": lambda a, b: a is not None and a > b, "$gte": lambda a, b: a is not None and a >= b,
        "$lt": lambda a, b: a is not None and a < b, "$lte": lambda a, b: a is not None and a <= b,
    }
    for field, wanted in where.items():
        value = record.get(field)
        if isinstance(wanted, dict) and wanted and all(key in tests for key in wanted):
            try:
                if not all(tests[op](value, operand) for op, operand in wanted.items()):
                    return False
            except TypeError:  # comparing values of different kinds: no match, as in MongoDB
                return False
        elif value != wanted:
            return False
    return True


class CloudService(Proxy):
    """Base of ``Cloud.Users``/``Cloud.Objects``: arguments in, an asynchronous answer out."""

    js_class = "Cloud.Service"

    def __init__(self, app: "App", store: LocalStore) -> None:
        super().__init__(app)
        object.__setattr__(self, "_store", store)

    def _answer(self, method: str, params: Any, callback: Any, work: Callable[[Record], Record]) -> None:
        """Run ``work`` on the call's parameters (as the JSON the SDK would send) and queue the
        callback with its answer."""
        request: Record = {}
        if is_callable(params) and callback is undefined:
            callback = params  # logout(callback), showMe(callback)
        elif isinstance(params, JSObject):
            request = json.loads(JSON.stringify(params))
        try:
            answer = {"success": True, "error": False, **work(request),
                      "meta": {"code": 200, "status": "ok", "method_name": method}}
        except CloudFailure as failure:
            answer = {"success": False, "error": True, "code": failure.code, "message": failure.message,
                      "meta": {"code": failure.code, "status": "fail", "message": failure.message,
                               "method_name": method}}
        if is_callable(callback):
            self._app.call(callback, JSON.parse(json.dumps(answer)))

    def _signed_in(self, data: dict[str, Any]) -> Record:
        user_id = self._app.Ti.App.Properties.getString(SESSION_PROPERTY, "")
        for user in data["users"]:
            if user["id"] == user_id:
                return user
        raise CloudFailure(*NOT_SIGNED_IN)


def _fields(request: Record) -> Record:
    """A request's ``fields`` (an object, or JSON text as the REST API also takes)."""
    fields = request.get("fields", {})
    if isinstance(fields, str):
        try:
            fields = json.loads(fields)
        except ValueError:
            raise CloudFailure(400, "Invalid fields: not JSON") from None
    return fields if isinstance(fields, dict) else {}


def _where(request: Record) -> Any:
    where = request.get("where")
    if isinstance(where, str):
        try:
            return json.loads(where)
        except ValueError:
            raise CloudFailure(400, "Invalid where: not JSON") from None
    return where


def _page(records: list[Record], request: Record) -> tuple[list[Record], Record]:
    """``order`` (``"-created_at,title"``), ``limit``/``skip`` or ``page``/``per_page``."""
    for key in reversed([key for key in str(request.get("order", "")).split(",") if key]):
        field = key.lstrip("-")
        records = sorted(records, key=lambda record: (record.get(field) is None, str(record.get(field))),
                         reverse=key.startswith("-"))
    per_page = int(request.get("limit") or request.get("per_page") or 10)
    page = max(int(request.get("page") or 1), 1)
    skip = int(request["skip"]) if "skip" in request else (page - 1) * per_page
    total = len(records)
    meta = {"page": page, "per_page": per_page, "total_results": total,
            "total_pages": max((total + per_page - 1) // per_page, 1)}
    return records[skip:skip + per_page], meta


class Users(CloudService):
    js_class = "Cloud.Users"

    def create(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(request: Record) -> Record:
            login = request.get("username") or request.get("email")
            password = request.get("password")
            if not login or not password:
                raise CloudFailure(400, "Invalid user fields: username or email, and password are required")
            if request.get("password_confirmation", password) != password:
                raise CloudFailure(400, "Password confirmation doesn't match Password")

            def add(data: dict[str, Any]) -> Record:
                if any(login in (user.get("username"), user.get("email")) for user in data["users"]):
                    raise CloudFailure(400, "Username is already taken")
                salt = secrets.token_hex(8)
                user = {key: value for key, value in request.items()
                        if key not in ("password", "password_confirmation")}
                user.update(id=_new_id(), created_at=_now(), updated_at=_now(), salt=salt,
                            password_hash=_password_hash(str(password), salt))
                data["users"].append(user)
                return user

            user = self._store.change(add)
            self._app.Ti.App.Properties.setString(SESSION_PROPERTY, user["id"])  # ACS signs the new user in
            return {"users": [_public_user(user)]}

        self._answer("createUser", params, callback, work)

    def login(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(request: Record) -> Record:
            login, password = request.get("login"), str(request.get("password", ""))
            for user in self._store.read()["users"]:
                if login in (user.get("username"), user.get("email")) and \
                        user["password_hash"] == _password_hash(password, user["salt"]):
                    self._app.Ti.App.Properties.setString(SESSION_PROPERTY, user["id"])
                    return {"users": [_public_user(user)]}
            raise CloudFailure(401, "Invalid email/username or password")

        self._answer("loginUser", params, callback, work)

    def logout(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(_request: Record) -> Record:
            self._signed_in(self._store.read())
            self._app.Ti.App.Properties.removeProperty(SESSION_PROPERTY)
            return {}

        self._answer("logoutUser", params, callback, work)

    def showMe(self, params: Any = undefined, callback: Any = undefined) -> None:
        self._answer("showMe", params, callback,
                     lambda _request: {"users": [_public_user(self._signed_in(self._store.read()))]})

    def show(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(request: Record) -> Record:
            wanted = str(request.get("user_id", "")).split(",")
            found = [_public_user(user) for user in self._store.read()["users"] if user["id"] in wanted]
            if not found:
                raise CloudFailure(404, "Invalid user id")
            return {"users": found}

        self._answer("showUser", params, callback, work)

    def query(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(request: Record) -> Record:
            users = [_public_user(user) for user in self._store.read()["users"]]
            found, paging = _page([user for user in users if _matches(user, _where(request))], request)
            return {"users": found, "paging": paging}

        self._answer("queryUsers", params, callback, work)

    def update(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(request: Record) -> Record:
            def edit(data: dict[str, Any]) -> Record:
                user = self._signed_in(data)
                user.update({key: value for key, value in request.items()
                             if key not in ("id", "password", "password_confirmation", "salt", "password_hash")})
                user["updated_at"] = _now()
                return user

            return {"users": [_public_user(self._store.change(edit))]}

        self._answer("updateUser", params, callback, work)

    def remove(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(_request: Record) -> Record:
            def drop(data: dict[str, Any]) -> None:
                data["users"].remove(self._signed_in(data))

            self._store.change(drop)
            self._app.Ti.App.Properties.removeProperty(SESSION_PROPERTY)
            return {}

        self._answer("deleteUser", params, callback, work)


class Objects(CloudService):
    js_class = "Cloud.Objects"

    @staticmethod
    def _classname(request: Record) -> str:
        classname = request.get("classname")
        if not isinstance(classname, str) or not classname:
            raise CloudFailure(400, "Missing required parameter: classname")
        return classname

    def _find(self, data: dict[str, Any], request: Record) -> Record:
        for record in data["objects"].get(self._classname(request), []):
            if record["id"] == request.get("id"):
                return record
        raise CloudFailure(400, "Invalid object id")

    def create(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(request: Record) -> Record:
            classname = self._classname(request)

            def add(data: dict[str, Any]) -> Record:
                user = self._signed_in(data)
                record = {**_fields(request), "id": _new_id(), "created_at": _now(), "updated_at": _now(),
                          "user_id": user["id"]}
                data["objects"].setdefault(classname, []).append(record)
                return record

            return {classname: [self._store.change(add)]}

        self._answer("createObject", params, callback, work)

    def show(self, params: Any = undefined, callback: Any = undefined) -> None:
        self._answer("showObjects", params, callback,
                     lambda request: {self._classname(request): [self._find(self._store.read(), request)]})

    def query(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(request: Record) -> Record:
            classname = self._classname(request)
            records = self._store.read()["objects"].get(classname, [])
            found, paging = _page([record for record in records if _matches(record, _where(request))], request)
            return {classname: found, "paging": paging}

        self._answer("queryObjects", params, callback, work)

    def update(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(request: Record) -> Record:
            def edit(data: dict[str, Any]) -> Record:
                self._signed_in(data)
                record = self._find(data, request)
                record.update(_fields(request))
                record["updated_at"] = _now()
                return record

            return {self._classname(request): [self._store.change(edit)]}

        self._answer("updateObject", params, callback, work)

    def remove(self, params: Any = undefined, callback: Any = undefined) -> None:
        def work(request: Record) -> Record:
            def drop(data: dict[str, Any]) -> None:
                self._signed_in(data)
                data["objects"][self._classname(request)].remove(self._find(data, request))

            self._store.change(drop)
            return {}

        self._answer("deleteObject", params, callback, work)


class CloudModule(Namespace):
    js_class = "ti.cloud"

    def __init__(self, app: "App") -> None:
        super().__init__(app, "Cloud")
        store = LocalStore(app.folder("cloud") / "acs.json")
        object.__setattr__(self, "PushNotifications", PushNotifications(app))
        object.__setattr__(self, "Users", Users(app, store))
        object.__setattr__(self, "Objects", Objects(app, store))
