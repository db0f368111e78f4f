"""What the download tests share: the fake VBR they stream from (over TLS, its faults cleared
around each test), the size of what it sends, and short ways to name its group, a discovered
computer and a package spec. A test module imports the fixtures to use them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pytest

from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client.models import PreInstalledAgentsPackagesModel, PreInstalledAgentsProtectionGroupPackageSpec
from veeam_agents_client.models import PreInstalledAgentsProtectionGroupPackageSpecFormat as PackageFormat
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer

# Each download test module's pytestmark: the recovery media download is deprecated in later revisions.
MEDIA_DEPRECATION = pytest.mark.filterwarnings("ignore:VBR deprecates create_recovery_media_for:DeprecationWarning")

SIZE = 3 * (1 << 20) + 12345  # several chunks and a partial last one
LINUX = ["Debian 12 x64 - 13.0.0.609", "Ubuntu 24.4 x64 - 13.0.0.609"]
Spec = PreInstalledAgentsProtectionGroupPackageSpec


@pytest.fixture(scope="module", name="fake")
def shared_fake() -> FakeVBR:
    fake = FakeVBR(protection_groups=1, entities_per_group=30, download_size=SIZE, seed=3)
    fake.add_entity(fake.group_ids[0], type="Cluster")
    return fake


@pytest.fixture(scope="module", name="server")
def tls_server(fake: FakeVBR) -> Iterator[RunningServer]:
    with fake.serve(tls=True) as running:
        yield running


@pytest.fixture(autouse=True, name="fresh")
def fresh_faults(fake: FakeVBR) -> Iterator[None]:
    fake.clear_faults()
    fake.download_size = SIZE
    yield
    fake.clear_faults()


def client(server: RunningServer, **kwargs: Any) -> VeeamAgentsClient:
    kwargs.setdefault("username", "admin")
    return VeeamAgentsClient(server.base_url, password=DEFAULT_PASSWORD, verify=server.verify, **kwargs)


def group(fake: FakeVBR) -> str:
    return fake.group_ids[0]


def entity(fake: FakeVBR, computer: bool = True) -> str:
    """A discovered computer of the group (or, with computer=False, a cluster or AD object)."""
    kinds = [(e, (fake.entity(group(fake), e) or {})["type"]) for e in fake.entity_ids(group(fake))]
    return next(e for e, kind in kinds if (kind == "Computer") == computer)


def host(fake: FakeVBR) -> str:
    return str((fake.entity(group(fake), entity(fake)) or {})["name"])


def sha256(data: bytes | Iterator[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in [data] if isinstance(data, bytes) else data:
        digest.update(chunk)
    return digest.hexdigest()


def linux_spec(format: str = "Zip") -> Spec:
    return Spec(
        format_=PackageFormat(format), linux_packages=PreInstalledAgentsPackagesModel(include=True, package_names=LINUX)
    )
