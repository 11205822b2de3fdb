from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.designation_status import DesignationStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="DesignationEvent")



@_attrs_define
class DesignationEvent:
    """ Sent by the quality ledger when the ministry grants, suspends, revokes or lets lapse a DOMCI
    designation. Applying the same event twice changes nothing.

        Attributes:
            decision_reference (str):
            effective_from (datetime.date):
            event_id (UUID):
            organisation_id (UUID):
            status (DesignationStatus):
            effective_until (datetime.date | None | Unset):
     """

    decision_reference: str
    effective_from: datetime.date
    event_id: UUID
    organisation_id: UUID
    status: DesignationStatus
    effective_until: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decision_reference = self.decision_reference

        effective_from = self.effective_from.isoformat()

        event_id = str(self.event_id)

        organisation_id = str(self.organisation_id)

        status = self.status.value

        effective_until: None | str | Unset
        if isinstance(self.effective_until, Unset):
            effective_until = UNSET
        elif isinstance(self.effective_until, datetime.date):
            effective_until = self.effective_until.isoformat()
        else:
            effective_until = self.effective_until


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decision_reference": decision_reference,
            "effective_from": effective_from,
            "event_id": event_id,
            "organisation_id": organisation_id,
            "status": status,
        })
        if effective_until is not UNSET:
            field_dict["effective_until"] = effective_until

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_reference = d.pop("decision_reference")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        event_id = UUID(d.pop("event_id"))




        organisation_id = UUID(d.pop("organisation_id"))




        status = DesignationStatus(d.pop("status"))




        def _parse_effective_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_until_type_0 = datetime.date.fromisoformat(data)



                return effective_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_until = _parse_effective_until(d.pop("effective_until", UNSET))


        designation_event = cls(
            decision_reference=decision_reference,
            effective_from=effective_from,
            event_id=event_id,
            organisation_id=organisation_id,
            status=status,
            effective_until=effective_until,
        )

        return designation_event

