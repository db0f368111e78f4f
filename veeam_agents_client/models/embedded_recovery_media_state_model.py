from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_embedded_recovery_media_state import EEmbeddedRecoveryMediaState
from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_datetime,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="EmbeddedRecoveryMediaStateModel")


@_attrs_define
class EmbeddedRecoveryMediaStateModel:
    """State of the recovery media kept on a computer, which lets the server restore it remotely (see
    discovered_entities.recreate_embedded_recovery_media).

    """

    state: EEmbeddedRecoveryMediaState
    """ Whether the media has been created, has not, or failed. """
    last_update_date: datetime.datetime | Unset = UNSET
    """ When the media was last updated. """
    message: str | Unset = UNSET
    """ What the server reported about the last build; empty when there is nothing to say. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        last_update_date: str | Unset = UNSET
        if not isinstance(self.last_update_date, Unset):
            last_update_date = self.last_update_date.isoformat()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if last_update_date is not UNSET:
            field_dict["lastUpdateDate"] = last_update_date
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict.copy() if type(src_dict) is dict else object_fields(src_dict)
        )  # copy(): cheaper than dict()
        # Bound once: one attribute look-up per model instead of one per field.
        pop = d.pop
        # One try around the reading (free until something raises): a failure becomes a
        # ResponseFieldError naming the field, found from what was popped, at no cost here.
        try:
            state = EEmbeddedRecoveryMediaState.from_json(pop("state"))

            _last_update_date = pop("lastUpdateDate", None)
            last_update_date: datetime.datetime | Unset = (
                UNSET
                if _last_update_date is None
                else parse_datetime(_last_update_date)
            )

            message = pop("message", None)
            if type(message) is not str:
                if message is not None:
                    raise TypeError("expected str")
                message = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "state",
                    "lastUpdateDate",
                    "message",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        embedded_recovery_media_state_model = cls(
            state,
            last_update_date,
            message,
            additional_properties,
        )
        return embedded_recovery_media_state_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _mirror(msgspec: Any, tagged: bool) -> Any:
    """The fast reader's mirror of EmbeddedRecoveryMediaStateModel (types.read_json): a msgspec Struct of its fields
    under their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> EmbeddedRecoveryMediaStateModel:
        state = m.state

        _last_update_date = m.last_update_date
        last_update_date: datetime.datetime | Unset = (
            UNSET if _last_update_date is None else parse_datetime(_last_update_date)
        )

        message = m.message
        if message is None:
            message = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        embedded_recovery_media_state_model = EmbeddedRecoveryMediaStateModel(
            state,
            last_update_date,
            message,
            {},
        )
        return embedded_recovery_media_state_model

    fields: list[Any] = [
        ("state", EEmbeddedRecoveryMediaState),
        ("last_update_date", str | None, None),
        ("message", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "EmbeddedRecoveryMediaStateModel",
        fields,
        rename={
            "last_update_date": "lastUpdateDate",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
