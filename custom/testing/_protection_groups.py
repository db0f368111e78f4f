"""Protection groups of the fake (1.3-rev1): the site's entity groups as the API shows them, and
the routes that list, create, change, delete, rescan, enable and disable them.

A request body is read as VBR would: by the generated model of its kind (strict: a wrong type or
a missing field is a 400 naming the field), then checked like the client's own arguments (enum
values and nested kinds the document lists). Unknown fields are dropped, as VBR ignores them. A
rescan runs as a session and, when it ends, adds what the group's settings name (computers,
servers, AD objects, cloud machines) as discovered entities.
"""

from __future__ import annotations

import functools
import typing
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from .. import models
from .._validation import model_value
from ..api.agents import create_protection_group, update_protection_group
from ..errors import ResponseFieldError
from ..models.e_protection_group_type import EProtectionGroupType
from ..revisions import PROPERTIES
from ._data import ZERO_UUID, stable_uuid
from ._entities import SITES, EntityGroup
from ._errors import bad_request, not_found
from ._query import page, parse_bool, parse_enum, parse_paging, pattern_matcher
from ._revisions import Rules, covers
from ._sessions import ACTION_TITLES, Action, Session
from ._validate import json_object, required, text

if TYPE_CHECKING:
    from ._app import Call
    from ._fake import FakeVBR

PERMISSION_SCOPES = ("Backup", "Restore", "Any")
ORDER = {
    "Name": lambda group: group.name.casefold(),
    "Description": lambda group: group.description.casefold(),
    "Type": lambda group: group.kind,
}
BASE_FIELDS = ("id", "name", "description", "type", "isDisabled", "tag")
SECRETS = frozenset({"password", "rootPassword", "passphrase", "privateKey"})  # kept by VBR, never shown
SEEDED_KINDS = ("IndividualComputers", "ADObjects", "ManuallyAdded")
# Older revisions require the AD credentials' masterCredentialsId: a group made without one shows a
# default. Their masterConnectionType is newer, but the document cannot mark a $ref property with
# the revision that added it (no revision table knows it), so the fake keeps none: every revision
# can then read every group.
AD_CREDENTIAL_DEFAULTS = {"masterCredentialsId": ZERO_UUID}
UNMARKED_NEWER = frozenset({"masterConnectionType"})


def _kind(model: type[Any]) -> str:
    """The discriminator value a generated family member fills in for itself."""
    (field,) = (field for field in attrs.fields(model) if "discriminator" in field.metadata)
    return str(field.default)


def _by_kind(endpoint: Callable[..., Any]) -> dict[str, type[Any]]:
    """The body models an operation takes, by kind: the document's union, as the generated code types it."""
    return {_kind(model): model for model in typing.get_args(typing.get_type_hints(endpoint)["body"])}


SPECS = _by_kind(create_protection_group.asyncio_detailed)
MODELS = _by_kind(update_protection_group.asyncio_detailed)


# --- the state -------------------------------------------------------------------------------


def seed_settings(group: EntityGroup) -> dict[str, Any]:
    """Plausible settings of a seeded group of ``group.kind``."""
    site = SITES[group.index % len(SITES)]
    credentials = {"connectionType": "PermanentCredentials", "credentialsId": group.credentials_id}
    if group.kind == "IndividualComputers":
        hosts = [f"{site}-app{number:02d}.corp.example.com" for number in (1, 2)]
        return {
            "computers": [{"hostName": host} | credentials for host in hosts],
            "options": {"installCBTDriver": True},
        }
    if group.kind == "ADObjects":
        ou = f"OU-{site.upper()}"
        return {
            "activeDirectory": {
                "domainControllerSettings": {
                    "id": group.domain_id,
                    "name": "corp.example.com",
                    "serverName": "dc01.corp.example.com",
                    "port": 389,
                    "credentialsId": group.credentials_id,
                },
                "objects": [
                    {
                        "id": stable_uuid("ad-ou", group.id),
                        "fullName": f"corp.example.com/{ou}",
                        "domainId": group.domain_id,
                        "distinguishedName": f"OU={ou},DC=corp,DC=example,DC=com",
                        "type": "OrganizationUnit",
                    }
                ],
            },
            "credentials": AD_CREDENTIAL_DEFAULTS
            | {"useCustomCredentials": False, "masterCredentialsId": group.credentials_id},
        }
    return {}


def group_body(rules: Rules, group: EntityGroup) -> dict[str, Any]:
    """A group as the revision shows it (without the nested fields the revision lacks)."""
    base = {"id": group.id, "name": group.name, "description": group.description, "type": group.kind}
    body: dict[str, Any] = _without(base | {"isDisabled": group.disabled} | group.settings, _lacking(rules))
    return body


def _lacking(rules: Rules) -> frozenset[str]:
    """JSON names the revision lacks in every model that has a field of that name: a group body
    nests many models, and a name newer in one of them (``connectionType`` of AD credentials) may be
    old in another (``connectionType`` of a computer), which must stay."""
    lacking: dict[str, set[str]] = {}
    for schema, spans in PROPERTIES.items():
        for name, span in spans.items():
            if not covers(span, rules.revision):
                lacking.setdefault(name, set()).add(schema)
    return frozenset(name for name, schemas in lacking.items() if _holders(_plain(name)) <= schemas)


def _plain(name: str) -> str:
    """A field name with case and underscores dropped: a JSON name and its attribute read the same."""
    return name.replace("_", "").lower()


@functools.cache
def _holders(plain: str) -> frozenset[str]:
    """The generated models that have a field of this (plain) name."""
    return frozenset(
        name
        for name in models.__all__
        if attrs.has(model := getattr(models, name)) and any(_plain(f.name) == plain for f in attrs.fields(model))
    )


def _without(value: Any, names: frozenset[str]) -> Any:
    if isinstance(value, dict):
        return {key: _without(item, names) for key, item in value.items() if key not in names}
    if isinstance(value, list):
        return [_without(item, names) for item in value]
    return value


def discover(group: EntityGroup) -> None:
    """What a rescan finds: the entities the group's settings name that it does not have yet."""
    settings = group.settings
    found: list[tuple[str, str]] = [
        ("Computer", computer["hostName"]) for computer in settings.get("computers", []) + settings.get("servers", [])
    ]
    found += [("ActiveDirectory", ad["fullName"]) for ad in settings.get("activeDirectory", {}).get("objects", [])]
    if "file" in settings:  # a CSV file: the names it lists (the fake reads no file: a few made-up ones)
        path = settings["file"]["path"]
        names = settings.get("computerNames") or [f"csv{zlib.crc32(path.encode()) % 1000:03d}-{n}" for n in range(3)]
        found += [("Computer", name) for name in names]
    for item in settings.get("cloudMachines", []):
        name = item.get("name") or item.get("objectId") or "cloud"
        found += (
            [("Computer", name)] if item.get("type") == "Machine" else [("Computer", f"{name}-vm{n}") for n in (1, 2)]
        )
    known = group.names()
    for kind, name in dict.fromkeys(found):
        if name not in known:
            group.add({"type": kind, "name": name})


# --- reading requests --------------------------------------------------------------------------


def _visible(rules: Rules, group: EntityGroup) -> bool:
    """A kind the revision does not have (Iris before 1.3-rev2) is not shown to it."""
    return rules.has_value(EProtectionGroupType.__name__, group.kind)


def _group(call: Call) -> EntityGroup:
    group_id = call.path_uuid()
    group = call.fake.groups.get(group_id)
    if group is None or not _visible(call.rules, group):
        raise not_found("Protection group", group_id)
    return group


def _read(call: Call, models: dict[str, type[Any]]) -> tuple[Any, dict[str, Any]]:
    """The body as the model of its kind, and its settings (the kind's own fields, unknown ones dropped)."""
    body = json_object(call.body)
    kind = body.get("type")
    kinds = [known for known in models if call.rules.has_value(EProtectionGroupType.__name__, known)]
    if kind not in kinds:
        raise bad_request(f"The field type must be one of {', '.join(kinds)}: {kind!r}.")
    model = models[kind]
    try:
        parsed = model_value(model.from_dict(body), (model,), "body", known_kinds=True)
    except ResponseFieldError as error:
        raise bad_request(f"The field {error.path} is invalid: {error.reason}.") from None
    except (TypeError, ValueError) as error:
        raise bad_request(f"Invalid value: {error}") from None
    text(required(body, "name"), "name")
    _refuse_repeated_items(body, "body")
    settings = _without(_known_fields(parsed).to_dict(), SECRETS)
    if kind == "ADObjects":
        settings["credentials"] = AD_CREDENTIAL_DEFAULTS | _without(settings["credentials"], UNMARKED_NEWER)
    return parsed, {key: value for key, value in settings.items() if key not in BASE_FIELDS}


def _refuse_repeated_items(value: Any, path: str) -> None:
    """A list of plain values that names one twice (days of a schedule, mail recipients: the
    document makes those unique) is a bad request, as VBR answers it."""
    if isinstance(value, dict):
        for key, item in value.items():
            _refuse_repeated_items(item, f"{path}.{key}")
    elif isinstance(value, list):
        plain = [item for item in value if isinstance(item, str | int | float | bool)]
        if len(set(plain)) < len(plain):
            raise bad_request(f"The field {path} lists an item twice.")
        for index, item in enumerate(value):
            _refuse_repeated_items(item, f"{path}[{index}]")


def _known_fields(model: Any) -> Any:
    """The model without the fields its document does not declare, all through (VBR ignores them)."""
    if isinstance(model, list):
        for item in model:
            _known_fields(item)
    elif attrs.has(type(model)):
        for field in attrs.fields(type(model)):
            if field.name == "additional_properties":
                getattr(model, field.name).clear()
            else:
                _known_fields(getattr(model, field.name))
    return model


def _unique(fake: FakeVBR, name: str, group_id: str | None = None) -> None:
    for group in fake.groups.values():
        if group.id != group_id and group.name.casefold() == name.casefold():
            raise bad_request(f"A protection group named {name} already exists.")


def _start(call: Call, action: Action, group: EntityGroup, *, rescan: bool, what: str = "") -> dict[str, Any]:
    """Start a session on a group; with ``rescan`` it discovers the group's entities when it ends."""
    fake = call.fake
    session = Session(
        id=fake.new_uuid(),
        usn=fake.sessions.take_usn(),
        action=action,
        group=group,
        slots=[],
        name=ACTION_TITLES[action].format(group.name) + what,
        platform="WindowsPhysical",
        started=fake.now(),
        duration=fake.session_duration,
        result=fake.session_result,
        initiated_by=call.caller.user.username,
        on_success=(lambda: discover(group)) if rescan else None,
    )
    fake.stats.sessions_started += 1
    return call.session(fake.sessions.start(session))


# --- handlers ------------------------------------------------------------------------------------


def list_groups(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectionGroups (``permissionScope`` is checked; the administrator sees all)."""
    paging = parse_paging(call.query, list(ORDER))
    parse_enum(call.query, "permissionScope", PERMISSION_SCOPES)
    kinds = [kind.value for kind in EProtectionGroupType if call.rules.has_value(EProtectionGroupType.__name__, kind)]
    kind = parse_enum(call.query, "typeFilter", kinds)
    match = pattern_matcher(call.query.get("nameFilter"))
    groups = [
        group
        for group in call.fake.groups.values()
        if _visible(call.rules, group) and (kind is None or group.kind == kind) and (match is None or match(group.name))
    ]
    if paging.order_column is not None:
        groups.sort(key=ORDER[paging.order_column], reverse=not paging.order_asc)
    elif not paging.order_asc:
        groups.reverse()
    return page(groups, paging, lambda group: group_body(call.rules, group))


def get_group(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectionGroups/{id}."""
    parse_enum(call.query, "permissionScope", PERMISSION_SCOPES)
    return group_body(call.rules, _group(call))


def create_group(call: Call) -> dict[str, Any]:
    """POST /api/v1/agents/protectionGroups: the group exists at once; ``performRescan`` discovers its entities."""
    rescan = parse_bool(call.query, "performRescan", False)
    spec, settings = _read(call, SPECS)
    fake = call.fake
    _unique(fake, spec.name)
    group_id = fake.add_group(name=spec.name, kind=str(spec.type_), settings=settings)
    group = fake.groups[group_id]
    group.description = spec.description
    return _start(call, "createGroup", group, rescan=rescan)


def update_group(call: Call) -> dict[str, Any]:
    """PUT /api/v1/agents/protectionGroups/{id}: new name, description and settings of the same kind."""
    group = _group(call)
    rescan = parse_bool(call.query, "performRescan", False)
    model, settings = _read(call, MODELS)
    if str(model.id) != group.id:
        raise bad_request("The id in the body does not match the id in the path.")
    if str(model.type_) != group.kind:
        raise bad_request(f"The type of a protection group cannot change ({group.kind} to {model.type_}).")
    _unique(call.fake, model.name, group.id)
    group.name, group.description, group.settings = model.name, model.description, settings
    return _start(call, "updateGroup", group, rescan=rescan)


def delete_group(call: Call) -> dict[str, Any]:
    """DELETE /api/v1/agents/protectionGroups/{id}: the group and its discovered entities go at once."""
    group = _group(call)
    everything = parse_bool(call.query, "uninstallEverything", False)
    del call.fake.groups[group.id]
    group.clear()
    return _start(call, "deleteGroup", group, rescan=False, what=" and uninstall its components" if everything else "")


def rescan_group(call: Call) -> dict[str, Any]:
    """POST /api/v1/agents/protectionGroups/{id}/rescan."""
    return _start(call, "rescanGroup", _group(call), rescan=True)


def switch(disabled: bool) -> Callable[[Call], None]:
    """The handler of enable (False) or disable (True)."""

    def handler(call: Call) -> None:
        _group(call).disabled = disabled

    handler.__doc__ = f"POST /api/v1/agents/protectionGroups/{{id}}/{'disable' if disabled else 'enable'}."
    return handler
