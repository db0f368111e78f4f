"""Recovery tokens, protected computers and recovery appliances of the seeded site."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ._data import AGENT_VERSION, EPOCH, ZERO_UUID, iso, stable_uuid
from ._entities import SITES, EntityGroup


@dataclass
class RecoveryToken:
    """A bare-metal recovery token; ``backup_ids`` are kept though the model does not show them."""

    id: str
    name: str
    token: str
    expiration: datetime
    backup_ids: list[str]

    def model(self) -> dict[str, Any]:
        """The ComputerRecoveryTokenModel body."""
        return {
            "id": self.id,
            "name": self.name,
            "recoveryToken": self.token,
            "expirationDate": iso(self.expiration),
        }


def token_string(rng: random.Random) -> str:
    """A recovery token string in VBR's shape: eight dash-separated groups of four hex digits."""
    return "-".join(f"{rng.getrandbits(16):04x}" for _ in range(8))


def seed_recovery_tokens(count: int, rng: random.Random, seed: int, now: datetime) -> dict[str, RecoveryToken]:
    """``count`` tokens expiring 30 to 400 days after `now` (the fake's clock when it starts):
    current whenever the fake runs, and the same for the same clock."""
    tokens = {}
    for number in range(1, count + 1):
        token = RecoveryToken(
            id=stable_uuid("recovery-token", seed, number),
            name=f"Recovery token {number}",
            token=token_string(rng),
            expiration=now + timedelta(days=rng.randint(30, 400), hours=rng.randint(0, 23)),
            backup_ids=[stable_uuid("backup", seed, number, k) for k in range(rng.randint(1, 3))],
        )
        tokens[token.id] = token
    return tokens


def seed_protected_computers(
    count: int, groups: list[EntityGroup], rng: random.Random, seed: int
) -> dict[str, dict[str, Any]]:
    """``count`` Linux computers protected by agents, each covered by one or two groups."""
    computers: dict[str, dict[str, Any]] = {}
    for number in range(count):
        covering = rng.sample(groups, k=min(len(groups), rng.choice((1, 1, 1, 2)))) if groups else []
        computer_id = stable_uuid("protected-computer", seed, number)
        computers[computer_id] = {
            "id": computer_id,
            "name": f"{SITES[number % len(SITES)]}-lnx{number:04d}.corp.example.com",
            "type": "Linux",
            "protectionGroups": [
                {"id": group.id, "name": group.name, "credentialsId": group.credentials_id} for group in covering
            ],
        }
    return computers


@dataclass
class RecoveryAppliance:
    """A computer booted from Veeam Recovery Media and registered with VBR; a detached one has
    lost its connection (the Disconnected state) and cannot be rebooted from VBR."""

    id: str
    host_name: str
    version: str
    addresses: list[str]
    created: datetime
    last_contact: datetime
    detached: bool
    linux: bool
    bios_id: str

    def model(self) -> dict[str, Any]:
        """The AgentRecoveryApplianceModel body."""
        return {
            "id": self.id,
            "hostName": self.host_name,
            "version": self.version,
            "endpoint": self.addresses[0],
            "addresses": list(self.addresses),
            "port": 10006,
            "creationTime": iso(self.created),
            "isVerified": True,
            "isDetached": self.detached,
            "canExpire": self.detached,
            "verificationPhrase": "-".join(self.bios_id[i : i + 4].upper() for i in (0, 4, 9, 14)),
            "usedPersonalCertificate": False,
            "lastContactTime": iso(self.last_contact),
            "platformId": ZERO_UUID,
            "platformType": "LinuxPhysical" if self.linux else "WindowsPhysical",
            "hostBiosId": self.bios_id,
            "operations": [{"operation": "Reboot", "enabled": not self.detached}],
        }


def seed_recovery_appliances(count: int, seed: int) -> dict[str, RecoveryAppliance]:
    """``count`` appliances, every third one detached (from its own generator: the site's ids stay as they were)."""
    rng = random.Random(f"recovery-appliances-{seed}")
    appliances = {}
    for number in range(count):
        created = EPOCH - timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 1439))
        appliance = RecoveryAppliance(
            id=stable_uuid("recovery-appliance", seed, number),
            host_name=f"{SITES[number % len(SITES)]}-bmr{number:03d}",
            version=AGENT_VERSION,
            addresses=[f"10.200.{number // 256}.{number % 256}"],
            created=created,
            last_contact=created + timedelta(minutes=rng.randint(5, 600)),
            detached=number % 3 == 2,
            linux=number % 4 == 3,
            bios_id=stable_uuid("recovery-appliance-bios", seed, number),
        )
        appliances[appliance.id] = appliance
    return appliances
