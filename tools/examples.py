"""Veeam's published examples, and a validator that checks them against the document's schemas.

Part of `tools.derive` (a required field that Veeam's own examples omit is relaxed); the tests
check the same examples against the derived document.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import validators
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator

from .spec import Json, operations, ref_name


def _discriminated_one_of(validator: Any, one_of: Any, instance: Any, schema: Json) -> Iterator[ValidationError]:
    """oneOf that honours the OpenAPI discriminator: a payload is checked against the member it names."""
    discriminator = schema.get("discriminator", {})
    mapping = discriminator.get("mapping", {})
    if isinstance(instance, dict) and instance.get(discriminator.get("propertyName")) in mapping:
        yield from validator.descend(instance, {"$ref": mapping[instance[discriminator["propertyName"]]]})
        return
    yield from validators.Draft4Validator.VALIDATORS["oneOf"](validator, one_of, instance, schema)


DiscriminatingValidator = validators.extend(OAS30Validator, {"oneOf": _discriminated_one_of})


def schema_validator(document: Json, schema: Json) -> Any:
    """A validator for one schema of the document (its $refs resolved within the document)."""
    return DiscriminatingValidator({**schema, "components": document["components"]})


def example_errors(validator: Any, instance: Any) -> Iterator[ValidationError]:
    for error in validator.iter_errors(instance):
        yield error
        yield from error.context or ()


def published_examples(document: Json, revisions: list[Json]) -> Iterator[tuple[Any, Json]]:
    """(example value, schema) for every example Veeam attached to a body, in every revision given.

    Each example is paired with the schema of the same operation and media type in `document`.
    """
    for published in revisions:
        for path, method, operation in operations(published):
            ours = document["paths"].get(path, {}).get(method)
            if ours is None:
                continue
            bodies = [(("requestBody",), operation.get("requestBody", {}))]
            bodies += [(("responses", status), response) for status, response in operation["responses"].items()]
            for where, body in bodies:
                for media, content in body.get("content", {}).items():
                    schema = _follow(ours, where)
                    schema = schema.get("content", {}).get(media, {}).get("schema") if schema else None
                    for example in content.get("examples", {}).values():
                        if schema is not None and "$ref" in example:
                            yield published["components"]["examples"][ref_name(example["$ref"])[1]].get("value"), schema


def _follow(operation: Json, where: tuple[str, ...]) -> Json | None:
    node: Any = operation
    for key in where:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) and "$ref" not in node else None
