from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_amazon_region_type import EAmazonRegionType
from ..models.e_protection_group_cloud_account_type import (
    EProtectionGroupCloudAccountType,
)
from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_uuid,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="CloudMachinesProtectionGroupAWSAccountModel")


@_attrs_define
class CloudMachinesProtectionGroupAWSAccountModel:
    """The Amazon Web Services account a cloud machines protection group reads its machines from (accountType AWS)."""

    credentials_id: UUID
    """ ID of the saved cloud credentials of the AWS account. """
    region_type: EAmazonRegionType
    """ Which AWS partition the region is in (global, China or government). """
    region_id: str
    """ The AWS region to read machines from. """
    assign_iam_role: bool | Unset = UNSET
    """ True to assign an IAM role to the machines. """
    account_type: EProtectionGroupCloudAccountType = _attrs_field(
        default=EProtectionGroupCloudAccountType("AWS"),
        kw_only=True,
        metadata={"discriminator": "accountType"},
    )
    """ Which cloud the account is in (AWS or Azure). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type.value

        credentials_id = str(self.credentials_id)

        region_type = self.region_type.value

        region_id = self.region_id

        assign_iam_role = self.assign_iam_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountType": account_type,
                "credentialsId": credentials_id,
                "regionType": region_type,
                "regionId": region_id,
            }
        )
        if assign_iam_role is not UNSET:
            field_dict["assignIamRole"] = assign_iam_role

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
            account_type = EProtectionGroupCloudAccountType.from_json(
                pop("accountType")
            )

            credentials_id = parse_uuid(pop("credentialsId"))

            region_type = EAmazonRegionType.from_json(pop("regionType"))

            region_id = pop("regionId")
            if type(region_id) is not str:
                raise TypeError("expected str")
            assign_iam_role = pop("assignIamRole", None)
            if type(assign_iam_role) is not bool:
                if assign_iam_role is not None:
                    raise TypeError("expected bool")
                assign_iam_role = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "accountType",
                    "credentialsId",
                    "regionType",
                    "regionId",
                    "assignIamRole",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_aws_account_model = cls(
            credentials_id,
            region_type,
            region_id,
            assign_iam_role,
            additional_properties,
            account_type=account_type,
        )
        if account_type != "AWS":  # another kind in a field typed as this one
            received(cloud_machines_protection_group_aws_account_model)
        return cloud_machines_protection_group_aws_account_model

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
    """The fast reader's mirror of CloudMachinesProtectionGroupAWSAccountModel (types.read_json): a msgspec Struct of
    its fields under their JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family
    union holds, its kind msgspec's tag."""

    def build(m: Any) -> CloudMachinesProtectionGroupAWSAccountModel:
        account_type = m.account_type

        credentials_id = m.credentials_id

        region_type = m.region_type

        region_id = m.region_id

        assign_iam_role = m.assign_iam_role
        if assign_iam_role is None:
            assign_iam_role = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        cloud_machines_protection_group_aws_account_model = (
            CloudMachinesProtectionGroupAWSAccountModel(
                credentials_id,
                region_type,
                region_id,
                assign_iam_role,
                {},
                account_type=account_type,
            )
        )
        if account_type != "AWS":  # another kind in a field typed as this one
            received(cloud_machines_protection_group_aws_account_model)
        return cloud_machines_protection_group_aws_account_model

    fields: list[Any] = [
        ("credentials_id", UUID),
        ("region_type", EAmazonRegionType),
        ("region_id", str),
        ("assign_iam_role", bool | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["account_type"] = EProtectionGroupCloudAccountType("AWS")
    else:
        fields.append(
            ("account_type", EProtectionGroupCloudAccountType),
        )
    return msgspec.defstruct(
        "CloudMachinesProtectionGroupAWSAccountModel",
        fields,
        rename={
            "account_type": "accountType",
            "credentials_id": "credentialsId",
            "region_type": "regionType",
            "region_id": "regionId",
            "assign_iam_role": "assignIamRole",
        },
        tag_field="accountType" if tagged else None,
        tag="AWS" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
