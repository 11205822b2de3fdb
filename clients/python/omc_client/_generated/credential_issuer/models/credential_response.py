from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.issued_credential import IssuedCredential





T = TypeVar("T", bound="CredentialResponse")



@_attrs_define
class CredentialResponse:
    """ The credential (and deferred credential) endpoint's answer (OpenID4VCI 1.0 §8.3): the
    credential, bound to the key of the wallet's proof.

        Attributes:
            credentials (list[IssuedCredential]):
     """

    credentials: list[IssuedCredential]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.issued_credential import IssuedCredential # noqa: PLC0415
        credentials = []
        for credentials_item_data in self.credentials:
            credentials_item = credentials_item_data.to_dict()
            credentials.append(credentials_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "credentials": credentials,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issued_credential import IssuedCredential # noqa: PLC0415
        d = dict(src_dict)
        credentials = []
        _credentials = d.pop("credentials")
        for credentials_item_data in (_credentials):
            credentials_item = IssuedCredential.from_dict(credentials_item_data)



            credentials.append(credentials_item)


        credential_response = cls(
            credentials=credentials,
        )


        credential_response.additional_properties = d
        return credential_response

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
