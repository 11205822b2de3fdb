from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credit_basis import CreditBasis
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="CreditTransferCreate")



@_attrs_define
class CreditTransferCreate:
    """ OMC+: a stacking agreement or precedent giving the micro-credential credit value somewhere.

        Attributes:
            basis (CreditBasis):
            credits_ (float | str):
            program (str):
            valid_from (datetime.date):
            receiving_institution_id (None | Unset | UUID):
            receiving_institution_name (None | str | Unset):
            valid_until (datetime.date | None | Unset):
     """

    basis: CreditBasis
    credits_: float | str
    program: str
    valid_from: datetime.date
    receiving_institution_id: None | Unset | UUID = UNSET
    receiving_institution_name: None | str | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        basis = self.basis.value

        credits_: float | str
        credits_ = self.credits_

        program = self.program

        valid_from = self.valid_from.isoformat()

        receiving_institution_id: None | str | Unset
        if isinstance(self.receiving_institution_id, Unset):
            receiving_institution_id = UNSET
        elif isinstance(self.receiving_institution_id, UUID):
            receiving_institution_id = str(self.receiving_institution_id)
        else:
            receiving_institution_id = self.receiving_institution_id

        receiving_institution_name: None | str | Unset
        if isinstance(self.receiving_institution_name, Unset):
            receiving_institution_name = UNSET
        else:
            receiving_institution_name = self.receiving_institution_name

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "basis": basis,
            "credits": credits_,
            "program": program,
            "valid_from": valid_from,
        })
        if receiving_institution_id is not UNSET:
            field_dict["receiving_institution_id"] = receiving_institution_id
        if receiving_institution_name is not UNSET:
            field_dict["receiving_institution_name"] = receiving_institution_name
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        basis = CreditBasis(d.pop("basis"))




        def _parse_credits_(data: object) -> float | str:
            return cast(float | str, data)

        credits_ = _parse_credits_(d.pop("credits"))


        program = d.pop("program")

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))




        def _parse_receiving_institution_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                receiving_institution_id_type_0 = UUID(data)



                return receiving_institution_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        receiving_institution_id = _parse_receiving_institution_id(d.pop("receiving_institution_id", UNSET))


        def _parse_receiving_institution_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receiving_institution_name = _parse_receiving_institution_name(d.pop("receiving_institution_name", UNSET))


        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))


        credit_transfer_create = cls(
            basis=basis,
            credits_=credits_,
            program=program,
            valid_from=valid_from,
            receiving_institution_id=receiving_institution_id,
            receiving_institution_name=receiving_institution_name,
            valid_until=valid_until,
        )

        return credit_transfer_create

