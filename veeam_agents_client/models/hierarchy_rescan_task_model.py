from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_task_result import ETaskResult
from ..models.e_task_state import ETaskState
from ..models.e_task_type import ETaskType
from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_datetime,
    parse_uuid,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="HierarchyRescanTaskModel")


@_attrs_define
class HierarchyRescanTaskModel:
    """A task rescanning the object hierarchy of a server of the virtual infrastructure (type HierarchyRescan)."""

    id: UUID
    """ ID of the task (UUID), for tasks.get and tasks.wait. """
    name: str
    """ The task's name, such as "Create recovery media task". """
    state: ETaskState
    """ Where the task is in its life cycle; Stopped once it has ended. """
    progress_percent: int
    """ How far the task has got, in percent (0 to 100). """
    creation_time: datetime.datetime
    """ When the task started. """
    result: ETaskResult
    """ How the task ended; None while it runs. """
    end_time: datetime.datetime | Unset = UNSET
    """ When the task ended; unset or null while it runs. """
    server_name: str | Unset = UNSET
    """ Name of the server being rescanned, such as esxi01.tech.local. """
    type_: ETaskType = _attrs_field(
        default=ETaskType("HierarchyRescan"),
        kw_only=True,
        metadata={"discriminator": "type"},
    )
    """ Kind of task, which decides the model it reads as. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        name = self.name

        state = self.state.value

        progress_percent = self.progress_percent

        creation_time = self.creation_time.isoformat()

        result = self.result.value

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        server_name = self.server_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
                "state": state,
                "progressPercent": progress_percent,
                "creationTime": creation_time,
                "result": result,
            }
        )
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if server_name is not UNSET:
            field_dict["serverName"] = server_name

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
            id = parse_uuid(pop("id"))

            type_ = ETaskType.from_json(pop("type"))

            name = pop("name")
            if type(name) is not str:
                raise TypeError("expected str")
            state = ETaskState.from_json(pop("state"))

            progress_percent = pop("progressPercent")
            if type(progress_percent) is not int:
                raise TypeError("expected int")
            creation_time = parse_datetime(pop("creationTime"))

            result = ETaskResult.from_json(pop("result"))

            _end_time = pop("endTime", None)
            end_time: datetime.datetime | Unset = (
                UNSET if _end_time is None else parse_datetime(_end_time)
            )

            server_name = pop("serverName", None)
            if type(server_name) is not str:
                if server_name is not None:
                    raise TypeError("expected str")
                server_name = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "type",
                    "name",
                    "state",
                    "progressPercent",
                    "creationTime",
                    "result",
                    "endTime",
                    "serverName",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        hierarchy_rescan_task_model = cls(
            id,
            name,
            state,
            progress_percent,
            creation_time,
            result,
            end_time,
            server_name,
            additional_properties,
            type_=type_,
        )
        if type_ != "HierarchyRescan":  # another kind in a field typed as this one
            received(hierarchy_rescan_task_model)
        return hierarchy_rescan_task_model

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
    """The fast reader's mirror of HierarchyRescanTaskModel (types.read_json): a msgspec Struct of its fields under
    their JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family union holds, its
    kind msgspec's tag."""

    def build(m: Any) -> HierarchyRescanTaskModel:
        id = m.id

        type_ = m.type_

        name = m.name

        state = m.state

        progress_percent = m.progress_percent

        creation_time = parse_datetime(m.creation_time)

        result = m.result

        _end_time = m.end_time
        end_time: datetime.datetime | Unset = (
            UNSET if _end_time is None else parse_datetime(_end_time)
        )

        server_name = m.server_name
        if server_name is None:
            server_name = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        hierarchy_rescan_task_model = HierarchyRescanTaskModel(
            id,
            name,
            state,
            progress_percent,
            creation_time,
            result,
            end_time,
            server_name,
            {},
            type_=type_,
        )
        if type_ != "HierarchyRescan":  # another kind in a field typed as this one
            received(hierarchy_rescan_task_model)
        return hierarchy_rescan_task_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("state", ETaskState),
        ("progress_percent", int),
        ("creation_time", str),
        ("result", ETaskResult),
        ("end_time", str | None, None),
        ("server_name", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["type_"] = ETaskType("HierarchyRescan")
    else:
        fields.append(
            ("type_", ETaskType),
        )
    return msgspec.defstruct(
        "HierarchyRescanTaskModel",
        fields,
        rename={
            "type_": "type",
            "progress_percent": "progressPercent",
            "creation_time": "creationTime",
            "end_time": "endTime",
            "server_name": "serverName",
        },
        tag_field="type" if tagged else None,
        tag="HierarchyRescan" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
