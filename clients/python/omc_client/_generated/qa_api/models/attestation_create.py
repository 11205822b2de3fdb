from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="AttestationCreate")



@_attrs_define
class AttestationCreate:
    """ 
        Attributes:
            attested_on (datetime.date): On or after the decision, within its term; not in the future.
            decision_id (UUID): The caller's own endorsement decision, in force.
            statement (str):
     """

    attested_on: datetime.date
    decision_id: UUID
    statement: str





    def to_dict(self) -> dict[str, Any]:
        attested_on = self.attested_on.isoformat()

        decision_id = str(self.decision_id)

        statement = self.statement


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "attested_on": attested_on,
            "decision_id": decision_id,
            "statement": statement,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attested_on = datetime.date.fromisoformat(d.pop("attested_on"))




        decision_id = UUID(d.pop("decision_id"))




        statement = d.pop("statement")

        attestation_create = cls(
            attested_on=attested_on,
            decision_id=decision_id,
            statement=statement,
        )

        return attestation_create

