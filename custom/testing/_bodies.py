"""Request bodies, checked against the document's own schemas by an independent validator.

A JSON body is read as VBR reads it: one that is not a JSON object, or that the operation's
request schema refuses, is a 400 naming each field at fault. The schemas are the document's (``openapi.json``,
written next to the generated code); the validator is openapi-schema-validator's OAS 3.0 dialect
(``nullable``, ``discriminator``, the formats), not the client's own checks, so a mistake the
generated models and the client's argument checks share cannot hide behind the fake. Fields the
document does not declare pass, as VBR ignores them.
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import json
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from openapi_schema_validator import OAS30Validator

from ..revisions import ROUTES
from ._errors import bad_request

PACKAGE = __name__.rsplit(".", 2)[0]
"""The package the fake belongs to (``veeam_agents_client``, or a vendored copy's name)."""
CHECKED_FORMATS = ("int32", "int64", "float", "double", "byte", "date", "date-time", "uuid")
"""OAS 3.0's formats, and ``uuid`` (VBR reads those fields as GUIDs). Not ``time``: the document's
schedule times are VBR's "21:00", which JSON Schema's time format refuses."""


@functools.cache
def document() -> dict[str, Any]:
    """The OpenAPI document the package was generated from."""
    text = importlib.resources.files(PACKAGE).joinpath("openapi.json").read_text(encoding="utf-8")
    found: dict[str, Any] = json.loads(text)
    return found


def read_json(operation: str, body: bytes, kinds: Collection[str] | None = None) -> dict[str, Any]:
    """The body of a request for ``operation`` (its key in the revision table), checked against the
    document. The body of a discriminated family must be of one of ``kinds`` (the kinds the
    request's revision has; None: every kind the document lists)."""
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise bad_request("The request body is not valid JSON.") from None
    if not isinstance(value, dict):
        raise bad_request("The request body must be a JSON object.")
    kind = None
    family = _family(operation)
    if family is not None:
        field, mapping = family
        allowed = [known for known in mapping if kinds is None or known in kinds]
        kind = value.get(field)
        if kind not in allowed:
            raise bad_request(f"The field {field} must be one of {', '.join(allowed)}: {kind!r}.")
    errors = [message(error) for error in _validator(operation, kind).iter_errors(value)]
    if errors:
        raise bad_request(" ".join(dict.fromkeys(errors)))
    return value


def check_query(operation: str, query: Mapping[str, str]) -> None:
    """A 400 for a query value outside the values the document lists for that parameter (an enum,
    in any case, as the handlers read them), as VBR answers a filter it cannot read."""
    for name, values in _query_enums(operation).items():
        value = query.get(name)
        if value is not None and value.strip().casefold() not in {known.casefold() for known in values}:
            raise bad_request(f"The query parameter {name} must be one of {', '.join(values)}.", code="InvalidURI")


@functools.cache
def _query_enums(operation: str) -> dict[str, list[str]]:
    """The operation's query parameters whose schema is an enum, with its values."""
    method, path = ROUTES[operation]
    parameters = document()["paths"][path][method.lower()].get("parameters", [])
    found = {}
    for parameter in parameters:
        parameter = _resolved_parameter(parameter)
        schema = _resolved(parameter.get("schema", {}))
        if parameter.get("in") == "query" and "enum" in schema:
            found[parameter["name"]] = [str(value) for value in schema["enum"]]
    return found


def _resolved_parameter(parameter: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in parameter:
        found: dict[str, Any] = document()["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        return found
    return parameter


def _request_schema(operation: str) -> dict[str, Any]:
    method, path = ROUTES[operation]
    body = document()["paths"][path][method.lower()].get("requestBody")
    if body is None or "application/json" not in body["content"]:
        raise LookupError(f"the document gives {operation} no JSON request body")
    schema: dict[str, Any] = body["content"]["application/json"]["schema"]
    return schema


def _resolved(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _family(operation: str) -> tuple[str, dict[str, str]] | None:
    """(discriminator field, kind -> member schema) when the operation takes one of a family."""
    schema = _resolved(_request_schema(operation))
    discriminator = schema.get("discriminator")
    if "oneOf" not in schema or discriminator is None:
        return None
    return discriminator["propertyName"], discriminator["mapping"]


@functools.cache
def _validator(operation: str, kind: str | None) -> Any:
    """The validator of the operation's body (of the member of ``kind`` in a family); built once."""
    schema = _request_schema(operation)
    if kind is not None:
        family = _family(operation)
        assert family is not None
        schema = {"$ref": family[1][kind]}
    return OAS30Validator({**schema, "components": document()["components"]}, format_checker=_format_checker())


@functools.cache
def _format_checker() -> Any:
    """The OAS 3.0 dialect's format checker, limited to :data:`CHECKED_FORMATS` (a copy: the
    library's own stays as it is)."""
    dialect = OAS30Validator.FORMAT_CHECKER
    checker = copy.copy(dialect)
    checker.checkers = {name: dialect.checkers[name] for name in CHECKED_FORMATS}
    return checker


def message(error: Any) -> str:
    """A 400's message for a validation error: the field by its JSON path, and what the document
    wants there. The value sent is never shown (it may be a password)."""
    path = _path(error.absolute_path)
    where = f"The field {path}" if path else "The request body"
    if error.validator == "required":
        missing = next(name for name in error.validator_value if name not in error.instance)
        return f"The field {_path([*error.absolute_path, missing])} is required."
    if error.validator == "uniqueItems":
        return f"{where} lists an item twice."
    return f"{where} is invalid: {_wanted(error)}."


def _path(parts: Iterable[str | int]) -> str:
    """``computers[0].hostName`` for the parts ("computers", 0, "hostName")."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else part
    return text


def _wanted(error: Any) -> str:
    wanted, rule = error.validator_value, error.validator
    if rule == "type":
        return f"expected {wanted}, got {_json_type(error.instance)}"
    if rule == "format":
        return f"expected a {wanted}"
    if rule == "enum":
        return f"expected one of {', '.join(map(str, wanted))}"
    if rule in ("oneOf", "anyOf", "allOf", "not"):
        discriminator = error.schema.get("discriminator") if isinstance(error.schema, dict) else None
        if discriminator is not None:
            kinds = ", ".join(discriminator.get("mapping", {}))
            return f"expected its {discriminator['propertyName']} to be one of {kinds}"
        return f"it fits none of the document's choices there ({rule})"
    return f"it breaks the document's {rule}: {wanted!r}"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    kinds = {str: "string", int: "integer", float: "number", list: "array", dict: "object"}
    return next((name for kind, name in kinds.items() if isinstance(value, kind)), type(value).__name__)
