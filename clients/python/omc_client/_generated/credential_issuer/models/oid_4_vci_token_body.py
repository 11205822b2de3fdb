from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.oid_4_vci_token_body_grant_type import Oid4VciTokenBodyGrantType






T = TypeVar("T", bound="Oid4VciTokenBody")



@_attrs_define
class Oid4VciTokenBody:
    """ 
        Attributes:
            grant_type (Oid4VciTokenBodyGrantType):
            pre_authorized_code (str):
            tx_code (str):
     """

    grant_type: Oid4VciTokenBodyGrantType
    pre_authorized_code: str
    tx_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        pre_authorized_code = self.pre_authorized_code

        tx_code = self.tx_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "grant_type": grant_type,
            "pre-authorized_code": pre_authorized_code,
            "tx_code": tx_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = Oid4VciTokenBodyGrantType(d.pop("grant_type"))




        pre_authorized_code = d.pop("pre-authorized_code")

        tx_code = d.pop("tx_code")

        oid_4_vci_token_body = cls(
            grant_type=grant_type,
            pre_authorized_code=pre_authorized_code,
            tx_code=tx_code,
        )


        oid_4_vci_token_body.additional_properties = d
        return oid_4_vci_token_body

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
