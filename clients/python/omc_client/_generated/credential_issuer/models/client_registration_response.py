from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.client_registration_response_grant_types_item import ClientRegistrationResponseGrantTypesItem
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="ClientRegistrationResponse")



@_attrs_define
class ClientRegistrationResponse:
    """ RFC 7591 section 3.2.1 client information response: the client's credentials and every field
    registered. The secret is shown this once.

        Attributes:
            client_id (str):
            client_id_issued_at (int): Seconds since the epoch.
            client_name (str):
            client_secret (str):
            client_secret_expires_at (Literal[0]): 0: the secret does not expire.
            client_uri (str):
            grant_types (list[ClientRegistrationResponseGrantTypesItem]):
            logo_uri (str):
            policy_uri (str):
            redirect_uris (list[str]):
            response_types (list[Literal['code']]):
            scope (str): The registered scopes, space-separated.
            software_id (str):
            software_version (str):
            token_endpoint_auth_method (Literal['client_secret_basic']):
            tos_uri (str):
            contacts (list[str] | Unset): Sent when registered.
     """

    client_id: str
    client_id_issued_at: int
    client_name: str
    client_secret: str
    client_secret_expires_at: Literal[0]
    client_uri: str
    grant_types: list[ClientRegistrationResponseGrantTypesItem]
    logo_uri: str
    policy_uri: str
    redirect_uris: list[str]
    response_types: list[Literal['code']]
    scope: str
    software_id: str
    software_version: str
    token_endpoint_auth_method: Literal['client_secret_basic']
    tos_uri: str
    contacts: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_id_issued_at = self.client_id_issued_at

        client_name = self.client_name

        client_secret = self.client_secret

        client_secret_expires_at = self.client_secret_expires_at

        client_uri = self.client_uri

        grant_types = []
        for grant_types_item_data in self.grant_types:
            grant_types_item = grant_types_item_data.value
            grant_types.append(grant_types_item)



        logo_uri = self.logo_uri

        policy_uri = self.policy_uri

        redirect_uris = self.redirect_uris



        response_types = self.response_types



        scope = self.scope

        software_id = self.software_id

        software_version = self.software_version

        token_endpoint_auth_method = self.token_endpoint_auth_method

        tos_uri = self.tos_uri

        contacts: list[str] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "client_id": client_id,
            "client_id_issued_at": client_id_issued_at,
            "client_name": client_name,
            "client_secret": client_secret,
            "client_secret_expires_at": client_secret_expires_at,
            "client_uri": client_uri,
            "grant_types": grant_types,
            "logo_uri": logo_uri,
            "policy_uri": policy_uri,
            "redirect_uris": redirect_uris,
            "response_types": response_types,
            "scope": scope,
            "software_id": software_id,
            "software_version": software_version,
            "token_endpoint_auth_method": token_endpoint_auth_method,
            "tos_uri": tos_uri,
        })
        if contacts is not UNSET:
            field_dict["contacts"] = contacts

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_id_issued_at = d.pop("client_id_issued_at")

        client_name = d.pop("client_name")

        client_secret = d.pop("client_secret")

        client_secret_expires_at = cast(Literal[0] , d.pop("client_secret_expires_at"))
        if client_secret_expires_at != 0:
            raise ValueError(f"client_secret_expires_at must match const 0, got '{client_secret_expires_at}'")

        client_uri = d.pop("client_uri")

        grant_types = []
        _grant_types = d.pop("grant_types")
        for grant_types_item_data in (_grant_types):
            grant_types_item = ClientRegistrationResponseGrantTypesItem(grant_types_item_data)



            grant_types.append(grant_types_item)


        logo_uri = d.pop("logo_uri")

        policy_uri = d.pop("policy_uri")

        redirect_uris = cast(list[str], d.pop("redirect_uris"))


        response_types = []
        _response_types = d.pop("response_types")
        for response_types_item_data in (_response_types):
            response_types_item = cast(Literal['code'] , response_types_item_data)
            if response_types_item != 'code':
                raise ValueError(f"response_types_item must match const 'code', got '{response_types_item}'")
            response_types.append(response_types_item)


        scope = d.pop("scope")

        software_id = d.pop("software_id")

        software_version = d.pop("software_version")

        token_endpoint_auth_method = cast(Literal['client_secret_basic'] , d.pop("token_endpoint_auth_method"))
        if token_endpoint_auth_method != 'client_secret_basic':
            raise ValueError(f"token_endpoint_auth_method must match const 'client_secret_basic', got '{token_endpoint_auth_method}'")

        tos_uri = d.pop("tos_uri")

        contacts = cast(list[str], d.pop("contacts", UNSET))


        client_registration_response = cls(
            client_id=client_id,
            client_id_issued_at=client_id_issued_at,
            client_name=client_name,
            client_secret=client_secret,
            client_secret_expires_at=client_secret_expires_at,
            client_uri=client_uri,
            grant_types=grant_types,
            logo_uri=logo_uri,
            policy_uri=policy_uri,
            redirect_uris=redirect_uris,
            response_types=response_types,
            scope=scope,
            software_id=software_id,
            software_version=software_version,
            token_endpoint_auth_method=token_endpoint_auth_method,
            tos_uri=tos_uri,
            contacts=contacts,
        )


        client_registration_response.additional_properties = d
        return client_registration_response

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
