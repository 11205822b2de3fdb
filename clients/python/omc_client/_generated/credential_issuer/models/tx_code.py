from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import Literal, cast






T = TypeVar("T", bound="TxCode")



@_attrs_define
class TxCode:
    """ The transaction code the wallet must ask the learner for (OpenID4VCI 1.0 §4.1.1).

        Attributes:
            description (str):
            input_mode (Literal['numeric']):
            length (int):
     """

    description: str
    input_mode: Literal['numeric']
    length: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        input_mode = self.input_mode

        length = self.length


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "description": description,
            "input_mode": input_mode,
            "length": length,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        input_mode = cast(Literal['numeric'] , d.pop("input_mode"))
        if input_mode != 'numeric':
            raise ValueError(f"input_mode must match const 'numeric', got '{input_mode}'")

        length = d.pop("length")

        tx_code = cls(
            description=description,
            input_mode=input_mode,
            length=length,
        )


        tx_code.additional_properties = d
        return tx_code

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
