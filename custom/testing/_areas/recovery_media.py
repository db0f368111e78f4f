"""Recovery media of a discovered computer: the ISO image, streamed, or a task that builds it (1.3-rev2)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.responses import StreamingResponse

from ...models.e_recovery_media_format import ERecoveryMediaFormat
from .._errors import bad_request
from .._files import file_response, iso_image
from .._lookups import entity_in_path
from .._query import parse_bool, parse_enum

if TYPE_CHECKING:
    from .._gate import Call

FORMATS = [media_format.value for media_format in ERecoveryMediaFormat]


def recovery_media(call: Call) -> StreamingResponse:
    """GET .../discoveredEntities/{entityId}/createRecoveryMedia: the computer's recovery ISO."""
    group, slot = entity_in_path(call)
    if parse_enum(call.query, "format", FORMATS) is None:
        raise bad_request("Query parameter format is required.", code="InvalidURI")
    required = call.rules.has_parameter(call.operation, "allowRemoteBmr")
    if required and "allowRemoteBmr" not in call.query:
        raise bad_request("Query parameter allowRemoteBmr is required.", code="InvalidURI")
    parse_bool(call.query, "allowRemoteBmr", False)
    if group.field(slot, "type") != "Computer":
        raise bad_request("Recovery media can be created for computers only.")
    size = call.fake.download_size
    host = str(group.field(slot, "name"))
    return file_response(
        iso_image(size, call.fake.seed),
        size,
        "application/vnd.efi.iso",
        "VeeamRecoveryMedia.iso",
        f"VeeamRecoveryMedia_{host}.iso",
    )


def create_recovery_media_task(call: Call) -> dict[str, Any]:
    """POST .../discoveredEntities/{entityId}/createRecoveryMedia: a task building the media of a
    computer with an agent (its drivers come from there)."""
    group, slot = entity_in_path(call)
    for name in ("format", "allowRemoteBmr"):
        if name not in call.query:
            raise bad_request(f"Query parameter {name} is required.", code="InvalidURI")
    parse_enum(call.query, "format", FORMATS)
    parse_bool(call.query, "allowRemoteBmr", False)
    if not group.has_agent(slot):
        raise bad_request(f"{group.field(slot, 'name')} is not a computer with the agent installed.")
    fake = call.fake
    task_id = fake.start_task(f"Create recovery media for {group.field(slot, 'name')}")
    return fake.tasks[task_id].model(fake.now())
