from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="PreInstalledAgentsPackagesModel")


@_attrs_define
class PreInstalledAgentsPackagesModel:
    """Which Linux or Unix agent packages an agent package download includes."""

    include: bool | Unset = UNSET
    """ True to include packages of this family. """
    package_names: list[str] | Unset = UNSET
    """ Names of the packages to include, as agent_packages.list_linux or list_unix give them (packageName). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        include = self.include

        package_names: list[str] | Unset = UNSET
        if not isinstance(self.package_names, Unset):
            package_names = self.package_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include is not UNSET:
            field_dict["include"] = include
        if package_names is not UNSET:
            field_dict["packageNames"] = package_names

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
            include = pop("include", None)
            if type(include) is not bool:
                if include is not None:
                    raise TypeError("expected bool")
                include = UNSET
            _package_names = pop("packageNames", None)
            package_names: list[str] | Unset = UNSET
            if _package_names is not None:  # null reads as UNSET
                if type(_package_names) is not list:
                    raise TypeError("expected an array")
                # No type lies: every item is what the document says.
                for _item in _package_names:
                    if type(_item) is not str:
                        raise TypeError("expected an array of str")
                package_names = _package_names

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "include",
                    "packageNames",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        pre_installed_agents_packages_model = cls(
            include,
            package_names,
            additional_properties,
        )
        return pre_installed_agents_packages_model

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
    """The fast reader's mirror of PreInstalledAgentsPackagesModel (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> PreInstalledAgentsPackagesModel:
        include = m.include
        if include is None:
            include = UNSET

        package_names = m.package_names
        if package_names is None:
            package_names = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        pre_installed_agents_packages_model = PreInstalledAgentsPackagesModel(
            include,
            package_names,
            {},
        )
        return pre_installed_agents_packages_model

    fields: list[Any] = [
        ("include", bool | None, None),
        ("package_names", list[str] | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "PreInstalledAgentsPackagesModel",
        fields,
        rename={
            "package_names": "packageNames",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
