from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_protection_group_type import EProtectionGroupType
from ..types import (
    UNSET,
    Unset,
    list_of,
    mirror,
    object_fields,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="IndividualComputersProtectionGroupSpec")


@_attrs_define
class IndividualComputersProtectionGroupSpec:
    """What protection_groups.create takes for a group of computers listed one by one (type IndividualComputers)."""

    name: str
    """ The new group's name, as the VBR console will show it. """
    description: str
    """ Free text describing the group. """
    computers: list[IndividualComputerContainerModel]
    """ The computers of the group. """
    tag: str | Unset = UNSET
    """ A free-text tag for the group, such as Production. """
    options: ProtectionGroupOptionsModel | Unset = UNSET
    """ Rescan schedule and what to deploy on the computers; unset for the server's defaults. """
    type_: EProtectionGroupType = _attrs_field(
        default=EProtectionGroupType("IndividualComputers"),
        kw_only=True,
        metadata={"discriminator": "type"},
    )
    """ Kind of group to create. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_ = self.type_.value

        computers = []
        for computers_item_data in self.computers:
            computers_item = computers_item_data.to_dict()
            computers.append(computers_item)

        tag = self.tag

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "type": type_,
                "computers": computers,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if options is not UNSET:
            field_dict["options"] = options

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
            name = pop("name")
            if type(name) is not str:
                raise TypeError("expected str")
            description = pop("description")
            if type(description) is not str:
                raise TypeError("expected str")
            type_ = EProtectionGroupType.from_json(pop("type"))

            _computers = pop("computers")
            if type(_computers) is not list:
                raise TypeError("expected an array")
            # A comprehension over one bound from_dict: no per-item method look-up or append call.
            _read_computers = IndividualComputerContainerModel.from_dict
            computers = [_read_computers(item) for item in _computers]

            tag = pop("tag", None)
            if type(tag) is not str:
                if tag is not None:
                    raise TypeError("expected str")
                tag = UNSET
            _options = pop("options", None)
            options: ProtectionGroupOptionsModel | Unset = (
                UNSET
                if _options is None
                else ProtectionGroupOptionsModel.from_dict(_options)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "name",
                    "description",
                    "type",
                    "computers",
                    "tag",
                    "options",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        individual_computers_protection_group_spec = cls(
            name,
            description,
            computers,
            tag,
            options,
            additional_properties,
            type_=type_,
        )
        if type_ != "IndividualComputers":  # another kind in a field typed as this one
            received(individual_computers_protection_group_spec)
        return individual_computers_protection_group_spec

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
    """The fast reader's mirror of IndividualComputersProtectionGroupSpec (types.read_json): a msgspec Struct of its
    fields under their JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family
    union holds, its kind msgspec's tag."""
    build_computers = mirror(IndividualComputerContainerModel)._build
    build_options = mirror(ProtectionGroupOptionsModel)._build

    def build(m: Any) -> IndividualComputersProtectionGroupSpec:
        name = m.name

        description = m.description

        type_ = m.type_

        _computers = m.computers
        computers = [build_computers(item) for item in _computers]

        tag = m.tag
        if tag is None:
            tag = UNSET

        _options = m.options
        options = UNSET if _options is None else build_options(_options)

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        individual_computers_protection_group_spec = (
            IndividualComputersProtectionGroupSpec(
                name,
                description,
                computers,
                tag,
                options,
                {},
                type_=type_,
            )
        )
        if type_ != "IndividualComputers":  # another kind in a field typed as this one
            received(individual_computers_protection_group_spec)
        return individual_computers_protection_group_spec

    fields: list[Any] = [
        ("name", str),
        ("description", str),
        ("computers", list_of(mirror(IndividualComputerContainerModel))),
        ("tag", str | None, None),
        ("options", mirror(ProtectionGroupOptionsModel) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["type_"] = EProtectionGroupType("IndividualComputers")
    else:
        fields.append(
            ("type_", EProtectionGroupType),
        )
    return msgspec.defstruct(
        "IndividualComputersProtectionGroupSpec",
        fields,
        rename={
            "type_": "type",
        },
        tag_field="type" if tagged else None,
        tag="IndividualComputers" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.individual_computer_container_model import (
    IndividualComputerContainerModel,
)
from ..models.protection_group_options_model import ProtectionGroupOptionsModel
