from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import Literal, cast






T = TypeVar("T", bound="Ob3TokenResponse")



@_attrs_define
class Ob3TokenResponse:
    """ RFC 6749 section 5.1 access token response of the Open Badges token endpoint.

        Attributes:
            access_token (str):
            expires_in (int): Seconds the access token lives.
            scope (str): The granted scopes, space-separated.
            token_type (Literal['Bearer']):
            refresh_token (str | Unset): Sent when the client registered the refresh_token grant; used once.
     """

    access_token: str
    expires_in: int
    scope: str
    token_type: Literal['Bearer']
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        scope = self.scope

        token_type = self.token_type

        refresh_token = self.refresh_token


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "access_token": access_token,
            "expires_in": expires_in,
            "scope": scope,
            "token_type": token_type,
        })
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        scope = d.pop("scope")

        token_type = cast(Literal['Bearer'] , d.pop("token_type"))
        if token_type != 'Bearer':
            raise ValueError(f"token_type must match const 'Bearer', got '{token_type}'")

        refresh_token = d.pop("refresh_token", UNSET)

        ob_3_token_response = cls(
            access_token=access_token,
            expires_in=expires_in,
            scope=scope,
            token_type=token_type,
            refresh_token=refresh_token,
        )


        ob_3_token_response.additional_properties = d
        return ob_3_token_response

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
