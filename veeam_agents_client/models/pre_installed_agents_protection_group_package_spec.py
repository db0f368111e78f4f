from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_installed_agents_protection_group_package_spec_format import (
    PreInstalledAgentsProtectionGroupPackageSpecFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreInstalledAgentsProtectionGroupPackageSpec")


@_attrs_define
class PreInstalledAgentsProtectionGroupPackageSpec:
    format_: PreInstalledAgentsProtectionGroupPackageSpecFormat | Unset = UNSET
    include_windows_packages: bool | Unset = UNSET
    include_mac_packages: bool | Unset = UNSET
    linux_packages: PreInstalledAgentsPackagesModel | Unset = UNSET
    unix_packages: PreInstalledAgentsPackagesModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        _format_ = d.pop("format", UNSET)
        format_: PreInstalledAgentsProtectionGroupPackageSpecFormat | Unset
        if _format_ is None or isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = PreInstalledAgentsProtectionGroupPackageSpecFormat.from_json(
                _format_
            )

        include_windows_packages = d.pop("includeWindowsPackages", UNSET)
        if include_windows_packages is None:
            include_windows_packages = UNSET
        elif (
            include_windows_packages is not UNSET
            and type(include_windows_packages) is not bool
        ):
            raise TypeError("includeWindowsPackages: not bool")

        include_mac_packages = d.pop("includeMacPackages", UNSET)
        if include_mac_packages is None:
            include_mac_packages = UNSET
        elif (
            include_mac_packages is not UNSET and type(include_mac_packages) is not bool
        ):
            raise TypeError("includeMacPackages: not bool")

        _linux_packages = d.pop("linuxPackages", UNSET)
        linux_packages: PreInstalledAgentsPackagesModel | Unset
        if _linux_packages is None or isinstance(_linux_packages, Unset):
            linux_packages = UNSET
        else:
            linux_packages = PreInstalledAgentsPackagesModel.from_dict(_linux_packages)

        _unix_packages = d.pop("unixPackages", UNSET)
        unix_packages: PreInstalledAgentsPackagesModel | Unset
        if _unix_packages is None or isinstance(_unix_packages, Unset):
            unix_packages = UNSET
        else:
            unix_packages = PreInstalledAgentsPackagesModel.from_dict(_unix_packages)

        pre_installed_agents_protection_group_package_spec = cls(
            format_=format_,
            include_windows_packages=include_windows_packages,
            include_mac_packages=include_mac_packages,
            linux_packages=linux_packages,
            unix_packages=unix_packages,
        )

        pre_installed_agents_protection_group_package_spec.additional_properties = d
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


from ..models.pre_installed_agents_packages_model import PreInstalledAgentsPackagesModel
