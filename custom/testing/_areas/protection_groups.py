"""Protection groups (1.3-rev1): list, create, change, delete, rescan, enable and disable.

A request body is checked against the document's schema of its kind (a kind the request's revision
lacks is refused), then read into the generated model of that kind for its values; fields the
document does not declare are dropped, as VBR ignores them. Creating, changing, deleting and
rescanning each run as a session.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from ...api.agents import create_protection_group, update_protection_group
from ...errors import SECRET_NAMES
from ...models.e_protection_group_type import EProtectionGroupType
from .._entities import EntityGroup
from .._errors import bad_request, not_found
from .._group_settings import AD_CREDENTIAL_DEFAULTS, discover, group_body, without
from .._lookups import group_in_path
from .._query import in_order, page, parse_bool, parse_enum, parse_paging, pattern_matcher, permission_scope
from .._revisions import Rules
from .._sessions import Action
from .._validate import text
from .sessions import start_session

if TYPE_CHECKING:
    from .._fake import FakeVBR
    from .._gate import Call

ORDER: dict[str, Callable[[EntityGroup], Any]] = {
    "Name": lambda group: group.name.casefold(),
    "Description": lambda group: group.description.casefold(),
    "Type": lambda group: group.kind,
}
BASE_FIELDS = ("id", "name", "description", "type", "isDisabled", "tag")


def _kind(model: type[Any]) -> str:
    """The discriminator value a generated family member fills in for itself."""
    (field,) = (field for field in attrs.fields(model) if "discriminator" in field.metadata)
    return str(field.default)


def _by_kind(endpoint: Callable[..., Any]) -> dict[str, type[Any]]:
    """The body models an operation takes, by kind: the document's union, as the generated code types it."""
    return {_kind(model): model for model in typing.get_args(typing.get_type_hints(endpoint)["body"])}


SPECS = _by_kind(create_protection_group.asyncio_detailed)
MODELS = _by_kind(update_protection_group.asyncio_detailed)


def _visible(rules: Rules, group: EntityGroup) -> bool:
    """A kind the revision does not have (Iris before 1.3-rev2) is not shown to it."""
    return rules.has_value(EProtectionGroupType.__name__, group.kind)


def _group(call: Call) -> EntityGroup:
    """The group in the path, if the request's revision has its kind."""
    group = group_in_path(call)
    if not _visible(call.rules, group):
        raise not_found("Protection group", group.id)
    return group


def _read(call: Call, models: dict[str, type[Any]]) -> tuple[Any, dict[str, Any]]:
    """The body as the model of its kind, and its settings (the kind's own fields, unknown ones dropped)."""
    body = call.json(kinds=[kind for kind in models if call.rules.has_value(EProtectionGroupType.__name__, kind)])
    text(body["name"], "name")
    parsed = models[body["type"]].from_dict(body)
    settings = without(_known_fields(parsed).to_dict(), SECRET_NAMES)  # kept by VBR, never shown
    if body["type"] == "ADObjects":
        settings["credentials"] = AD_CREDENTIAL_DEFAULTS | settings["credentials"]
    return parsed, {key: value for key, value in settings.items() if key not in BASE_FIELDS}


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
    return start_session(
        call, action, group.name + what, group=group, on_success=(lambda: discover(group)) if rescan else None
    )


def list_groups(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectionGroups (``permissionScope`` is checked; the administrator sees all)."""
    paging = parse_paging(call.query, list(ORDER))
    permission_scope(call.query)
    kinds = [kind.value for kind in EProtectionGroupType if call.rules.has_value(EProtectionGroupType.__name__, kind)]
    kind = parse_enum(call.query, "typeFilter", kinds)
    match = pattern_matcher(call.query.get("nameFilter"))
    groups = [
        group
        for group in call.fake.groups.values()
        if _visible(call.rules, group) and (kind is None or group.kind == kind) and (match is None or match(group.name))
    ]
    return page(in_order(groups, paging, ORDER), paging, lambda group: group_body(call.rules, group))


def get_group(call: Call) -> dict[str, Any]:
    """GET /api/v1/agents/protectionGroups/{id}."""
    permission_scope(call.query)
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
