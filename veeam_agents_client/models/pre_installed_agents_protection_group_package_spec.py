from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_installed_agents_protection_group_package_spec_format import (
    PreInstalledAgentsProtectionGroupPackageSpecFormat,
)
from ..types import (
    UNSET,
    Unset,
    mirror,
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="PreInstalledAgentsProtectionGroupPackageSpec")


@_attrs_define
class PreInstalledAgentsProtectionGroupPackageSpec:
    """What protection_groups.download_packages takes, which agent packages to put in the archive and in which format."""

    format_: PreInstalledAgentsProtectionGroupPackageSpecFormat | Unset = UNSET
    """ Archive format of the download, Zip or Tar. """
    include_windows_packages: bool | Unset = UNSET
    """ True to include the Windows agent packages. """
    include_mac_packages: bool | Unset = UNSET
    """ True to include the macOS agent packages. """
    linux_packages: PreInstalledAgentsPackagesModel | Unset = UNSET
    """ Which Linux agent packages to include. """
    unix_packages: PreInstalledAgentsPackagesModel | Unset = UNSET
    """ Which Unix agent packages (IBM AIX, Solaris) to include. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        include_windows_packages = self.include_windows_packages

        include_mac_packages = self.include_mac_packages

        linux_packages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linux_packages, Unset):
            linux_packages = self.linux_packages.to_dict()

        unix_packages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unix_packages, Unset):
            unix_packages = self.unix_packages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if include_windows_packages is not UNSET:
            field_dict["includeWindowsPackages"] = include_windows_packages
        if include_mac_packages is not UNSET:
            field_dict["includeMacPackages"] = include_mac_packages
        if linux_packages is not UNSET:
            field_dict["linuxPackages"] = linux_packages
        if unix_packages is not UNSET:
            field_dict["unixPackages"] = unix_packages

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
            _format_ = pop("format", None)
            format_: PreInstalledAgentsProtectionGroupPackageSpecFormat | Unset = (
                UNSET
                if _format_ is None
                else PreInstalledAgentsProtectionGroupPackageSpecFormat.from_json(
                    _format_
                )
            )

            include_windows_packages = pop("includeWindowsPackages", None)
            if type(include_windows_packages) is not bool:
                if include_windows_packages is not None:
                    raise TypeError("expected bool")
                include_windows_packages = UNSET
            include_mac_packages = pop("includeMacPackages", None)
            if type(include_mac_packages) is not bool:
                if include_mac_packages is not None:
                    raise TypeError("expected bool")
                include_mac_packages = UNSET
            _linux_packages = pop("linuxPackages", None)
            linux_packages: PreInstalledAgentsPackagesModel | Unset = (
                UNSET
                if _linux_packages is None
                else PreInstalledAgentsPackagesModel.from_dict(_linux_packages)
            )

            _unix_packages = pop("unixPackages", None)
            unix_packages: PreInstalledAgentsPackagesModel | Unset = (
                UNSET
                if _unix_packages is None
                else PreInstalledAgentsPackagesModel.from_dict(_unix_packages)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "format",
                    "includeWindowsPackages",
                    "includeMacPackages",
                    "linuxPackages",
                    "unixPackages",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        pre_installed_agents_protection_group_package_spec = cls(
            format_,
            include_windows_packages,
            include_mac_packages,
            linux_packages,
            unix_packages,
            additional_properties,
        )
        return pre_installed_agents_protection_group_package_spec

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
    """The fast reader's mirror of PreInstalledAgentsProtectionGroupPackageSpec (types.read_json): a msgspec Struct of
    its fields under their JSON names, and no other, whose `_build` makes the model."""
    build_linux_packages = mirror(PreInstalledAgentsPackagesModel)._build
    build_unix_packages = mirror(PreInstalledAgentsPackagesModel)._build

    def build(m: Any) -> PreInstalledAgentsProtectionGroupPackageSpec:
        format_ = m.format_
        if format_ is None:
            format_ = UNSET

        include_windows_packages = m.include_windows_packages
        if include_windows_packages is None:
            include_windows_packages = UNSET

        include_mac_packages = m.include_mac_packages
        if include_mac_packages is None:
            include_mac_packages = UNSET

        _linux_packages = m.linux_packages
        linux_packages = (
            UNSET if _linux_packages is None else build_linux_packages(_linux_packages)
        )

        _unix_packages = m.unix_packages
        unix_packages = (
            UNSET if _unix_packages is None else build_unix_packages(_unix_packages)
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        pre_installed_agents_protection_group_package_spec = (
            PreInstalledAgentsProtectionGroupPackageSpec(
                format_,
                include_windows_packages,
                include_mac_packages,
                linux_packages,
                unix_packages,
                {},
            )
        )
        return pre_installed_agents_protection_group_package_spec

    fields: list[Any] = [
        ("format_", PreInstalledAgentsProtectionGroupPackageSpecFormat | None, None),
        ("include_windows_packages", bool | None, None),
        ("include_mac_packages", bool | None, None),
        ("linux_packages", mirror(PreInstalledAgentsPackagesModel) | None, None),
        ("unix_packages", mirror(PreInstalledAgentsPackagesModel) | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "PreInstalledAgentsProtectionGroupPackageSpec",
        fields,
        rename={
            "format_": "format",
            "include_windows_packages": "includeWindowsPackages",
            "include_mac_packages": "includeMacPackages",
            "linux_packages": "linuxPackages",
            "unix_packages": "unixPackages",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.pre_installed_agents_packages_model import PreInstalledAgentsPackagesModel
