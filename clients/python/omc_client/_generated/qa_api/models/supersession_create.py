from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome import Outcome
from ..models.supersession_kind import SupersessionKind
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.condition_create import ConditionCreate





T = TypeVar("T", bound="SupersessionCreate")



@_attrs_define
class SupersessionCreate:
    """ An appeal outcome that changes the decision (a new decision with `outcome` replaces it), or
    the withdrawal of an endorsement (nothing replaces it).

        Attributes:
            kind (SupersessionKind):
            reason (str):
            recorded_on (datetime.date): On or after the decision; not in the future.
            conditions (list[ConditionCreate] | Unset):
            outcome (None | Outcome | Unset): Appeals only: the outcome after the appeal.
            term_end (datetime.date | None | Unset):
            term_start (datetime.date | None | Unset):
     """

    kind: SupersessionKind
    reason: str
    recorded_on: datetime.date
    conditions: list[ConditionCreate] | Unset = UNSET
    outcome: None | Outcome | Unset = UNSET
    term_end: datetime.date | None | Unset = UNSET
    term_start: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_create import ConditionCreate # noqa: PLC0415
        kind = self.kind.value

        reason = self.reason

        recorded_on = self.recorded_on.isoformat()

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)



        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

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
            "kind": kind,
            "reason": reason,
            "recorded_on": recorded_on,
        })
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if term_end is not UNSET:
            field_dict["term_end"] = term_end
        if term_start is not UNSET:
            field_dict["term_start"] = term_start

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_create import ConditionCreate # noqa: PLC0415
        d = dict(src_dict)
        kind = SupersessionKind(d.pop("kind"))




        reason = d.pop("reason")

        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))




        _conditions = d.pop("conditions", UNSET)
        conditions: list[ConditionCreate] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = ConditionCreate.from_dict(conditions_item_data)



                conditions.append(conditions_item)


        def _parse_outcome(data: object) -> None | Outcome | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = Outcome(data)



                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))


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


        supersession_create = cls(
            kind=kind,
            reason=reason,
            recorded_on=recorded_on,
            conditions=conditions,
            outcome=outcome,
            term_end=term_end,
            term_start=term_start,
        )

        return supersession_create

