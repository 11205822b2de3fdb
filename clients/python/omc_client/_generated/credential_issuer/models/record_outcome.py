from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.intake_outcome import IntakeOutcome
from uuid import UUID






T = TypeVar("T", bound="RecordOutcome")



@_attrs_define
class RecordOutcome:
    """ 
        Attributes:
            completion_id (UUID):
            index (int): Position in the request (JSON) or data line number from 1 (CSV).
            outcome (IntakeOutcome):
            sis_completion_id (str):
     """

    completion_id: UUID
    index: int
    outcome: IntakeOutcome
    sis_completion_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        completion_id = str(self.completion_id)

        index = self.index

        outcome = self.outcome.value

        sis_completion_id = self.sis_completion_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "completion_id": completion_id,
            "index": index,
            "outcome": outcome,
            "sis_completion_id": sis_completion_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion_id = UUID(d.pop("completion_id"))




        index = d.pop("index")

        outcome = IntakeOutcome(d.pop("outcome"))




        sis_completion_id = d.pop("sis_completion_id")

        record_outcome = cls(
            completion_id=completion_id,
            index=index,
            outcome=outcome,
            sis_completion_id=sis_completion_id,
        )


        record_outcome.additional_properties = d
        return record_outcome

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
