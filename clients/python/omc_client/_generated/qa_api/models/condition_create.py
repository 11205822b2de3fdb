from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ConditionCreate")



@_attrs_define
class ConditionCreate:
    """ 
        Attributes:
            due_on (datetime.date): After the decision, not after the term's end.
            evidence_required (str):
            id (str): Short code, unique within the decision, e.g. `c1`.
            text (str):
     """

    due_on: datetime.date
    evidence_required: str
    id: str
    text: str





    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        evidence_required = self.evidence_required

        id = self.id

        text = self.text


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "due_on": due_on,
            "evidence_required": evidence_required,
            "id": id,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        evidence_required = d.pop("evidence_required")

        id = d.pop("id")

        text = d.pop("text")

        condition_create = cls(
            due_on=due_on,
            evidence_required=evidence_required,
            id=id,
            text=text,
        )

        return condition_create

