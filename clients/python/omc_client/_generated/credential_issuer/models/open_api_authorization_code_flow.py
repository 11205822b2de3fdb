from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.open_api_authorization_code_flow_scopes import OpenApiAuthorizationCodeFlowScopes





T = TypeVar("T", bound="OpenApiAuthorizationCodeFlow")



@_attrs_define
class OpenApiAuthorizationCodeFlow:
    """ 
        Attributes:
            authorization_url (str):
            refresh_url (str):
            scopes (OpenApiAuthorizationCodeFlowScopes):
            token_url (str):
     """

    authorization_url: str
    refresh_url: str
    scopes: OpenApiAuthorizationCodeFlowScopes
    token_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.open_api_authorization_code_flow_scopes import OpenApiAuthorizationCodeFlowScopes # noqa: PLC0415
        authorization_url = self.authorization_url

        refresh_url = self.refresh_url

        scopes = self.scopes.to_dict()

        token_url = self.token_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "authorizationUrl": authorization_url,
            "refreshUrl": refresh_url,
            "scopes": scopes,
            "tokenUrl": token_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_api_authorization_code_flow_scopes import OpenApiAuthorizationCodeFlowScopes # noqa: PLC0415
        d = dict(src_dict)
        authorization_url = d.pop("authorizationUrl")

        refresh_url = d.pop("refreshUrl")

        scopes = OpenApiAuthorizationCodeFlowScopes.from_dict(d.pop("scopes"))




        token_url = d.pop("tokenUrl")

        open_api_authorization_code_flow = cls(
            authorization_url=authorization_url,
            refresh_url=refresh_url,
            scopes=scopes,
            token_url=token_url,
        )


        open_api_authorization_code_flow.additional_properties = d
        return open_api_authorization_code_flow

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
