"""Keyword arguments for the client's public methods, drawn from their signatures: the namespaces and
methods found on `VeeamAgentsClient`, and the IDs, models (read from a revision's published schemas),
download places and progress callbacks they take.
"""

from __future__ import annotations

import asyncio
import collections.abc
import datetime as dt
import enum
import functools
import inspect
import io
import os
import pathlib
import types
import typing
import uuid
from typing import Any

import attrs
from conftest import BASE_URL
from contract import NEXT, Published
from contract_server import ContractServer
from hypothesis import strategies as st

from veeam_agents_client import VeeamAgentsClient
from veeam_agents_client._downloads import Destination


def namespaces() -> dict[str, type]:
    """The client's resource namespaces (attribute -> class), as the client makes them."""
    client = VeeamAgentsClient(BASE_URL, access_token="unused")
    names = [name for name in dir(VeeamAgentsClient) if not name.startswith("_")]
    found = {name: type(getattr(client, name)) for name in names
             if type(getattr(VeeamAgentsClient, name)).__name__ == "_Namespace"}  # fmt: skip
    asyncio.run(client.aclose())
    return found


NAMESPACES = namespaces()
METHODS = [f"{namespace}.{name}" for namespace, cls in NAMESPACES.items()
           for name, _ in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")]  # fmt: skip
WAIT_SECONDS = {"poll_interval": 0.001, "max_poll_interval": 0.005}
"""A wait's polls come quickly; its `timeout` is set by what the server's script holds (see `wait_timeout`
in test_published_calls.py)."""


@functools.cache
def signature(method: str) -> tuple[dict[str, inspect.Parameter], dict[str, Any]]:
    """A public method's parameters (without self) and type hints."""
    namespace, name = method.split(".")
    function = getattr(NAMESPACES[namespace], name)
    return dict(list(inspect.signature(function).parameters.items())[1:]), typing.get_type_hints(function)


def members(hint: Any) -> tuple[Any, ...]:
    return typing.get_args(hint) if typing.get_origin(hint) in (types.UnionType, typing.Union) else (hint,)


def is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def is_model(cls: Any) -> bool:
    return attrs.has(cls) and hasattr(cls, "from_dict")


def arguments(method: str, server: ContractServer, data: st.DataObject) -> dict[str, Any]:
    """Keyword arguments for a public method from its signature: every required parameter by its
    type (an ID, a list of IDs, an aware date-time, text, a model drawn from the published schema of
    its name, a place for a download); optional numbers small (skip, limit, page size, concurrency:
    a walk takes a few pages), flags, enums and progress callbacks drawn, a wait's seconds from
    WAIT_SECONDS; an `id` is the id of the model sent with it. Filters are left out. A parameter
    this cannot make fails the test: teach it here."""
    parameters, hints = signature(method)
    kwargs: dict[str, Any] = {}
    for name, parameter in parameters.items():
        hint, required = hints.get(name), parameter.default is inspect.Parameter.empty
        if parameter.kind is inspect.Parameter.VAR_KEYWORD or name == "timeout":
            continue  # filters are left out; a wait's timeout is the test's
        if name in WAIT_SECONDS:
            kwargs[name] = WAIT_SECONDS[name]
        elif int in members(hint) and not required:  # skip, limit, page_size, concurrency: a few pages
            small = st.integers(parameter.default if isinstance(parameter.default, int) else 1, 3)
            kwargs[name] = data.draw(small if parameter.default is not None else st.none() | small, label=name)
        elif hint is bool:
            kwargs[name] = data.draw(st.booleans(), label=name)
        elif required:
            kwargs[name] = data.draw(required_argument(name, hint, server), label=name)
        elif any(typing.get_origin(option) is collections.abc.Callable for option in members(hint)):
            kwargs[name] = data.draw(st.none() | st.builds(Progress, st.booleans()), label=name)
        elif parameter.default is not None and (enums := [cls for cls in members(hint) if is_enum(cls)]):
            kwargs[name] = data.draw(st.sampled_from(list(enums[0])), label=name)
    ids = [getattr(value, "id", None) for value in kwargs.values() if is_model(type(value))]
    if "id" in kwargs and any(isinstance(model_id, uuid.UUID) for model_id in ids):
        kwargs["id"] = next(model_id for model_id in ids if isinstance(model_id, uuid.UUID))
    return kwargs


def required_argument(name: str, hint: Any, server: ContractServer) -> st.SearchStrategy[Any]:
    options = members(hint)
    ids = st.uuids() | st.uuids().map(str)
    models = tuple(option for option in options if is_model(option))
    if hint == Destination:
        return destinations(server.new_folder())
    if uuid.UUID in options:
        return ids | model_argument(models, server.contract) if models else ids  # a model: the object it names
    if typing.get_origin(hint) is collections.abc.Iterable:
        return st.lists(ids, min_size=1, max_size=3)
    if hint is str:
        return st.text(min_size=1, max_size=8)
    if hint is dt.datetime:
        return st.datetimes(timezones=st.timezones())
    if models == options:
        return model_argument(models, server.contract)
    raise AssertionError(f"arguments(): no way to make {name}: {hint}")


def destinations(folder: pathlib.Path) -> st.SearchStrategy[Any]:
    """Where a download may go: a folder (as a path, or text ending in a separator), a file in it,
    a binary file object."""
    return st.sampled_from([folder, f"{folder}{os.sep}", folder / "chosen.bin"]) | st.builds(io.BytesIO)


class Progress:
    """A progress callback that keeps its calls; an `awaitable` one returns an awaitable."""

    def __init__(self, awaitable: bool) -> None:
        self.calls: list[tuple[int, int | None]] = []
        self.awaitable = awaitable

    def __call__(self, done: int, total: int | None) -> Any:
        self.calls.append((done, total))
        return asyncio.sleep(0) if self.awaitable else None


def model_argument(classes: tuple[type[Any], ...], contract: Published) -> st.SearchStrategy[Any]:
    """A model as a caller builds one: one of `classes` that the revision publishes, read from a
    payload its published schema allows, with the kind (discriminator) that model stands for."""

    def read(cls: type[Any], payload: dict[str, Any]) -> Any:
        for field in attrs.fields(cls):
            if "discriminator" in field.metadata and isinstance(field.default, enum.Enum):
                payload[field.metadata["discriminator"]] = field.default.value
        return cls.from_dict(payload)

    if not any(cls.__name__ in contract.schemas for cls in classes):
        contract = NEXT  # a revision without these models: the call is refused, but only a model may be passed
    published = [cls for cls in classes if cls.__name__ in contract.schemas]
    return st.sampled_from(published).flatmap(
        lambda cls: contract.strategy({"$ref": f"#/components/schemas/{cls.__name__}"}).map(
            lambda payload: read(cls, payload)
        )
    )
