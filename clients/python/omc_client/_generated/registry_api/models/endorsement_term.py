from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="EndorsementTerm")



@_attrs_define
class EndorsementTerm:
    """ 
        Attributes:
            decision_id (UUID):
            decision_reference (str):
            recorded_at (datetime.datetime):
            superseded_on (datetime.date | None):
            term_end (datetime.date | None):
            term_start (datetime.date):
     """

    decision_id: UUID
    decision_reference: str
    recorded_at: datetime.datetime
    superseded_on: datetime.date | None
    term_end: datetime.date | None
    term_start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        decision_id = str(self.decision_id)

        decision_reference = self.decision_reference

        recorded_at = self.recorded_at.isoformat()

        superseded_on: None | str
        if isinstance(self.superseded_on, datetime.date):
            superseded_on = self.superseded_on.isoformat()
        else:
            superseded_on = self.superseded_on

        term_end: None | str
        if isinstance(self.term_end, datetime.date):
            term_end = self.term_end.isoformat()
        else:
            term_end = self.term_end

        term_start = self.term_start.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decision_id": decision_id,
            "decision_reference": decision_reference,
            "recorded_at": recorded_at,
            "superseded_on": superseded_on,
            "term_end": term_end,
            "term_start": term_start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_id = UUID(d.pop("decision_id"))




        decision_reference = d.pop("decision_reference")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        def _parse_superseded_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                superseded_on_type_0 = datetime.date.fromisoformat(data)



                return superseded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        superseded_on = _parse_superseded_on(d.pop("superseded_on"))


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


        term_start = datetime.date.fromisoformat(d.pop("term_start"))




        endorsement_term = cls(
            decision_id=decision_id,
            decision_reference=decision_reference,
            recorded_at=recorded_at,
            superseded_on=superseded_on,
            term_end=term_end,
            term_start=term_start,
        )


        endorsement_term.additional_properties = d
        return endorsement_term

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
