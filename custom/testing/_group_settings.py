"""The settings of protection groups (1.3-rev1): plausible ones for the seeded groups, the group as
a revision shows it, and what a rescan discovers from them.

A group keeps its settings as JSON (the fields of its kind as the API shows them, secrets dropped:
VBR keeps them and never shows them); a rescan, when its session ends, adds what they name
(computers, servers, AD objects, cloud machines) as discovered entities.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Mapping
from typing import Any

from ..revisions import PROPERTIES
from ._bodies import document
from ._data import ZERO_UUID, stable_uuid
from ._entities import SITES, EntityGroup
from ._revisions import Rules, covers

SEEDED_KINDS = ("IndividualComputers", "ADObjects", "ManuallyAdded")
# The AD credentials' master settings: older revisions require masterCredentialsId, newer ones
# masterConnectionType (which older ones lack); a group made in either shows a default for the other.
AD_CREDENTIAL_DEFAULTS = {"masterCredentialsId": ZERO_UUID, "masterConnectionType": "PermanentCredentials"}


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
    """A group as the revision shows it: without the fields, at any depth, that the revision's
    models lack (a group made in a newer revision keeps them, and shows them there only)."""
    base = {"id": group.id, "name": group.name, "description": group.description, "type": group.kind}
    body: dict[str, Any] = as_revision(rules, base | {"isDisabled": group.disabled} | group.settings, GROUP)
    return body


GROUP = {"$ref": "#/components/schemas/ProtectionGroup"}


def as_revision(rules: Rules, value: Any, schema: Mapping[str, Any]) -> Any:
    """``value`` (JSON, as ``schema`` of the document describes it) without the properties the
    revision lacks, all through: by the schemas, so a name newer in one model (``connectionType``
    of AD credentials) and old in another (of a computer) is judged where it stands."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return _as_model(rules, value, name)
    if isinstance(value, list) and "items" in schema:
        return [as_revision(rules, item, schema["items"]) for item in value]
    return value


def _as_model(rules: Rules, value: Any, name: str) -> Any:
    schema = document()["components"]["schemas"][name]
    kinds = schema.get("discriminator", {})
    if "oneOf" in schema:  # a family: the member its discriminator names (an unknown kind stays as sent)
        member = kinds.get("mapping", {}).get(value.get(kinds["propertyName"])) if isinstance(value, dict) else None
        return value if member is None else as_revision(rules, value, {"$ref": member})
    if not isinstance(value, dict):
        return as_revision(rules, value, schema)
    declared = _declared(name)
    shown = {}
    for key, item in value.items():
        if key not in declared:  # not the document's: as it was kept
            shown[key] = item
            continue
        prop_schema, span = declared[key]
        if span is None or covers(span, rules.revision):
            shown[key] = as_revision(rules, item, prop_schema)
    return shown


@functools.cache
def _declared(name: str) -> dict[str, tuple[Mapping[str, Any], tuple[str | None, str | None] | None]]:
    """{property: (its schema, the span of revisions that have it, or None)} of a model, with the
    properties of the models it extends (allOf)."""
    schema = document()["components"]["schemas"][name]
    found: dict[str, tuple[Mapping[str, Any], tuple[str | None, str | None] | None]] = {}
    for part in [schema, *schema.get("allOf", [])]:
        if "$ref" in part:
            found |= _declared(part["$ref"].rsplit("/", 1)[1])
        for prop, prop_schema in part.get("properties", {}).items():
            found[prop] = (prop_schema, PROPERTIES.get(name, {}).get(prop))
    return found


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
