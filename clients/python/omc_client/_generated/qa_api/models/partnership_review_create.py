from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.partnership_mode import PartnershipMode
from ..models.partnership_outcome import PartnershipOutcome
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.partnership_findings import PartnershipFindings





T = TypeVar("T", bound="PartnershipReviewCreate")



@_attrs_define
class PartnershipReviewCreate:
    """ 
        Attributes:
            findings (PartnershipFindings):
            mode (PartnershipMode):
            outcome (PartnershipOutcome):
            partner_id (UUID): An alternate provider registered in the registry.
            program (str): The partner's program (or part of it) that was reviewed.
            reviewed_on (datetime.date): When the IQAP decided; not in the future.
            valid_until (datetime.date | None | Unset): Last day the approval holds (inclusive); absent: until reviewed
                again.
     """

    findings: PartnershipFindings
    mode: PartnershipMode
    outcome: PartnershipOutcome
    partner_id: UUID
    program: str
    reviewed_on: datetime.date
    valid_until: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.partnership_findings import PartnershipFindings # noqa: PLC0415
        findings = self.findings.to_dict()

        mode = self.mode.value

        outcome = self.outcome.value

        partner_id = str(self.partner_id)

        program = self.program

        reviewed_on = self.reviewed_on.isoformat()

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "findings": findings,
            "mode": mode,
            "outcome": outcome,
            "partner_id": partner_id,
            "program": program,
            "reviewed_on": reviewed_on,
        })
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partnership_findings import PartnershipFindings # noqa: PLC0415
        d = dict(src_dict)
        findings = PartnershipFindings.from_dict(d.pop("findings"))




        mode = PartnershipMode(d.pop("mode"))




        outcome = PartnershipOutcome(d.pop("outcome"))




        partner_id = UUID(d.pop("partner_id"))




        program = d.pop("program")

        reviewed_on = datetime.date.fromisoformat(d.pop("reviewed_on"))




        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))


        partnership_review_create = cls(
            findings=findings,
            mode=mode,
            outcome=outcome,
            partner_id=partner_id,
            program=program,
            reviewed_on=reviewed_on,
            valid_until=valid_until,
        )

        return partnership_review_create

