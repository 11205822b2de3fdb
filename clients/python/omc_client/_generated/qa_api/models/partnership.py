from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.partnership_mode import PartnershipMode
from ..models.partnership_outcome import PartnershipOutcome
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.partnership_findings import PartnershipFindings





T = TypeVar("T", bound="Partnership")



@_attrs_define
class Partnership:
    """ One review. The latest review of a partner in a mode, on or before a day, decides that day.

        Attributes:
            findings (PartnershipFindings):
            id (UUID):
            institution_id (UUID):
            mode (PartnershipMode):
            outcome (PartnershipOutcome):
            partner_id (UUID):
            program (str):
            reviewed_on (datetime.date):
            seq (int): The ledger entry (`partnership.reviewed`) that records it.
            valid_until (datetime.date | None):
     """

    findings: PartnershipFindings
    id: UUID
    institution_id: UUID
    mode: PartnershipMode
    outcome: PartnershipOutcome
    partner_id: UUID
    program: str
    reviewed_on: datetime.date
    seq: int
    valid_until: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.partnership_findings import PartnershipFindings # noqa: PLC0415
        findings = self.findings.to_dict()

        id = str(self.id)

        institution_id = str(self.institution_id)

        mode = self.mode.value

        outcome = self.outcome.value

        partner_id = str(self.partner_id)

        program = self.program

        reviewed_on = self.reviewed_on.isoformat()

        seq = self.seq

        valid_until: None | str
        if isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "findings": findings,
            "id": id,
            "institution_id": institution_id,
            "mode": mode,
            "outcome": outcome,
            "partner_id": partner_id,
            "program": program,
            "reviewed_on": reviewed_on,
            "seq": seq,
            "valid_until": valid_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partnership_findings import PartnershipFindings # noqa: PLC0415
        d = dict(src_dict)
        findings = PartnershipFindings.from_dict(d.pop("findings"))




        id = UUID(d.pop("id"))




        institution_id = UUID(d.pop("institution_id"))




        mode = PartnershipMode(d.pop("mode"))




        outcome = PartnershipOutcome(d.pop("outcome"))




        partner_id = UUID(d.pop("partner_id"))




        program = d.pop("program")

        reviewed_on = datetime.date.fromisoformat(d.pop("reviewed_on"))




        seq = d.pop("seq")

        def _parse_valid_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_until = _parse_valid_until(d.pop("valid_until"))


        partnership = cls(
            findings=findings,
            id=id,
            institution_id=institution_id,
            mode=mode,
            outcome=outcome,
            partner_id=partner_id,
            program=program,
            reviewed_on=reviewed_on,
            seq=seq,
            valid_until=valid_until,
        )


        partnership.additional_properties = d
        return partnership

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
