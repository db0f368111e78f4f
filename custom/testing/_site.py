"""Recovery tokens and protected computers of the seeded site."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ._data import EPOCH, iso, stable_uuid
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


def seed_recovery_tokens(count: int, rng: random.Random, seed: int) -> dict[str, RecoveryToken]:
    """``count`` tokens expiring 30 to 400 days after the epoch."""
    tokens = {}
    for number in range(1, count + 1):
        token = RecoveryToken(
            id=stable_uuid("recovery-token", seed, number),
            name=f"Recovery token {number}",
            token=token_string(rng),
            expiration=EPOCH + timedelta(days=rng.randint(30, 400), hours=rng.randint(0, 23)),
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
