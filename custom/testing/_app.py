"""The Starlette application: one route per operation of the document, each a small handler.

Every request passes the same gate, in VBR's order: the ``x-api-version`` header, the bearer
token, the caller's role; then the handler runs under the fake's lock against its state.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..api import API_VERSION
from ..models.e_login_grant_type import ELoginGrantType
from ._auth import Login, Role
from ._data import LINUX_PACKAGES, UNIX_PACKAGES, from_timestamp
from ._entities import AGENT_STATUSES, DRIVER_WITH_AGENT, STATES, EntityGroup, ListFilter
from ._errors import ErrorCode, FakeApiError, bad_request, not_found
from ._query import Paging, page, parse_enum, parse_paging, parse_uuid, pattern_matcher
from ._sessions import ACTION_TITLES, Action, Session
from ._site import RecoveryToken, token_string
from ._validate import date_time, json_object, required, text, uuid_list

if TYPE_CHECKING:
    from ._fake import FakeVBR

SUPPORTED_VERSIONS = (API_VERSION,)
ADMIN_ONLY = frozenset({Role.BACKUP_ADMINISTRATOR})
ADMIN_AND_OPERATOR = frozenset({Role.BACKUP_ADMINISTRATOR, Role.RESTORE_OPERATOR})
EVERYONE = ADMIN_AND_OPERATOR

STATE_VALUES = [value for value, _ in STATES]
AGENT_STATUS_VALUES = [value for value, _ in AGENT_STATUSES]
DRIVER_STATUS_VALUES = ["Unknown", *[value for value, _ in DRIVER_WITH_AGENT]]


@dataclass
class Call:
    """What a handler gets: the fake, the caller, the path and query values and the raw body."""

    fake: FakeVBR
    login: Login | None
    path: Mapping[str, str]
    query: Mapping[str, str]
    body: bytes
    content_type: str

    @property
    def caller(self) -> Login:
        """The authenticated login (every operation but CreateToken has one)."""
        assert self.login is not None
        return self.login

    def path_uuid(self, name: str = "id") -> str:
        """A path parameter that must be a UUID."""
        return parse_uuid(self.path[name], f"The path parameter {name}", code="InvalidURI")


Handler = Callable[[Call], Any]


def _sorted(items: Sequence[Any], paging: Paging, keys: Mapping[str, Callable[[Any], Any]]) -> list[Any]:
    """``items`` in the order ``paging`` asks for (natural order when it names no column)."""
    if paging.order_column is None:
        return list(items) if paging.order_asc else list(reversed(items))
    return sorted(items, key=keys[paging.order_column], reverse=not paging.order_asc)


def _name_filtered(items: Sequence[Any], query: Mapping[str, str], name: Callable[[Any], str]) -> list[Any]:
    match = pattern_matcher(query.get("nameFilter"))
    return [item for item in items if match is None or match(name(item))]


# --- login and sessions ----------------------------------------------------------------------


def create_token(call: Call) -> dict[str, Any]:
    """POST /api/oauth2/token: the password and refresh_token grants."""
    fake = call.fake
    fake.stats.token_requests += 1
    if not call.content_type.startswith("application/x-www-form-urlencoded"):
        raise bad_request("The request body must be application/x-www-form-urlencoded.")
    try:
        form = dict(urllib.parse.parse_qsl(call.body.decode(), keep_blank_values=True, strict_parsing=False))
    except UnicodeDecodeError:
        raise bad_request("The request body is not valid form data.") from None
    grant = form.get("grant_type")
    now = fake.now()
    if grant == ELoginGrantType.PASSWORD:
        if not form.get("username") or "password" not in form:
            raise bad_request("The password grant needs username and password.")
        login = fake.tokens.password_grant(form["username"], form["password"], now)
    elif grant == ELoginGrantType.REFRESH_TOKEN:
        if not form.get("refresh_token"):
            raise bad_request("The refresh_token grant needs refresh_token.")
        login = fake.tokens.refresh_grant(form["refresh_token"], now)
    elif grant in (ELoginGrantType.AUTHORIZATION_CODE, ELoginGrantType.VBR_TOKEN):
        raise bad_request(f"The grant type {grant} is not supported by this server.")
    else:
        raise bad_request(f"Unknown or missing grant_type: {grant!r}.")
    fake.stats.tokens_issued += 1
    return login.model()


def logout(call: Call) -> dict[str, Any]:
    """POST /api/oauth2/logout: revoke the caller's token pair."""
    call.fake.tokens.revoke(call.caller)
    return {}


def get_session(call: Call) -> dict[str, Any]:
    """GET /api/v1/sessions/{id}."""
    session_id = call.path_uuid()
    session = call.fake.sessions.sessions.get(session_id)
    if session is None:
        raise not_found("Session", session_id)
    return session.model(call.fake.now())


# --- recovery tokens ------------------------------------------------------------------------


def list_recovery_tokens(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/recoveryTokens."""
    paging = parse_paging(call.query, ["Name", "ExpirationDate"])
    tokens = _name_filtered(list(call.fake.recovery_tokens.values()), call.query, lambda t: t.name)
    for bound, keep in (("expirationDateBefore", datetime.__lt__), ("expirationDateAfter", datetime.__gt__)):
        if bound in call.query:
            limit = _query_date_time(call.query[bound], bound)
            tokens = [t for t in tokens if keep(t.expiration, limit)]
    keys = {"Name": lambda t: t.name.casefold(), "ExpirationDate": lambda t: t.expiration}
    return page(_sorted(tokens, paging, keys), paging, RecoveryToken.model)


def _query_date_time(value: str, name: str) -> datetime:
    try:
        return date_time(value, name)
    except FakeApiError as error:
        raise bad_request(error.message, code="InvalidURI") from None


def _future(call: Call, body: dict[str, Any]) -> datetime:
    expiration = date_time(required(body, "expirationDate"), "expirationDate")
    if expiration <= from_timestamp(call.fake.now()):
        raise bad_request("The expiration date must be in the future.")
    return expiration


def create_recovery_token(call: Call) -> dict[str, Any]:
    """POST /api/v1/agents/recoveryTokens."""
    body = json_object(call.body)
    backup_ids = uuid_list(required(body, "backupIds"), "backupIds")
    expiration = _future(call, body)
    fake = call.fake
    fake.stats.recovery_tokens_created += 1
    token = RecoveryToken(
        id=fake.new_uuid(),
        name=f"Recovery token {next(fake.token_numbers)}",
        token=token_string(fake.rng),
        expiration=expiration,
        backup_ids=backup_ids,
    )
    fake.recovery_tokens[token.id] = token
    return token.model()


def _recovery_token(call: Call) -> RecoveryToken:
    token_id = call.path_uuid()
    token = call.fake.recovery_tokens.get(token_id)
    if token is None:
        raise not_found("Recovery token", token_id)
    return token


def get_recovery_token(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/recoveryTokens/{id}."""
    return _recovery_token(call).model()


def update_recovery_token(call: Call) -> dict[str, Any]:
    """PUT /api/v1/agents/recoveryTokens/{id}: new name and expiration date."""
    token = _recovery_token(call)
    body = json_object(call.body)
    if parse_uuid(required(body, "id"), "The field id") != token.id:
        raise bad_request("The id in the body does not match the id in the path.")
    name = text(required(body, "name"), "name")
    if body.get("recoveryToken") is not None and not isinstance(body["recoveryToken"], str):
        raise bad_request("The field recoveryToken must be a string.")
    token.expiration = _future(call, body)
    token.name = name
    return token.model()


def delete_recovery_token(call: Call) -> None:
    """DELETE /api/v1/agents/recoveryTokens/{id}."""
    del call.fake.recovery_tokens[_recovery_token(call).id]


# --- protected computers --------------------------------------------------------------------


def list_protected_computers(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectedComputers."""
    paging = parse_paging(call.query, ["Name", "Type"])
    computers = _name_filtered(list(call.fake.protected_computers.values()), call.query, lambda c: c["name"])
    kind = parse_enum(call.query, "typeFilter", ["Linux"])
    computers = [c for c in computers if kind is None or c["type"] == kind]
    keys = {"Name": lambda c: c["name"].casefold(), "Type": lambda c: c["type"]}
    return page(_sorted(computers, paging, keys), paging, dict)


def get_protected_computer(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectedComputers/{id}."""
    computer_id = call.path_uuid()
    computer = call.fake.protected_computers.get(computer_id)
    if computer is None:
        raise not_found("Protected computer", computer_id)
    return dict(computer)


# --- discovered entities --------------------------------------------------------------------


def _group(call: Call) -> EntityGroup:
    group_id = call.path_uuid()
    group = call.fake.groups.get(group_id)
    if group is None:
        raise not_found("Protection group", group_id)
    return group


def _entity_slot(group: EntityGroup, entity_id: str) -> int:
    slot = group.slot_of(entity_id)
    if slot is None:
        raise not_found("Discovered entity", entity_id)
    return slot


def list_entities(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectionGroups/{id}/discoveredEntities."""
    group = _group(call)
    paging = parse_paging(call.query, ["Name", "State", "AgentStatus", "DriverStatus", "OperatingSystem"])
    flt = ListFilter(
        name=call.query.get("nameFilter"),
        ip_address=call.query.get("ipAddressFilter"),
        state=parse_enum(call.query, "stateFilter", STATE_VALUES),
        agent_status=parse_enum(call.query, "agentStatusFilter", AGENT_STATUS_VALUES),
        driver_status=parse_enum(call.query, "driverStatusFilter", DRIVER_STATUS_VALUES),
    )
    return page(group.select(flt, paging.order_column, paging.order_asc), paging, group.get)


def get_entity(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectionGroups/{id}/discoveredEntities/{entityId}."""
    group = _group(call)
    return group.get(_entity_slot(group, call.path_uuid("entityId")))


def delete_entity(call: Call) -> None:
    """DELETE /api/v1/agents/protectionGroups/{id}/discoveredEntities/{entityId}."""
    group = _group(call)
    group.delete(_entity_slot(group, call.path_uuid("entityId")))


def action(kind: Action) -> Handler:
    """The handler of one discovered-entity action: it starts a session."""

    def start(call: Call) -> dict[str, Any]:
        group = _group(call)
        entity_ids = uuid_list(required(json_object(call.body), "entityIds"), "entityIds")
        slots = [_entity_slot(group, entity_id) for entity_id in entity_ids]
        fake = call.fake
        names = [str(group.field(slot, "name")) for slot in slots]
        linux = all(group.field(slot, "operatingSystem") == "Linux" for slot in slots)
        session = Session(
            id=fake.new_uuid(),
            usn=fake.sessions.take_usn(),
            action=kind,
            group=group,
            slots=slots,
            name=ACTION_TITLES[kind].format(names[0] if len(names) == 1 else f"{len(names)} entities"),
            platform="LinuxPhysical" if linux else "WindowsPhysical",
            started=fake.now(),
            duration=fake.session_duration,
            result=fake.session_result,
            initiated_by=call.caller.user.username,
        )
        fake.stats.sessions_started += 1
        return fake.sessions.start(session).model(fake.now())

    start.__doc__ = f"POST /api/v1/agents/protectionGroups/{{id}}/discoveredEntities/{kind}."
    return start


# --- packages --------------------------------------------------------------------------------


def list_linux_packages(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/packages/linux."""
    paging = parse_paging(call.query, ["Name", "DistributionName"])
    packages = _name_filtered(LINUX_PACKAGES, call.query, lambda p: p[0])
    for position, name in ((1, "distributionFilter"), (2, "packageBitnessFilter")):
        wanted = call.query.get(name)
        if wanted is not None:
            packages = [p for p in packages if p[position].casefold() == wanted.casefold()]
    keys = {"Name": lambda p: p[0].casefold(), "DistributionName": lambda p: p[1].casefold()}
    return page(
        _sorted(packages, paging, keys),
        paging,
        lambda p: {"packageBitness": p[2], "packageName": p[0], "distributionName": p[1]},
    )


def list_unix_packages(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/packages/unix."""
    paging = parse_paging(call.query, ["Name"])
    packages = _name_filtered(UNIX_PACKAGES, call.query, lambda p: p)
    return page(_sorted(packages, paging, {"Name": str.casefold}), paging, lambda p: {"packageName": p})


# --- the application -------------------------------------------------------------------------

AGENTS = "/api/v1/agents"
ENTITIES = AGENTS + "/protectionGroups/{id}/discoveredEntities"
# (operationId, method, path, handler, roles; None: no token needed)
OPERATIONS: list[tuple[str, str, str, Handler, frozenset[Role] | None]] = [
    ("CreateToken", "POST", "/api/oauth2/token", create_token, None),
    ("Logout", "POST", "/api/oauth2/logout", logout, EVERYONE),
    ("GetSession", "GET", "/api/v1/sessions/{id}", get_session, EVERYONE),
    ("GetAllComputerRecoveryTokens", "GET", AGENTS + "/recoveryTokens", list_recovery_tokens, ADMIN_ONLY),
    ("CreateComputerRecoveryToken", "POST", AGENTS + "/recoveryTokens", create_recovery_token, ADMIN_ONLY),
    ("GetComputerRecoveryToken", "GET", AGENTS + "/recoveryTokens/{id}", get_recovery_token, ADMIN_ONLY),
    (
        "UpdateComputerRecoveryToken",
        "PUT",
        AGENTS + "/recoveryTokens/{id}",
        update_recovery_token,
        ADMIN_ONLY,
    ),
    (
        "DeleteComputerRecoveryToken",
        "DELETE",
        AGENTS + "/recoveryTokens/{id}",
        delete_recovery_token,
        ADMIN_ONLY,
    ),
    (
        "GetProtectedComputers",
        "GET",
        AGENTS + "/protectedComputers",
        list_protected_computers,
        ADMIN_AND_OPERATOR,
    ),
    (
        "GetProtectedComputer",
        "GET",
        AGENTS + "/protectedComputers/{id}",
        get_protected_computer,
        ADMIN_AND_OPERATOR,
    ),
    ("GetDiscoveredEntities", "GET", ENTITIES, list_entities, ADMIN_ONLY),
    ("RescanDiscoveredEntities", "POST", ENTITIES + "/rescan", action("rescan"), ADMIN_ONLY),
    (
        "InstallAgentOnDiscoveredEntities",
        "POST",
        ENTITIES + "/installAgent",
        action("installAgent"),
        ADMIN_ONLY,
    ),
    (
        "UninstallAgentFromDiscoveredEntities",
        "POST",
        ENTITIES + "/uninstallAgent",
        action("uninstallAgent"),
        ADMIN_ONLY,
    ),
    (
        "UninstallAllComponentsFromDiscoveredEntities",
        "POST",
        ENTITIES + "/uninstallAllComponents",
        action("uninstallAllComponents"),
        ADMIN_ONLY,
    ),
    ("GetDiscoveredEntity", "GET", ENTITIES + "/{entityId}", get_entity, ADMIN_ONLY),
    ("DeleteDiscoveredEntity", "DELETE", ENTITIES + "/{entityId}", delete_entity, ADMIN_ONLY),
    ("GetAllAgentPackages", "GET", AGENTS + "/packages/linux", list_linux_packages, ADMIN_ONLY),
    ("GetAllAgentPackagesForUnix", "GET", AGENTS + "/packages/unix", list_unix_packages, ADMIN_ONLY),
]


def _check_version(request: Request) -> None:
    version = request.headers.get("x-api-version")
    supported = ", ".join(SUPPORTED_VERSIONS)
    if version is None:
        raise bad_request(f"The x-api-version header is required. Supported versions: {supported}.")
    if version not in SUPPORTED_VERSIONS:
        raise bad_request(f"API version {version!r} is not supported. Supported versions: {supported}.")


def _endpoint(fake: FakeVBR, operation: str, handler: Handler, roles: frozenset[Role] | None) -> Callable[..., Any]:
    """Wrap a handler in the version, token and role gate and turn its result into a response."""

    async def endpoint(request: Request) -> Response:
        fake.stats.by_operation[operation] += 1
        body = await request.body()
        try:
            _check_version(request)
            with fake.lock:
                fake.sessions.settle()
                login = None
                if roles is not None:
                    login = fake.tokens.authenticate(request.headers.get("authorization"), fake.now())
                    if login.user.role not in roles:
                        raise FakeApiError(403, "AccessDenied", f"The role {login.user.role.value} may not do this.")
                call = Call(
                    fake=fake,
                    login=login,
                    path=request.path_params,
                    query=request.query_params,
                    body=body,
                    content_type=request.headers.get("content-type", ""),
                )
                result = handler(call)
        except FakeApiError as error:
            return error.response(empty_body=error.status == 401 and fake.faults.empty_401)
        if result is None:
            return Response(status_code=204)
        return JSONResponse(result)

    return endpoint


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 and 405 as VBR Error bodies."""
    assert isinstance(exc, HTTPException)
    codes: dict[int, ErrorCode] = {404: "NotFound", 405: "MethodNotAllowed"}
    error = FakeApiError(exc.status_code, codes.get(exc.status_code, "UnknownError"), str(exc.detail))
    error.headers.update(exc.headers or {})  # keeps the Allow header of a 405
    return error.response()


async def _server_error(request: Request, exc: Exception) -> Response:
    return FakeApiError(500, "UnknownError", f"Internal error: {exc!r}").response()


def _by_method(endpoints: dict[str, Callable[[Request], Any]]) -> Callable[[Request], Any]:
    """One endpoint for a path that hands each method to its operation (HEAD to GET)."""

    async def dispatch(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        response: Response = await endpoints[method](request)
        return response

    return dispatch


def build_app(fake: FakeVBR) -> Starlette:
    """The ASGI application serving ``fake``'s state."""
    by_path: dict[str, dict[str, Callable[[Request], Any]]] = {}
    for operation, method, path, handler, roles in OPERATIONS:
        by_path.setdefault(path, {})[method] = _endpoint(fake, operation, handler, roles)
    # One route per path, so that a 405 lists every method of the path in its Allow header.
    routes = [Route(path, _by_method(methods), methods=list(methods)) for path, methods in by_path.items()]
    return Starlette(routes=routes, exception_handlers={HTTPException: _http_error, Exception: _server_error})
