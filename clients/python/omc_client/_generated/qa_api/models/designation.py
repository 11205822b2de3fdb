from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ministry_decision import MinistryDecision
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Designation")



@_attrs_define
class Designation:
    """ 
        Attributes:
            attestation_id (None | UUID):
            decision_id (None | UUID):
            effective_from (datetime.date):
            effective_until (datetime.date | None):
            id (UUID): Also the event id the registry records.
            institution_id (UUID):
            reason (None | str):
            seq (int):
            status (MinistryDecision): What the ministry decides. All but `refused` are sent to the registry.
     """

    attestation_id: None | UUID
    decision_id: None | UUID
    effective_from: datetime.date
    effective_until: datetime.date | None
    id: UUID
    institution_id: UUID
    reason: None | str
    seq: int
    status: MinistryDecision
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attestation_id: None | str
        if isinstance(self.attestation_id, UUID):
            attestation_id = str(self.attestation_id)
        else:
            attestation_id = self.attestation_id

        decision_id: None | str
        if isinstance(self.decision_id, UUID):
            decision_id = str(self.decision_id)
        else:
            decision_id = self.decision_id

        effective_from = self.effective_from.isoformat()

        effective_until: None | str
        if isinstance(self.effective_until, datetime.date):
            effective_until = self.effective_until.isoformat()
        else:
            effective_until = self.effective_until

        id = str(self.id)

        institution_id = str(self.institution_id)

        reason: None | str
        reason = self.reason

        seq = self.seq

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attestation_id": attestation_id,
            "decision_id": decision_id,
            "effective_from": effective_from,
            "effective_until": effective_until,
            "id": id,
            "institution_id": institution_id,
            "reason": reason,
            "seq": seq,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_attestation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attestation_id_type_0 = UUID(data)



                return attestation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        attestation_id = _parse_attestation_id(d.pop("attestation_id"))


        def _parse_decision_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_id_type_0 = UUID(data)



                return decision_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        decision_id = _parse_decision_id(d.pop("decision_id"))


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


        id = UUID(d.pop("id"))




        institution_id = UUID(d.pop("institution_id"))




        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        seq = d.pop("seq")

        status = MinistryDecision(d.pop("status"))




        designation = cls(
            attestation_id=attestation_id,
            decision_id=decision_id,
            effective_from=effective_from,
            effective_until=effective_until,
            id=id,
            institution_id=institution_id,
            reason=reason,
            seq=seq,
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
