"""The Starlette application: one route per operation of the document, each a small handler.

Every request passes the same gate, in VBR's order: the ``x-api-version`` header (which picks the
revision's :class:`Rules`), the route (an operation the revision lacks is not there), the bearer
token, the caller's role; then the handler runs under the fake's lock against its state, and the
answer takes the revision's success status and shape.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..models.e_inventory_permission_scope import EInventoryPermissionScope
from ..models.e_login_grant_type import ELoginGrantType
from ..models.e_session_state import ESessionState
from ..revisions import ROUTES

# The handlers there use this module's helpers at call time: imported as a module, the cycle is harmless.
from . import _entity_operations as ops
from ._auth import Login, Role
from ._data import LINUX_PACKAGES, UNIX_PACKAGES, from_timestamp
from ._downloads import protection_group_packages, recovery_media
from ._entities import AGENT_STATUSES, DRIVER_WITH_AGENT, ORDER_FIELDS, STATES, EntityGroup, ListFilter
from ._errors import ErrorCode, FakeApiError, bad_request, not_found
from ._protection_groups import (
    create_group,
    delete_group,
    get_group,
    list_groups,
    rescan_group,
    switch,
    update_group,
)
from ._query import Paging, page, parse_enum, parse_paging, parse_uuid, pattern_matcher
from ._revisions import Rules, module_name, rules_for
from ._sessions import ACTION_TITLES, Action, Session
from ._site import RecoveryAppliance, RecoveryToken, token_string
from ._validate import date_time, json_object, required, text, uuid_list

if TYPE_CHECKING:
    from ._fake import FakeVBR

ADMIN_ONLY = frozenset({Role.BACKUP_ADMINISTRATOR})
ADMIN_AND_OPERATOR = frozenset({Role.BACKUP_ADMINISTRATOR, Role.RESTORE_OPERATOR})
EVERYONE = ADMIN_AND_OPERATOR

STATE_VALUES = [value for value, _ in STATES]
AGENT_STATUS_VALUES = [value for value, _ in AGENT_STATUSES]
DRIVER_STATUS_VALUES = ["Unknown", *[value for value, _ in DRIVER_WITH_AGENT]]
PERMISSION_SCOPES = [scope.value for scope in EInventoryPermissionScope]
# The document's discriminator mapping of discovered entities (a test keeps the two in step).
ENTITY_SCHEMAS = {
    "Computer": "DiscoveredComputerEntityModel",
    "Cluster": "DiscoveredClusterEntityModel",
    "ActiveDirectory": "DiscoveredADEntityModel",
}


@dataclass
class Call:
    """What a handler gets: the fake, the revision's rules, the caller, the path and query values
    (without those the revision lacks) and the raw body."""

    fake: FakeVBR
    rules: Rules
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

    def session(self, session: Session) -> dict[str, Any]:
        """A session as this request's revision shows it (for handlers in other modules)."""
        return session_body(self, session)


Handler = Callable[[Call], Any]
Endpoint = Callable[[Request, Rules], Awaitable[Response]]


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

    def spelled(value: ELoginGrantType) -> str:
        return call.rules.spell(ELoginGrantType.__name__, value.value)

    if grant == spelled(ELoginGrantType.PASSWORD):
        if not form.get("username") or "password" not in form:
            raise bad_request("The password grant needs username and password.")
        login = fake.tokens.password_grant(form["username"], form["password"], now)
    elif grant == spelled(ELoginGrantType.REFRESH_TOKEN):
        if not form.get("refresh_token"):
            raise bad_request("The refresh_token grant needs refresh_token.")
        login = fake.tokens.refresh_grant(form["refresh_token"], now)
    elif grant in (spelled(ELoginGrantType.AUTHORIZATION_CODE), spelled(ELoginGrantType.VBR_TOKEN)):
        raise bad_request(f"The grant type {grant} is not supported by this server.")
    else:
        raise bad_request(f"Unknown or missing grant_type: {grant!r}.")
    fake.stats.tokens_issued += 1
    return login.model()


def logout(call: Call) -> dict[str, Any]:
    """POST /api/oauth2/logout: revoke the caller's token pair."""
    call.fake.tokens.revoke(call.caller)
    return {}


def session_body(call: Call, session: Session) -> dict[str, Any]:
    """A session in the request's revision: a state the revision lacks (ActionRequired) reads Working."""
    body = call.rules.shape(session.model(call.fake.now()), "SessionModel")
    if not call.rules.has_value(ESessionState.__name__, body["state"]):
        body["state"] = ESessionState.WORKING.value
    return body


def get_session(call: Call) -> dict[str, Any]:
    """GET /api/v1/sessions/{id}."""
    session_id = call.path_uuid()
    session = call.fake.sessions.sessions.get(session_id)
    if session is None:
        raise not_found("Session", session_id)
    return session_body(call, session)


def get_task(call: Call) -> dict[str, Any]:
    """GET /api/v1/tasks/{id}."""
    task_id = call.path_uuid()
    task = call.fake.tasks.get(task_id)
    if task is None:
        raise not_found("Task", task_id)
    return task.model(call.fake.now())


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


def entity_body(call: Call, entity: dict[str, Any]) -> dict[str, Any]:
    """A discovered entity without the properties the request's revision lacks."""
    return call.rules.shape(entity, "DiscoveredEntityModel", ENTITY_SCHEMAS.get(entity["type"], ""))


def list_entities(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectionGroups/{id}/discoveredEntities."""
    group = _group(call)
    flt, paging = entity_query(call)
    slots = group.select(flt, paging.order_column, paging.order_asc)
    return page(slots, paging, lambda slot: entity_body(call, group.get(slot)))


def entity_query(call: Call) -> tuple[ListFilter, Paging]:
    """The filters and paging of a discovered-entity list; ``permissionScope`` is checked but
    filters nothing (the fake's administrator may do everything)."""
    parse_enum(call.query, "permissionScope", PERMISSION_SCOPES)
    flt = ListFilter(
        name=call.query.get("nameFilter"),
        ip_address=call.query.get("ipAddressFilter"),
        state=parse_enum(call.query, "stateFilter", STATE_VALUES),
        agent_status=parse_enum(call.query, "agentStatusFilter", AGENT_STATUS_VALUES),
        driver_status=parse_enum(call.query, "driverStatusFilter", DRIVER_STATUS_VALUES),
    )
    return flt, parse_paging(call.query, list(ORDER_FIELDS))


def get_entity(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectionGroups/{id}/discoveredEntities/{entityId}."""
    group = _group(call)
    parse_enum(call.query, "permissionScope", PERMISSION_SCOPES)
    return entity_body(call, group.get(_entity_slot(group, call.path_uuid("entityId"))))


def delete_entity(call: Call) -> None:
    """DELETE /api/v1/agents/protectionGroups/{id}/discoveredEntities/{entityId}."""
    group = _group(call)
    group.delete(_entity_slot(group, call.path_uuid("entityId")))


def action_targets(call: Call) -> tuple[EntityGroup, list[int]]:
    """The group in the path and the slots of the entities the body names (404 for an unknown one)."""
    group = _group(call)
    entity_ids = uuid_list(required(json_object(call.body), "entityIds"), "entityIds")
    return group, [_entity_slot(group, entity_id) for entity_id in entity_ids]


def action(kind: Action) -> Handler:
    """The handler of one discovered-entity action: it starts a session."""

    def start(call: Call) -> dict[str, Any]:
        group, slots = action_targets(call)
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
        return session_body(call, fake.sessions.start(session))

    start.__doc__ = f"POST /api/v1/agents/protectionGroups/{{id}}/discoveredEntities/{kind}."
    return start


# --- agent states ---------------------------------------------------------------------------


def agent_state_body(group: EntityGroup, slot: int) -> dict[str, Any]:
    """The state of the agent on a discovered computer: the computer's id and name, whether it answers."""
    return {"id": group.entity_id(slot), "name": group.field(slot, "name"), "status": group.field(slot, "state")}


def list_agent_states(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/discoveredEntities/states: the computers of every group that have an agent."""
    paging = parse_paging({k: v for k, v in call.query.items() if k != "orderColumn"}, [])  # none documented
    named = ListFilter(name=call.query.get("nameFilter"))
    states = [
        (group, slot)
        for group in call.fake.groups.values()
        for slot in group.select(named, None, True)
        if group.has_agent(slot)
    ]
    return page(_sorted(states, paging, {}), paging, lambda found: agent_state_body(*found))


def get_agent_state(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/discoveredEntities/states/{id}."""
    state_id = call.path_uuid()
    for group in call.fake.groups.values():
        slot = group.slot_of(state_id)
        if slot is not None and group.has_agent(slot):
            return agent_state_body(group, slot)
    raise not_found("Agent state", state_id)


# --- recovery appliances ---------------------------------------------------------------------

APPLIANCE_ORDER: dict[str, Callable[[RecoveryAppliance], Any]] = {
    "HostName": lambda a: a.host_name.casefold(),
    "Version": lambda a: a.version,
    "Addresses": lambda a: a.addresses,
    "IsDetached": lambda a: a.detached,
    "CreationTime": lambda a: a.created,
    "LastContactTime": lambda a: a.last_contact,
    "PlatformType": lambda a: a.linux,
}


def list_recovery_appliances(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/recoveryAppliances; Connected is not detached, Disconnected is detached."""
    paging = parse_paging(call.query, list(APPLIANCE_ORDER))
    appliances = _name_filtered(list(call.fake.recovery_appliances.values()), call.query, lambda a: a.host_name)
    state = parse_enum(call.query, "stateFilter", ["All", "Connected", "Disconnected"])
    if state in ("Connected", "Disconnected"):
        appliances = [a for a in appliances if a.detached == (state == "Disconnected")]
    return page(_sorted(appliances, paging, APPLIANCE_ORDER), paging, RecoveryAppliance.model)


def _appliance(call: Call, appliance_id: str, *, in_body: bool = False) -> RecoveryAppliance:
    """The appliance, else 404 for the one named in the path, 400 for one named in the body."""
    appliance = call.fake.recovery_appliances.get(appliance_id)
    if appliance is None and in_body:
        raise FakeApiError(
            400, "NotFound", f"Recovery appliance with ID {appliance_id} was not found.", resource_id=appliance_id
        )
    if appliance is None:
        raise not_found("Recovery appliance", appliance_id)
    return appliance


def get_recovery_appliance(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/recoveryAppliances/{id}."""
    return _appliance(call, call.path_uuid()).model()


def _reboot(call: Call, appliances: list[RecoveryAppliance]) -> dict[str, Any]:
    """Start one session rebooting ``appliances``; a detached one cannot be reached (400)."""
    detached = [a.host_name for a in appliances if a.detached]
    if detached:
        raise bad_request(f"Recovery appliance {', '.join(detached)} is detached and cannot be rebooted.")
    fake = call.fake
    names = [a.host_name for a in appliances]
    session = Session(
        id=fake.new_uuid(),
        usn=fake.sessions.take_usn(),
        action="rebootAppliances",
        group=None,
        slots=[],
        name=ACTION_TITLES["rebootAppliances"].format(names[0] if len(names) == 1 else f"{len(names)} appliances"),
        platform="LinuxPhysical" if all(a.linux for a in appliances) else "WindowsPhysical",
        started=fake.now(),
        duration=fake.session_duration,
        result=fake.session_result,
        initiated_by=call.caller.user.username,
        appliances=appliances,
    )
    fake.stats.sessions_started += 1
    return session_body(call, fake.sessions.start(session))


def reboot_recovery_appliance(call: Call) -> dict[str, Any]:
    """POST /api/v1/agents/recoveryAppliances/{id}/reboot."""
    return _reboot(call, [_appliance(call, call.path_uuid())])


def reboot_recovery_appliances(call: Call) -> dict[str, Any]:
    """POST /api/v1/agents/recoveryAppliances/reboot."""
    ids = uuid_list(required(json_object(call.body), "ids"), "ids")
    return _reboot(call, [_appliance(call, appliance_id, in_body=True) for appliance_id in dict.fromkeys(ids)])


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

HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")
AGENTS = "/api/v1/agents"
GROUPS = AGENTS + "/protectionGroups"
ENTITIES = GROUPS + "/{id}/discoveredEntities"
APPLIANCES = AGENTS + "/recoveryAppliances"
RECOVERY_MEDIA = ENTITIES + "/{entityId}/createRecoveryMedia"
PACKAGES = AGENTS + "/protectionGroups/{id}/packages"
# (operationId, method, path, handler, roles; None: no token needed)
OPERATIONS: list[tuple[str, str, str, Handler, frozenset[Role] | None]] = [
    ("CreateToken", "POST", "/api/oauth2/token", create_token, None),
    ("Logout", "POST", "/api/oauth2/logout", logout, EVERYONE),
    ("GetSession", "GET", "/api/v1/sessions/{id}", get_session, EVERYONE),
    ("GetTask", "GET", "/api/v1/tasks/{id}", get_task, EVERYONE),
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
    # discovered entities of 1.3-rev1 and 1.3-rev2 (before ENTITIES/{entityId}, which would take .../trust)
    ("GetAllDiscoveredEntities", "GET", AGENTS + "/discoveredEntities", ops.list_all_entities, ADMIN_ONLY),
    ("UpgradeAgentOnDiscoveredEntities", "POST", ENTITIES + "/upgradeAgent", action("upgradeAgent"), ADMIN_ONLY),
    (
        "InstallCBTDriverOnDiscoveredEntities",
        "POST",
        ENTITIES + "/installCBTDriver",
        action("installCBTDriver"),
        ADMIN_ONLY,
    ),
    (
        "UninstallCBTDriverFromDiscoveredEntities",
        "POST",
        ENTITIES + "/uninstallCBTDriver",
        action("uninstallCBTDriver"),
        ADMIN_ONLY,
    ),
    ("TrustDiscoveredEntities", "POST", ENTITIES + "/trust", ops.trust, ADMIN_ONLY),
    ("RebootDiscoveredEntities", "POST", ENTITIES + "/reboot", action("reboot"), ADMIN_ONLY),
    ("PrepareForRemoteBmr", "POST", ENTITIES + "/prepareForRemoteBmr", action("prepareForRemoteBmr"), ADMIN_ONLY),
    (
        "RecreateEmbeddedRecoveryMedia",
        "POST",
        ENTITIES + "/recreateEmbeddedRm",
        action("recreateEmbeddedRm"),
        ADMIN_ONLY,
    ),
    (
        "CreateRecoveryMediaTaskForDiscoveredEntity",
        "POST",
        ENTITIES + "/{entityId}/createRecoveryMedia",
        ops.create_recovery_media_task,
        ADMIN_ONLY,
    ),
    ("GetAgentBackups", "GET", AGENTS + "/discoveredEntities/{id}/backups", ops.list_agent_backups, ADMIN_ONLY),
    ("AttachBackupToAgent", "POST", AGENTS + "/discoveredEntities/{id}/attachBackup", ops.attach_backup, ADMIN_ONLY),
    ("DetachBackupFromAgent", "POST", AGENTS + "/discoveredEntities/{id}/detachBackup", ops.detach_backup, ADMIN_ONLY),
    ("GetDiscoveredEntity", "GET", ENTITIES + "/{entityId}", get_entity, ADMIN_ONLY),
    ("DeleteDiscoveredEntity", "DELETE", ENTITIES + "/{entityId}", delete_entity, ADMIN_ONLY),
    ("GetAllAgentPackages", "GET", AGENTS + "/packages/linux", list_linux_packages, ADMIN_ONLY),
    ("GetAllAgentPackagesForUnix", "GET", AGENTS + "/packages/unix", list_unix_packages, ADMIN_ONLY),
    ("GetAllAgentStates", "GET", AGENTS + "/discoveredEntities/states", list_agent_states, ADMIN_ONLY),
    ("GetAgentState", "GET", AGENTS + "/discoveredEntities/states/{id}", get_agent_state, ADMIN_ONLY),
    ("GetAgentsRecoveryAppliances", "GET", APPLIANCES, list_recovery_appliances, ADMIN_ONLY),
    # the fixed path before {id}: a POST .../reboot is the reboot of several, not of an appliance "reboot"
    ("RebootAgentsRecoveryAppliances", "POST", APPLIANCES + "/reboot", reboot_recovery_appliances, ADMIN_ONLY),
    ("GetAgentsRecoveryAppliance", "GET", APPLIANCES + "/{id}", get_recovery_appliance, ADMIN_ONLY),
    ("RebootAgentsRecoveryAppliance", "POST", APPLIANCES + "/{id}/reboot", reboot_recovery_appliance, ADMIN_ONLY),
    # downloads, streamed (handlers in _downloads.py)
    (
        "CreateRecoveryMediaForDiscoveredEntity",
        "GET",
        ENTITIES + "/{entityId}/createRecoveryMedia",
        recovery_media,
        ADMIN_ONLY,
    ),
    (
        "DownloadProtectionGroupPackages",
        "POST",
        AGENTS + "/protectionGroups/{id}/packages",
        protection_group_packages,
        ADMIN_ONLY,
    ),
    # protection groups (_protection_groups.py)
    ("GetAllProtectionGroups", "GET", GROUPS, list_groups, ADMIN_ONLY),
    ("CreateProtectionGroup", "POST", GROUPS, create_group, ADMIN_ONLY),
    ("GetProtectionGroup", "GET", GROUPS + "/{id}", get_group, ADMIN_ONLY),
    ("UpdateProtectionGroup", "PUT", GROUPS + "/{id}", update_group, ADMIN_ONLY),
    ("DeleteProtectionGroup", "DELETE", GROUPS + "/{id}", delete_group, ADMIN_ONLY),
    ("RescanProtectionGroup", "POST", GROUPS + "/{id}/rescan", rescan_group, ADMIN_ONLY),
    ("EnableProtectionGroup", "POST", GROUPS + "/{id}/enable", switch(disabled=False), ADMIN_ONLY),
    ("DisableProtectionGroup", "POST", GROUPS + "/{id}/disable", switch(disabled=True), ADMIN_ONLY),
]


def _endpoint(fake: FakeVBR, operation: str, handler: Handler, roles: frozenset[Role] | None) -> Endpoint:
    """Wrap a handler in the token and role gate and answer its result in the revision's form."""
    module = module_name(operation)

    async def endpoint(request: Request, rules: Rules) -> Response:
        fake.stats.by_operation[operation] += 1
        body = await request.body()
        try:
            with fake.lock:
                fake.sessions.settle()
                login = None
                if roles is not None:
                    login = fake.tokens.authenticate(request.headers.get("authorization"), fake.now())
                    if login.user.role not in roles:
                        raise FakeApiError(403, "AccessDenied", f"The role {login.user.role.value} may not do this.")
                call = Call(
                    fake=fake,
                    rules=rules,
                    login=login,
                    path=request.path_params,
                    query=rules.known_query(module, request.query_params),
                    body=body,
                    content_type=request.headers.get("content-type", ""),
                )
                result = handler(call)
        except FakeApiError as error:
            return error.response(empty_body=error.status == 401 and fake.faults.empty_401)
        status = rules.success_status(module)
        if isinstance(result, Response):  # a file, streamed
            result.status_code = status
            return result
        if result is None:
            return Response(status_code=status)
        return JSONResponse(result, status_code=status)

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


def _by_method(fake: FakeVBR, path: str, endpoints: dict[str, tuple[str, Endpoint]]) -> Callable[[Request], Any]:
    """One endpoint for a path: the version gate, then each method to its operation (HEAD to GET).

    A path or method the request's revision lacks is answered as by a server without that route;
    a 405 lists every method the revision documents there (also one the fake does not serve yet).
    """
    documented = {method: module for module, (method, template) in ROUTES.items() if template == path}

    async def dispatch(request: Request) -> Response:
        try:
            rules = rules_for(request.headers.get("x-api-version"), fake.accepted)
        except FakeApiError as error:
            return error.response()
        here = {method: endpoint for method, (module, endpoint) in endpoints.items() if rules.has_operation(module)}
        if not here:
            raise HTTPException(404)
        method = "GET" if request.method == "HEAD" else request.method
        if method not in here:
            allowed = [method for method, module in documented.items() if rules.has_operation(module)]
            allowed += ["HEAD"] if "GET" in allowed else []
            raise HTTPException(405, headers={"Allow": ", ".join(sorted(allowed))})
        return await here[method](request, rules)

    return dispatch


def build_app(fake: FakeVBR) -> Starlette:
    """The ASGI application serving ``fake``'s state."""
    by_path: dict[str, dict[str, tuple[str, Endpoint]]] = {}
    for operation, method, path, handler, roles in OPERATIONS:
        by_path.setdefault(path, {})[method] = (module_name(operation), _endpoint(fake, operation, handler, roles))
    # One route per path (any method), so that a 405 lists the methods the revision has there.
    routes = [Route(path, _by_method(fake, path, methods), methods=HTTP_METHODS) for path, methods in by_path.items()]
    return Starlette(routes=routes, exception_handlers={HTTPException: _http_error, Exception: _server_error})
