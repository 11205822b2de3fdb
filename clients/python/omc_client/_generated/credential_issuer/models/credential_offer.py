from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.credential_offer_grants import CredentialOfferGrants





T = TypeVar("T", bound="CredentialOffer")



@_attrs_define
class CredentialOffer:
    """ The Credential Offer object (OpenID4VCI 1.0 §4.1.1): a pre-authorized code grant with a
    transaction code, for the issuer's credential configurations.

        Attributes:
            credential_configuration_ids (list[str]):
            credential_issuer (str):
            grants (CredentialOfferGrants):
     """

    credential_configuration_ids: list[str]
    credential_issuer: str
    grants: CredentialOfferGrants
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.credential_offer_grants import CredentialOfferGrants # noqa: PLC0415
        credential_configuration_ids = self.credential_configuration_ids



        credential_issuer = self.credential_issuer

        grants = self.grants.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "credential_configuration_ids": credential_configuration_ids,
            "credential_issuer": credential_issuer,
            "grants": grants,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credential_offer_grants import CredentialOfferGrants # noqa: PLC0415
        d = dict(src_dict)
        credential_configuration_ids = cast(list[str], d.pop("credential_configuration_ids"))


        credential_issuer = d.pop("credential_issuer")

        grants = CredentialOfferGrants.from_dict(d.pop("grants"))




        credential_offer = cls(
            credential_configuration_ids=credential_configuration_ids,
            credential_issuer=credential_issuer,
            grants=grants,
        )


        credential_offer.additional_properties = d
        return credential_offer

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
