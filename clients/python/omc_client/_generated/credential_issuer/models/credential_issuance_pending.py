from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CredentialIssuancePending")



@_attrs_define
class CredentialIssuancePending:
    """ 202 from the credential or deferred credential endpoint (OpenID4VCI 1.0 §8.3, §9.2): the
    completion still waits for its checks; ask the deferred credential endpoint again.

        Attributes:
            interval (int): Seconds to wait before asking again.
            transaction_id (str):
     """

    interval: int
    transaction_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        transaction_id = self.transaction_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "interval": interval,
            "transaction_id": transaction_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interval = d.pop("interval")

        transaction_id = d.pop("transaction_id")

        credential_issuance_pending = cls(
            interval=interval,
            transaction_id=transaction_id,
        )


        credential_issuance_pending.additional_properties = d
        return credential_issuance_pending

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
