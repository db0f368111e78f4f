"""Deterministic ids, timestamps and the fixed catalogs (agent packages) of the fake site."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

# Seeded data is dated relative to this instant so it never depends on the wall clock.
EPOCH = datetime(2025, 4, 23, 8, 0, 0, tzinfo=UTC)
ZERO_UUID = "00000000-0000-0000-0000-000000000000"
AGENT_VERSION = "13.0.0.632"
OLD_AGENT_VERSION = "12.3.1.1139"
PACKAGE_BUILD = "13.0.0.609"


def stable_uuid(*parts: object) -> str:
    """A version-4-shaped UUID derived from ``parts``: the same parts always give the same id.

    Written out by hand rather than through uuid.UUID: pages of generated entities call this
    thousands of times, and the fake's speed bounds what the paging benchmarks can show.
    """
    digest = bytearray(hashlib.blake2b(repr(parts).encode(), digest_size=16).digest())
    digest[6] = (digest[6] & 0x0F) | 0x40  # version 4
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def mix(value: int) -> int:
    """splitmix64: a cheap, well-spread 64-bit hash, used to derive entity attributes from an index."""
    value = (value + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return value ^ (value >> 31)


def iso(moment: datetime) -> str:
    """ISO 8601 with the UTC offset written out, as VBR writes date-times."""
    return moment.astimezone(UTC).isoformat()


def from_timestamp(seconds: float) -> datetime:
    """An aware UTC datetime from POSIX seconds."""
    return datetime.fromtimestamp(seconds, tz=UTC)


def days_after_epoch(days: float) -> datetime:
    """A seeded date ``days`` after :data:`EPOCH`."""
    return EPOCH + timedelta(days=days)


def _linux_packages() -> list[tuple[str, str, str]]:
    """(packageName, distributionName, packageBitness): the document's example list plus x86 builds."""
    rows: list[tuple[str, str]] = []
    for release in ("11", "12"):
        rows += [(f"Debian {release} x64", "debian"), (f"Debian {release} x64-nosnap", "debian")]
    for release in ("16.4", "18.4", "20.4", "22.4", "24.4"):
        rows += [(f"Ubuntu {release} x64", "ubuntu"), (f"Ubuntu {release} x64-nosnap", "ubuntu")]
    rows += [
        ("Red Hat 8 x64", "RHEL"),
        ("Red Hat 8 x64-nosnap", "RHEL"),
        ("Red Hat 8.4,8.6,8.8,8.10 ppc64le-nosnap", "RHEL"),
        ("Red Hat 9.4 ppc64le-nosnap", "RHEL"),
        ("Red Hat 9 x64", "RHEL"),
        ("Red Hat 9 x64-nosnap", "RHEL"),
        ("Red Hat 10 x64", "RHEL"),
        ("Red Hat 10 x64-nosnap", "RHEL"),
    ]
    for name, dist in (("Rocky Linux", "rocky"), ("AlmaLinux", "almalinux")):
        for release in ("10", "9", "8.10"):
            rows += [(f"{name} {release} x64", dist), (f"{name} {release} x64-nosnap", dist)]
    for release in ("7", "8", "9", "10"):
        rows += [(f"Oracle Linux {release} x64", "ol"), (f"Oracle Linux {release} x64-nosnap", "ol")]
    rows += [("SLES 12.5 default x64", "SLES"), ("SLES 12.5 default x64-nosnap", "SLES")]
    rows += [("SLES 12.5 default ppc64le-nosnap", "SLES")]
    for release in ("15.3", "15.4", "15.5", "15.6"):
        rows += [(f"SLES {release} default x64", "SLES"), (f"SLES {release} default x64-nosnap", "SLES")]
        rows += [(f"SLES {release} default ppc64le-nosnap", "SLES")]
        if release == "15.3":
            rows += [("SLES 15.3 preempt x64", "SLES"), ("SLES 15.3 preempt x64-nosnap", "SLES")]
    rows += [("Amazon Linux 2,2023 x64", "amzn")]
    packages = [(f"{name} - {PACKAGE_BUILD}", dist, "x64") for name, dist in rows]
    # 32-bit builds, so that the bitness filter has something to tell apart.
    for name, dist in (
        ("Debian 11 x86", "debian"),
        ("Ubuntu 18.4 x86", "ubuntu"),
        ("Ubuntu 20.4 x86", "ubuntu"),
    ):
        packages.append((f"{name} - {PACKAGE_BUILD}", dist, "x86"))
    return packages


LINUX_PACKAGES: tuple[tuple[str, str, str], ...] = tuple(_linux_packages())
UNIX_PACKAGES: tuple[str, ...] = ("IBM AIX", "Solaris Intel", "Solaris SPARC")
