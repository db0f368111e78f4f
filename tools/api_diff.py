"""What changed for a client between two revisions of Veeam's Agents section.

    python -m tools.api_diff FROM TO        (make api-diff FROM=1.3-rev1 TO=1.3-rev2)

FROM and TO are revisions (their facts in openapi/veeam/) or paths of published JSON documents.
Prints operations, parameters and responses added, removed or changed; schemas, properties,
required lists and enum values (respelled values shown as renames); and the published examples
of TO that fail TO's own schemas (checked with the OpenAPI 3.0 validator, by discriminator).
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections.abc import Iterator
from typing import Any

from .derive import published_examples, schema_validator, split_discriminated_families
from .spec import Json, agents_section, load, operations


def diff(old: Json, new: Json) -> Iterator[str]:
    """Lines of a report, grouped under headings."""
    old, new = agents_section(old), agents_section(new)
    yield f"# {old['info']['version']} -> {new['info']['version']}"
    yield from _section("Operations", _operation_changes(old, new))
    yield from _section("Schemas", _schema_changes(old["components"]["schemas"], new["components"]["schemas"]))
    yield from _section(f"Examples of {new['info']['version']} that fail its own schemas", _bad_examples(new))


def _section(title: str, lines: Iterator[str]) -> Iterator[str]:
    lines = list(lines)
    yield f"\n## {title} ({len(lines)})"
    yield from lines or ["(none)"]


def _operation_changes(old: Json, new: Json) -> Iterator[str]:
    before = {(path, method): op for path, method, op in operations(old)}
    after = {(path, method): op for path, method, op in operations(new)}
    for key in sorted(after.keys() - before.keys()):
        yield f"+ {key[1].upper()} {key[0]} ({after[key]['operationId']})"
    for key in sorted(before.keys() - after.keys()):
        yield f"- {key[1].upper()} {key[0]} ({before[key]['operationId']})"
    for key in sorted(before.keys() & after.keys()):
        was, now = before[key], after[key]
        label = f"~ {key[1].upper()} {key[0]}"
        if was.get("deprecated") != now.get("deprecated"):
            yield f"{label}: deprecated {bool(now.get('deprecated'))}"
        old_params, new_params = _parameters(was), _parameters(now)
        for name in sorted(new_params.keys() - old_params.keys()):
            required = " (required)" if new_params[name].get("required") else ""
            yield f"{label}: + parameter {name}{required}"
        for name in sorted(old_params.keys() - new_params.keys()):
            yield f"{label}: - parameter {name}"
        for name in sorted(old_params.keys() & new_params.keys()):
            if old_params[name] != new_params[name]:
                yield f"{label}: parameter {name} {old_params[name]} -> {new_params[name]}"
        for status in sorted(now["responses"].keys() - was["responses"].keys()):
            yield f"{label}: + response {status}"
        for status in sorted(was["responses"].keys() - now["responses"].keys()):
            yield f"{label}: - response {status}"
        for status in sorted(was["responses"].keys() & now["responses"].keys()):
            old_shape, new_shape = _shape(was["responses"][status]), _shape(now["responses"][status])
            if old_shape != new_shape:
                yield f"{label}: response {status} {old_shape} -> {new_shape}"
        if _shape(was.get("requestBody", {})) != _shape(now.get("requestBody", {})):
            yield f"{label}: request body {_shape(was.get('requestBody', {}))} -> {_shape(now.get('requestBody', {}))}"


def _parameters(operation: Json) -> dict[str, Json]:
    return {p.get("name") or p["$ref"].rsplit("/", 1)[1]: p for p in operation.get("parameters", [])}


def _shape(body: Json) -> Any:
    """A body's media types and schemas, without examples."""
    if "$ref" in body:
        return body["$ref"].rsplit("/", 1)[1]
    return {media: content.get("schema") for media, content in body.get("content", {}).items()} or "no body"


def _schema_changes(before: Json, after: Json) -> Iterator[str]:
    for name in sorted(after.keys() - before.keys()):
        yield f"+ {name}"
    for name in sorted(before.keys() - after.keys()):
        yield f"- {name}"
    for name in sorted(before.keys() & after.keys()):
        yield from (f"~ {name}{line}" for line in _one_schema(before[name], after[name]))


def _one_schema(was: Json, now: Json, where: str = "") -> Iterator[str]:
    old_props, new_props = _properties(was), _properties(now)
    for prop in sorted(new_props.keys() - old_props.keys()):
        yield f"{where}: + property {prop}"
    for prop in sorted(old_props.keys() - new_props.keys()):
        yield f"{where}: - property {prop}"
    for prop in sorted(old_props.keys() & new_props.keys()):
        if isinstance(old_props[prop], dict) and isinstance(new_props[prop], dict):
            yield from _one_schema(old_props[prop], new_props[prop], f"{where}.{prop}")
    old_required, new_required = _required(was), _required(now)
    if old_required != new_required:
        added, removed = sorted(new_required - old_required), sorted(old_required - new_required)
        yield f"{where}: required" + (f" +{added}" if added else "") + (f" -{removed}" if removed else "")
    if "enum" in was or "enum" in now:
        yield from _enum_changes(was.get("enum", []), now.get("enum", []), where)
    for key in ("type", "format", "$ref", "default", "nullable"):
        if was.get(key) != now.get(key) and not (key == "default" and "enum" in now):
            yield f"{where}: {key} {was.get(key)!r} -> {now.get(key)!r}"
    old_members = [m.get("$ref", "").rsplit("/", 1)[-1] for m in was.get("oneOf", [])]
    new_members = [m.get("$ref", "").rsplit("/", 1)[-1] for m in now.get("oneOf", [])]
    if old_members != new_members:
        added, removed = sorted(set(new_members) - set(old_members)), sorted(set(old_members) - set(new_members))
        yield f"{where}: oneOf +{added} -{removed}"


def _properties(schema: Json) -> Json:
    parts = [schema, *(part for part in schema.get("allOf", []) if "$ref" not in part)]
    return {name: prop for part in parts for name, prop in part.get("properties", {}).items()}


def _required(schema: Json) -> set[str]:
    parts = [schema, *(part for part in schema.get("allOf", []) if "$ref" not in part)]
    return {name for part in parts for name in part.get("required", [])}


def _enum_changes(was: list[Any], now: list[Any], where: str) -> Iterator[str]:
    added = [value for value in now if value not in was]
    removed = [value for value in was if value not in now]
    folded = {str(value).casefold(): value for value in added}
    renamed = {value: folded[str(value).casefold()] for value in removed if str(value).casefold() in folded}
    for old_value, new_value in renamed.items():
        yield f"{where}: enum {old_value!r} renamed {new_value!r}"
    added = [value for value in added if value not in renamed.values()]
    removed = [value for value in removed if value not in renamed]
    if added:
        yield f"{where}: enum + {', '.join(map(str, added))}"
    if removed:
        yield f"{where}: enum - {', '.join(map(str, removed))}"


def _bad_examples(document: Json) -> Iterator[str]:
    split = copy.deepcopy(document)
    split_discriminated_families(split, {})  # the published cycles would make a validator recurse forever
    names = {id(value): name for name, value in _example_values(document)}
    seen = set()
    for value, schema in published_examples(split, [document]):
        problems = sorted({error.message[:120] for error in schema_validator(split, schema).iter_errors(value)})
        if problems and id(value) not in seen:
            seen.add(id(value))
            yield f"{names.get(id(value), '?')}: {'; '.join(problems[:3])}" + (
                f" (+{len(problems) - 3})" if len(problems) > 3 else ""
            )


def _example_values(document: Json) -> Iterator[tuple[str, Any]]:
    for name, example in document["components"].get("examples", {}).items():
        yield name, example.get("value")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", metavar="FROM", help="a revision (e.g. 1.3-rev1) or a published JSON document")
    parser.add_argument("new", metavar="TO", help="a revision (e.g. 1.3-rev2) or a published JSON document")
    args = parser.parse_args(argv)
    for line in diff(load(args.old), load(args.new)):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
