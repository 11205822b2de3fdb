from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.pre_authorized_code_grant import PreAuthorizedCodeGrant





T = TypeVar("T", bound="CredentialOfferGrants")



@_attrs_define
class CredentialOfferGrants:
    """ 
        Attributes:
            urnietfparamsoauthgrant_typepre_authorized_code (PreAuthorizedCodeGrant):
     """

    urnietfparamsoauthgrant_typepre_authorized_code: PreAuthorizedCodeGrant
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.pre_authorized_code_grant import PreAuthorizedCodeGrant # noqa: PLC0415
        urnietfparamsoauthgrant_typepre_authorized_code = self.urnietfparamsoauthgrant_typepre_authorized_code.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "urn:ietf:params:oauth:grant-type:pre-authorized_code": urnietfparamsoauthgrant_typepre_authorized_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pre_authorized_code_grant import PreAuthorizedCodeGrant # noqa: PLC0415
        d = dict(src_dict)
        urnietfparamsoauthgrant_typepre_authorized_code = PreAuthorizedCodeGrant.from_dict(d.pop("urn:ietf:params:oauth:grant-type:pre-authorized_code"))




        credential_offer_grants = cls(
            urnietfparamsoauthgrant_typepre_authorized_code=urnietfparamsoauthgrant_typepre_authorized_code,
        )


        credential_offer_grants.additional_properties = d
        return credential_offer_grants

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
