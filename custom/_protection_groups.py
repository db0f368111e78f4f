"""Protection groups: the computers VBR manages agents on, and the packages for pre-installed agents."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import attrs

from ._downloads import Destination, Download, Progress, download
from ._validation import enum_value, uuid_value
from .api.agents import download_protection_group_packages
from .models.pre_installed_agents_packages_model import PreInstalledAgentsPackagesModel
from .models.pre_installed_agents_protection_group_package_spec import PreInstalledAgentsProtectionGroupPackageSpec
from .models.pre_installed_agents_protection_group_package_spec_format import (
    PreInstalledAgentsProtectionGroupPackageSpecFormat as PackageFormat,
)
from .types import Unset

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["ProtectionGroups"]


class ProtectionGroups:
    """``client.protection_groups``: protection groups (API 1.3-rev1 and later)."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        self._client = client

    async def download_packages(
        self,
        id: uuid.UUID | str,
        spec: PreInstalledAgentsProtectionGroupPackageSpec,
        destination: Destination,
        *,
        progress: Progress | None = None,
    ) -> Download:
        """Stream the agent packages of a pre-installed agents group, a zip or tar archive as
        `spec.format_` asks, to `destination`: a file path, a folder (the server's file name) or
        a binary file."""
        spec = _package_spec(spec)
        extension = "tar" if spec.format_ == PackageFormat.TAR else "zip"
        return await download(
            self._client,
            download_protection_group_packages,
            {"id": uuid_value(id, "id"), "body": spec},
            destination,
            progress=progress,
            default_name=f"agent-packages-{id}.{extension}",
        )


def _package_spec(spec: object) -> PreInstalledAgentsProtectionGroupPackageSpec:
    """The spec with its fields checked (a format given as its string becomes the enum)."""
    if not isinstance(spec, PreInstalledAgentsProtectionGroupPackageSpec):
        raise TypeError(f"spec must be a PreInstalledAgentsProtectionGroupPackageSpec, not {type(spec).__name__}")
    for name in ("include_windows_packages", "include_mac_packages"):
        if not isinstance(getattr(spec, name), bool | Unset):
            raise TypeError(f"spec.{name} must be a bool, not {type(getattr(spec, name)).__name__}")
    for name in ("linux_packages", "unix_packages"):
        packages = getattr(spec, name)
        if isinstance(packages, Unset):
            continue
        if not isinstance(packages, PreInstalledAgentsPackagesModel):
            raise TypeError(f"spec.{name} must be a PreInstalledAgentsPackagesModel, not {type(packages).__name__}")
        if not isinstance(packages.include, bool | Unset):
            raise TypeError(f"spec.{name}.include must be a bool, not {type(packages.include).__name__}")
        names: object = packages.package_names
        if not isinstance(names, Unset) and (
            isinstance(names, str) or not isinstance(names, list) or not all(isinstance(n, str) for n in names)
        ):
            raise TypeError(f"spec.{name}.package_names must be a list of str (or left out)")
    if isinstance(spec.format_, Unset):
        return spec
    return attrs.evolve(spec, format_=enum_value(spec.format_, PackageFormat, "spec.format_"))
