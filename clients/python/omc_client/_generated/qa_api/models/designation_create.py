from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ministry_decision import MinistryDecision
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="DesignationCreate")



@_attrs_define
class DesignationCreate:
    """ 
        Attributes:
            decision_id (UUID): The institution's EQAA endorsement decision this rests on.
            effective_from (datetime.date): Not in the future; not before the institution's last decision.
            institution_id (UUID):
            reason (str):
            status (MinistryDecision): What the ministry decides. All but `refused` are sent to the registry.
            attestation_id (None | Unset | UUID): Required to grant (`designated`): the institution's attestation of that
                decision.
            effective_until (datetime.date | None | Unset): `designated` and `suspended` only; after effective_from.
     """

    decision_id: UUID
    effective_from: datetime.date
    institution_id: UUID
    reason: str
    status: MinistryDecision
    attestation_id: None | Unset | UUID = UNSET
    effective_until: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decision_id = str(self.decision_id)

        effective_from = self.effective_from.isoformat()

        institution_id = str(self.institution_id)

        reason = self.reason

        status = self.status.value

        attestation_id: None | str | Unset
        if isinstance(self.attestation_id, Unset):
            attestation_id = UNSET
        elif isinstance(self.attestation_id, UUID):
            attestation_id = str(self.attestation_id)
        else:
            attestation_id = self.attestation_id

        effective_until: None | str | Unset
        if isinstance(self.effective_until, Unset):
            effective_until = UNSET
        elif isinstance(self.effective_until, datetime.date):
            effective_until = self.effective_until.isoformat()
        else:
            effective_until = self.effective_until


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decision_id": decision_id,
            "effective_from": effective_from,
            "institution_id": institution_id,
            "reason": reason,
            "status": status,
        })
        if attestation_id is not UNSET:
            field_dict["attestation_id"] = attestation_id
        if effective_until is not UNSET:
            field_dict["effective_until"] = effective_until

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_id = UUID(d.pop("decision_id"))




        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        institution_id = UUID(d.pop("institution_id"))




        reason = d.pop("reason")

        status = MinistryDecision(d.pop("status"))




        def _parse_attestation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attestation_id_type_0 = UUID(data)



                return attestation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        attestation_id = _parse_attestation_id(d.pop("attestation_id", UNSET))


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


        designation_create = cls(
            decision_id=decision_id,
            effective_from=effective_from,
            institution_id=institution_id,
            reason=reason,
            status=status,
            attestation_id=attestation_id,
            effective_until=effective_until,
        )

        return designation_create

