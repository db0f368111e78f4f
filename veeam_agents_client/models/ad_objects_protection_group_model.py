from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_protection_group_type import EProtectionGroupType
from ..types import (
    UNSET,
    Unset,
    mirror,
    object_fields,
    parse_uuid,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="ADObjectsProtectionGroupModel")


@_attrs_define
class ADObjectsProtectionGroupModel:
    """A protection group of computers found in Active Directory (type ADObjects): the domain, the objects to read,
    exclusions, connection settings and deployment options.

    """

    id: UUID
    """ ID of the protection group (UUID), for protection_groups.get, update, delete and the discovered entity
    calls. """
    name: str
    """ The group's name as shown in the VBR console. """
    description: str
    """ Free text describing the group, such as "Created by ENTERPRISE01\\Administrator". """
    active_directory: ActiveDirectoryObjectContainerModel
    """ The domain and the objects (computers, containers, groups, ...) whose computers the group covers. """
    credentials: ADObjectsProtectionGroupCredentialModel
    """ How the server connects to the group's computers. """
    is_disabled: bool | Unset = UNSET
    """ True while the group is disabled (protection_groups.disable); it is then not rescanned and gets no
    deployments. """
    exclusions: ADObjectsProtectionGroupExclusionsModel | Unset = UNSET
    """ Computers the group leaves out. """
    options: ProtectionGroupOptionsModel | Unset = UNSET
    """ Rescan schedule and what to deploy on the computers. """
    type_: EProtectionGroupType = _attrs_field(
        default=EProtectionGroupType("ADObjects"),
        kw_only=True,
        metadata={"discriminator": "type"},
    )
    """ Kind of group, which decides the model it reads as. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description = self.description

        type_ = self.type_.value

        active_directory = self.active_directory.to_dict()

        credentials = self.credentials.to_dict()

        is_disabled = self.is_disabled

        exclusions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exclusions, Unset):
            exclusions = self.exclusions.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
                "activeDirectory": active_directory,
                "credentials": credentials,
            }
        )
        if is_disabled is not UNSET:
            field_dict["isDisabled"] = is_disabled
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions
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
            id = parse_uuid(pop("id"))

            name = pop("name")
            if type(name) is not str:
                raise TypeError("expected str")
            description = pop("description")
            if type(description) is not str:
                raise TypeError("expected str")
            type_ = EProtectionGroupType.from_json(pop("type"))

            active_directory = ActiveDirectoryObjectContainerModel.from_dict(
                pop("activeDirectory")
            )

            credentials = ADObjectsProtectionGroupCredentialModel.from_dict(
                pop("credentials")
            )

            is_disabled = pop("isDisabled", None)
            if type(is_disabled) is not bool:
                if is_disabled is not None:
                    raise TypeError("expected bool")
                is_disabled = UNSET
            _exclusions = pop("exclusions", None)
            exclusions: ADObjectsProtectionGroupExclusionsModel | Unset = (
                UNSET
                if _exclusions is None
                else ADObjectsProtectionGroupExclusionsModel.from_dict(_exclusions)
            )

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
                    "id",
                    "name",
                    "description",
                    "type",
                    "activeDirectory",
                    "credentials",
                    "isDisabled",
                    "exclusions",
                    "options",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        ad_objects_protection_group_model = cls(
            id,
            name,
            description,
            active_directory,
            credentials,
            is_disabled,
            exclusions,
            options,
            additional_properties,
            type_=type_,
        )
        if type_ != "ADObjects":  # another kind in a field typed as this one
            received(ad_objects_protection_group_model)
        return ad_objects_protection_group_model

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
    """The fast reader's mirror of ADObjectsProtectionGroupModel (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family union
    holds, its kind msgspec's tag."""
    build_active_directory = mirror(ActiveDirectoryObjectContainerModel)._build
    build_credentials = mirror(ADObjectsProtectionGroupCredentialModel)._build
    build_exclusions = mirror(ADObjectsProtectionGroupExclusionsModel)._build
    build_options = mirror(ProtectionGroupOptionsModel)._build

    def build(m: Any) -> ADObjectsProtectionGroupModel:
        id = m.id

        name = m.name

        description = m.description

        type_ = m.type_

        _active_directory = m.active_directory
        active_directory = build_active_directory(_active_directory)

        _credentials = m.credentials
        credentials = build_credentials(_credentials)

        is_disabled = m.is_disabled
        if is_disabled is None:
            is_disabled = UNSET

        _exclusions = m.exclusions
        exclusions = UNSET if _exclusions is None else build_exclusions(_exclusions)

        _options = m.options
        options = UNSET if _options is None else build_options(_options)

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        ad_objects_protection_group_model = ADObjectsProtectionGroupModel(
            id,
            name,
            description,
            active_directory,
            credentials,
            is_disabled,
            exclusions,
            options,
            {},
            type_=type_,
        )
        if type_ != "ADObjects":  # another kind in a field typed as this one
            received(ad_objects_protection_group_model)
        return ad_objects_protection_group_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("description", str),
        ("active_directory", mirror(ActiveDirectoryObjectContainerModel)),
        ("credentials", mirror(ADObjectsProtectionGroupCredentialModel)),
        ("is_disabled", bool | None, None),
        ("exclusions", mirror(ADObjectsProtectionGroupExclusionsModel) | None, None),
        ("options", mirror(ProtectionGroupOptionsModel) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["type_"] = EProtectionGroupType("ADObjects")
    else:
        fields.append(
            ("type_", EProtectionGroupType),
        )
    return msgspec.defstruct(
        "ADObjectsProtectionGroupModel",
        fields,
        rename={
            "type_": "type",
            "active_directory": "activeDirectory",
            "is_disabled": "isDisabled",
        },
        tag_field="type" if tagged else None,
        tag="ADObjects" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.active_directory_object_container_model import (
    ActiveDirectoryObjectContainerModel,
)
from ..models.ad_objects_protection_group_credential_model import (
    ADObjectsProtectionGroupCredentialModel,
)
from ..models.ad_objects_protection_group_exclusions_model import (
    ADObjectsProtectionGroupExclusionsModel,
)
from ..models.protection_group_options_model import ProtectionGroupOptionsModel
