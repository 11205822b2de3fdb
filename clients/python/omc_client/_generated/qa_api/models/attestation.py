from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Attestation")



@_attrs_define
class Attestation:
    """ 
        Attributes:
            attested_on (datetime.date):
            decision_id (UUID):
            id (UUID):
            institution_id (UUID):
            seq (int):
            statement (str):
     """

    attested_on: datetime.date
    decision_id: UUID
    id: UUID
    institution_id: UUID
    seq: int
    statement: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attested_on = self.attested_on.isoformat()

        decision_id = str(self.decision_id)

        id = str(self.id)

        institution_id = str(self.institution_id)

        seq = self.seq

        statement = self.statement


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attested_on": attested_on,
            "decision_id": decision_id,
            "id": id,
            "institution_id": institution_id,
            "seq": seq,
            "statement": statement,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attested_on = datetime.date.fromisoformat(d.pop("attested_on"))




        decision_id = UUID(d.pop("decision_id"))




        id = UUID(d.pop("id"))




        institution_id = UUID(d.pop("institution_id"))




        seq = d.pop("seq")

        statement = d.pop("statement")

        attestation = cls(
            attested_on=attested_on,
            decision_id=decision_id,
            id=id,
            institution_id=institution_id,
            seq=seq,
            statement=statement,
        )


        attestation.additional_properties = d
        return attestation

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
