from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_cloud_machines_object_type import ECloudMachinesObjectType
from ..types import (
    UNSET,
    Unset,
    object_fields,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="CloudTagModel")


@_attrs_define
class CloudTagModel:
    """A cloud tag whose machines a cloud machines protection group includes or excludes (type Tag)."""

    name: str | Unset = UNSET
    """ The tag's key. """
    value: str | Unset = UNSET
    """ The tag's value. """
    type_: ECloudMachinesObjectType | Unset = _attrs_field(
        default=ECloudMachinesObjectType("Tag"),
        kw_only=True,
        metadata={"discriminator": "type"},
    )
    """ Kind of cloud object (a machine, a region or a tag). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

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
            _type_ = pop("type", None)
            type_: ECloudMachinesObjectType | Unset = (
                UNSET if _type_ is None else ECloudMachinesObjectType.from_json(_type_)
            )

            name = pop("name", None)
            if type(name) is not str:
                if name is not None:
                    raise TypeError("expected str")
                name = UNSET
            value = pop("value", None)
            if type(value) is not str:
                if value is not None:
                    raise TypeError("expected str")
                value = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "type",
                    "name",
                    "value",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_tag_model = cls(
            name,
            value,
            additional_properties,
            type_=type_,
        )
        if type_ != "Tag":  # another kind in a field typed as this one
            received(cloud_tag_model)
        return cloud_tag_model

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
    """The fast reader's mirror of CloudTagModel (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model. `tagged`: the variant a family union holds, its kind
    msgspec's tag."""

    def build(m: Any) -> CloudTagModel:
        type_ = m.type_
        if type_ is None:
            type_ = UNSET

        name = m.name
        if name is None:
            name = UNSET

        value = m.value
        if value is None:
            value = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_tag_model = CloudTagModel(
            name,
            value,
            {},
            type_=type_,
        )
        if type_ != "Tag":  # another kind in a field typed as this one
            received(cloud_tag_model)
        return cloud_tag_model

    fields: list[Any] = [
        ("name", str | None, None),
        ("value", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["type_"] = ECloudMachinesObjectType("Tag")
    else:
        fields.append(
            ("type_", ECloudMachinesObjectType | None, None),
        )
    return msgspec.defstruct(
        "CloudTagModel",
        fields,
        rename={
            "type_": "type",
        },
        tag_field="type" if tagged else None,
        tag="Tag" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
