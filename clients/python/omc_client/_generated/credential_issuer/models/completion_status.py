from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.completion_state import CompletionState
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="CompletionStatus")



@_attrs_define
class CompletionStatus:
    """ 
        Attributes:
            attempts (int):
            completed_on (datetime.date):
            id (UUID):
            micro_credential_id (UUID):
            sis_completion_id (str):
            state (CompletionState):
            updated_at (datetime.datetime):
            version (int):
            credential_id (None | Unset | UUID):
            reason (None | str | Unset): Why it was rejected (the quality ledger's reasons).
     """

    attempts: int
    completed_on: datetime.date
    id: UUID
    micro_credential_id: UUID
    sis_completion_id: str
    state: CompletionState
    updated_at: datetime.datetime
    version: int
    credential_id: None | Unset | UUID = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        completed_on = self.completed_on.isoformat()

        id = str(self.id)

        micro_credential_id = str(self.micro_credential_id)

        sis_completion_id = self.sis_completion_id

        state = self.state.value

        updated_at = self.updated_at.isoformat()

        version = self.version

        credential_id: None | str | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        elif isinstance(self.credential_id, UUID):
            credential_id = str(self.credential_id)
        else:
            credential_id = self.credential_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempts": attempts,
            "completed_on": completed_on,
            "id": id,
            "micro_credential_id": micro_credential_id,
            "sis_completion_id": sis_completion_id,
            "state": state,
            "updated_at": updated_at,
            "version": version,
        })
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempts = d.pop("attempts")

        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))




        id = UUID(d.pop("id"))




        micro_credential_id = UUID(d.pop("micro_credential_id"))




        sis_completion_id = d.pop("sis_completion_id")

        state = CompletionState(d.pop("state"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        def _parse_credential_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                credential_id_type_0 = UUID(data)



                return credential_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        credential_id = _parse_credential_id(d.pop("credential_id", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        completion_status = cls(
            attempts=attempts,
            completed_on=completed_on,
            id=id,
            micro_credential_id=micro_credential_id,
            sis_completion_id=sis_completion_id,
            state=state,
            updated_at=updated_at,
            version=version,
            credential_id=credential_id,
            reason=reason,
        )


        completion_status.additional_properties = d
        return completion_status

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
