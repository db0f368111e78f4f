"""Secrets come from the document: one rule marks them in every revision, and only them.

The rule and intent.yaml's exceptions to it; every secret field of every revision's facts marked
`x-secret` in the document, nothing else marked, and the client's SECRET_FIELDS read from the marks."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from conftest import REVISIONS, SPEC_PATH
from secret_helpers import DECLARED, EXCEPTIONS, holders, in_document, secret_fields

from tools import derive
from tools.spec import load
from veeam_agents_client.api import SECRET_FIELDS


def _at(node: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        node = node[key]
    return node


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("password", True),
        ("rootPassword", True),
        ("root_password", True),
        ("passphrase", True),
        ("privateKey", True),
        ("private_key", True),
        ("secretKey", True),
        ("accessKey", True),
        ("APIKey", True),
        ("clientSecret", True),
        ("secret", True),
        ("token", True),
        ("access_token", True),
        ("refresh_token", True),
        ("recoveryToken", True),
        ("vbr_token", True),
        ("tokenValue", True),  # how it is held does not change what it is
        ("passwordHash", True),
        ("SMTPPassword", True),
        ("credentials", True),
        ("tokenType", False),  # the head word decides: a type, a lifetime, a date, a flag
        ("token_type", False),
        ("expiresIn", False),
        ("expires_in", False),
        ("tokenExpiresIn", False),
        ("passwordExpirationDate", False),
        ("use_short_term_refresh", False),
        ("publicKey", False),
        ("keyId", False),
        ("key", False),
        ("verificationPhrase", False),  # shown to an operator to compare, not a credential
        ("credentialsId", False),
        ("passwordless", False),  # a word is matched whole, not inside another word
        ("tokens", True),  # a plural counts as its singular
        ("privateKeys", True),
        ("value", False),
        ("", False),
    ],
)
def test_the_name_rule(name: str, secret: bool) -> None:
    assert derive.secret_name(name) is secret


@pytest.mark.parametrize(
    ("name", "schema", "secret"),
    [
        ("password", {"type": "string"}, True),
        ("anything", {"type": "string", "format": "password"}, True),  # the format says so, whatever the name
        ("passwords", {"type": "array", "items": {"type": "string"}}, True),  # a list of strings holds text
        ("apiTokens", {"type": "array", "items": {"type": "string"}}, True),
        ("tokens", {"type": "array", "items": {"$ref": "#/components/schemas/TokenModel"}}, False),
        ("secret", {}, True),  # any value holds text too
        ("hasPassword", {"type": "boolean"}, False),  # a flag, a number, an object cannot be the secret
        ("useCustomCredentials", {"type": "boolean"}, False),
        ("customCredentials", {"$ref": "#/components/schemas/LinuxCredentialsSpec"}, False),
        ("token", {"type": "integer"}, False),
        ("secret", {"type": "object", "properties": {"password": {"type": "string"}}}, False),
        ("token", {"$ref": "#/components/schemas/TokenModel"}, False),
    ],
)
def test_the_rule_marks_what_can_hold_a_secret(name: str, schema: dict[str, Any], secret: bool) -> None:
    assert derive.secret_by_rule(name, schema) is secret


def test_every_exception_has_its_reason_and_changes_something() -> None:
    """intent.yaml lists only the rule's exceptions; one that changes nothing is reported, and one
    without a reason stops the derivation."""
    document = yaml.safe_load(SPEC_PATH.read_text())
    assert EXCEPTIONS["add"] and derive.stale_secret_exceptions(document, DECLARED) == []
    stale = copy.deepcopy(DECLARED)
    stale["secrets"]["add"]["TokenModel"] = {"access_token": "already marked by the rule"}
    stale["secrets"]["remove"]["TokenModel"] = {"token_type": "never marked", "no_such": "not there"}
    assert derive.stale_secret_exceptions(document, stale) == [
        "secrets/add/TokenModel/access_token",
        "secrets/remove/TokenModel/token_type",
        "secrets/remove/TokenModel/no_such",
    ]
    stale["secrets"]["add"]["TokenModel"] = {"token_type": ""}
    with pytest.raises(ValueError, match="secrets/add/TokenModel/token_type needs its reason"):
        derive.stale_secret_exceptions(document, stale)


def test_exceptions_add_and_remove_marks() -> None:
    """`add` marks what the rule misses, `remove` unmarks a false positive, in every part of a schema."""
    document = {
        "paths": {},
        "components": {
            "schemas": {
                "Login": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {"properties": {"pin": {"type": "string"}, "tokenUrl": {"type": "string"}}},
                    ],
                    "properties": {"nested": {"type": "object", "properties": {"sessionToken": {"type": "string"}}}},
                },
            }
        },
    }
    intent = {"secrets": {"add": {"Login": {"pin": "a PIN"}}, "remove": {"Login": {"sessionToken": "a name"}}}}
    derive.mark_secrets(document, intent)
    login = document["components"]["schemas"]["Login"]
    assert login["allOf"][1]["properties"]["pin"] == {"type": "string", "x-secret": True}
    assert "x-secret" not in login["allOf"][1]["properties"]["tokenUrl"]
    assert "x-secret" not in login["properties"]["nested"]["properties"]["sessionToken"]
    del intent["secrets"]["remove"]["Login"]
    derive.mark_secrets(document, intent)
    assert login["properties"]["nested"]["properties"]["sessionToken"]["x-secret"] is True


# -- every revision's secrets, marked ------------------------------------------------------------


def test_the_walk_finds_the_known_secrets() -> None:
    """The walk itself is not blind: the credentials the client sends and the tokens it reads."""
    found = {(schema, name) for schema, _, name in secret_fields(load(REVISIONS[-1]))}
    assert {
        ("LinuxCredentialsSpec", "password"),
        ("LinuxCredentialsSpec", "privateKey"),
        ("LinuxCredentialsSpec", "passphrase"),
        ("LinuxCredentialsSpec", "rootPassword"),
        ("StandardCredentialsSpec", "password"),
        ("TokenModel", "access_token"),
        ("TokenModel", "refresh_token"),
        ("TokenLoginSpec", "code"),
    } <= found
    assert not {("TokenModel", "token_type"), ("TokenModel", "expires_in")} & found


def test_every_secret_of_every_revision_is_marked_in_the_document(facts: dict[str, Any], spec: dict[str, Any]) -> None:
    fields = in_document(secret_fields(facts), spec)
    assert fields
    schemas = spec["components"]["schemas"]
    unmarked = [field for field in fields if _at(schemas[field[0]], field[1])["properties"][field[2]].get("x-secret")
                is not True]  # fmt: skip
    assert unmarked == []


def test_the_document_marks_nothing_else(spec: dict[str, Any]) -> None:
    """Every mark comes from the rule (or a declared exception) applied to some revision."""
    expected = {(schema, name) for revision in REVISIONS for schema, _, name in secret_fields(load(revision))}
    marked = {
        (schema_name, name)
        for schema_name, schema in spec["components"]["schemas"].items()
        for _, holder in holders(schema, ())
        for name, prop in holder["properties"].items()
        if prop.get("x-secret")
    }
    assert marked == {field for field in expected if field[0] in spec["components"]["schemas"]}


def test_secret_fields_come_from_the_document(spec: dict[str, Any]) -> None:
    marked = {
        name: {
            field
            for part in [model, *model.get("allOf", [])]
            for field, schema in part.get("properties", {}).items()
            if schema.get("x-secret") is True
        }
        for name, model in spec["components"]["schemas"].items()
    }
    assert {name: frozenset(fields) for name, fields in marked.items() if fields} == SECRET_FIELDS
    assert {"access_token", "refresh_token"} <= SECRET_FIELDS["TokenModel"]
    assert "recoveryToken" in SECRET_FIELDS["ComputerRecoveryTokenModel"]
    assert "password" in SECRET_FIELDS["TokenLoginSpec"]
