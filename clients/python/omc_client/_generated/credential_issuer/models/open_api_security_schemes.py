from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.open_api_o_auth_2_security_scheme import OpenApiOAuth2SecurityScheme





T = TypeVar("T", bound="OpenApiSecuritySchemes")



@_attrs_define
class OpenApiSecuritySchemes:
    """ 
        Attributes:
            o_auth_2acg (OpenApiOAuth2SecurityScheme): The SDD's OAuth2ACG scheme: where wallets register, authorise and get
                tokens.
     """

    o_auth_2acg: OpenApiOAuth2SecurityScheme
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.open_api_o_auth_2_security_scheme import OpenApiOAuth2SecurityScheme # noqa: PLC0415
        o_auth_2acg = self.o_auth_2acg.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "OAuth2ACG": o_auth_2acg,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_api_o_auth_2_security_scheme import OpenApiOAuth2SecurityScheme # noqa: PLC0415
        d = dict(src_dict)
        o_auth_2acg = OpenApiOAuth2SecurityScheme.from_dict(d.pop("OAuth2ACG"))




        open_api_security_schemes = cls(
            o_auth_2acg=o_auth_2acg,
        )


        open_api_security_schemes.additional_properties = d
        return open_api_security_schemes

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
