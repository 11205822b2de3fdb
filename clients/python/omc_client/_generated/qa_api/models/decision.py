from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision_status import DecisionStatus
from ..models.outcome import Outcome
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.condition import Condition
  from ..models.supersession import Supersession





T = TypeVar("T", bound="Decision")



@_attrs_define
class Decision:
    """ 
        Attributes:
            agency_slug (str):
            conditions (list[Condition]):
            decided_on (datetime.date):
            id (UUID):
            institution_id (UUID):
            outcome (Outcome):
            renewal_due (datetime.date | None): term_end minus 6 months: when the renewal review is due.
            review_id (UUID):
            seq (int): The ledger entry that recorded this decision.
            status (DecisionStatus):
            superseded_by_seq (int | None): The ledger entry that superseded it, if any.
            supersession (None | Supersession):
            term_end (datetime.date | None):
            term_start (datetime.date | None):
     """

    agency_slug: str
    conditions: list[Condition]
    decided_on: datetime.date
    id: UUID
    institution_id: UUID
    outcome: Outcome
    renewal_due: datetime.date | None
    review_id: UUID
    seq: int
    status: DecisionStatus
    superseded_by_seq: int | None
    supersession: None | Supersession
    term_end: datetime.date | None
    term_start: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.condition import Condition # noqa: PLC0415
        from ..models.supersession import Supersession # noqa: PLC0415
        agency_slug = self.agency_slug

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)



        decided_on = self.decided_on.isoformat()

        id = str(self.id)

        institution_id = str(self.institution_id)

        outcome = self.outcome.value

        renewal_due: None | str
        if isinstance(self.renewal_due, datetime.date):
            renewal_due = self.renewal_due.isoformat()
        else:
            renewal_due = self.renewal_due

        review_id = str(self.review_id)

        seq = self.seq

        status = self.status.value

        superseded_by_seq: int | None
        superseded_by_seq = self.superseded_by_seq

        supersession: dict[str, Any] | None
        if isinstance(self.supersession, Supersession):
            supersession = self.supersession.to_dict()
        else:
            supersession = self.supersession

        term_end: None | str
        if isinstance(self.term_end, datetime.date):
            term_end = self.term_end.isoformat()
        else:
            term_end = self.term_end

        term_start: None | str
        if isinstance(self.term_start, datetime.date):
            term_start = self.term_start.isoformat()
        else:
            term_start = self.term_start


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agency_slug": agency_slug,
            "conditions": conditions,
            "decided_on": decided_on,
            "id": id,
            "institution_id": institution_id,
            "outcome": outcome,
            "renewal_due": renewal_due,
            "review_id": review_id,
            "seq": seq,
            "status": status,
            "superseded_by_seq": superseded_by_seq,
            "supersession": supersession,
            "term_end": term_end,
            "term_start": term_start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition import Condition # noqa: PLC0415
        from ..models.supersession import Supersession # noqa: PLC0415
        d = dict(src_dict)
        agency_slug = d.pop("agency_slug")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in (_conditions):
            conditions_item = Condition.from_dict(conditions_item_data)



            conditions.append(conditions_item)


        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))




        id = UUID(d.pop("id"))




        institution_id = UUID(d.pop("institution_id"))




        outcome = Outcome(d.pop("outcome"))




        def _parse_renewal_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                renewal_due_type_0 = datetime.date.fromisoformat(data)



                return renewal_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        renewal_due = _parse_renewal_due(d.pop("renewal_due"))


        review_id = UUID(d.pop("review_id"))




        seq = d.pop("seq")

        status = DecisionStatus(d.pop("status"))




        def _parse_superseded_by_seq(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        superseded_by_seq = _parse_superseded_by_seq(d.pop("superseded_by_seq"))


        def _parse_supersession(data: object) -> None | Supersession:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                supersession_type_0 = Supersession.from_dict(data)



                return supersession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Supersession, data)

        supersession = _parse_supersession(d.pop("supersession"))


        def _parse_term_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_end_type_0 = datetime.date.fromisoformat(data)



                return term_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        term_end = _parse_term_end(d.pop("term_end"))


        def _parse_term_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_start_type_0 = datetime.date.fromisoformat(data)



                return term_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        term_start = _parse_term_start(d.pop("term_start"))


        decision = cls(
            agency_slug=agency_slug,
            conditions=conditions,
            decided_on=decided_on,
            id=id,
            institution_id=institution_id,
            outcome=outcome,
            renewal_due=renewal_due,
            review_id=review_id,
            seq=seq,
            status=status,
            superseded_by_seq=superseded_by_seq,
            supersession=supersession,
            term_end=term_end,
            term_start=term_start,
        )


        decision.additional_properties = d
        return decision

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
