from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_platform_type import EPlatformType
from ..models.e_session_algorithm import ESessionAlgorithm
from ..models.e_session_state import ESessionState
from ..models.e_session_type import ESessionType
from ..types import (
    UNSET,
    Unset,
    mirror,
    object_fields,
    parse_datetime,
    parse_uuid,
    redacted_repr,
    unreadable,
)

T = TypeVar("T", bound="SessionModel")


@_attrs_define
class SessionModel:
    """A session, one run of a job or operation on the server, such as the rescan or agent installation an action of this
    API starts; follow it with sessions.wait.

    """

    id: UUID
    """ ID of the session (UUID), for sessions.get and sessions.wait. """
    name: str
    """ The session's name, such as "Rescan of dlsql03". """
    session_type: ESessionType
    """ What the session does (AgentDiscovery for rescans and agent deployments). """
    creation_time: datetime.datetime
    """ When the session started. """
    state: ESessionState
    """ Where the session is in its life cycle; Stopped once it has ended. """
    usn: int
    """ Update sequence number of the session record (a 64-bit counter). """
    job_id: UUID | Unset = UNSET
    """ ID of the job or object the session runs for; for a protection group's rescan or create, the group's ID.
    Added in 1.2-rev1. """
    end_time: datetime.datetime | Unset = UNSET
    """ When the session ended; unset while it runs. """
    progress_percent: int | Unset = UNSET
    """ How far the session has got, in percent (0 to 100). """
    result: SessionResultModel | Unset = UNSET
    """ How the session ended, with the server's message (its result is None while the session runs). """
    resource_id: UUID | Unset = UNSET
    """ ID of the object the session works on, when there is one. """
    resource_reference: str | Unset = UNSET
    """ API path of the object the session works on, when there is one. """
    parent_session_id: UUID | Unset = UNSET
    """ ID of the session this one runs under, when there is one. """
    platform_name: EPlatformType | Unset = UNSET
    """ Platform the session works on, such as WindowsPhysical for agent sessions. Added in 1.2-rev1. """
    platform_id: UUID | Unset = UNSET
    """ ID of that platform; all zeros for the built-in platforms. Added in 1.2-rev1. """
    initiated_by: str | Unset = UNSET
    """ Account that started the session, such as .\\veeam-rest-service. Added in 1.3-rev0. """
    related_session_id: UUID | Unset = UNSET
    """ ID of a session related to this one, when there is one. Added in 1.3-rev1. """
    algorithm: ESessionAlgorithm | Unset = UNSET
    """ Whether a backup session made a full backup or an increment. Added in 1.3-rev2. """
    progress: None | SessionProgressType0 | Unset = UNSET
    """ Detailed progress of a session that moves data (sizes, rate, bottleneck); null when there is none. Added in
    1.3-rev2. """
    original_session_id: UUID | Unset = UNSET
    """ ID of the original session, when this one derives from another (such as a retry). Added in 1.3-rev2. """
    retry_info: SessionRetryInfo | Unset = UNSET
    """ Whether the session is a retry, and which. Added in 1.3-rev2. """
    activity_id: UUID | Unset = UNSET
    """ What 1.1-rev0 servers (VBR 12.0) name the ID of the job or activity a session runs for, where later
    revisions send jobId. Dropped after 1.1-rev0. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset())

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        session_type = self.session_type.value

        creation_time = self.creation_time.isoformat()

        state = self.state.value

        usn = self.usn

        job_id: str | Unset = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = str(self.job_id)

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        progress_percent = self.progress_percent

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        resource_id: str | Unset = UNSET
        if not isinstance(self.resource_id, Unset):
            resource_id = str(self.resource_id)

        resource_reference = self.resource_reference

        parent_session_id: str | Unset = UNSET
        if not isinstance(self.parent_session_id, Unset):
            parent_session_id = str(self.parent_session_id)

        platform_name: str | Unset = UNSET
        if not isinstance(self.platform_name, Unset):
            platform_name = self.platform_name.value

        platform_id: str | Unset = UNSET
        if not isinstance(self.platform_id, Unset):
            platform_id = str(self.platform_id)

        initiated_by = self.initiated_by

        related_session_id: str | Unset = UNSET
        if not isinstance(self.related_session_id, Unset):
            related_session_id = str(self.related_session_id)

        algorithm: str | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.value

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, SessionProgressType0):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        original_session_id: str | Unset = UNSET
        if not isinstance(self.original_session_id, Unset):
            original_session_id = str(self.original_session_id)

        retry_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry_info, Unset):
            retry_info = self.retry_info.to_dict()

        activity_id: str | Unset = UNSET
        if not isinstance(self.activity_id, Unset):
            activity_id = str(self.activity_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "sessionType": session_type,
                "creationTime": creation_time,
                "state": state,
                "usn": usn,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if progress_percent is not UNSET:
            field_dict["progressPercent"] = progress_percent
        if result is not UNSET:
            field_dict["result"] = result
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if resource_reference is not UNSET:
            field_dict["resourceReference"] = resource_reference
        if parent_session_id is not UNSET:
            field_dict["parentSessionId"] = parent_session_id
        if platform_name is not UNSET:
            field_dict["platformName"] = platform_name
        if platform_id is not UNSET:
            field_dict["platformId"] = platform_id
        if initiated_by is not UNSET:
            field_dict["initiatedBy"] = initiated_by
        if related_session_id is not UNSET:
            field_dict["relatedSessionId"] = related_session_id
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if progress is not UNSET:
            field_dict["progress"] = progress
        if original_session_id is not UNSET:
            field_dict["originalSessionId"] = original_session_id
        if retry_info is not UNSET:
            field_dict["retryInfo"] = retry_info
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id

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
            session_type = ESessionType.from_json(pop("sessionType"))

            creation_time = parse_datetime(pop("creationTime"))

            state = ESessionState.from_json(pop("state"))

            usn = pop("usn")
            if type(usn) is not int:
                raise TypeError("expected int")
            _job_id = pop("jobId", None)
            job_id: UUID | Unset = UNSET if _job_id is None else parse_uuid(_job_id)

            _end_time = pop("endTime", None)
            end_time: datetime.datetime | Unset = (
                UNSET if _end_time is None else parse_datetime(_end_time)
            )

            progress_percent = pop("progressPercent", None)
            if type(progress_percent) is not int:
                if progress_percent is not None:
                    raise TypeError("expected int")
                progress_percent = UNSET
            _result = pop("result", None)
            result: SessionResultModel | Unset = (
                UNSET if _result is None else SessionResultModel.from_dict(_result)
            )

            _resource_id = pop("resourceId", None)
            resource_id: UUID | Unset = (
                UNSET if _resource_id is None else parse_uuid(_resource_id)
            )

            resource_reference = pop("resourceReference", None)
            if type(resource_reference) is not str:
                if resource_reference is not None:
                    raise TypeError("expected str")
                resource_reference = UNSET
            _parent_session_id = pop("parentSessionId", None)
            parent_session_id: UUID | Unset = (
                UNSET if _parent_session_id is None else parse_uuid(_parent_session_id)
            )

            _platform_name = pop("platformName", None)
            platform_name: EPlatformType | Unset = (
                UNSET
                if _platform_name is None
                else EPlatformType.from_json(_platform_name)
            )

            _platform_id = pop("platformId", None)
            platform_id: UUID | Unset = (
                UNSET if _platform_id is None else parse_uuid(_platform_id)
            )

            initiated_by = pop("initiatedBy", None)
            if type(initiated_by) is not str:
                if initiated_by is not None:
                    raise TypeError("expected str")
                initiated_by = UNSET
            _related_session_id = pop("relatedSessionId", None)
            related_session_id: UUID | Unset = (
                UNSET
                if _related_session_id is None
                else parse_uuid(_related_session_id)
            )

            _algorithm = pop("algorithm", None)
            algorithm: ESessionAlgorithm | Unset = (
                UNSET if _algorithm is None else ESessionAlgorithm.from_json(_algorithm)
            )

            def _parse_progress(data: object) -> None | SessionProgressType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_session_progress_type_0 = (
                        SessionProgressType0.from_dict(data)
                    )

                    return componentsschemas_session_progress_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SessionProgressType0 | Unset, data)

            progress = _parse_progress(pop("progress", UNSET))

            _original_session_id = pop("originalSessionId", None)
            original_session_id: UUID | Unset = (
                UNSET
                if _original_session_id is None
                else parse_uuid(_original_session_id)
            )

            _retry_info = pop("retryInfo", None)
            retry_info: SessionRetryInfo | Unset = (
                UNSET
                if _retry_info is None
                else SessionRetryInfo.from_dict(_retry_info)
            )

            _activity_id = pop("activityId", None)
            activity_id: UUID | Unset = (
                UNSET if _activity_id is None else parse_uuid(_activity_id)
            )

        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "id",
                    "name",
                    "sessionType",
                    "creationTime",
                    "state",
                    "usn",
                    "jobId",
                    "endTime",
                    "progressPercent",
                    "result",
                    "resourceId",
                    "resourceReference",
                    "parentSessionId",
                    "platformName",
                    "platformId",
                    "initiatedBy",
                    "relatedSessionId",
                    "algorithm",
                    "progress",
                    "originalSessionId",
                    "retryInfo",
                    "activityId",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_model = cls(
            id,
            name,
            session_type,
            creation_time,
            state,
            usn,
            job_id,
            end_time,
            progress_percent,
            result,
            resource_id,
            resource_reference,
            parent_session_id,
            platform_name,
            platform_id,
            initiated_by,
            related_session_id,
            algorithm,
            progress,
            original_session_id,
            retry_info,
            activity_id,
            additional_properties,
        )
        return session_model

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
    """The fast reader's mirror of SessionModel (types.read_json): a msgspec Struct of its fields under their JSON
    names, and no other, whose `_build` makes the model."""
    build_result = mirror(SessionResultModel)._build
    build_retry_info = mirror(SessionRetryInfo)._build

    def build(m: Any) -> SessionModel:
        id = m.id

        name = m.name

        session_type = m.session_type

        creation_time = parse_datetime(m.creation_time)

        state = m.state

        usn = m.usn

        job_id = m.job_id
        if job_id is None:
            job_id = UNSET

        _end_time = m.end_time
        end_time: datetime.datetime | Unset = (
            UNSET if _end_time is None else parse_datetime(_end_time)
        )

        progress_percent = m.progress_percent
        if progress_percent is None:
            progress_percent = UNSET

        _result = m.result
        result = UNSET if _result is None else build_result(_result)

        resource_id = m.resource_id
        if resource_id is None:
            resource_id = UNSET

        resource_reference = m.resource_reference
        if resource_reference is None:
            resource_reference = UNSET

        parent_session_id = m.parent_session_id
        if parent_session_id is None:
            parent_session_id = UNSET

        platform_name = m.platform_name
        if platform_name is None:
            platform_name = UNSET

        platform_id = m.platform_id
        if platform_id is None:
            platform_id = UNSET

        initiated_by = m.initiated_by
        if initiated_by is None:
            initiated_by = UNSET

        related_session_id = m.related_session_id
        if related_session_id is None:
            related_session_id = UNSET

        algorithm = m.algorithm
        if algorithm is None:
            algorithm = UNSET

        def _parse_progress(data: object) -> None | SessionProgressType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_session_progress_type_0 = (
                    SessionProgressType0.from_dict(data)
                )

                return componentsschemas_session_progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionProgressType0 | Unset, data)

        progress = _parse_progress(m.progress)

        original_session_id = m.original_session_id
        if original_session_id is None:
            original_session_id = UNSET

        _retry_info = m.retry_info
        retry_info = UNSET if _retry_info is None else build_retry_info(_retry_info)

        activity_id = m.activity_id
        if activity_id is None:
            activity_id = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        session_model = SessionModel(
            id,
            name,
            session_type,
            creation_time,
            state,
            usn,
            job_id,
            end_time,
            progress_percent,
            result,
            resource_id,
            resource_reference,
            parent_session_id,
            platform_name,
            platform_id,
            initiated_by,
            related_session_id,
            algorithm,
            progress,
            original_session_id,
            retry_info,
            activity_id,
            {},
        )
        return session_model

    fields: list[Any] = [
        ("id", UUID),
        ("name", str),
        ("session_type", ESessionType),
        ("creation_time", str),
        ("state", ESessionState),
        ("usn", int),
        ("job_id", UUID | None, None),
        ("end_time", str | None, None),
        ("progress_percent", int | None, None),
        ("result", mirror(SessionResultModel) | None, None),
        ("resource_id", UUID | None, None),
        ("resource_reference", str | None, None),
        ("parent_session_id", UUID | None, None),
        ("platform_name", EPlatformType | None, None),
        ("platform_id", UUID | None, None),
        ("initiated_by", str | None, None),
        ("related_session_id", UUID | None, None),
        ("algorithm", ESessionAlgorithm | None, None),
        ("progress", Any, UNSET),
        ("original_session_id", UUID | None, None),
        ("retry_info", mirror(SessionRetryInfo) | None, None),
        ("activity_id", UUID | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    return msgspec.defstruct(
        "SessionModel",
        fields,
        rename={
            "session_type": "sessionType",
            "creation_time": "creationTime",
            "job_id": "jobId",
            "end_time": "endTime",
            "progress_percent": "progressPercent",
            "resource_id": "resourceId",
            "resource_reference": "resourceReference",
            "parent_session_id": "parentSessionId",
            "platform_name": "platformName",
            "platform_id": "platformId",
            "initiated_by": "initiatedBy",
            "related_session_id": "relatedSessionId",
            "original_session_id": "originalSessionId",
            "retry_info": "retryInfo",
            "activity_id": "activityId",
        },
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )


from ..models.session_progress_type_0 import SessionProgressType0
from ..models.session_result_model import SessionResultModel
from ..models.session_retry_info import SessionRetryInfo
