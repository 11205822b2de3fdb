from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.open_api_authorization_code_flow import OpenApiAuthorizationCodeFlow





T = TypeVar("T", bound="OpenApiOAuth2Flows")



@_attrs_define
class OpenApiOAuth2Flows:
    """ 
        Attributes:
            authorization_code (OpenApiAuthorizationCodeFlow):
     """

    authorization_code: OpenApiAuthorizationCodeFlow
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.open_api_authorization_code_flow import OpenApiAuthorizationCodeFlow # noqa: PLC0415
        authorization_code = self.authorization_code.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "authorizationCode": authorization_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_api_authorization_code_flow import OpenApiAuthorizationCodeFlow # noqa: PLC0415
        d = dict(src_dict)
        authorization_code = OpenApiAuthorizationCodeFlow.from_dict(d.pop("authorizationCode"))




        open_api_o_auth_2_flows = cls(
            authorization_code=authorization_code,
        )


        open_api_o_auth_2_flows.additional_properties = d
        return open_api_o_auth_2_flows

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
