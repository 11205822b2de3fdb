from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.tx_code import TxCode





T = TypeVar("T", bound="PreAuthorizedCodeGrant")



@_attrs_define
class PreAuthorizedCodeGrant:
    """ 
        Attributes:
            pre_authorized_code (str):
            tx_code (TxCode): The transaction code the wallet must ask the learner for (OpenID4VCI 1.0 §4.1.1).
     """

    pre_authorized_code: str
    tx_code: TxCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.tx_code import TxCode # noqa: PLC0415
        pre_authorized_code = self.pre_authorized_code

        tx_code = self.tx_code.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "pre-authorized_code": pre_authorized_code,
            "tx_code": tx_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tx_code import TxCode # noqa: PLC0415
        d = dict(src_dict)
        pre_authorized_code = d.pop("pre-authorized_code")

        tx_code = TxCode.from_dict(d.pop("tx_code"))




        pre_authorized_code_grant = cls(
            pre_authorized_code=pre_authorized_code,
            tx_code=tx_code,
        )


        pre_authorized_code_grant.additional_properties = d
        return pre_authorized_code_grant

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
