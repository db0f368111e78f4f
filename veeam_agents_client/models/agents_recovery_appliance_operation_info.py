from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_agents_recovery_appliance_operation_type import (
    EAgentsRecoveryApplianceOperationType,
)
from ..types import (
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="AgentsRecoveryApplianceOperationInfo")


@_attrs_define
class AgentsRecoveryApplianceOperationInfo:
    """One operation that can be run on a recovery appliance, and whether it can be run now."""

    operation: EAgentsRecoveryApplianceOperationType
    """ The operation (Reboot). """
    enabled: bool
    """ True when the operation is available for this appliance now. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation.value

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict.copy() if type(src_dict) is dict else object_fields(src_dict)
        )  # copy(): cheaper than dict()
        # Bound once: one attribute look-up per model instead of one per field.
        pop = d.pop
        # One try around the reading (free until something raises): a failure becomes a
        # ResponseFieldError naming the field, found from what was popped, at no cost here.
        try:
            operation = EAgentsRecoveryApplianceOperationType.from_json(
                pop("operation")
            )

            enabled = pop("enabled")
            if type(enabled) is not bool:
                raise TypeError("expected bool")
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "operation",
                    "enabled",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agents_recovery_appliance_operation_info = cls(
            operation,
            enabled,
            additional_properties,
        )
        return agents_recovery_appliance_operation_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _mirror(msgspec: Any, tagged: bool) -> Any:
    """The fast reader's mirror of AgentsRecoveryApplianceOperationInfo (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> AgentsRecoveryApplianceOperationInfo:
        operation = m.operation

        enabled = m.enabled

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        agents_recovery_appliance_operation_info = AgentsRecoveryApplianceOperationInfo(
            operation,
            enabled,
            {},
        )
        return agents_recovery_appliance_operation_info

    fields: list[Any] = [
        ("operation", EAgentsRecoveryApplianceOperationType),
        ("enabled", bool),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "AgentsRecoveryApplianceOperationInfo",
        fields,
        rename={},
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
