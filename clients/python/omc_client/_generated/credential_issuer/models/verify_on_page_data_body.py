from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="VerifyOnPageDataBody")



@_attrs_define
class VerifyOnPageDataBody:
    """ 
        Attributes:
            credential (str | Unset):
            credential_json (str | Unset):
            identity_email (str | Unset):
     """

    credential: str | Unset = UNSET
    credential_json: str | Unset = UNSET
    identity_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        credential = self.credential

        credential_json = self.credential_json

        identity_email = self.identity_email


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if credential is not UNSET:
            field_dict["credential"] = credential
        if credential_json is not UNSET:
            field_dict["credential_json"] = credential_json
        if identity_email is not UNSET:
            field_dict["identity_email"] = identity_email

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential = d.pop("credential", UNSET)

        credential_json = d.pop("credential_json", UNSET)

        identity_email = d.pop("identity_email", UNSET)

        verify_on_page_data_body = cls(
            credential=credential,
            credential_json=credential_json,
            identity_email=identity_email,
        )


        verify_on_page_data_body.additional_properties = d
        return verify_on_page_data_body

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
