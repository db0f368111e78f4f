from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_computer_recovery_token_filters_order_column import (
    EComputerRecoveryTokenFiltersOrderColumn,
)
from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_datetime,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="ComputerRecoveryTokenFilters")


@_attrs_define
class ComputerRecoveryTokenFilters:
    """Paging, sorting and filters of the recovery token list (recovery_tokens.list)."""

    skip: int | Unset = UNSET
    """ How many tokens to skip from the start of the sorted list. """
    limit: int | Unset = UNSET
    """ The most tokens to return in one page. """
    order_column: EComputerRecoveryTokenFiltersOrderColumn | Unset = UNSET
    """ The field to sort by (name or expiration date). """
    order_asc: bool | Unset = UNSET
    """ Sort ascending by orderColumn when true, descending when false. """
    name_filter: str | Unset = UNSET
    """ Name pattern; an asterisk (*) at the start, the end or both stands for any characters. """
    expiration_date_before: datetime.datetime | Unset = UNSET
    """ Only tokens that expire before this date and time. """
    expiration_date_after: datetime.datetime | Unset = UNSET
    """ Only tokens that expire after this date and time. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        skip = self.skip

        limit = self.limit

        order_column: str | Unset = UNSET
        if not isinstance(self.order_column, Unset):
            order_column = self.order_column.value

        order_asc = self.order_asc

        name_filter = self.name_filter

        expiration_date_before: str | Unset = UNSET
        if not isinstance(self.expiration_date_before, Unset):
            expiration_date_before = self.expiration_date_before.isoformat()

        expiration_date_after: str | Unset = UNSET
        if not isinstance(self.expiration_date_after, Unset):
            expiration_date_after = self.expiration_date_after.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip is not UNSET:
            field_dict["skip"] = skip
        if limit is not UNSET:
            field_dict["limit"] = limit
        if order_column is not UNSET:
            field_dict["orderColumn"] = order_column
        if order_asc is not UNSET:
            field_dict["orderAsc"] = order_asc
        if name_filter is not UNSET:
            field_dict["nameFilter"] = name_filter
        if expiration_date_before is not UNSET:
            field_dict["expirationDateBefore"] = expiration_date_before
        if expiration_date_after is not UNSET:
            field_dict["expirationDateAfter"] = expiration_date_after

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
            skip = pop("skip", None)
            if type(skip) is not int:
                if skip is not None:
                    raise TypeError("expected int")
                skip = UNSET
            limit = pop("limit", None)
            if type(limit) is not int:
                if limit is not None:
                    raise TypeError("expected int")
                limit = UNSET
            _order_column = pop("orderColumn", None)
            order_column: EComputerRecoveryTokenFiltersOrderColumn | Unset = (
                UNSET
                if _order_column is None
                else EComputerRecoveryTokenFiltersOrderColumn.from_json(_order_column)
            )

            order_asc = pop("orderAsc", None)
            if type(order_asc) is not bool:
                if order_asc is not None:
                    raise TypeError("expected bool")
                order_asc = UNSET
            name_filter = pop("nameFilter", None)
            if type(name_filter) is not str:
                if name_filter is not None:
                    raise TypeError("expected str")
                name_filter = UNSET
            _expiration_date_before = pop("expirationDateBefore", None)
            expiration_date_before: datetime.datetime | Unset = (
                UNSET
                if _expiration_date_before is None
                else parse_datetime(_expiration_date_before)
            )

            _expiration_date_after = pop("expirationDateAfter", None)
            expiration_date_after: datetime.datetime | Unset = (
                UNSET
                if _expiration_date_after is None
                else parse_datetime(_expiration_date_after)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "skip",
                    "limit",
                    "orderColumn",
                    "orderAsc",
                    "nameFilter",
                    "expirationDateBefore",
                    "expirationDateAfter",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        computer_recovery_token_filters = cls(
            skip,
            limit,
            order_column,
            order_asc,
            name_filter,
            expiration_date_before,
            expiration_date_after,
            additional_properties,
        )
        return computer_recovery_token_filters

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
    """The fast reader's mirror of ComputerRecoveryTokenFilters (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> ComputerRecoveryTokenFilters:
        skip = m.skip
        if skip is None:
            skip = UNSET

        limit = m.limit
        if limit is None:
            limit = UNSET

        order_column = m.order_column
        if order_column is None:
            order_column = UNSET

        order_asc = m.order_asc
        if order_asc is None:
            order_asc = UNSET

        name_filter = m.name_filter
        if name_filter is None:
            name_filter = UNSET

        _expiration_date_before = m.expiration_date_before
        expiration_date_before: datetime.datetime | Unset = (
            UNSET
            if _expiration_date_before is None
            else parse_datetime(_expiration_date_before)
        )

        _expiration_date_after = m.expiration_date_after
        expiration_date_after: datetime.datetime | Unset = (
            UNSET
            if _expiration_date_after is None
            else parse_datetime(_expiration_date_after)
        )

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        computer_recovery_token_filters = ComputerRecoveryTokenFilters(
            skip,
            limit,
            order_column,
            order_asc,
            name_filter,
            expiration_date_before,
            expiration_date_after,
            {},
        )
        return computer_recovery_token_filters

    fields: list[Any] = [
        ("skip", int | None, None),
        ("limit", int | None, None),
        ("order_column", EComputerRecoveryTokenFiltersOrderColumn | None, None),
        ("order_asc", bool | None, None),
        ("name_filter", str | None, None),
        ("expiration_date_before", str | None, None),
        ("expiration_date_after", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "ComputerRecoveryTokenFilters",
        fields,
        rename={
            "order_column": "orderColumn",
            "order_asc": "orderAsc",
            "name_filter": "nameFilter",
            "expiration_date_before": "expirationDateBefore",
            "expiration_date_after": "expirationDateAfter",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
