"""How response bodies become models: the JSON decoder with and without orjson, the GC pause,
timestamps, enums, discriminated families and the errors that name a field."""

from __future__ import annotations

import datetime as dt
import gc
import json
import threading
from typing import Any

import httpx
import pytest
import yaml
from conftest import REVISIONS, SPEC_PATH, fresh_python
from contract import PROPS, PUBLISHED
from hypothesis import given, settings
from hypothesis import strategies as st

from veeam_agents_client import models, types
from veeam_agents_client.errors import ResponseFieldError, UnexpectedResponseBody

SCHEMAS: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())["components"]["schemas"]


def outcome(decode: Any, raw: bytes) -> Any:
    """The decoded value written out exactly (1 and 1.0, -0.0 and 0.0 differ), or the error type."""
    try:
        return repr(decode(raw))
    except Exception as exc:
        return type(exc)


def json_texts() -> st.SearchStrategy[bytes]:
    values = st.recursive(
        st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=10,
    )
    encoded = values.map(lambda value: json.dumps(value).encode())  # NaN and Infinity included
    odd = st.sampled_from([
        b'"\\ud800"', b"1e400", b"-0", b"-0.0", b"[1.0, 1]", b'\xef\xbb\xbf{"a": 1}', '{"a": 1}'.encode("utf-16"),
        b"[" * 2000 + b"]" * 2000, b'{"a": 1, "a": 2}', b"\xff", b"", b" 7 ", b"[1,]", b"1" * 5000,
    ])  # fmt: skip
    return encoded | odd | st.binary(max_size=12)


@settings(PROPS, max_examples=300)
@given(raw=json_texts())
def test_orjson_and_json_decode_every_body_the_same(raw: bytes) -> None:
    assert types._fast_loads is not None, "the test extra installs orjson"
    with_orjson = outcome(types.json_body, raw)
    saved, types._fast_loads = types._fast_loads, None
    try:
        assert outcome(types.json_body, raw) == with_orjson == outcome(json.loads, raw)
    finally:
        types._fast_loads = saved


@pytest.mark.parametrize("name", ["DiscoveredEntitiesResult", "ComputerRecoveryTokenResult", "SessionModel"])
@settings(PROPS, max_examples=20)
@given(data=st.data())
def test_models_are_the_same_with_or_without_orjson(name: str, data: st.DataObject) -> None:
    payload = data.draw(PUBLISHED[REVISIONS[-1]].strategy({"$ref": f"#/components/schemas/{name}"}))
    raw = json.dumps(payload).encode()
    read = lambda: getattr(models, name).from_dict(types.json_body(raw)).to_dict()  # noqa: E731
    with_orjson = read()
    saved, types._fast_loads = types._fast_loads, None
    try:
        assert read() == with_orjson
    finally:
        types._fast_loads = saved


def test_without_orjson_installed_the_client_reads_with_json() -> None:
    script = (
        "import sys; sys.modules['orjson'] = None\n"
        "from veeam_agents_client import types, models\n"
        "assert types._fast_loads is None\n"
        'page = models.PaginationResult.from_dict(types.json_body(b\'{"total": 1, "count": 1}\'))\n'
        "print(page.total)\n"
    )
    done = fresh_python(script)
    assert done.returncode == 0 and done.stdout == "1\n", done.stderr


# --- the GC pause -----------------------------------------------------------------------------


LARGE = b"{}".rjust(types.SMALL_BODY)
"""A body as large as the smallest one read with the collector paused."""


def read(parse: Any, content: bytes = LARGE) -> Any:
    response = httpx.Response(200, content=content, request=httpx.Request("GET", "https://vbr/x"))
    return types.build_response(response, parse)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_during_a_read_and_left_as_it_was(enabled: bool) -> None:
    seen: list[bool] = []
    (gc.enable if enabled else gc.disable)()
    try:
        read(lambda response: seen.append(gc.isenabled()))
        assert seen == [False] and gc.isenabled() is enabled
        with pytest.raises(UnexpectedResponseBody):
            read(lambda response: models.PaginationResult.from_dict({"total": "x"}))
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_a_small_body_is_read_with_the_collector_as_it_is() -> None:
    seen: list[bool] = []
    read(lambda response: seen.append(gc.isenabled()), LARGE[1:])
    assert seen == [True] and gc.isenabled()


def test_concurrent_reads_in_threads_resume_the_collector_once_all_are_done() -> None:
    inside = threading.Barrier(3)
    leave = threading.Event()

    def slow(response: httpx.Response) -> None:
        inside.wait(timeout=10)
        leave.wait(timeout=10)

    threads = [threading.Thread(target=read, args=(slow,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    inside.wait(timeout=10)
    assert not gc.isenabled()  # both reading
    leave.set()
    for thread in threads:
        thread.join(timeout=10)
    assert gc.isenabled()


# --- values -----------------------------------------------------------------------------------

UTC = dt.UTC
TWO_HOURS = dt.timedelta(hours=2)
ID = "3f0f4c1e-8c6a-4b8e-9a43-0c9d2f1b7e21"


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-04-23T09:46:47.664243+02:00", dt.datetime(2025, 4, 23, 9, 46, 47, 664243, dt.timezone(TWO_HOURS))),
    ("2025-04-23t09:46:47z", dt.datetime(2025, 4, 23, 9, 46, 47, tzinfo=UTC)),
    ("2025-04-23T09:46:47.1234567Z", dt.datetime(2025, 4, 23, 9, 46, 47, 123456, tzinfo=UTC)),
    ("2025-04-23T09:46:47.123456789z", dt.datetime(2025, 4, 23, 9, 46, 47, 123456, tzinfo=UTC)),
    ("2016-12-31T23:59:60Z", dt.datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
    ("2016-12-31T23:59:60.5+01:00", dt.datetime(2016, 12, 31, 23, 59, 59, 999999, dt.timezone(dt.timedelta(hours=1)))),
    ("2025-04-23T08:18:33.9058404", dt.datetime(2025, 4, 23, 8, 18, 33, 905840)),  # no offset: naive, as sent
])  # fmt: skip
def test_timestamps_in_every_rfc_3339_form(text: str, expected: dt.datetime) -> None:
    parsed = types.parse_datetime(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("value", ["yesterday", "2025-13-01T00:00:00Z", 1745400000, None, ["2025"]])
def test_an_unreadable_timestamp_names_its_field(value: Any) -> None:
    body = {"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08", "name": "t", "expirationDate": value}
    with pytest.raises(ResponseFieldError) as caught:
        models.ComputerRecoveryTokenModel.from_dict(body)
    assert caught.value.path == "expirationDate" and caught.value.value == value


def test_enum_values_known_unknown_and_wrong() -> None:
    assert models.EAgentStatus.from_json("Installed") is models.EAgentStatus.INSTALLED
    newer = models.EAgentStatus.from_json("Quarantined")
    assert isinstance(newer, models.EAgentStatus) and newer == "Quarantined" and newer.value == "Quarantined"
    assert "Quarantined" not in models.EAgentStatus._value2member_map_  # nothing grows per unknown value
    for wrong in (7, ["Installed"], None):
        with pytest.raises((ValueError, TypeError)):
            models.EAgentStatus.from_json(wrong)  # type: ignore[arg-type]


def test_the_error_names_the_path_with_item_indexes_and_hides_secrets() -> None:
    plugin = {"type": "MSSQL", "status": "Installed"}
    computer = {"type": "Computer", "id": ID, "name": "c", "parentId": ID, "protectionGroupId": ID,
                "state": "Online", "agentStatus": "Installed", "driverStatus": "Installed", "ipAddresses": [],
                "objectId": ID, "plugins": [plugin, {**plugin, "status": 3}]}  # fmt: skip
    page = models.DiscoveredEntitiesResult.from_dict({"data": [computer], "pagination": {"total": 1, "count": 1}})
    assert type(page.data[0]) is models.DiscoveredEntityModel  # the odd plugin costs only its own item's kind
    assert page.data[0].additional_properties["plugins"][1] == {**plugin, "status": 3}
    with pytest.raises(ResponseFieldError) as caught:
        models.DiscoveredComputerEntityModel.from_dict(computer)
    assert caught.value.path == "plugins[1].status" and caught.value.value == 3
    token = {"access_token": 5, "token_type": "bearer", "refresh_token": "r-secret", "expires_in": 900,
             ".issued": "2025-04-24T14:24:18+01:00", ".expires": "2025-04-24T14:39:18+01:00"}  # fmt: skip
    with pytest.raises(ResponseFieldError) as caught:
        models.TokenModel.from_dict(token)
    assert caught.value.path == "access_token" and "<redacted>" in str(caught.value)
    with pytest.raises(ResponseFieldError, match="required field missing"):
        models.SessionModel.from_dict({"id": "3f0f4c1e-8c6a-4b8e-9a43-0c9d2f1b7e21"})
    with pytest.raises(ResponseFieldError, match="expected a JSON object"):
        models.PaginationResult.from_dict([["total", 1], ["count", 1]])  # type: ignore[arg-type]


# --- every discriminated family -----------------------------------------------------------------

FAMILIES = {  # member schema -> (its discriminator field and value, its base schema)
    name: (*next(iter(schema["x-discriminated-by"].items())), schema["allOf"][0]["$ref"].rsplit("/", 1)[1])
    for name, schema in SCHEMAS.items()
    if "x-discriminated-by" in schema
}


def ref_name(node: dict[str, Any]) -> str:
    return str(node["$ref"].rsplit("/", 1)[1])


UNIONS = {  # member schema -> (a page model holding a list of its family, that list's field)
    ref_name(member): (holder, field)
    for holder, schema in SCHEMAS.items()
    if set(schema.get("required", [])) <= {"data", "pagination"}
    for field, prop in schema.get("properties", {}).items()
    if "$ref" in prop.get("items", {})
    for member in SCHEMAS[ref_name(prop["items"])].get("oneOf", [])
}
NEWEST = PUBLISHED[max(PUBLISHED)]


@pytest.mark.parametrize("member", sorted(m for m in UNIONS if SCHEMAS[m].get("allOf", [{}, {}])[1].get("required")))
@settings(PROPS, max_examples=15)
@given(data=st.data())
def test_a_member_whose_fields_do_not_fit_its_kind_reads_as_the_base(member: str, data: st.DataObject) -> None:
    """Every family the document discriminates: an item that names a member but lacks what that
    member requires (and may carry another member's fields) is the base model, every field kept."""
    field, kind, base = FAMILIES[member]
    payload = data.draw(NEWEST.strategy({"$ref": f"#/components/schemas/{base}"}), label="item")
    payload[field] = kind
    for name in SCHEMAS[member]["allOf"][1]["required"]:
        payload.pop(name, None)
    holder, list_field = UNIONS[member]
    page = getattr(models, holder).from_dict({list_field: [payload], "pagination": {"total": 1, "count": 1}})
    (item,) = getattr(page, list_field)
    assert type(item) is getattr(models, base)
    base_fields = set(SCHEMAS[base]["properties"])
    assert set(item.to_dict()) == set(payload)
    assert item.additional_properties == {key: value for key, value in payload.items() if key not in base_fields}
