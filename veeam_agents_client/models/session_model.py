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
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="SessionModel")


@_attrs_define
class SessionModel:
    """A session: a run of a job or an operation."""

    id: UUID
    name: str
    job_id: UUID
    session_type: ESessionType
    """ What a session does. """
    creation_time: datetime.datetime
    state: ESessionState
    """ Life-cycle state of a session. """
    usn: int
    end_time: datetime.datetime | Unset = UNSET
    progress_percent: int | Unset = UNSET
    result: SessionResultModel | Unset = UNSET
    """ How a session ended. """
    resource_id: UUID | Unset = UNSET
    resource_reference: str | Unset = UNSET
    parent_session_id: UUID | Unset = UNSET
    platform_name: EPlatformType | Unset = UNSET
    """ Platform a session ran on. """
    platform_id: UUID | Unset = UNSET
    initiated_by: str | Unset = UNSET
    related_session_id: UUID | Unset = UNSET
    algorithm: ESessionAlgorithm | Unset = UNSET
    progress: None | SessionProgressType0 | Unset = UNSET
    original_session_id: UUID | Unset = UNSET
    retry_info: SessionRetryInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        job_id = str(self.job_id)

        session_type = self.session_type.value

        creation_time = self.creation_time.isoformat()

        state = self.state.value

        usn = self.usn

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "jobId": job_id,
                "sessionType": session_type,
                "creationTime": creation_time,
                "state": state,
                "usn": usn,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        name = d.pop("name")
        if type(name) is not str:
            raise TypeError("name: not str")

        job_id = parse_uuid(d.pop("jobId"))

        session_type = ESessionType.from_json(d.pop("sessionType"))

        creation_time = datetime.datetime.fromisoformat(d.pop("creationTime"))

        state = ESessionState.from_json(d.pop("state"))

        usn = d.pop("usn")
        if type(usn) is not int:
            raise TypeError("usn: not int")

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if _end_time is None or isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        progress_percent = d.pop("progressPercent", UNSET)
        if progress_percent is None:
            progress_percent = UNSET
        elif progress_percent is not UNSET and type(progress_percent) is not int:
            raise TypeError("progressPercent: not int")

        _result = d.pop("result", UNSET)
        result: SessionResultModel | Unset
        if _result is None or isinstance(_result, Unset):
            result = UNSET
        else:
            result = SessionResultModel.from_dict(_result)

        _resource_id = d.pop("resourceId", UNSET)
        resource_id: UUID | Unset
        if _resource_id is None or isinstance(_resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = parse_uuid(_resource_id)

        resource_reference = d.pop("resourceReference", UNSET)
        if resource_reference is None:
            resource_reference = UNSET
        elif resource_reference is not UNSET and type(resource_reference) is not str:
            raise TypeError("resourceReference: not str")

        _parent_session_id = d.pop("parentSessionId", UNSET)
        parent_session_id: UUID | Unset
        if _parent_session_id is None or isinstance(_parent_session_id, Unset):
            parent_session_id = UNSET
        else:
            parent_session_id = parse_uuid(_parent_session_id)

        _platform_name = d.pop("platformName", UNSET)
        platform_name: EPlatformType | Unset
        if _platform_name is None or isinstance(_platform_name, Unset):
            platform_name = UNSET
        else:
            platform_name = EPlatformType.from_json(_platform_name)

        _platform_id = d.pop("platformId", UNSET)
        platform_id: UUID | Unset
        if _platform_id is None or isinstance(_platform_id, Unset):
            platform_id = UNSET
        else:
            platform_id = parse_uuid(_platform_id)

        initiated_by = d.pop("initiatedBy", UNSET)
        if initiated_by is None:
            initiated_by = UNSET
        elif initiated_by is not UNSET and type(initiated_by) is not str:
            raise TypeError("initiatedBy: not str")

        _related_session_id = d.pop("relatedSessionId", UNSET)
        related_session_id: UUID | Unset
        if _related_session_id is None or isinstance(_related_session_id, Unset):
            related_session_id = UNSET
        else:
            related_session_id = parse_uuid(_related_session_id)

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: ESessionAlgorithm | Unset
        if _algorithm is None or isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = ESessionAlgorithm.from_json(_algorithm)

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

        progress = _parse_progress(d.pop("progress", UNSET))

        _original_session_id = d.pop("originalSessionId", UNSET)
        original_session_id: UUID | Unset
        if _original_session_id is None or isinstance(_original_session_id, Unset):
            original_session_id = UNSET
        else:
            original_session_id = parse_uuid(_original_session_id)

        _retry_info = d.pop("retryInfo", UNSET)
        retry_info: SessionRetryInfo | Unset
        if _retry_info is None or isinstance(_retry_info, Unset):
            retry_info = UNSET
        else:
            retry_info = SessionRetryInfo.from_dict(_retry_info)

        session_model = cls(
            id=id,
            name=name,
            job_id=job_id,
            session_type=session_type,
            creation_time=creation_time,
            state=state,
            usn=usn,
            end_time=end_time,
            progress_percent=progress_percent,
            result=result,
            resource_id=resource_id,
            resource_reference=resource_reference,
            parent_session_id=parent_session_id,
            platform_name=platform_name,
            platform_id=platform_id,
            initiated_by=initiated_by,
            related_session_id=related_session_id,
            algorithm=algorithm,
            progress=progress,
            original_session_id=original_session_id,
            retry_info=retry_info,
        )

        session_model.additional_properties = d
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


from ..models.session_progress_type_0 import SessionProgressType0
from ..models.session_result_model import SessionResultModel
from ..models.session_retry_info import SessionRetryInfo
