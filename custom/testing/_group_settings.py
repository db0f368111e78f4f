"""The settings of protection groups (1.3-rev1): plausible ones for the seeded groups, the group as
a revision shows it, and what a rescan discovers from them.

A group keeps its settings as JSON (the fields of its kind as the API shows them, secrets dropped:
VBR keeps them and never shows them); a rescan, when its session ends, adds what they name
(computers, servers, AD objects, cloud machines) as discovered entities.
"""

from __future__ import annotations

import functools
import zlib
from typing import Any

import attrs

from .. import models
from ..revisions import PROPERTIES
from ._data import ZERO_UUID, stable_uuid
from ._entities import SITES, EntityGroup
from ._revisions import Rules, covers

SEEDED_KINDS = ("IndividualComputers", "ADObjects", "ManuallyAdded")
# Older revisions require the AD credentials' masterCredentialsId: a group made without one shows a
# default. Their masterConnectionType is newer, but the document cannot mark a $ref property with
# the revision that added it (no revision table knows it), so the fake keeps none: every revision
# can then read every group.
AD_CREDENTIAL_DEFAULTS = {"masterCredentialsId": ZERO_UUID}
UNMARKED_NEWER = frozenset({"masterConnectionType"})


def seed_settings(group: EntityGroup) -> dict[str, Any]:
    """Plausible settings of a seeded group of ``group.kind``."""
    site = SITES[group.index % len(SITES)]
    credentials = {"connectionType": "PermanentCredentials", "credentialsId": group.credentials_id}
    if group.kind == "IndividualComputers":
        hosts = [f"{site}-app{number:02d}.corp.example.com" for number in (1, 2)]
        return {
            "computers": [{"hostName": host} | credentials for host in hosts],
            "options": {"installCBTDriver": True},
        }
    if group.kind == "ADObjects":
        ou = f"OU-{site.upper()}"
        return {
            "activeDirectory": {
                "domainControllerSettings": {
                    "id": group.domain_id,
                    "name": "corp.example.com",
                    "serverName": "dc01.corp.example.com",
                    "port": 389,
                    "credentialsId": group.credentials_id,
                },
                "objects": [
                    {
                        "id": stable_uuid("ad-ou", group.id),
                        "fullName": f"corp.example.com/{ou}",
                        "domainId": group.domain_id,
                        "distinguishedName": f"OU={ou},DC=corp,DC=example,DC=com",
                        "type": "OrganizationUnit",
                    }
                ],
            },
            "credentials": AD_CREDENTIAL_DEFAULTS
            | {"useCustomCredentials": False, "masterCredentialsId": group.credentials_id},
        }
    return {}


def group_body(rules: Rules, group: EntityGroup) -> dict[str, Any]:
    """A group as the revision shows it (without the nested fields the revision lacks)."""
    base = {"id": group.id, "name": group.name, "description": group.description, "type": group.kind}
    body: dict[str, Any] = without(base | {"isDisabled": group.disabled} | group.settings, _lacking(rules))
    return body


def _lacking(rules: Rules) -> frozenset[str]:
    """JSON names the revision lacks in every model that has a field of that name: a group body
    nests many models, and a name newer in one of them (``connectionType`` of AD credentials) may be
    old in another (``connectionType`` of a computer), which must stay."""
    lacking: dict[str, set[str]] = {}
    for schema, spans in PROPERTIES.items():
        for name, span in spans.items():
            if not covers(span, rules.revision):
                lacking.setdefault(name, set()).add(schema)
    return frozenset(name for name, schemas in lacking.items() if _holders(_plain(name)) <= schemas)


def _plain(name: str) -> str:
    """A field name with case and underscores dropped: a JSON name and its attribute read the same."""
    return name.replace("_", "").lower()


@functools.cache
def _holders(plain: str) -> frozenset[str]:
    """The generated models that have a field of this (plain) name."""
    return frozenset(
        name
        for name in models.__all__
        if attrs.has(model := getattr(models, name)) and any(_plain(f.name) == plain for f in attrs.fields(model))
    )


def without(value: Any, names: frozenset[str]) -> Any:
    """``value`` (JSON) without the object fields of these names, all through."""
    if isinstance(value, dict):
        return {key: without(item, names) for key, item in value.items() if key not in names}
    if isinstance(value, list):
        return [without(item, names) for item in value]
    return value


def discover(group: EntityGroup) -> None:
    """What a rescan finds: the entities the group's settings name that it does not have yet."""
    settings = group.settings
    found: list[tuple[str, str]] = [
        ("Computer", computer["hostName"]) for computer in settings.get("computers", []) + settings.get("servers", [])
    ]
    found += [("ActiveDirectory", ad["fullName"]) for ad in settings.get("activeDirectory", {}).get("objects", [])]
    if "file" in settings:  # a CSV file: the names it lists (the fake reads no file: a few made-up ones)
        path = settings["file"]["path"]
        names = settings.get("computerNames") or [f"csv{zlib.crc32(path.encode()) % 1000:03d}-{n}" for n in range(3)]
        found += [("Computer", name) for name in names]
    for item in settings.get("cloudMachines", []):
        name = item.get("name") or item.get("objectId") or "cloud"
        found += (
            [("Computer", name)] if item.get("type") == "Machine" else [("Computer", f"{name}-vm{n}") for n in (1, 2)]
        )
    known = group.names()
    for kind, name in dict.fromkeys(found):
        if name not in known:
            group.add({"type": kind, "name": name})
