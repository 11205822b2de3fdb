from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="EndorsementTermEvent")



@_attrs_define
class EndorsementTermEvent:
    """ Sent by the quality ledger when an EQAA endorses an institution's IQAP (first review, renewal,
    appeal, a condition's update), and again when that endorsement is superseded: the days it counts
    for standing, both included. Standing needs, besides a `designated` designation, a term covering
    the day. One term per agency decision (`decision_id`); a term is recorded once and may later be
    closed by its supersession. Applying the same event twice changes nothing.

        Attributes:
            decision_id (UUID): The agency decision's id in the quality ledger.
            decision_reference (str):
            event_id (UUID):
            organisation_id (UUID):
            term_start (datetime.date): First day it counts: the term's start, or for a decision replacing another, the day
                it replaced it.
            superseded_on (datetime.date | None | Unset): The day the decision stopped applying (appeal, withdrawal,
                condition update).
            term_end (datetime.date | None | Unset): Last day of the term; none when open.
     """

    decision_id: UUID
    decision_reference: str
    event_id: UUID
    organisation_id: UUID
    term_start: datetime.date
    superseded_on: datetime.date | None | Unset = UNSET
    term_end: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decision_id = str(self.decision_id)

        decision_reference = self.decision_reference

        event_id = str(self.event_id)

        organisation_id = str(self.organisation_id)

        term_start = self.term_start.isoformat()

        superseded_on: None | str | Unset
        if isinstance(self.superseded_on, Unset):
            superseded_on = UNSET
        elif isinstance(self.superseded_on, datetime.date):
            superseded_on = self.superseded_on.isoformat()
        else:
            superseded_on = self.superseded_on

        term_end: None | str | Unset
        if isinstance(self.term_end, Unset):
            term_end = UNSET
        elif isinstance(self.term_end, datetime.date):
            term_end = self.term_end.isoformat()
        else:
            term_end = self.term_end


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decision_id": decision_id,
            "decision_reference": decision_reference,
            "event_id": event_id,
            "organisation_id": organisation_id,
            "term_start": term_start,
        })
        if superseded_on is not UNSET:
            field_dict["superseded_on"] = superseded_on
        if term_end is not UNSET:
            field_dict["term_end"] = term_end

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_id = UUID(d.pop("decision_id"))




        decision_reference = d.pop("decision_reference")

        event_id = UUID(d.pop("event_id"))




        organisation_id = UUID(d.pop("organisation_id"))




        term_start = datetime.date.fromisoformat(d.pop("term_start"))




        def _parse_superseded_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                superseded_on_type_0 = datetime.date.fromisoformat(data)



                return superseded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        superseded_on = _parse_superseded_on(d.pop("superseded_on", UNSET))


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


        endorsement_term_event = cls(
            decision_id=decision_id,
            decision_reference=decision_reference,
            event_id=event_id,
            organisation_id=organisation_id,
            term_start=term_start,
            superseded_on=superseded_on,
            term_end=term_end,
        )

        return endorsement_term_event

