"""Read every revision into one document: what each revision has, as revision marks.

Part of `tools.derive`: the newest revision's Agents section is widened so that every older
revision's payloads fit (required lists, bounds and enums), keeps what only some revisions have,
and marks it (`x-since`, `x-until`, `x-enum-by-revision`, `x-deprecated-since`/`-until`,
`x-property-since`/`-until`).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from .spec import Json, operations, ref_name, refs

SCHEMAS = "#/components/schemas/"
BOUNDS = {
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
}


def read_every_revision(document: Json, older: list[Json]) -> None:
    """Widen the newest revision so that payloads of every older one read, and mark what is new.

    Operations get `x-since` (the oldest revision that has them), and `x-deprecated-since` (and
    `-until`) when some revisions deprecate them. Parameters, success responses
    and properties that not every revision of their operation or schema has get `x-since` and/or
    `x-until` (the last revision that had them; older ones are kept so old payloads read); for a
    `$ref` property, which takes no siblings, its schema gets `x-property-since` / `-until` maps.
    A query parameter that not every revision of its operation has is optional and has no default.
    Required lists keep only what every revision requires, bounds only those every revision sets
    (rev2 gave `limit` a minimum that older servers do not keep); enums gain older values, except
    values the newest revision renamed (same word, other case), which `x-enum-by-revision`
    records so that requests can use each revision's spelling; values only some revisions have
    get `x-enum-since` / `x-enum-until` (value -> revision).
    """
    revisions = [*older, document]
    for path, method, operation in operations(document):
        having = [doc for doc in revisions if method in doc["paths"].get(path, {})]
        versions = [_version(doc) for doc in having]
        published = [doc["paths"][path][method] for doc in having]
        operation["x-since"] = versions[0]
        pairs = list(zip(versions, published, strict=True))
        _mark_deprecation(operation, [v for v, op in pairs if op.get("deprecated")], versions)
        responses = operation["responses"]
        for status in sorted({status for op in published for status in op["responses"]}):
            in_revisions = [v for v, op in pairs if status in op["responses"]]
            if status not in responses:
                responses[status] = copy.deepcopy(dict(pairs)[in_revisions[-1]]["responses"][status])
            _mark_span(responses[status], in_revisions, versions)
        operation["responses"] = dict(sorted(responses.items()))
        parameters = {_parameter_key(parameter): parameter for parameter in operation.get("parameters", [])}
        for _, op in reversed(pairs):
            for parameter in op.get("parameters", []):
                parameters.setdefault(_parameter_key(parameter), copy.deepcopy(parameter))
        for key, parameter in list(parameters.items()):
            in_revisions = [v for v, op in pairs if key in {_parameter_key(p) for p in op.get("parameters", [])}]
            if in_revisions != versions and "$ref" in parameter:
                # A reference takes no marks: the operation gets its own copy of the parameter.
                newest = having[versions.index(in_revisions[-1])]
                parameter = parameters[key] = copy.deepcopy(_resolve(newest, parameter["$ref"]))
            _mark_span(parameter, in_revisions, versions)
            if in_revisions != versions and parameter.get("in") == "query":
                # Sent only when the caller gives it: a default would go to every server, and the
                # client refuses a parameter the agreed revision lacks.
                parameter.pop("required", None)
                parameter.get("schema", {}).pop("default", None)
        if parameters:
            operation["parameters"] = list(parameters.values())
    schemas = document["components"]["schemas"]
    # Each revision's schemas as published: the newest ones as they were before older ones widened them.
    published_schemas = [*(doc["components"]["schemas"] for doc in older), copy.deepcopy(schemas)]
    for name, schema in schemas.items():
        having = [doc for doc in revisions if name in doc["components"]["schemas"]]
        published = [own[name] for own in published_schemas if name in own]
        modelled = [_model_properties(own, name) for own in published_schemas if name in own]
        for old in having[:-1]:
            _merge_schema(schema, old["components"]["schemas"][name], _version(old))
        versions = [_version(doc) for doc in having]
        for holder in property_holders(schema):
            for prop_name, prop in holder.get("properties", {}).items():
                in_revisions = [
                    version for version, properties in zip(versions, modelled, strict=True) if prop_name in properties
                ]
                if "$ref" in prop:  # a $ref takes no siblings in OpenAPI 3.0: the holder keeps its span
                    _mark_ref_span(holder, prop_name, in_revisions, versions)
                else:
                    _mark_span(prop, in_revisions, versions)
        if "enum" in schema:
            _mark_enum_spans(schema, published, versions)
    _adopt_missing_components(document, older)


def _resolve(document: Json, ref: str) -> Json:
    """The component a local `$ref` names."""
    kind, name = ref_name(ref)
    component: Json = document["components"][kind][name]
    return component


def _version(document: Json) -> str:
    return str(document["info"]["version"])


def _mark_span(node: Json, having: list[str], versions: list[str]) -> None:
    """x-since / x-until on a part that only some revisions of its operation or schema have."""
    if "$ref" in node or not having:
        return
    if having[0] != versions[0]:
        node["x-since"] = having[0]
    if having[-1] != versions[-1]:
        node["x-until"] = having[-1]


def _mark_deprecation(operation: Json, deprecating: list[str], versions: list[str]) -> None:
    """x-deprecated-since (the first revision that deprecates the operation) and, when a later
    revision no longer does, x-deprecated-until (the last that does)."""
    if not deprecating:
        return
    first = versions.index(deprecating[0])
    if versions[first : first + len(deprecating)] != deprecating:
        raise ValueError(f"{operation['operationId']} is deprecated in {deprecating} of {versions}: not one span")
    operation["x-deprecated-since"] = deprecating[0]
    if deprecating[-1] != versions[-1]:
        operation["x-deprecated-until"] = deprecating[-1]


def _mark_ref_span(holder: Json, prop_name: str, having: list[str], versions: list[str]) -> None:
    """`x-property-since` / `x-property-until` (property -> revision) on the schema holding a `$ref`
    property that only some revisions have."""
    span = {}
    _mark_span(span, having, versions)
    for mark, revision in span.items():
        holder.setdefault(mark.replace("x-", "x-property-", 1), {})[prop_name] = revision


def _mark_enum_spans(schema: Json, published: list[Json], versions: list[str]) -> None:
    """x-enum-since / x-enum-until: value -> revision, for values only some revisions of the enum have.

    A respelled value (x-enum-by-revision) counts as the same value, so it gets no mark.
    """
    for value in schema["enum"]:
        if not isinstance(value, str):
            continue
        having = [
            version
            for version, old in zip(versions, published, strict=True)
            if any(isinstance(v, str) and v.casefold() == value.casefold() for v in old.get("enum", []))
        ]
        marks: Json = {}
        _mark_span(marks, having, versions)
        for key, revision in marks.items():
            schema.setdefault(key.replace("x-", "x-enum-", 1), {})[value] = revision


def _parameter_key(parameter: Json) -> str:
    return parameter.get("$ref") or f"{parameter.get('in')}:{parameter.get('name')}"


def _model_properties(schemas: Json, name: str, seen: frozenset[str] = frozenset()) -> set[str]:
    """The properties a schema's model has in one revision: its own, and its allOf parents'
    (a property that moved from the children to their base stays in each child's model)."""
    names: set[str] = set()
    for part in property_holders(schemas[name]):
        names |= set(part.get("properties", {}))
    for part in schemas[name].get("allOf", []):
        parent = ref_name(part["$ref"])[1] if isinstance(part, dict) and "$ref" in part else None
        if parent is not None and parent not in seen and parent in schemas:
            names |= _model_properties(schemas, parent, seen | {name})
    return names


def property_holders(schema: Json) -> Iterator[Json]:
    """The schema and its inline allOf parts: the objects that can hold `properties`."""
    yield schema
    for part in schema.get("allOf", []):
        if isinstance(part, dict) and "$ref" not in part:
            yield part


def _merge_schema(schema: Json, old: Json, version: str) -> None:
    """Widen schema so that what old (an older revision of it) admits, it admits too."""
    if "$ref" in schema or "$ref" in old:
        return
    if "properties" in old:
        properties = schema.setdefault("properties", {})
        for name, prop in old["properties"].items():
            if name in properties:
                _merge_schema(properties[name], prop, version)
            else:
                properties[name] = copy.deepcopy(prop)
    if "required" in schema and ("properties" in old or "required" in old):
        required = [name for name in schema["required"] if name in old.get("required", [])]
        if required:
            schema["required"] = required
        else:
            del schema["required"]
    if "enum" in schema and "enum" in old:
        _merge_enum(schema, old, version)
    for bound in BOUNDS & set(schema) - set(old):
        del schema[bound]
    if "items" in schema and "items" in old:
        _merge_schema(schema["items"], old["items"], version)
    parts, old_parts = schema.get("allOf", []), old.get("allOf", [])
    if len(parts) == len(old_parts):
        for part, old_part in zip(parts, old_parts, strict=True):
            _merge_schema(part, old_part, version)


def _merge_enum(schema: Json, old: Json, version: str) -> None:
    by_folded = {value.casefold(): value for value in schema["enum"] if isinstance(value, str)}
    renamed: dict[str, str] = {}
    for value in old["enum"]:
        if value in schema["enum"]:
            continue
        current = by_folded.get(value.casefold()) if isinstance(value, str) else None
        if current is None:
            schema["enum"].append(value)
        else:
            renamed[current] = value
    if renamed:
        schema.setdefault("x-enum-by-revision", {})[version] = renamed


def _adopt_missing_components(document: Json, older: list[Json]) -> None:
    """Components that merged-in responses or properties of older revisions point to."""
    components = document["components"]
    missing = True
    while missing:
        missing = False
        for ref in list(refs(document)):
            kind, name = ref_name(ref)
            if name not in components.setdefault(kind, {}):
                components[kind][name] = copy.deepcopy(
                    next(
                        doc["components"][kind][name]
                        for doc in reversed(older)
                        if name in doc["components"].get(kind, {})
                    )
                )
                missing = True
