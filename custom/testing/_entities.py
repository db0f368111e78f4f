"""Discovered entities of one protection group, generated lazily from an index so 100k cost nothing.

An entity is a *slot* number. Slots below ``size`` are generated on demand from a hash of the slot;
an entity that changed (an action finished, a test added or edited it) is kept as a plain dict.
Its id encodes the slot, so looking an entity up needs no table.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ._data import AGENT_VERSION, EPOCH, OLD_AGENT_VERSION, iso, mix, stable_uuid
from ._query import pattern_matcher

Entity = dict[str, Any]

SITES = ("lon", "nyc", "fra", "sgp", "syd", "ams")
WINDOWS_OS = (
    ("WindowsServer2016", "Microsoft Windows Server 2016 (64-bit)", 1607),
    ("WindowsServer2019", "Microsoft Windows Server 2019 (1809, 64-bit)", 1809),
    ("WindowsServer2022", "Microsoft Windows Server 2022 (21H2, 64-bit)", 2109),
    ("WindowsServer2022", "Microsoft Windows Server 2022 (21H2, 64-bit)", 2109),
    ("WindowsServer2025", "Microsoft Windows Server 2025 (24H2, 64-bit)", 2409),
    ("WindowsServer2012R2", "Microsoft Windows Server 2012 R2 (64-bit)", 0),
    ("Windows10", "Microsoft Windows 10 Enterprise (22H2, 64-bit)", 2009),
    ("Windows11", "Microsoft Windows 11 Enterprise (23H2, 64-bit)", 2309),
)
LINUX_OS = ("Ubuntu 22.04.4 LTS", "Red Hat Enterprise Linux 9.4", "Debian GNU/Linux 12", "SLES 15 SP5")
WINDOWS_ROLES = ("sql", "web", "app", "fs", "dc", "exch")
LINUX_ROLES = ("lnx", "db", "k8s", "nfs")
PLUGIN_TYPES = ("MSSQL", "OracleRMAN", "SAPHANA", "SAPOnOracle")
PLUGIN_VERSION = "13.0.0.4695"
DRIVER_VERSION = "Veeam Volume CT Driver (13.0.0.12)"

# (value, weight) tables; the weights are percent.
STATES = (("Online", 80), ("Offline", 15), ("Unknown", 5))
AGENT_STATUSES = (
    ("Installed", 55),
    ("NotInstalled", 25),
    ("UpgradeRequired", 8),
    ("Failed", 4),
    ("UnsupportedOperatingSystem", 2),
    ("Unknown", 4),
    ("NotInitialized", 2),
)
DRIVER_WITH_AGENT = (
    ("Installed", 70),
    ("NotInstalled", 20),
    ("UpgradeAvailable", 5),
    ("Stopped", 3),
    ("Failed", 2),
)
DRIVER_WITHOUT_AGENT = (("NotInstalled", 80), ("Unknown", 20))
AGENT_PRESENT = ("Installed", "UpgradeRequired")  # the agent statuses of a computer that has one

# Fields the list filters and sort orders read, in this order.
FILTER_FIELDS = ("name", "type", "state", "agentStatus", "driverStatus", "operatingSystem")
ORDER_FIELDS = {
    "Name": "name",
    "State": "state",
    "AgentStatus": "agentStatus",
    "DriverStatus": "driverStatus",
    "OperatingSystem": "operatingSystem",
}


def _pick(table: Sequence[tuple[str, int]], roll: int) -> str:
    """The entry of a percent table that ``roll`` (0..99) falls in."""
    for value, weight in table:
        if roll < weight:
            return value
        roll -= weight
    return table[-1][0]


@dataclass(frozen=True)
class ListFilter:
    """The filters of GetDiscoveredEntities (None: not filtered); hashable, so it keys the cache."""

    name: str | None = None
    ip_address: str | None = None
    state: str | None = None
    agent_status: str | None = None
    driver_status: str | None = None


class EntityGroup:
    """One protection group: its identity, its settings as the API shows them, and its discovered entities."""

    def __init__(
        self, *, index: int, seed: int, size: int, name: str | None = None, kind: str = "ManuallyAdded"
    ) -> None:
        self.index = index
        self.id = stable_uuid("group", seed, index)
        self.name = name or f"Protection group {SITES[index % len(SITES)].upper()}-{index + 1:02d}"
        self.kind = kind  # the ProtectionGroupModel `type`
        self.description = ""
        self.disabled = False
        self.settings: dict[str, Any] = {}  # the fields of its kind (computers, options, ...), JSON as sent
        self.credentials_id = stable_uuid("credentials", seed, index)
        self.parent_id = stable_uuid("group-root", seed, index)
        self.domain_id = stable_uuid("domain", seed, index)
        self._salt = mix(seed * 7919 + index)
        self._prefix = stable_uuid("entity", seed, index)[:23]
        self._size = size
        self._order: list[int] = list(range(size))
        self._present = bytearray(b"\x01") * size
        self._dicts: dict[int, Entity] = {}
        self._custom_ids: dict[str, int] = {}
        self._cache: dict[tuple[ListFilter, str | None, bool], list[int]] = {}

    # --- identity -------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._order)

    def entity_id(self, slot: int) -> str:
        """The id of the entity in ``slot``."""
        entity = self._dicts.get(slot)
        return str(entity["id"]) if entity is not None else f"{self._prefix}-{slot:012x}"

    def slot_of(self, entity_id: str) -> int | None:
        """The slot of a (canonical, lower-case) entity id, or None if the group has no such entity."""
        slot = self._custom_ids.get(entity_id)
        if slot is None and entity_id.startswith(self._prefix):
            slot = int(entity_id[24:], 16)
            if slot >= len(self._present) or self.entity_id(slot) != entity_id:
                return None
        if slot is None or not self._present[slot]:
            return None
        return slot

    def ids(self) -> list[str]:
        """Every entity id in natural order."""
        return [self.entity_id(slot) for slot in self._order]

    def names(self) -> set[str]:
        """The names of its entities (a rescan adds only what it does not have yet)."""
        return {str(self.field(slot, "name")) for slot in self._order}

    # --- reading -------------------------------------------------------------------------------

    def get(self, slot: int) -> Entity:
        """A copy of the entity in ``slot`` as the API renders it."""
        entity = self._dicts.get(slot)
        return copy.deepcopy(entity) if entity is not None else self._generate(slot)

    def field(self, slot: int, name: str) -> Any:
        """One field of an entity without rendering the whole of it (the hot path of sorts and filters)."""
        entity = self._dicts.get(slot)
        if entity is not None:
            return entity.get(name)
        return self._core(slot)[FILTER_FIELDS.index(name)] if name in FILTER_FIELDS else None

    def has_agent(self, slot: int) -> bool:
        """Whether the entity in ``slot`` is a computer with the agent on it."""
        return self.field(slot, "type") == "Computer" and self.field(slot, "agentStatus") in AGENT_PRESENT

    def select(self, flt: ListFilter, order: str | None, asc: bool) -> list[int]:
        """Slots matching ``flt`` in the requested order; cached until the group changes."""
        key = (flt, order, asc)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = list(self._order)
        for field, wanted in (
            ("state", flt.state),
            ("agentStatus", flt.agent_status),
            ("driverStatus", flt.driver_status),
        ):
            if wanted is not None:
                result = [s for s in result if self.field(s, field) == wanted]
        match_name = pattern_matcher(flt.name)
        if match_name is not None:
            result = [s for s in result if match_name(self.field(s, "name"))]
        match_ip = pattern_matcher(flt.ip_address)
        if match_ip is not None:
            result = [s for s in result if any(match_ip(ip) for ip in self._ips(s))]
        if order is not None:
            field = ORDER_FIELDS[order]
            result.sort(key=lambda s: (self.field(s, field) or "").casefold(), reverse=not asc)
        elif not asc:
            result.reverse()
        self._cache[key] = result
        return result

    # --- changing ------------------------------------------------------------------------------

    def update(self, slot: int, changes: Mapping[str, Any]) -> None:
        """Change fields of an entity (a field set to None is removed)."""
        entity = self._dicts.setdefault(slot, self._generate(slot))
        for name, value in changes.items():
            if value is None:
                entity.pop(name, None)
            else:
                entity[name] = value
        self._cache.clear()

    def delete(self, slot: int) -> None:
        """Remove an entity."""
        self._present[slot] = 0
        self._order.remove(slot)
        entity = self._dicts.pop(slot, None)
        if entity is not None:
            self._custom_ids.pop(str(entity["id"]), None)
        self._cache.clear()

    def add(self, fields: Mapping[str, Any]) -> Entity:
        """Add a hand-made entity: a generated one of ``fields["type"]`` (Computer by default)
        overlaid with ``fields``; returns it."""
        slot = len(self._present)
        self._present.append(1)
        entity = self._generate(slot, kind=fields.get("type", "Computer"))
        entity.update(fields)
        entity["id"] = str(entity["id"]).lower()
        entity["protectionGroupId"] = self.id
        if entity["id"] != f"{self._prefix}-{slot:012x}":
            self._custom_ids[entity["id"]] = slot
        self._dicts[slot] = entity
        self._order.append(slot)
        self._cache.clear()
        return copy.deepcopy(entity)

    def clear(self) -> None:
        """Remove every entity."""
        self._present = bytearray(len(self._present))
        self._order.clear()
        self._dicts.clear()
        self._custom_ids.clear()
        self._cache.clear()

    # --- generation ----------------------------------------------------------------------------

    def _hash(self, slot: int) -> int:
        return mix(self._salt ^ slot)

    def _core(self, slot: int) -> tuple[str, str, str | None, str | None, str | None, str | None]:
        """(name, type, state, agentStatus, driverStatus, operatingSystem) of a generated entity."""
        h = self._hash(slot)
        site = SITES[(h >> 8) % len(SITES)]
        kind_roll = h % 100
        if kind_roll < 3:
            return (f"{site}-cluster{slot:05d}", "Cluster", None, None, None, None)
        if kind_roll < 8:
            return (f"OU-{site.upper()}-{slot:05d}", "ActiveDirectory", None, None, None, None)
        windows = (h >> 16) % 100 < 70
        if windows:
            role = WINDOWS_ROLES[(h >> 24) % len(WINDOWS_ROLES)]
            os_name = WINDOWS_OS[(h >> 28) % len(WINDOWS_OS)][0]
        else:
            role = LINUX_ROLES[(h >> 24) % len(LINUX_ROLES)]
            os_name = "Linux"
        agent = _pick(AGENT_STATUSES, (h >> 32) % 100)
        driver_table = DRIVER_WITH_AGENT if agent in ("Installed", "UpgradeRequired") else DRIVER_WITHOUT_AGENT
        driver = _pick(driver_table, (h >> 40) % 100)
        state = _pick(STATES, (h >> 48) % 100)
        if state == "Unknown":
            os_name = "Unknown"
        return (f"{site}-{role}{slot:05d}", "Computer", state, agent, driver, os_name)

    def _ips(self, slot: int) -> list[str]:
        entity = self._dicts.get(slot)
        if entity is not None:
            return list(entity.get("ipAddresses") or [])
        return self._generated_ips(slot) if self._core(slot)[1] == "Computer" else []

    def _generated_ips(self, slot: int) -> list[str]:
        h = self._hash(slot)
        ips = [f"10.{self.index % 256}.{(slot >> 8) & 255}.{slot & 255}"]
        if (h >> 52) % 100 < 20:
            ips.append(f"172.24.{(h >> 12) & 255}.{(h >> 20) & 255}")
        return ips

    def _generate(self, slot: int, kind: str | None = None) -> Entity:
        """Render a generated entity as the API shows it (of another ``kind`` than its hash says)."""
        name, generated_kind, state, agent, driver, os_name = self._core(slot)
        if kind is not None and kind != generated_kind:
            name = f"{kind.lower()}{slot:05d}"
            if kind == "Computer":
                state, agent, driver, os_name = "Online", "NotInstalled", "NotInstalled", "WindowsServer2022"
        kind = kind or generated_kind
        base: Entity = {
            "type": kind,
            "id": f"{self._prefix}-{slot:012x}",
            "name": name,
            "parentId": self.parent_id,
            "protectionGroupId": self.id,
        }
        h = self._hash(slot)
        if kind == "Cluster":
            return base
        if kind == "ActiveDirectory":
            ou = name
            return base | {
                "domain": {
                    "id": self.domain_id,
                    "name": "corp.example.com",
                    "serverName": "dc01.corp.example.com",
                    "port": 389,
                    "credentialsId": self.credentials_id,
                },
                "entity": {
                    "id": stable_uuid("ad-object", self._salt, slot),
                    "fullName": f"corp.example.com/{ou}",
                    "domainId": self.domain_id,
                    "distinguishedName": f"OU={ou},DC=corp,DC=example,DC=com",
                    "type": "OrganizationUnit" if h % 4 else "Container",
                },
            }
        windows = os_name != "Linux"
        entity: Entity = {
            "state": state,
            "agentStatus": agent,
            "driverStatus": driver,
            "operatingSystem": os_name,
            "operatingSystemPlatform": "Unknown" if state == "Unknown" else ("X86" if h % 50 == 0 else "X64"),
            "rebootRequired": h % 37 == 0,
            "ipAddresses": self._generated_ips(slot),
            "objectId": stable_uuid("object", self._salt, slot),
            "biosUuid": stable_uuid("bios", self._salt, slot),
            "isTrusted": (h >> 56) % 20 != 0,  # one in twenty has a certificate VBR does not trust yet
        }
        if agent in ("Installed", "UpgradeRequired"):
            entity["agentVersion"] = AGENT_VERSION if agent == "Installed" else OLD_AGENT_VERSION
        if driver in ("Installed", "UpgradeAvailable", "Stopped"):
            entity["driverVersion"] = DRIVER_VERSION
        if state != "Unknown":
            entity["lastConnected"] = iso(EPOCH - timedelta(seconds=(h >> 8) % (30 * 86400)))
        if state != "Unknown" and windows:
            _, version, update = WINDOWS_OS[(h >> 28) % len(WINDOWS_OS)]
            entity["operatingSystemVersion"] = version
            if update:
                entity["operatingSystemUpdateVersion"] = update
        elif state != "Unknown":
            entity["operatingSystemVersion"] = LINUX_OS[(h >> 28) % len(LINUX_OS)]
        role_sql = "-sql" in name or "-db" in name
        plugins: list[dict[str, str]] = []
        for plugin in PLUGIN_TYPES:
            installed = role_sql and agent == "Installed" and plugin == ("MSSQL" if windows else "OracleRMAN")
            plugins.append(
                {"type": plugin, "status": "Installed", "version": PLUGIN_VERSION}
                if installed
                else {"type": plugin, "status": "NotInstalled"}
            )
        entity["plugins"] = plugins
        return entity | base
