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

T = TypeVar("T", bound="UnixPackageModel")


@_attrs_define
class UnixPackageModel:
    """A Unix agent package that the server can export for computers with pre-installed agents."""

    package_name: str | Unset = UNSET
    """ The package's name, such as "IBM AIX", "Solaris Intel" or "Solaris SPARC"; the name
    PreInstalledAgentsPackagesModel.packageNames takes. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        package_name = self.package_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_name is not UNSET:
            field_dict["packageName"] = package_name

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
            package_name = pop("packageName", None)
            if type(package_name) is not str:
                if package_name is not None:
                    raise TypeError("expected str")
                package_name = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(exc, src_dict, d, ("packageName",)) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        unix_package_model = cls(
            package_name,
            additional_properties,
        )
        return unix_package_model

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
    """The fast reader's mirror of UnixPackageModel (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> UnixPackageModel:
        package_name = m.package_name
        if package_name is None:
            package_name = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        unix_package_model = UnixPackageModel(
            package_name,
            {},
        )
        return unix_package_model

    fields: list[Any] = [
        ("package_name", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "UnixPackageModel",
        fields,
        rename={
            "package_name": "packageName",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
