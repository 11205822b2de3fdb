from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.condition_status import ConditionStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.evidence import Evidence





T = TypeVar("T", bound="Condition")



@_attrs_define
class Condition:
    """ 
        Attributes:
            due_on (datetime.date): After the decision, not after the term's end.
            evidence_required (str):
            id (str): Short code, unique within the decision, e.g. `c1`.
            text (str):
            evidence (Evidence | None | Unset): What the agency relied on to change the status.
            status (ConditionStatus | Unset):
            status_on (datetime.date | None | Unset): When the status last changed.
     """

    due_on: datetime.date
    evidence_required: str
    id: str
    text: str
    evidence: Evidence | None | Unset = UNSET
    status: ConditionStatus | Unset = UNSET
    status_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence import Evidence # noqa: PLC0415
        due_on = self.due_on.isoformat()

        evidence_required = self.evidence_required

        id = self.id

        text = self.text

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, Evidence):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        status_on: None | str | Unset
        if isinstance(self.status_on, Unset):
            status_on = UNSET
        elif isinstance(self.status_on, datetime.date):
            status_on = self.status_on.isoformat()
        else:
            status_on = self.status_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "due_on": due_on,
            "evidence_required": evidence_required,
            "id": id,
            "text": text,
        })
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if status is not UNSET:
            field_dict["status"] = status
        if status_on is not UNSET:
            field_dict["status_on"] = status_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence import Evidence # noqa: PLC0415
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        evidence_required = d.pop("evidence_required")

        id = d.pop("id")

        text = d.pop("text")

        def _parse_evidence(data: object) -> Evidence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_0 = Evidence.from_dict(data)



                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Evidence | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))


        _status = d.pop("status", UNSET)
        status: ConditionStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = ConditionStatus(_status)




        def _parse_status_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_on_type_0 = datetime.date.fromisoformat(data)



                return status_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        status_on = _parse_status_on(d.pop("status_on", UNSET))


        condition = cls(
            due_on=due_on,
            evidence_required=evidence_required,
            id=id,
            text=text,
            evidence=evidence,
            status=status,
            status_on=status_on,
        )

        return condition

