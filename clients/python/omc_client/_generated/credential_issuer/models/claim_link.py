from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="ClaimLink")



@_attrs_define
class ClaimLink:
    """ 
        Attributes:
            claim_id (UUID):
            credential_id (UUID):
            exchange_url (str): The same claim as a VC-API exchange, for a wallet (e.g. DCC Learner Credential Wallet).
            expires_at (datetime.datetime):
            url (str): One-time download of the credential as JSON. Send it to the learner only.
     """

    claim_id: UUID
    credential_id: UUID
    exchange_url: str
    expires_at: datetime.datetime
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        claim_id = str(self.claim_id)

        credential_id = str(self.credential_id)

        exchange_url = self.exchange_url

        expires_at = self.expires_at.isoformat()

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "claim_id": claim_id,
            "credential_id": credential_id,
            "exchange_url": exchange_url,
            "expires_at": expires_at,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        claim_id = UUID(d.pop("claim_id"))




        credential_id = UUID(d.pop("credential_id"))




        exchange_url = d.pop("exchange_url")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        url = d.pop("url")

        claim_link = cls(
            claim_id=claim_id,
            credential_id=credential_id,
            exchange_url=exchange_url,
            expires_at=expires_at,
            url=url,
        )


        claim_link.additional_properties = d
        return claim_link

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
