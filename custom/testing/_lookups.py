"""Finding what a request names: a protection group, a discovered entity; a 404 when it is not there."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

from ._entities import EntityGroup
from ._errors import not_found

if TYPE_CHECKING:
    from ._gate import Call

T = TypeVar("T")


def in_path(call: Call, found: Mapping[str, T], kind: str) -> T:
    """The one of ``found`` (by id) that the path's ``id`` names; a 404 naming ``kind`` if none."""
    item_id = call.path_uuid()
    item = found.get(item_id)
    if item is None:
        raise not_found(kind, item_id)
    return item


def group_in_path(call: Call) -> EntityGroup:
    """The protection group the path's ``id`` names."""
    return in_path(call, call.fake.groups, "Protection group")


def entity_slot(group: EntityGroup, entity_id: str) -> int:
    """The slot of one of the group's discovered entities."""
    slot = group.slot_of(entity_id)
    if slot is None:
        raise not_found("Discovered entity", entity_id)
    return slot


def entity_in_path(call: Call) -> tuple[EntityGroup, int]:
    """The group (path ``id``) and the slot of its discovered entity (path ``entityId``)."""
    group = group_in_path(call)
    return group, entity_slot(group, call.path_uuid("entityId"))


def entity_of_any_group(call: Call) -> str:
    """The id of the discovered entity, of whichever group, that the path's ``id`` names."""
    entity_id = call.path_uuid()
    if not any(group.slot_of(entity_id) is not None for group in call.fake.groups.values()):
        raise not_found("Discovered entity", entity_id)
    return entity_id
