from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Price")



@_attrs_define
class Price:
    """ 
        Attributes:
            amount (float | str):
            currency (str | Unset):  Default: 'CAD'.
     """

    amount: float | str
    currency: str | Unset = 'CAD'





    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        currency = self.currency


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount": amount,
        })
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))


        currency = d.pop("currency", UNSET)

        price = cls(
            amount=amount,
            currency=currency,
        )

        return price

