from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.open_api_o_auth_2_flows import OpenApiOAuth2Flows





T = TypeVar("T", bound="OpenApiOAuth2SecurityScheme")



@_attrs_define
class OpenApiOAuth2SecurityScheme:
    """ The SDD's OAuth2ACG scheme: where wallets register, authorise and get tokens.

        Attributes:
            description (str):
            flows (OpenApiOAuth2Flows):
            type_ (Literal['oauth2']):
            x_imssf_name (str):
            x_imssf_privacy_policy_url (str):
            x_imssf_registration_url (str):
            x_imssf_terms_of_service_url (str):
            x_omc_revocation_url (str): This service's extension: the RFC 7009 endpoint.
     """

    description: str
    flows: OpenApiOAuth2Flows
    type_: Literal['oauth2']
    x_imssf_name: str
    x_imssf_privacy_policy_url: str
    x_imssf_registration_url: str
    x_imssf_terms_of_service_url: str
    x_omc_revocation_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.open_api_o_auth_2_flows import OpenApiOAuth2Flows # noqa: PLC0415
        description = self.description

        flows = self.flows.to_dict()

        type_ = self.type_

        x_imssf_name = self.x_imssf_name

        x_imssf_privacy_policy_url = self.x_imssf_privacy_policy_url

        x_imssf_registration_url = self.x_imssf_registration_url

        x_imssf_terms_of_service_url = self.x_imssf_terms_of_service_url

        x_omc_revocation_url = self.x_omc_revocation_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "description": description,
            "flows": flows,
            "type": type_,
            "x-imssf-name": x_imssf_name,
            "x-imssf-privacyPolicyUrl": x_imssf_privacy_policy_url,
            "x-imssf-registrationUrl": x_imssf_registration_url,
            "x-imssf-termsOfServiceUrl": x_imssf_terms_of_service_url,
            "x-omc-revocationUrl": x_omc_revocation_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_api_o_auth_2_flows import OpenApiOAuth2Flows # noqa: PLC0415
        d = dict(src_dict)
        description = d.pop("description")

        flows = OpenApiOAuth2Flows.from_dict(d.pop("flows"))




        type_ = cast(Literal['oauth2'] , d.pop("type"))
        if type_ != 'oauth2':
            raise ValueError(f"type must match const 'oauth2', got '{type_}'")

        x_imssf_name = d.pop("x-imssf-name")

        x_imssf_privacy_policy_url = d.pop("x-imssf-privacyPolicyUrl")

        x_imssf_registration_url = d.pop("x-imssf-registrationUrl")

        x_imssf_terms_of_service_url = d.pop("x-imssf-termsOfServiceUrl")

        x_omc_revocation_url = d.pop("x-omc-revocationUrl")

        open_api_o_auth_2_security_scheme = cls(
            description=description,
            flows=flows,
            type_=type_,
            x_imssf_name=x_imssf_name,
            x_imssf_privacy_policy_url=x_imssf_privacy_policy_url,
            x_imssf_registration_url=x_imssf_registration_url,
            x_imssf_terms_of_service_url=x_imssf_terms_of_service_url,
            x_omc_revocation_url=x_omc_revocation_url,
        )


        open_api_o_auth_2_security_scheme.additional_properties = d
        return open_api_o_auth_2_security_scheme

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
