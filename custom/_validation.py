"""Argument checks that run before any request, with errors that name the argument."""

from __future__ import annotations

import datetime as dt
import math
import re
import types
import typing
import uuid
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any, TypeVar

import attrs

from ._constants import MAX_PAGE_SIZE
from .api import SECRET_ATTRIBUTES
from .models.e_inventory_permission_scope import EInventoryPermissionScope
from .types import UNSET, Unset, was_received

__all__ = [
    "aware_datetime",
    "enum_value",
    "filter_values",
    "id_list",
    "model_value",
    "optional",
    "page_size",
    "seconds",
    "skip_value",
    "text",
    "uuid_value",
]

E = TypeVar("E", bound=Enum)

# The spellings uuid.UUID documents: 32 hex digits, hyphenated or not, in braces or after urn:uuid:.
_UUID_FORMS = re.compile(
    r"(?:urn:uuid:)?\{?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\}?"
)
T = TypeVar("T")


def optional(value: T | None) -> T | Unset:
    """None (not given) becomes UNSET, which the generated code leaves out of the request."""
    return UNSET if value is None else value


def uuid_value(value: object, name: str) -> uuid.UUID:
    """A UUID from a UUID or its string form."""
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a UUID or a UUID string, not {type(value).__name__}")
    # uuid.UUID alone also takes " 7e76...", "0x7e76...", "7e76_a5bb..." or non-ASCII digits: whatever
    # int(..., 16) swallows once the hyphens are gone. A typo must not become another object's ID.
    if _UUID_FORMS.fullmatch(value) is None:
        raise ValueError(f"{name} must be a UUID, got {value!r}")
    return uuid.UUID(value)


def id_list(values: object, name: str) -> list[uuid.UUID]:
    """A non-empty list of UUIDs from any iterable of UUIDs or UUID strings (not a lone string)."""
    if isinstance(values, str | bytes | uuid.UUID) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a list of UUIDs, not {type(values).__name__}")
    ids = [uuid_value(value, f"{name}[{index}]") for index, value in enumerate(values)]
    if not ids:
        raise ValueError(f"{name} must not be empty")
    return ids


def aware_datetime(value: object, name: str) -> dt.datetime:
    """A datetime with a time zone: a naive one is ambiguous on a server in another zone (unless
    it is one the server sent so, read from it: it goes back as it came)."""
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{name} must be a datetime, not {type(value).__name__}")
    if (value.tzinfo is None or value.utcoffset() is None) and not was_received(value):  # the server's own goes back
        raise ValueError(f"{name} must be timezone-aware (for example datetime.now(timezone.utc)), got {value!r}")
    return value


def enum_value(value: object, enum: type[E], name: str) -> E:
    """A member of `enum` from a member or its exact value (``"ExpirationDate"``)."""
    if isinstance(value, enum) and value.name in enum.__members__:
        return value
    if isinstance(value, str):
        for member in enum:
            if member.value == value:
                return member
        allowed = ", ".join(repr(member.value) for member in enum)
        raise ValueError(f"{name} must be one of {allowed}, got {value!r}")
    raise TypeError(f"{name} must be a str or {enum.__name__}, not {type(value).__name__}")


def text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
    return value


def seconds(value: object, name: str) -> float:
    """A positive, finite number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if not (value > 0 and math.isfinite(value)):
        raise ValueError(f"{name} must be a positive, finite number of seconds, got {value!r}")
    return float(value)


def skip_value(value: object, name: str = "skip") -> int:
    return _int_between(value, name, 0, MAX_PAGE_SIZE)


def page_size(value: object, name: str = "limit") -> int:
    return _int_between(value, name, 1, MAX_PAGE_SIZE)


def _int_between(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}, got {value}")
    return value


def model_value(value: object, kinds: tuple[type[Any], ...], name: str, *, known_kinds: bool = False) -> Any:
    """A generated model of one of `kinds`, checked all through before it is sent.

    The check is for what the caller builds: what the server sent goes back as it came (an enum
    value or a kind this revision does not list, marked `received` when read), so a model read
    with `get`, changed and sent back is never refused for the server's own values.

    The check reads what the generated classes declare (their annotations, from the document):
    every field holds its declared type (a model where a model goes, an enum member where an enum
    goes, each list item too) and a family member's discriminator is its own kind. The error names
    the field by its path, ``spec.computers[0].host_name: expected str, got int``. (Reading the
    model back with its strict ``from_dict`` would check the scalars too, but names JSON paths and
    cannot say where ``to_dict`` fails on a dict or a str given for a model or an enum.)

    `known_kinds` also refuses, inside the model, the base of a family (what an unknown kind reads
    as), as a server does that only takes the kinds it knows.
    """
    if not isinstance(value, kinds):
        allowed = ", ".join(kind.__name__ for kind in kinds)
        raise TypeError(f"{name} must be one of {allowed}; got {type(value).__name__}")
    _check_model(value, name, known_kinds)
    return value


_FIELD_TYPES: dict[type[Any], dict[str, Any]] = {}


def _field_types(cls: type[Any]) -> dict[str, Any]:
    """A generated model's resolved annotations (its imports sit below the class: resolved on first use)."""
    hints = _FIELD_TYPES.get(cls)
    if hints is None:
        hints = _FIELD_TYPES[cls] = typing.get_type_hints(cls)
    return hints


def _check_model(model: Any, path: str, known_kinds: bool) -> None:
    hints = _field_types(type(model))
    for field in attrs.fields(type(model)):
        if field.name == "additional_properties":
            continue  # free-form by definition: sent as given
        value = getattr(model, field.name)
        where = f"{path}.{field.name}"
        if "discriminator" in field.metadata and value not in (UNSET, field.default) and not was_received(model):
            raise ValueError(
                f"{where} must be {str(field.default)!r} in a {type(model).__name__} (got {value!r}); "
                f"leave it out, the model fills it in"
            )
        _check_value(value, hints[field.name], where, known_kinds)


def _check_value(value: object, hint: Any, where: str, known_kinds: bool) -> None:
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    for option in options:
        if typing.get_origin(option) is list:
            if isinstance(value, list):
                (item_hint,) = typing.get_args(option)
                for index, item in enumerate(value):
                    _check_value(item, item_hint, f"{where}[{index}]", known_kinds)
                return
        elif option is Any or _is_instance(value, option):
            if attrs.has(type(value)):
                if known_kinds and not _discriminated(option) and any(map(_discriminated, options)):
                    raise ValueError(f"{where}: not one of the kinds {_describe(hint)}")
                _check_model(value, where, known_kinds)
            return
    raise TypeError(f"{where}: expected {_describe(hint)}, got {type(value).__name__}{_shown(value, where)}")


def _discriminated(option: Any) -> bool:
    """A member of a discriminated family (its discriminator field says so in its metadata)."""
    return attrs.has(option) and any("discriminator" in field.metadata for field in attrs.fields(option))


def _is_instance(value: object, option: type[Any]) -> bool:
    if isinstance(value, bool):
        return option is bool  # a bool is an int to Python, never to the document
    if option is float:
        return isinstance(value, int | float)
    if issubclass(option, Enum):  # a value the revision does not list only as the server sent it
        return isinstance(value, option) and (value.name in option.__members__ or was_received(value))
    return isinstance(value, option)


def _describe(hint: Any) -> str:
    if isinstance(hint, types.UnionType):
        return " or ".join(_describe(option) for option in typing.get_args(hint) if option is not Unset)
    if typing.get_origin(hint) is list:
        return f"a list of {_describe(typing.get_args(hint)[0])}"
    if isinstance(hint, type) and issubclass(hint, Enum):
        return f"{hint.__name__} (one of {', '.join(repr(member.value) for member in hint)})"
    return getattr(hint, "__name__", str(hint))


_SECRET_ATTRIBUTES = frozenset().union(*SECRET_ATTRIBUTES.values())


def _shown(value: object, where: str) -> str:
    """The wrong value, short, for the message: a scalar only, and never the value of a secret field
    (a dict or a model may hold a password anywhere inside)."""
    field = where.rsplit(".", 1)[-1].split("[", 1)[0]  # spec.credentials.root_password, passwords[0]
    if field in _SECRET_ATTRIBUTES or not isinstance(value, str | int | float | Enum):
        return " (value hidden)" if isinstance(value, str | int | float) else ""
    shown = repr(value)
    return f" ({shown[:57]}...)" if len(shown) > 60 else f" ({shown})"


def filter_values(declared: type[Any], given: Mapping[str, object]) -> dict[str, object]:
    """Keyword filters of a list call, checked before any request against their one declaration:
    the TypedDict the generated module of the list operation declares (`Filters`, its query
    parameters). A name it lacks is a TypeError listing those it has; a value is checked by its
    declared type: an enum member or its value's str, a bool, a str, an int, a UUID, a timezone-aware
    datetime."""
    hints = _field_types(declared)
    checked: dict[str, object] = {}
    for name, value in given.items():
        hint = hints.get(name)
        if hint is None:
            known = ", ".join(sorted(hints)) or "none"
            raise TypeError(f"unexpected keyword argument {name!r} (filters: {known})")
        checked[name] = _filter_value(value, hint, name)
    return checked


def _filter_value(value: object, hint: Any, name: str) -> object:
    kinds = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    enum = next((kind for kind in kinds if isinstance(kind, type) and issubclass(kind, Enum)), None)
    if enum is not None:
        return enum_value(value, enum, name)
    check = _FILTER_CHECKS.get(kinds[0])
    if len(kinds) != 1 or check is None:
        raise AssertionError(f"a filter of type {hint!r}: teach filter_values")  # a new kind of filter in the document
    return check(value, name)


_FILTER_CHECKS: dict[Any, Any] = {
    bool: flag,
    str: text,
    int: lambda value, name: _int_between(value, name, -(2**63), 2**63 - 1),
    uuid.UUID: uuid_value,
    dt.datetime: aware_datetime,
}


def permission_scope_value(value: object, name: str = "permission_scope") -> EInventoryPermissionScope:
    """The permission scope filter (1.3-rev2) of protection group and discovered entity reads."""
    return enum_value(value, EInventoryPermissionScope, name)
