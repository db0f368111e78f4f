"""The list calls written from the document (`x-listing` -> `veeam_agents_client/listings.py`): every
list operation has its three calls on a namespace, with its own filters under their public name, and
the writer refuses a listing the document cannot back."""

from __future__ import annotations

import copy
import importlib
import typing
from typing import Any

import pytest
from conftest import public_methods
from openapi_python_client.strings import snake_case

import veeam_agents_client
from tools import listings
from tools.spec import operations

Json = dict[str, Any]


def listed(spec: Json) -> dict[str, Json]:
    """{operation: its x-listing} for every list operation of the document."""
    return {snake_case(op["operationId"]): op["x-listing"] for _, _, op in operations(spec) if "x-listing" in op}


def test_every_paging_operation_has_a_listing(spec: Json) -> None:
    pages = {snake_case(op["operationId"]) for _, _, op in operations(spec)
             if {"skip", "limit"} <= {p.get("name") for p in op.get("parameters", [])}}  # fmt: skip
    assert pages == set(listed(spec)) and len(pages) >= 10


def test_every_listing_is_three_calls_of_one_namespace(spec: Json) -> None:
    calls: dict[str, set[tuple[str, str]]] = {}
    for namespace, name, method in public_methods():
        calls.setdefault(method.__operation__, set()).add((namespace, name))
    for operation, listing in listed(spec).items():
        (namespace,) = {namespace for namespace, _ in calls[operation]}
        assert {name for _, name in calls[operation]} == set(listing["calls"]), operation


def test_each_list_call_takes_its_operations_filters_under_their_public_name(spec: Json) -> None:
    filtered = set()
    for _, name, method in public_methods():
        listing = listed(spec).get(method.__operation__)
        if listing is None or name not in listing["calls"]:
            continue
        hint = typing.get_type_hints(method, include_extras=True).get("filters")
        if "filters" not in listing:
            assert hint is None, name  # the operation filters nothing: the call takes no filters
            continue
        (filters,) = typing.get_args(hint)
        endpoint = importlib.import_module(f"veeam_agents_client.api.agents.{method.__operation__}")
        assert filters is endpoint.Filters is getattr(veeam_agents_client, listing["filters"]), name
        assert listing["filters"] in veeam_agents_client.__all__
        filtered.add(method.__operation__)
    assert filtered == {operation for operation, listing in listed(spec).items() if "filters" in listing}


def test_the_item_type_is_what_the_result_holds() -> None:
    """A family lists as its members and its base (a kind the revision does not know keeps its fields)."""
    methods = {f"{namespace}.{name}": method for namespace, name, method in public_methods()}
    (item,) = typing.get_args(typing.get_type_hints(methods["discovered_entities.iterate_all"])["return"])
    assert {cls.__name__ for cls in typing.get_args(item)} == {
        "DiscoveredADEntityModel", "DiscoveredClusterEntityModel", "DiscoveredComputerEntityModel",
        "DiscoveredEntityModel",
    }  # fmt: skip
    (item,) = typing.get_args(typing.get_type_hints(methods["recovery_tokens.iterate"])["return"])
    assert item.__name__ == "ComputerRecoveryTokenModel"


def with_listing(spec: Json, operation_id: str, **changes: Any) -> Json:
    changed = copy.deepcopy(spec)
    (op,) = (op for _, _, op in operations(changed) if op["operationId"] == operation_id)
    op["x-listing"] = {**op["x-listing"], **changes}
    return changed


@pytest.mark.parametrize(
    ("operation_id", "changes", "says"),
    [
        ("GetDiscoveredEntities", {"path": {}}, "x-listing path names [], the path has ['id']"),
        ("GetDiscoveredEntities", {"path": {"groupId": "group"}}, "the path has ['id']"),
        ("GetAgentBackups", {"filters": "BackupListFilters"}, "names filters BackupListFilters"),
        ("GetAllAgentStates", {"filters": None}, "names no filters for"),
        (
            "GetAllAgentPackages",
            {"key": ["packageName", "bitness"]},
            "names no property of LinuxPackageModel: ['bitness']",
        ),
        ("GetAllDiscoveredEntities", {"key": ["hostName"]}, "names no property of DiscoveredEntityModel"),
        ("GetAgentBackups", {"key": []}, "x-listing key"),
    ],
)
def test_the_writer_refuses_a_listing_the_operation_cannot_back(
    spec: Json, operation_id: str, changes: Json, says: str
) -> None:
    with pytest.raises(SystemExit, match=says.replace("[", r"\[").replace("]", r"\]")):
        listings.listings(with_listing(spec, operation_id, **changes))


def test_the_writer_refuses_a_path_parameter_that_is_no_id(spec: Json) -> None:
    changed = copy.deepcopy(spec)
    (op,) = (op for _, _, op in operations(changed) if op["operationId"] == "GetAgentBackups")
    (path,) = (p for p in op["parameters"] if p.get("in") == "path")
    path["schema"] = {"type": "string"}
    with pytest.raises(SystemExit, match="path parameter id is no UUID"):
        listings.listings(changed)
