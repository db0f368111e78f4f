"""Payloads that Veeam's published contracts allow, as hypothesis strategies, and what else a server
may send (file names, file answers, answers that break the contract): for the tests that try the client
the way a server speaking the contract with random data would (tests/contract_server.py serves them).

The schemas come from Veeam's own documents (openapi/veeam/*.facts.json), not from this project's
document: a discriminated item's `type` is drawn apart from the fields it carries (the published
schemas do not tie them), integers span their whole format, enums list what that revision lists,
timestamps are written every way RFC 3339 allows, and every object may carry fields nobody
documents. `NEXT` plays a revision newer than the newest known one: every enum has one value more
and every object a field more. The strings of the document's secret fields carry `SECRET_MARK`
(mostly), so that a test can tell when one shows.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from conftest import ROOT
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from veeam_agents_client._revisions import Revision, revision_key
from veeam_agents_client.api import SECRET_FIELDS
from veeam_agents_client.revisions import ROUTES, SUCCESS_STATUSES, Span

PROPS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],  # explaining a failure costs minutes
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
FACTS = {path.name.split("-agents")[0].removeprefix("vbr-rest-"): json.loads(path.read_text())
         for path in sorted((ROOT / "openapi" / "veeam").glob("vbr-rest-*-agents.facts.json"))}  # fmt: skip
INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
SECRET = "x-contract-secret"
"""What `Published.fields` adds to a string property the document marks secret."""
SECRET_MARK = "sEcReT7"
"""In the strings drawn for secret fields (and the test password): text that must never show."""


def secret_texts() -> st.SearchStrategy[str]:
    """Any string for a secret field, mostly with SECRET_MARK inside: half of them visible ASCII
    with spaces maybe inside or at an end, a quarter any text either side of the mark, a quarter
    any text (empty, control characters, non-ASCII)."""

    def marked(piece: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.builds(f"{{}}{SECRET_MARK}{{}}".format, piece, piece)

    visible = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=4)
    return marked(visible) | (marked(st.text(max_size=4)) | st.text(max_size=12))


def within(revision: str, span: Span) -> bool:
    """Whether `revision` lies in a span of the revision table."""
    return Revision(revision).within(*span)


def timestamps() -> st.SearchStrategy[str]:
    """RFC 3339 date-times as servers write them: any offset or Z (either case), a T or t, no
    fraction up to nine digits; also without an offset, as VBR sends some."""
    offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
    moments = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=offsets)

    def write(moment: dt.datetime, digits: int, t: str, z: str, naive: bool) -> str:
        text = moment.strftime("%Y-%m-%d") + t + moment.strftime("%H:%M:%S")
        text += ("." + moment.strftime("%f") + "987")[: digits + 1] if digits else ""
        if naive:
            return text
        offset = moment.isoformat()[-6:]
        return text + (z if offset == "+00:00" and z else offset)

    leap = st.sampled_from(["2016-12-31T23:59:60Z", "2016-12-31t23:59:60.5z"])
    written = st.builds(write, moments, st.integers(0, 9), st.sampled_from("Tt"), st.sampled_from(["", "Z", "z"]),
                        st.booleans())  # fmt: skip
    return written | leap


def uuids() -> st.SearchStrategy[str]:
    return st.uuids().map(str) | st.uuids().map(lambda u: str(u).upper())


class Published:
    """Strategies for one revision's component schemas.

    `canonical` writes date-times and UUIDs the one way the models write them back (for round
    trips); otherwise in every form the contract allows."""

    extra_fields = 0  # undocumented fields every object carries at least
    most_extra_fields = 2  # and at most

    def __init__(self, facts: dict[str, Any], *, canonical: bool = False) -> None:
        self.facts = facts
        self.schemas: dict[str, Any] = facts["components"]["schemas"]
        self.canonical = canonical
        self.forms = {"uuid": st.uuids().map(str), "date-time": canonical_timestamps()} if canonical else {
            "uuid": uuids(), "date-time": timestamps()}  # fmt: skip
        # Strategies are built once per schema node: building one costs more than drawing from it.
        self._built: dict[tuple[Any, frozenset[str]], tuple[Any, st.SearchStrategy[Any]]] = {}

    @property
    def revision(self) -> str:
        """The revision whose contract this is (a newer one speaks the newest's)."""
        revision: str = self.facts["info"]["version"]
        return revision

    def success_status(self, module: str) -> int:
        """The documented success status of an operation (its generated module) in this revision."""
        return min(status for status, span in SUCCESS_STATUSES[module].items() if within(self.revision, span))

    def answer(self, module: str) -> dict[str, Any]:
        """Media type -> schema of the operation's documented success answer ({} when it has no body)."""
        method, path = ROUTES[module]
        response = self.facts["paths"][path][method.lower()]["responses"][str(self.success_status(module))]
        return {media: content["schema"] for media, content in response.get("content", {}).items()}

    def errors(self, module: str) -> dict[int, dict[str, Any] | None]:
        """Status -> JSON schema (None: no body) of the operation's documented error answers."""
        method, path = ROUTES[module]
        found: dict[int, dict[str, Any] | None] = {}
        for code, response in self.facts["paths"][path][method.lower()]["responses"].items():
            if code.isdigit() and not code.startswith("2"):
                if "$ref" in response:
                    response = self.facts["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                found[int(code)] = response.get("content", {}).get("application/json", {}).get("schema")
        return found

    def list_items(self, schema: dict[str, Any]) -> dict[str, Any] | None:
        """The item schema when `schema` is a page of a list (data and pagination), else None."""
        properties, _ = self.fields(schema, frozenset())
        data = properties.get("data", {})
        return data.get("items") if "pagination" in properties and data.get("type") == "array" else None

    def ref(self, node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            return name, self.schemas[name]
        return None, node

    def fields(
        self, node: dict[str, Any], inside: frozenset[str], owner: str | None = None
    ) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names of an object schema with its allOf parts merged. A oneOf
        is not followed from a schema already being built (its children allOf that same base).
        The document's secret strings (of the schema `owner`, or of its inline parts) are marked."""
        name, schema = self.ref(node)
        owner = name or owner
        secret = SECRET_FIELDS.get(owner or "", frozenset())
        properties = {key: {**prop, SECRET: True} if key in secret and prop.get("type") == "string" else prop
                      for key, prop in schema.get("properties", {}).items()}  # fmt: skip
        required = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            more, needed = self.fields(part, inside | {name} if name else inside, owner)
            properties.update(more)
            required |= needed
        return properties, required

    def strategy(self, node: dict[str, Any], inside: frozenset[str] = frozenset()) -> st.SearchStrategy[Any]:
        key = (node.get("$ref") or id(node), inside)
        if key not in self._built:
            self._built[key] = (node, self.build(node, inside))  # the node is kept: its id stays its own
        return self._built[key][1]

    def build(self, node: dict[str, Any], inside: frozenset[str]) -> st.SearchStrategy[Any]:
        name, schema = self.ref(node)
        here = inside | {name} if name else inside
        if "enum" in schema:
            values = st.sampled_from(self.enum_values(schema))
        elif schema.get("oneOf") and name not in inside:
            # The base's own fields, one member's fields, and the discriminator drawn from its own
            # schema: nothing in the published schemas ties it to the member chosen.
            members = [self.fields(member, here) for member in schema["oneOf"]]
            own_properties, own_required = self.fields(node, inside)
            values = st.one_of(
                [self.object({**own_properties, **fields}, own_required | needed, here) for fields, needed in members]
            )
        elif "allOf" in schema or schema.get("type", "object") == "object":
            properties, required = self.fields(node, inside)
            values = self.object(properties, required, here)
        else:
            values = self.scalar(schema, here)
        return values | st.none() if schema.get("nullable") else values

    def scalar(self, schema: dict[str, Any], inside: frozenset[str]) -> st.SearchStrategy[Any]:
        kind = schema["type"]
        if kind == "string" and schema.get(SECRET):
            return secret_texts()
        if kind == "string":
            return self.forms.get(schema.get("format", ""), st.text(max_size=12))
        if kind == "integer":
            low, high = INT_BOUNDS.get(schema.get("format", ""), INT_BOUNDS["int64"])
            return st.integers(max(low, schema.get("minimum", low)), high)
        if kind == "number":
            return st.floats(allow_nan=False, allow_infinity=False)
        if kind == "boolean":
            return st.booleans()
        if kind == "array":
            return st.lists(self.strategy(schema["items"], inside), max_size=3)
        raise AssertionError(f"a published schema of type {kind!r}: teach the generator")

    def enum_values(self, schema: dict[str, Any]) -> list[Any]:
        return list(schema["enum"])

    def object(self, properties: dict[str, Any], required: set[str], inside: frozenset[str]) -> st.SearchStrategy[Any]:
        unknown = st.dictionaries(st.text(max_size=6).filter(lambda key: key not in properties),
                                  st.none() | st.integers() | st.text(max_size=6), max_size=self.most_extra_fields,
                                  min_size=self.extra_fields)  # fmt: skip
        known = st.fixed_dictionaries(
            {key: self.strategy(prop, inside) for key, prop in properties.items() if key in required},
            optional={key: self.strategy(prop, inside) for key, prop in properties.items() if key not in required},
        )
        return st.tuples(known, unknown).map(lambda parts: {**parts[1], **parts[0]})


def canonical_timestamps() -> st.SearchStrategy[str]:
    """Date-times as the models write them back (isoformat), with an offset or without."""
    offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
    moments = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1))
    aware = st.builds(lambda moment, zone: moment.replace(tzinfo=zone), moments, offsets)
    return (moments | aware).map(dt.datetime.isoformat)


class NextRevision(Published):
    """A revision newer than the newest known one: every enum gains a value, every object a field."""

    extra_fields = 1
    NEW_VALUE = "FutureValue"

    def enum_values(self, schema: dict[str, Any]) -> list[Any]:
        values = super().enum_values(schema)
        return [*values, self.NEW_VALUE] if all(isinstance(value, str) for value in values) else values


PUBLISHED = {revision: Published(facts) for revision, facts in FACTS.items()}
NEXT = NextRevision(FACTS[max(FACTS, key=revision_key)])
TARGETS: dict[str, Published] = {**PUBLISHED, "next": NEXT}
"""Every revision's contract, and the next revision's."""


# ---------------------------------------------------------------------------------------------
# What else a server may send: file names, file answers, and answers that break the contract
# ---------------------------------------------------------------------------------------------


def percent_encoded(text: str, charset: str) -> str:
    codec = charset if charset.lower() in ("utf-8", "iso-8859-1", "us-ascii") else "utf-8"
    return urllib.parse.quote(text.encode(codec, "replace"), safe="")


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


HOSTILE_NAMES = st.sampled_from(
    [".", "..", ". .", ". ..", "...", " ", ". .bashrc", "../../etc/passwd", "..\\..\\boot.ini", "/etc/shadow",
     "C:\\Windows\\evil.exe", "\\\\server\\share\\x", "CON", "nul.iso", "Aux .txt", "COM1", "lpt9.zip",
     "COM\u00b9", "CONIN$", "a:b.iso", "x.iso. . .", "\x00", "\r\n", "\u202e", "\u3000", "\ud800", "é", ".part",
     "%2e%2e%2f"]
)  # fmt: skip
NAMES = st.one_of(
    st.lists(st.one_of(HOSTILE_NAMES, st.text(max_size=12), st.text(". /\\:", max_size=6)), max_size=6).map("".join),
    st.tuples(st.text(min_size=60, max_size=300), st.sampled_from(["", ".iso", ".tar.gz", ". .", "." + "y" * 20])).map(
        "".join
    ),  # long names
)
CHARSETS = st.sampled_from(["UTF-8", "utf-8", "ISO-8859-1", "us-ascii", "KOI8-R", "unicode_escape", "", "\x00"])
DISPOSITIONS = st.one_of(
    st.builds(lambda name: f"attachment; filename={quoted(name)}", NAMES),
    st.builds(lambda name: f"attachment; filename={name}", NAMES),
    st.builds(
        lambda name, charset, language: f"attachment; filename*={charset}'{language}'{percent_encoded(name, charset)}",
        NAMES, CHARSETS, st.sampled_from(["", "en", "x"]),
    ),
    st.builds(
        lambda plain, name, charset: f"attachment; filename={quoted(plain)}; filename*={charset}''"
        f"{percent_encoded(name, charset)}",
        NAMES, NAMES, CHARSETS,
    ),
    st.text(),  # anything at all
)  # fmt: skip
"""Content-Disposition values: the RFC 6266 forms with hostile, long and encoded names, and any text."""


def header_bytes(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "surrogatepass" if encoding == "utf-8" else "replace")


@dataclass(frozen=True)
class FileAnswer:
    """A file as a server may send it: its headers, its bytes, and whether the headers keep the
    contract (a documented media type, in any case, and a Content-Length that is missing or true)."""

    headers: list[tuple[bytes, bytes]]
    body: bytes
    documented: bool


def file_answers(media_types: Iterable[str]) -> st.SearchStrategy[FileAnswer]:
    """Files under the documented media types (any case, with parameters) or others (a page, JSON,
    none), with a Content-Length true, missing, false or no number, and any Content-Disposition."""
    documented = st.sampled_from(sorted(media_types)).flatmap(
        lambda media: st.sampled_from([media, media.upper(), media.title()]).flatmap(
            lambda spelled: st.sampled_from([spelled, f'{spelled}; name="file"', f" {spelled} ;charset=binary"])
        )
    )
    other = st.sampled_from(["text/html", "Text/HTML; charset=utf-8", "application/json", "application/problem+json",
                             "application/octet-stream", ""])  # fmt: skip
    lengths = st.sampled_from(["true", "missing"]) | st.integers(0, 80).map(str) | st.sampled_from(["-5", "1e3", "²"])

    def answer(
        media: tuple[bool, str | None], length: str, disposition: tuple[str, str] | None, body: bytes
    ) -> FileAnswer:
        headers = [] if media[1] is None else [(b"content-type", media[1].encode())]
        if length != "missing":
            headers.append((b"content-length", (str(len(body)) if length == "true" else length).encode()))
        if disposition is not None:
            headers.append((b"content-disposition", header_bytes(*disposition)))
        true_length = length in ("true", "missing", str(len(body)))
        return FileAnswer(headers, body, documented=media[0] and true_length)

    medias = st.tuples(st.just(True), documented) | st.tuples(st.just(False), other | st.none())
    dispositions = st.none() | st.tuples(DISPOSITIONS, st.sampled_from(["utf-8", "latin-1"]))
    return st.builds(answer, medias, lengths, dispositions, st.binary(max_size=64))


def mutated(value: Any, data: st.DataObject) -> Any:
    """The value with one thing in it replaced by JSON of another type, or one field removed."""
    places: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        for key, item in node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ():
            places.append((node, key))
            walk(item)

    walk(value)
    if not places:
        return data.draw(st.integers() | st.text(max_size=4) | st.lists(st.none(), max_size=2), label="replacement")
    parent, key = data.draw(st.sampled_from(places), label="where")
    if isinstance(parent, dict) and data.draw(st.booleans(), label="remove"):
        del parent[key]
    else:
        others = st.none() | st.booleans() | st.integers() | st.text(max_size=6) | st.just([]) | st.just({"x": 1})
        parent[key] = data.draw(others.filter(lambda new: type(new) is not type(parent[key])), label="replacement")
    return value
