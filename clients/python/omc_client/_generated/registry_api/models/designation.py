from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.designation_status import DesignationStatus
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Designation")



@_attrs_define
class Designation:
    """ 
        Attributes:
            decision_reference (str):
            effective_from (datetime.date):
            effective_until (datetime.date | None):
            event_id (UUID):
            recorded_at (datetime.datetime):
            status (DesignationStatus):
     """

    decision_reference: str
    effective_from: datetime.date
    effective_until: datetime.date | None
    event_id: UUID
    recorded_at: datetime.datetime
    status: DesignationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        decision_reference = self.decision_reference

        effective_from = self.effective_from.isoformat()

        effective_until: None | str
        if isinstance(self.effective_until, datetime.date):
            effective_until = self.effective_until.isoformat()
        else:
            effective_until = self.effective_until

        event_id = str(self.event_id)

        recorded_at = self.recorded_at.isoformat()

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decision_reference": decision_reference,
            "effective_from": effective_from,
            "effective_until": effective_until,
            "event_id": event_id,
            "recorded_at": recorded_at,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_reference = d.pop("decision_reference")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        def _parse_effective_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_until_type_0 = datetime.date.fromisoformat(data)



                return effective_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_until = _parse_effective_until(d.pop("effective_until"))


        event_id = UUID(d.pop("event_id"))




        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        status = DesignationStatus(d.pop("status"))




        designation = cls(
            decision_reference=decision_reference,
            effective_from=effective_from,
            effective_until=effective_until,
            event_id=event_id,
            recorded_at=recorded_at,
            status=status,
        )


        designation.additional_properties = d
        return designation

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
