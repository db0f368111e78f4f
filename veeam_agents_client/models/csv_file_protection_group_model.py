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

T = TypeVar("T", bound="CSVFileProtectionGroupModel")


@_attrs_define
class CSVFileProtectionGroupModel:
    """A protection group of computers listed in a CSV file (type CSVFile): the file, connection settings and deployment
    options.

    """

    id: UUID
    """ ID of the protection group (UUID), for protection_groups.get, update, delete and the discovered entity
    calls. """
    name: str
    """ The group's name as shown in the VBR console. """
    description: str
    """ Free text describing the group, such as "Created by ENTERPRISE01\\Administrator". """
    file: CSVFileOptionsProtectionGroupModel
    """ Where the CSV file is. """
    is_disabled: bool | Unset = UNSET
    """ True while the group is disabled (protection_groups.disable); it is then not rescanned and gets no
    deployments. """
    computer_names: list[str] | Unset = UNSET
    """ The computers the server read from the file. """
    credentials: CSVFileProtectionGroupCredentialModel | Unset = UNSET
    """ How the server connects to the group's computers. """
    options: ProtectionGroupOptionsModel | Unset = UNSET
    """ Rescan schedule and what to deploy on the computers. """
    type_: EProtectionGroupType = _attrs_field(
        default=EProtectionGroupType("CSVFile"),
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

        file = self.file.to_dict()

        is_disabled = self.is_disabled

        computer_names: list[str] | Unset = UNSET
        if not isinstance(self.computer_names, Unset):
            computer_names = self.computer_names

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

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
                "file": file,
            }
        )
        if is_disabled is not UNSET:
            field_dict["isDisabled"] = is_disabled
        if computer_names is not UNSET:
            field_dict["computerNames"] = computer_names
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
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

            file = CSVFileOptionsProtectionGroupModel.from_dict(pop("file"))

            is_disabled = pop("isDisabled", None)
            if type(is_disabled) is not bool:
                if is_disabled is not None:
                    raise TypeError("expected bool")
                is_disabled = UNSET
            _computer_names = pop("computerNames", None)
            computer_names: list[str] | Unset = UNSET
            if _computer_names is not None:  # null reads as UNSET
                if type(_computer_names) is not list:
                    raise TypeError("expected an array")
                # No type lies: every item is what the document says.
                for _item in _computer_names:
                    if type(_item) is not str:
                        raise TypeError("expected an array of str")
                computer_names = _computer_names

            _credentials = pop("credentials", None)
            credentials: CSVFileProtectionGroupCredentialModel | Unset = (
                UNSET
                if _credentials is None
                else CSVFileProtectionGroupCredentialModel.from_dict(_credentials)
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
                    "file",
                    "isDisabled",
                    "computerNames",
                    "credentials",
                    "options",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        csv_file_protection_group_model = cls(
            id,
            name,
            description,
            file,
            is_disabled,
            computer_names,
            credentials,
            options,
            additional_properties,
            type_=type_,
        )
        if type_ != "CSVFile":  # another kind in a field typed as this one
            received(csv_file_protection_group_model)
        return csv_file_protection_group_model

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
    """The fast reader's mirror of CSVFileProtectionGroupModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family union holds, its
    kind msgspec's tag."""
    build_file = mirror(CSVFileOptionsProtectionGroupModel)._build
    build_credentials = mirror(CSVFileProtectionGroupCredentialModel)._build
    build_options = mirror(ProtectionGroupOptionsModel)._build

    def build(m: Any) -> CSVFileProtectionGroupModel:
        id = m.id

        name = m.name

        description = m.description

        type_ = m.type_

        _file = m.file
        file = build_file(_file)

        is_disabled = m.is_disabled
        if is_disabled is None:
            is_disabled = UNSET

        computer_names = m.computer_names
        if computer_names is None:
            computer_names = UNSET

        _credentials = m.credentials
        credentials = UNSET if _credentials is None else build_credentials(_credentials)

        _options = m.options
        options = UNSET if _options is None else build_options(_options)

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        csv_file_protection_group_model = CSVFileProtectionGroupModel(
            id,
            name,
            description,
            file,
            is_disabled,
            computer_names,
            credentials,
            options,
            {},
            type_=type_,
        )
        if type_ != "CSVFile":  # another kind in a field typed as this one
            received(csv_file_protection_group_model)
        return csv_file_protection_group_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("description", str),
        ("file", mirror(CSVFileOptionsProtectionGroupModel)),
        ("is_disabled", bool | None, None),
        ("computer_names", list[str] | None, None),
        ("credentials", mirror(CSVFileProtectionGroupCredentialModel) | None, None),
        ("options", mirror(ProtectionGroupOptionsModel) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["type_"] = EProtectionGroupType("CSVFile")
    else:
        fields.append(
            ("type_", EProtectionGroupType),
        )
    return msgspec.defstruct(
        "CSVFileProtectionGroupModel",
        fields,
        rename={
            "type_": "type",
            "is_disabled": "isDisabled",
            "computer_names": "computerNames",
        },
        tag_field="type" if tagged else None,
        tag="CSVFile" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.csv_file_options_protection_group_model import (
    CSVFileOptionsProtectionGroupModel,
)
from ..models.csv_file_protection_group_credential_model import (
    CSVFileProtectionGroupCredentialModel,
)
from ..models.protection_group_options_model import ProtectionGroupOptionsModel
