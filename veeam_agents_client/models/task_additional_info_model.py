from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="TaskAdditionalInfoModel")


@_attrs_define
class TaskAdditionalInfoModel:
    """A task's message and the object it produced or worked on."""

    message: str
    """ What the task reports, such as "Recovery media ISO is ready.". """
    resource_id: UUID | Unset = UNSET
    """ ID of the object the task produced or worked on. """
    resource_reference: str | Unset = UNSET
    """ API path of that object, such as the path to download built recovery media from. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        resource_id: str | Unset = UNSET
        if not isinstance(self.resource_id, Unset):
            resource_id = str(self.resource_id)

        resource_reference = self.resource_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if resource_reference is not UNSET:
            field_dict["resourceReference"] = resource_reference

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
            message = pop("message")
            if type(message) is not str:
                raise TypeError("expected str")
            _resource_id = pop("resourceId", None)
            resource_id: UUID | Unset = (
                UNSET if _resource_id is None else parse_uuid(_resource_id)
            )

            resource_reference = pop("resourceReference", None)
            if type(resource_reference) is not str:
                if resource_reference is not None:
                    raise TypeError("expected str")
                resource_reference = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "message",
                    "resourceId",
                    "resourceReference",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        task_additional_info_model = cls(
            message,
            resource_id,
            resource_reference,
            additional_properties,
        )
        return task_additional_info_model

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
    """The fast reader's mirror of TaskAdditionalInfoModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> TaskAdditionalInfoModel:
        message = m.message

        resource_id = m.resource_id
        if resource_id is None:
            resource_id = UNSET

        resource_reference = m.resource_reference
        if resource_reference is None:
            resource_reference = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        task_additional_info_model = TaskAdditionalInfoModel(
            message,
            resource_id,
            resource_reference,
            {},
        )
        return task_additional_info_model

    fields: list[Any] = [
        ("message", str),
        ("resource_id", UUID | None, None),
        ("resource_reference", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "TaskAdditionalInfoModel",
        fields,
        rename={
            "resource_id": "resourceId",
            "resource_reference": "resourceReference",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
