"""FakeVBR: the state of a fake VBR server and the handles tests use to read and steer it."""

from __future__ import annotations

import asyncio
import itertools
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import httpx
from starlette.types import ASGIApp

from ..models.e_session_state import ESessionState
from ._agent_backups import AgentBackups, seed_agent_backups
from ._app import build_app
from ._auth import DEFAULT_USERS, TokenStore, User
from ._data import from_timestamp
from ._entities import Entity, EntityGroup
from ._faults import FaultInjector, Faults
from ._group_settings import SEEDED_KINDS, seed_settings
from ._revisions import Rules, accepted, served
from ._server import RunningServer, serve, serve_many
from ._sessions import SESSION_RESULTS, Session, SessionBook, SessionResult
from ._site import (
    RecoveryAppliance,
    RecoveryToken,
    seed_protected_computers,
    seed_recovery_appliances,
    seed_recovery_tokens,
)
from ._stats import Stats
from ._tasks import TASK_RESULTS, Task, TaskResult

REFRESH_TOKEN_LIFETIME = 14 * 86400.0
DEFAULT_DOWNLOAD_SIZE = (1 << 20) + 4321
"""Bytes of payload in a recovery media image or a package archive: a little over 1 MiB."""


class FakeVBR:
    """A stateful fake of the VBR REST API (Agents section, login, logout and sessions).

    The same ``seed`` and sizes give the same site. ``app`` is the ASGI application (wrapped in
    fault injection); :meth:`transport` serves it in-process, :meth:`serve` over a real socket.
    Each request is answered in the API revision its ``x-api-version`` names, among ``revisions``
    (default: every revision the client knows); other versions get VBR's 400 listing the accepted
    ones. ``also_accepts`` plays an older server: the revisions it also lists and accepts that no
    document here describes (a VBR 12.2 serving ``revisions=["1.1-rev0"]`` also accepts 1.0-rev1,
    1.0-rev2, 1.1-rev1 and 1.1-rev2), each answered as the served revision nearest below it.
    """

    def __init__(
        self,
        *,
        protection_groups: int = 3,
        entities_per_group: int | Sequence[int] = 1000,
        recovery_tokens: int = 5,
        protected_computers: int = 40,
        recovery_appliances: int = 3,
        agent_backups: int = 12,
        seed: int = 0,
        access_token_lifetime: float = 900.0,
        refresh_token_lifetime: float = REFRESH_TOKEN_LIFETIME,
        session_duration: float = 2.0,
        session_result: SessionResult = "Success",
        users: Iterable[User] = DEFAULT_USERS,
        clock: Callable[[], float] = time.time,
        revisions: Iterable[str] | None = None,
        also_accepts: Iterable[str] = (),
        download_size: int = DEFAULT_DOWNLOAD_SIZE,
    ) -> None:
        self.rules: dict[str, Rules] = served(revisions)
        self.accepted: dict[str, Rules] = accepted(self.rules, also_accepts)
        sizes = (
            [entities_per_group] * protection_groups
            if isinstance(entities_per_group, int)
            else list(entities_per_group)
        )
        self.seed = seed
        self.lock = threading.RLock()
        self.rng = random.Random(seed)
        self._clock = clock
        self._offset = 0.0
        self.session_duration = session_duration
        self.session_result = session_result
        self.download_size = download_size
        self.users = {user.username: user for user in users}
        self.tokens = TokenStore(self.users, access_token_lifetime, refresh_token_lifetime)
        self.groups: dict[str, EntityGroup] = {}
        for size in sizes:
            self.add_group(entities=size)
        self.recovery_tokens: dict[str, RecoveryToken] = seed_recovery_tokens(
            recovery_tokens, self.rng, seed, from_timestamp(clock())
        )
        self.token_numbers = itertools.count(recovery_tokens + 1)
        self.protected_computers: dict[str, dict[str, Any]] = seed_protected_computers(
            protected_computers, list(self.groups.values()), self.rng, seed
        )
        self.recovery_appliances: dict[str, RecoveryAppliance] = seed_recovery_appliances(recovery_appliances, seed)
        self.agent_backups: AgentBackups = seed_agent_backups(agent_backups, list(self.groups.values()), seed)
        self.sessions = SessionBook(self.now)
        self.tasks: dict[str, Task] = {}
        self.faults = Faults()
        self.stats = Stats()
        self.api: ASGIApp = build_app(self)
        self.app: ASGIApp = FaultInjector(
            self.api, faults=lambda: self.faults, stats=self.stats, revoke_all=self.revoke_all_tokens
        )

    @property
    def session_result(self) -> SessionResult:
        """How the sessions that actions start from now on end."""
        return self._session_result

    @session_result.setter
    def session_result(self, result: SessionResult) -> None:
        if result not in SESSION_RESULTS:
            raise ValueError(f"session_result must be one of {', '.join(SESSION_RESULTS)}, got {result!r}")
        self._session_result = result

    @property
    def download_size(self) -> int:
        """Bytes of payload in the files the fake serves from now on: a recovery media image is
        exactly this long, a package archive splits it among its packages (plus its headers).
        Generated while streaming: 2 GiB costs neither memory nor disk."""
        return self._download_size

    @download_size.setter
    def download_size(self, size: int) -> None:
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise ValueError(f"download_size must be an int >= 0, got {size!r}")
        self._download_size = size

    # --- time ----------------------------------------------------------------------------------

    def now(self) -> float:
        """The fake's time in POSIX seconds: the clock plus whatever :meth:`advance` added."""
        return self._clock() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the fake's time forward: tokens expire, sessions progress and finish."""
        with self.lock:
            self._offset += seconds
            self.sessions.settle()

    # --- ids and lookups -----------------------------------------------------------------------

    def new_uuid(self) -> str:
        """A fresh id from the seeded generator."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    @property
    def group_ids(self) -> list[str]:
        """Ids of the protection groups, in creation order."""
        return list(self.groups)

    @property
    def recovery_token_ids(self) -> list[str]:
        """Ids of the recovery tokens."""
        return list(self.recovery_tokens)

    @property
    def protected_computer_ids(self) -> list[str]:
        """Ids of the protected computers."""
        return list(self.protected_computers)

    @property
    def recovery_appliance_ids(self) -> list[str]:
        """Ids of the recovery appliances (every third one is detached: it cannot be rebooted)."""
        return list(self.recovery_appliances)

    def _group(self, group_id: str) -> EntityGroup:
        group = self.groups.get(group_id.lower()) if isinstance(group_id, str) else None
        if group is None:
            raise KeyError(f"no protection group {group_id!r} on this fake; its ids are in fake.group_ids")
        return group

    def entity_ids(self, group_id: str) -> list[str]:
        """Ids of a group's discovered entities in natural order."""
        with self.lock:
            return self._group(group_id).ids()

    def entity(self, group_id: str, entity_id: str) -> Entity | None:
        """A discovered entity as the API would show it now, or None."""
        with self.lock:
            self.sessions.settle()
            group = self._group(group_id)
            slot = group.slot_of(entity_id.lower())
            return None if slot is None else group.get(slot)

    @property
    def revisions(self) -> tuple[str, ...]:
        """The API revisions this fake serves, oldest first."""
        return tuple(self.rules)

    @property
    def accepted_versions(self) -> tuple[str, ...]:
        """Every version the fake accepts in ``x-api-version`` (and lists when it refuses one), oldest first."""
        return tuple(self.accepted)

    def session(self, session_id: str) -> dict[str, Any]:
        """A session as GET /api/v1/sessions/{id} would show it now."""
        with self.lock:
            self.sessions.settle()
            return self._session(session_id).model(self.now())

    def _session(self, session_id: str) -> Session:
        session = self.sessions.sessions.get(str(session_id).lower())
        if session is None:
            raise KeyError(f"no session {session_id!r} on this fake; a discovered-entity action or a reboot starts one")
        return session

    def start_task(
        self, name: str = "Create recovery media", *, duration: float | None = None, result: TaskResult = "Success"
    ) -> str:
        """Start a task (as 1.3-rev2's create-recovery-media call does) and return its id.

        It runs for `duration` seconds of fake time (default: `session_duration`) and ends with `result`.
        """
        if result not in TASK_RESULTS:
            raise ValueError(f"result must be one of {', '.join(TASK_RESULTS)}, got {result!r}")
        with self.lock:
            task = Task(
                str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
                name,
                self.now(),
                self.session_duration if duration is None else duration,
                result,
            )
            self.tasks[task.id] = task
            return task.id

    def require_action(self, session_id: str) -> None:
        """Stop a running session in ActionRequired (an operator must act) until :meth:`resume_session`.

        Revisions whose ESessionState has no ActionRequired show the held session as Working.
        """
        state = ESessionState.ACTIONREQUIRED
        if not any(rules.has_value(ESessionState.__name__, state) for rules in self.rules.values()):
            raise ValueError(f"none of the revisions this fake serves ({', '.join(self.revisions)}) has {state}")
        with self.lock:
            self.sessions.settle()
            self._session(session_id).hold(self.now())

    def resume_session(self, session_id: str) -> None:
        """Let a session held by :meth:`require_action` go on; the time it waited does not count."""
        with self.lock:
            self._session(session_id).release(self.now())

    # --- changing the site ---------------------------------------------------------------------

    def add_group(
        self,
        *,
        entities: int = 0,
        name: str | None = None,
        kind: str | None = None,
        settings: Mapping[str, Any] | None = None,
    ) -> str:
        """Add a protection group with ``entities`` generated entities; returns its id.

        ``kind`` is its ``type`` (by default the seeded groups take turns: IndividualComputers,
        ADObjects, ManuallyAdded; any string, such as one no revision lists, is kept as given) and
        ``settings`` the fields of its kind as the API shows them (default: plausible ones).
        """
        with self.lock:
            index = len(self.groups)
            group = EntityGroup(
                index=index,
                seed=self.seed,
                size=entities,
                name=name,
                kind=kind or SEEDED_KINDS[index % len(SEEDED_KINDS)],
            )
            group.settings = dict(settings) if settings is not None else seed_settings(group)
            self.groups[group.id] = group
            return group.id

    def add_entity(self, group_id: str, **fields: Any) -> Entity:
        """Add an entity: a generated Computer overlaid with ``fields`` (``id``, ``name``, ``type``...)."""
        with self.lock:
            return self._group(group_id).add(fields)

    def set_group_entities(self, group_id: str, entities: Iterable[Mapping[str, Any]]) -> list[Entity]:
        """Replace a group's entities with hand-made ones (see :meth:`add_entity`)."""
        with self.lock:
            group = self._group(group_id)
            group.clear()
            return [group.add(fields) for fields in entities]

    def update_entity(self, group_id: str, entity_id: str, **fields: Any) -> None:
        """Change fields of an entity (None removes a field)."""
        with self.lock:
            group = self._group(group_id)
            slot = group.slot_of(entity_id.lower())
            if slot is None:
                raise KeyError(f"protection group {group_id} has no discovered entity {entity_id!r}")
            group.update(slot, fields)

    # --- tokens --------------------------------------------------------------------------------

    def issue_token(self, username: str = "admin") -> str:
        """A valid access token for ``username`` without a login request (not counted in stats)."""
        with self.lock:
            return self.tokens.issue_for(username, self.now()).access_token

    def headers(self, username: str | None = "admin", *, revision: str | None = None) -> dict[str, str]:
        """Request headers: the API version (the newest served unless ``revision``), and a fresh
        bearer token unless ``username`` is None."""
        headers = {"x-api-version": revision or self.revisions[-1]}
        if username is not None:
            headers["Authorization"] = f"Bearer {self.issue_token(username)}"
        return headers

    def revoke_all_tokens(self) -> int:
        """Revoke every issued token pair (as a VBR restart would); returns how many were live."""
        with self.lock:
            return self.tokens.revoke_all()

    # --- faults --------------------------------------------------------------------------------

    def set_faults(self, **settings: Any) -> Faults:
        """Replace the fault settings (see :class:`Faults`); the rolls restart from ``seed``."""
        self.faults = replace(Faults(seed=self.seed), **settings)
        return self.faults

    def clear_faults(self) -> None:
        """Stop injecting faults."""
        self.faults = Faults(seed=self.seed)

    # --- serving -------------------------------------------------------------------------------

    def transport(self) -> httpx.ASGITransport:
        """An httpx transport that calls the app in-process. The client's read timeout applies to
        each answer as a whole (its latency and slow body included), as a socket's would to a
        server that slow: a test of timeouts needs no real socket."""
        return _TimedASGITransport(app=self.app)

    @contextmanager
    def serve(self, *, tls: bool = False, host: str = "127.0.0.1", port: int = 0) -> Iterator[RunningServer]:
        """Serve over a real socket (a free port by default) in a background thread until exit."""
        with serve(self.app, tls=tls, host=host, port=port) as server:
            yield server

    @contextmanager
    def serve_many(self, count: int, *, tls: bool = False, host: str = "127.0.0.1") -> Iterator[list[RunningServer]]:
        """This one fake on `count` free ports at once (one thread, one CA over TLS), as a fleet of
        servers that share one state: for tests of many clients, each with its own server."""
        with serve_many(self.app, count, tls=tls, host=host) as servers:
            yield servers


class _TimedASGITransport(httpx.ASGITransport):
    """ASGITransport with the request's read timeout (httpx passes it in the request's extensions)
    kept: an answer later than that raises httpx.ReadTimeout, as over a socket."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        read = (request.extensions.get("timeout") or {}).get("read")
        if read is None:
            return await super().handle_async_request(request)
        try:
            async with asyncio.timeout(read):
                return await super().handle_async_request(request)
        except TimeoutError as exc:
            raise httpx.ReadTimeout(f"the fake VBR did not answer within {read} s", request=request) from exc
