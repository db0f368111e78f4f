"""Reading the values of request bodies VBR checks beyond the document: present, non-empty UUID lists,
date-times with an offset, non-blank names; each failing with a 400."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._errors import bad_request
from ._query import parse_uuid


def required(body: dict[str, Any], name: str) -> Any:
    """A field that must be present and not null."""
    if body.get(name) is None:
        raise bad_request(f"The field {name} is required.")
    return body[name]


def uuid_list(value: Any, name: str) -> list[str]:
    """A non-empty list of UUIDs."""
    if not isinstance(value, list) or not value:
        raise bad_request(f"The field {name} must be a non-empty array of UUIDs.")
    return [parse_uuid(item, f"Each item of {name}") for item in value]


def date_time(value: Any, name: str) -> datetime:
    """An RFC 3339 date-time with its UTC offset."""
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.replace("z", "Z"))
        except ValueError:
            pass
        else:
            if moment.tzinfo is not None and "T" in value.upper():
                return moment
    raise bad_request(f"The field {name} must be a date-time with a UTC offset: {value!r}.")


def text(value: Any, name: str) -> str:
    """A non-blank string."""
    if not isinstance(value, str) or not value.strip():
        raise bad_request(f"The field {name} must be a non-empty string.")
    return value
