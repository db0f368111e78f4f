from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_job_type import EJobType
from ..models.e_platform_type import EPlatformType
from ..types import (
    UNSET,
    Unset,
    object_fields,
    parse_datetime,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="BackupModel")


@_attrs_define
class BackupModel:
    """A backup attached to an agent, as discovered_entities.backups lists it."""

    id: UUID
    """ ID of the backup (UUID); the ID recovery_tokens.create and attach_backup take. """
    name: str
    """ The backup's name as shown in the VBR console. """
    platform_name: EPlatformType
    """ Platform the backed-up data comes from. """
    platform_id: UUID
    """ ID of that platform; all zeros for the built-in platforms. """
    creation_time: datetime.datetime
    """ When the backup was created. """
    repository_id: UUID
    """ ID of the backup repository that holds the backup. """
    job_type: EJobType
    """ Kind of job that made the backup. """
    job_id: UUID | Unset = UNSET
    """ ID of the job or policy that made the backup; all zeros when none (for example a backup copy). """
    policy_unique_id: str | Unset = UNSET
    """ Unique ID of the agent policy that made the backup; empty when none. """
    repository_name: str | Unset = UNSET
    """ Name of that repository. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        platform_name = self.platform_name.value

        platform_id = str(self.platform_id)

        creation_time = self.creation_time.isoformat()

        repository_id = str(self.repository_id)

        job_type = self.job_type.value

        job_id: str | Unset = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = str(self.job_id)

        policy_unique_id = self.policy_unique_id

        repository_name = self.repository_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platformName": platform_name,
                "platformId": platform_id,
                "creationTime": creation_time,
                "repositoryId": repository_id,
                "jobType": job_type,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if policy_unique_id is not UNSET:
            field_dict["policyUniqueId"] = policy_unique_id
        if repository_name is not UNSET:
            field_dict["repositoryName"] = repository_name

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

            name = pop("name")
            if type(name) is not str:
                raise TypeError("expected str")
            platform_name = EPlatformType.from_json(pop("platformName"))

            platform_id = parse_uuid(pop("platformId"))

            creation_time = parse_datetime(pop("creationTime"))

            repository_id = parse_uuid(pop("repositoryId"))

            job_type = EJobType.from_json(pop("jobType"))

            _job_id = pop("jobId", None)
            job_id: UUID | Unset = UNSET if _job_id is None else parse_uuid(_job_id)

            policy_unique_id = pop("policyUniqueId", None)
            if type(policy_unique_id) is not str:
                if policy_unique_id is not None:
                    raise TypeError("expected str")
                policy_unique_id = UNSET
            repository_name = pop("repositoryName", None)
            if type(repository_name) is not str:
                if repository_name is not None:
                    raise TypeError("expected str")
                repository_name = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "name",
                    "platformName",
                    "platformId",
                    "creationTime",
                    "repositoryId",
                    "jobType",
                    "jobId",
                    "policyUniqueId",
                    "repositoryName",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        backup_model = cls(
            id,
            name,
            platform_name,
            platform_id,
            creation_time,
            repository_id,
            job_type,
            job_id,
            policy_unique_id,
            repository_name,
            additional_properties,
        )
        return backup_model

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
    """The fast reader's mirror of BackupModel (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""

    def build(m: Any) -> BackupModel:
        id = m.id

        name = m.name

        platform_name = m.platform_name

        platform_id = m.platform_id

        creation_time = parse_datetime(m.creation_time)

        repository_id = m.repository_id

        job_type = m.job_type

        job_id = m.job_id
        if job_id is None:
            job_id = UNSET

        policy_unique_id = m.policy_unique_id
        if policy_unique_id is None:
            policy_unique_id = UNSET

        repository_name = m.repository_name
        if repository_name is None:
            repository_name = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        backup_model = BackupModel(
            id,
            name,
            platform_name,
            platform_id,
            creation_time,
            repository_id,
            job_type,
            job_id,
            policy_unique_id,
            repository_name,
            {},
        )
        return backup_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("platform_name", EPlatformType),
        ("platform_id", UUID),
        ("creation_time", str),
        ("repository_id", UUID),
        ("job_type", EJobType),
        ("job_id", UUID | None, None),
        ("policy_unique_id", str | None, None),
        ("repository_name", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "BackupModel",
        fields,
        rename={
            "platform_name": "platformName",
            "platform_id": "platformId",
            "creation_time": "creationTime",
            "repository_id": "repositoryId",
            "job_type": "jobType",
            "job_id": "jobId",
            "policy_unique_id": "policyUniqueId",
            "repository_name": "repositoryName",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
