from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_session_bottleneck_type import ESessionBottleneckType
from ..types import (
    object_fields,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="SessionProgressType0")


@_attrs_define
class SessionProgressType0:
    """Detailed progress of a session that moves data; null in a session that has none."""

    duration: str
    """ How long the session has run, as text in the server's format. """
    processing_rate: None | str
    """ How fast data is processed, as text in the server's format; null when not known. """
    bottleneck: ESessionBottleneckType
    """ The slowest stage of the data path. """
    processed_size: int | None
    """ Amount of data processed so far (64-bit integer); null when not known. """
    read_size: int | None
    """ Amount of data read so far (64-bit integer); null when not known. """
    transferred_size: int | None
    """ Amount of data transferred so far (64-bit integer); null when not known. """
    progress_percent: int | None
    """ How far the session has got, in percent; null when not known. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        processing_rate: None | str
        processing_rate = self.processing_rate

        bottleneck = self.bottleneck.value

        processed_size: int | None
        processed_size = self.processed_size

        read_size: int | None
        read_size = self.read_size

        transferred_size: int | None
        transferred_size = self.transferred_size

        progress_percent: int | None
        progress_percent = self.progress_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "processingRate": processing_rate,
                "bottleneck": bottleneck,
                "processedSize": processed_size,
                "readSize": read_size,
                "transferredSize": transferred_size,
                "progressPercent": progress_percent,
            }
        )

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
            duration = pop("duration")
            if type(duration) is not str:
                raise TypeError("expected str")

            def _parse_processing_rate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            processing_rate = _parse_processing_rate(pop("processingRate"))

            bottleneck = ESessionBottleneckType.from_json(pop("bottleneck"))

            def _parse_processed_size(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            processed_size = _parse_processed_size(pop("processedSize"))

            def _parse_read_size(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            read_size = _parse_read_size(pop("readSize"))

            def _parse_transferred_size(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            transferred_size = _parse_transferred_size(pop("transferredSize"))

            def _parse_progress_percent(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            progress_percent = _parse_progress_percent(pop("progressPercent"))

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "duration",
                    "processingRate",
                    "bottleneck",
                    "processedSize",
                    "readSize",
                    "transferredSize",
                    "progressPercent",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_progress_type_0 = cls(
            duration,
            processing_rate,
            bottleneck,
            processed_size,
            read_size,
            transferred_size,
            progress_percent,
            additional_properties,
        )
        return session_progress_type_0

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
    """The fast reader's mirror of SessionProgressType0 (types.read_json): a msgspec Struct of its fields under their
    JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> SessionProgressType0:
        duration = m.duration

        def _parse_processing_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        processing_rate = _parse_processing_rate(m.processing_rate)

        bottleneck = m.bottleneck

        def _parse_processed_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        processed_size = _parse_processed_size(m.processed_size)

        def _parse_read_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        read_size = _parse_read_size(m.read_size)

        def _parse_transferred_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        transferred_size = _parse_transferred_size(m.transferred_size)

        def _parse_progress_percent(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        progress_percent = _parse_progress_percent(m.progress_percent)

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_progress_type_0 = SessionProgressType0(
            duration,
            processing_rate,
            bottleneck,
            processed_size,
            read_size,
            transferred_size,
            progress_percent,
            {},
        )
        return session_progress_type_0

    fields: list[Any] = [
        ("duration", str),
        ("processing_rate", Any),
        ("bottleneck", ESessionBottleneckType),
        ("processed_size", Any),
        ("read_size", Any),
        ("transferred_size", Any),
        ("progress_percent", Any),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "SessionProgressType0",
        fields,
        rename={
            "processing_rate": "processingRate",
            "processed_size": "processedSize",
            "read_size": "readSize",
            "transferred_size": "transferredSize",
            "progress_percent": "progressPercent",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
