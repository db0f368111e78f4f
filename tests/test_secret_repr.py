"""Secrets never show in a model's repr or str: every marked field of every revision, in a model inside
another or a list, in what a model keeps unknown, under a nesting too deep to walk, and in the error
naming a field that does not read."""

from __future__ import annotations

import sys
from typing import Any

import attrs
import pytest
from openapi_python_client.strings import ClassName, PythonIdentifier
from secret_helpers import Field, canary, in_document, secret_fields

from veeam_agents_client import models
from veeam_agents_client.errors import ResponseFieldError
from veeam_agents_client.models import (
    EAuthenticationType,
    EIndividualComputerConnectionType,
    IndividualComputerContainerModel,
    IndividualComputersProtectionGroupSpec,
    LinuxCredentialsSpec,
)


def model_with(fields: list[Field]) -> Any:
    """An instance of the generated model of the fields' schema: the secrets hold canaries, every
    other attribute a visible value, and `additional_properties` the secrets again (what an unknown
    kind read as its family's base keeps), nested in a dict and a list."""
    schema = fields[0][0]
    for _, path, name in fields:  # a nested inline object would be a model of its own
        assert all(key == "allOf" or isinstance(key, int) for key in path), (schema, path, name)
    model = getattr(models, ClassName(schema, "field_"))
    secrets = {str(PythonIdentifier(name, "field_")): canary(field) for field in fields for name in [field[2]]}
    attributes = [field.name for field in attrs.fields(model) if field.name != "additional_properties"]
    assert set(secrets) <= set(attributes), (schema, secrets, attributes)
    instance = model(**{name: secrets.get(name, f"visible-{name}") for name in attributes})
    unknown = {name: canary(field) for field in fields for name in [field[2]]}
    instance.additional_properties = {**unknown, "nested": {"list": [unknown]}, "visible": "visible-extra"}
    return instance


def by_schema(fields: dict[Field, dict[str, Any]]) -> dict[str, list[Field]]:
    grouped: dict[str, list[Field]] = {}
    for field in fields:
        grouped.setdefault(field[0], []).append(field)
    return grouped


def test_every_secret_is_hidden_in_its_models_repr_and_str(facts: dict[str, Any], spec: dict[str, Any]) -> None:
    """Also when the model sits inside another model or a list, and in what it keeps unknown."""
    for fields in by_schema(in_document(secret_fields(facts), spec)).values():
        instance = model_with(fields)
        holder = models.EmptySuccessResponse(additional_properties={"items": [instance]})
        for text in (repr(instance), str(instance), repr([instance]), repr(holder), str({"x": instance})):
            assert "CANARY" not in text, text
            assert "visible-" in text and text.count("<redacted>") >= 3 * len(fields), text


def test_secrets_inside_a_typed_model_tree_are_hidden() -> None:
    """A protection group spec holds credentials in a list of computers: its repr shows none."""
    credentials = LinuxCredentialsSpec(
        username="root",
        authentication_type=EAuthenticationType.PASSWORD,
        password="CANARY-pw",
        private_key="CANARY-key",
        passphrase="CANARY-phrase",
        root_password="CANARY-root",
    )
    computer = IndividualComputerContainerModel(
        host_name="lnx01",
        connection_type=EIndividualComputerConnectionType.SINGLEUSECREDENTIALS,
        single_use_credentials=credentials,
    )
    group = IndividualComputersProtectionGroupSpec(name="g", description="", computers=[computer, computer])
    for text in (repr(group), str(group), repr(group.computers)):
        assert "CANARY" not in text and text.count("<redacted>") == 8 and "lnx01" in text, text


def test_a_group_of_an_unknown_kind_keeps_its_credentials_hidden() -> None:
    """A protection group of a kind this revision does not list reads as the base model, its
    computers (with their credentials) kept as sent in `additional_properties`: repr hides them."""
    group = models.ProtectionGroupModel.from_dict(
        {
            "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
            "name": "next",
            "description": "",
            "type": "KindOfTheNextRevision",
            "computers": [{"hostName": "lnx01", "singleUseCredentials": {"type": "Linux", "rootPassword": "CANARY"}}],
        }
    )
    assert type(group) is models.ProtectionGroupModel and group.additional_properties["computers"]
    for text in (repr(group), str(group), repr([group])):
        assert "CANARY" not in text and "<redacted>" in text and "lnx01" in text, text


def test_a_value_too_deep_to_walk_is_not_shown_rather_than_failing() -> None:
    """Hiding secrets walks what a model keeps; a hostile nesting deeper than Python's recursion
    limit is left out of the repr instead of raising RecursionError from repr or str."""
    deep: list[Any] = ["CANARY"]
    for _ in range(sys.getrecursionlimit() * 2):
        deep = [deep]
    session = models.EmptySuccessResponse(additional_properties={"password": "CANARY", "deep": deep})
    text = repr(session)
    assert "nested too deep to show" in text and "CANARY" not in text


@pytest.mark.parametrize(
    ("model", "body"),
    [
        (models.TokenModel, {"access_token": 1234567, "token_type": "bearer", "refresh_token": "r", "expires_in": 1}),
        (
            models.IndividualComputerContainerModel,
            {
                "hostName": "h",
                "connectionType": "SingleUseCredentials",
                "singleUseCredentials": [{"password": "CANARY"}],
            },
        ),
    ],
)
def test_a_field_that_does_not_read_shows_no_secret(model: Any, body: dict[str, Any]) -> None:
    """The error naming a field that does not read shows its value, but not a secret field's, nor
    a secret inside the object or list it was (str and repr)."""
    with pytest.raises(ResponseFieldError) as caught:
        model.from_dict(body)
    for text in (str(caught.value), repr(caught.value)):
        assert "<redacted>" in text and "CANARY" not in text and "1234567" not in text, text
