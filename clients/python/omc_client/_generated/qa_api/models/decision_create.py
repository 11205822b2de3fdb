from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome import Outcome
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.condition_create import ConditionCreate





T = TypeVar("T", bound="DecisionCreate")



@_attrs_define
class DecisionCreate:
    """ An endorsement carries a term of 5 to 7 years starting on or after the decision; conditions
    only with `endorsed_with_conditions` (at least one).

        Attributes:
            decided_on (datetime.date): On or after the submission and the panel report; not in the future.
            outcome (Outcome):
            conditions (list[ConditionCreate] | Unset):
            term_end (datetime.date | None | Unset): Endorsements only; 5 to 7 years after term_start.
            term_start (datetime.date | None | Unset): Endorsements only; on or after decided_on.
     """

    decided_on: datetime.date
    outcome: Outcome
    conditions: list[ConditionCreate] | Unset = UNSET
    term_end: datetime.date | None | Unset = UNSET
    term_start: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_create import ConditionCreate # noqa: PLC0415
        decided_on = self.decided_on.isoformat()

        outcome = self.outcome.value

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)



        term_end: None | str | Unset
        if isinstance(self.term_end, Unset):
            term_end = UNSET
        elif isinstance(self.term_end, datetime.date):
            term_end = self.term_end.isoformat()
        else:
            term_end = self.term_end

        term_start: None | str | Unset
        if isinstance(self.term_start, Unset):
            term_start = UNSET
        elif isinstance(self.term_start, datetime.date):
            term_start = self.term_start.isoformat()
        else:
            term_start = self.term_start


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decided_on": decided_on,
            "outcome": outcome,
        })
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if term_end is not UNSET:
            field_dict["term_end"] = term_end
        if term_start is not UNSET:
            field_dict["term_start"] = term_start

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_create import ConditionCreate # noqa: PLC0415
        d = dict(src_dict)
        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))




        outcome = Outcome(d.pop("outcome"))




        _conditions = d.pop("conditions", UNSET)
        conditions: list[ConditionCreate] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = ConditionCreate.from_dict(conditions_item_data)



                conditions.append(conditions_item)


        def _parse_term_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_end_type_0 = datetime.date.fromisoformat(data)



                return term_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        term_end = _parse_term_end(d.pop("term_end", UNSET))


        def _parse_term_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_start_type_0 = datetime.date.fromisoformat(data)



                return term_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        term_start = _parse_term_start(d.pop("term_start", UNSET))


        decision_create = cls(
            decided_on=decided_on,
            outcome=outcome,
            conditions=conditions,
            term_end=term_end,
            term_start=term_start,
        )

        return decision_create

