"""The API revisions a fake serves, and what each one has, read from the generated revision table.

A request names its revision in ``x-api-version``; :class:`Rules` then answers what the app asks
of it: whether the revision has the operation, which success status it answers, which query
parameters it knows, how it spells an enum value, whether it has a value at all, and which
properties its bodies carry. No revision is named here: everything comes from ``revisions.py``,
which ``make generate`` writes from the document's marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .._revisions import revision_key
from ..revisions import (
    ENUM_SPELLINGS,
    ENUM_VALUES,
    OPERATIONS,
    PROPERTIES,
    QUERY_PARAMETERS,
    REVISIONS,
    SUCCESS_STATUSES,
)
from ._errors import bad_request

_WORD_START = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def module_name(operation_id: str) -> str:
    """The table's key of an operation: its generated module ("InstallCBTDriverOn..." -> "install_cbt_driver_on...")."""
    return _WORD_START.sub("_", operation_id).lower()


def covers(span: tuple[str | None, str | None], revision: str) -> bool:
    """Whether ``revision`` lies in a span of the table (None: open on that side)."""
    since, until = span
    index = REVISIONS.index(revision)
    return (since is None or REVISIONS.index(since) <= index) and (until is None or index <= REVISIONS.index(until))


@dataclass(frozen=True)
class Rules:
    """What one revision has, for the requests that name it."""

    revision: str

    def has_operation(self, module: str) -> bool:
        return covers(OPERATIONS[module], self.revision)

    def success_status(self, module: str) -> int:
        """The status the revision answers a successful call with (create recovery token: 200, later 201)."""
        return next(status for status, span in SUCCESS_STATUSES[module].items() if covers(span, self.revision))

    def known_query(self, module: str, query: Mapping[str, str]) -> dict[str, str]:
        """The query without the parameters the revision lacks: VBR ignores parameters it does not know."""
        spans = QUERY_PARAMETERS.get(module, {})
        return {name: value for name, value in query.items() if name not in spans or covers(spans[name], self.revision)}

    def spell(self, enum: str, value: str) -> str:
        """``value`` of the generated enum ``enum`` as the revision writes it (grant types: password/Password)."""
        return ENUM_SPELLINGS.get(enum, {}).get(self.revision, {}).get(value, value)

    def has_parameter(self, module: str, name: str) -> bool:
        """Whether the revision's operation has the query parameter (allowRemoteBmr only from 1.3-rev2)."""
        span = QUERY_PARAMETERS.get(module, {}).get(name)
        return span is None or covers(span, self.revision)

    def has_value(self, enum: str, value: str) -> bool:
        """Whether the revision's ``enum`` has ``value`` (ESessionState has ActionRequired only lately)."""
        span = ENUM_VALUES.get(enum, {}).get(value)
        return span is None or covers(span, self.revision)

    def shape(self, body: dict[str, Any], *schemas: str) -> dict[str, Any]:
        """``body`` (of the named schemas) without the properties the revision does not have."""
        for schema in schemas:
            for name, span in PROPERTIES.get(schema, {}).items():
                if name in body and not covers(span, self.revision):
                    del body[name]
        return body


def served(revisions: Iterable[str] | None) -> dict[str, Rules]:
    """The rules of each revision a fake serves, oldest first (None: every revision of the table)."""
    if isinstance(revisions, str):
        raise TypeError("revisions must be a collection of revisions, not one string")
    chosen = REVISIONS if revisions is None else tuple(revisions)
    unknown = [revision for revision in chosen if revision not in REVISIONS]
    if unknown or not chosen:
        raise ValueError(f"revisions must name some of {', '.join(REVISIONS)}; got {list(chosen)!r}")
    return {revision: Rules(revision) for revision in REVISIONS if revision in chosen}


def accepted(rules: Mapping[str, Rules], also_accepts: Iterable[str]) -> dict[str, Rules]:
    """Every version a fake accepts, oldest first, with the rules that answer it.

    Besides the revisions it serves, a real server accepts revisions no document here describes
    (a VBR 12.2 lists v1.0-rev1 to v1.1-rev2): each of those is answered by the served revision
    nearest below it (the oldest served one for a revision older than all of them). A revision of
    the table belongs in ``revisions``, where the fake serves it as it is.
    """
    if isinstance(also_accepts, str):
        raise TypeError("also_accepts must be a collection of revisions, not one string")
    others = list(also_accepts)
    for version in others:
        try:
            revision_key(version)
        except (TypeError, ValueError):
            raise ValueError(f"also_accepts must name API revisions such as 1.1-rev2; got {version!r}") from None
    known = [version for version in others if version in REVISIONS]
    if known:
        raise ValueError(
            f"also_accepts names revisions this fake can serve ({', '.join(known)}): put them in revisions"
        )
    answered = dict(rules)  # oldest first, as served() orders them
    for version in others:
        below = [revision for revision in rules if revision_key(revision) <= revision_key(version)]
        answered[version] = rules[below[-1] if below else next(iter(rules))]
    return {version: answered[version] for version in sorted(answered, key=revision_key)}


def rules_for(version: str | None, rules: Mapping[str, Rules]) -> Rules:
    """The rules of the version a request names, else VBR's 400 listing the accepted ones."""
    found = rules.get(version or "")
    if found is None:
        supported = ", ".join(f"v{revision}" for revision in rules)
        raise bad_request(f"Unsupported RESTAPI version. The following versions are supported: {supported}.")
    return found
