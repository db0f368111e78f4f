"""Counters a test or a soak run reads to check side effects."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields


@dataclass
class Stats:
    """What the server has served and done since it started (or since :meth:`reset`)."""

    requests: int = 0
    by_status: Counter[int] = field(default_factory=Counter)
    by_operation: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    token_requests: int = 0
    tokens_issued: int = 0
    recovery_tokens_created: int = 0
    sessions_started: int = 0

    def reset(self) -> None:
        """Zero every counter."""
        fresh = Stats()
        for counter in fields(self):
            setattr(self, counter.name, getattr(fresh, counter.name))
