"""Recovery appliances (computers booted from Veeam Recovery Media): list, read and reboot."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._errors import FakeApiError, bad_request, not_found
from .._query import in_order, name_filtered, page, parse_enum, parse_paging
from .._site import RecoveryAppliance
from .._validate import required, uuid_list
from .sessions import start_session

if TYPE_CHECKING:
    from .._gate import Call

ORDER: dict[str, Callable[[RecoveryAppliance], Any]] = {
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
    paging = parse_paging(call.query, list(ORDER))
    appliances = name_filtered(call.fake.recovery_appliances.values(), call.query, lambda a: a.host_name)
    state = parse_enum(call.query, "stateFilter", ["All", "Connected", "Disconnected"])
    if state in ("Connected", "Disconnected"):
        appliances = [a for a in appliances if a.detached == (state == "Disconnected")]
    return page(in_order(appliances, paging, ORDER), paging, RecoveryAppliance.model)


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
    names = [a.host_name for a in appliances]
    return start_session(
        call,
        "rebootAppliances",
        names[0] if len(names) == 1 else f"{len(names)} appliances",
        linux=all(a.linux for a in appliances),
        appliances=appliances,
    )


def reboot_recovery_appliance(call: Call) -> dict[str, Any]:
    """POST /api/v1/agents/recoveryAppliances/{id}/reboot."""
    return _reboot(call, [_appliance(call, call.path_uuid())])


def reboot_recovery_appliances(call: Call) -> dict[str, Any]:
    """POST /api/v1/agents/recoveryAppliances/reboot."""
    ids = uuid_list(required(call.json(), "ids"), "ids")
    return _reboot(call, [_appliance(call, appliance_id, in_body=True) for appliance_id in dict.fromkeys(ids)])
