from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.credential_offer import CredentialOffer





T = TypeVar("T", bound="CredentialOfferCreated")



@_attrs_define
class CredentialOfferCreated:
    """ 
        Attributes:
            completion_id (UUID):
            credential_id (None | UUID): None while the completion is still pending.
            credential_offer (CredentialOffer): The Credential Offer object (OpenID4VCI 1.0 §4.1.1): a pre-authorized code
                grant with a
                transaction code, for the issuer's credential configurations.
            credential_offer_uri (str): Where a wallet fetches the same offer (by reference).
            expires_at (datetime.datetime): After this the pre-authorized code no longer works.
            offer_id (UUID):
            offer_link (str): `openid-credential-offer://` link carrying the offer by value.
            offer_link_by_reference (str): `openid-credential-offer://` link with `credential_offer_uri` (the QR code's).
            qr_code_svg (str): SVG image of a QR code of `offer_link_by_reference`.
            tx_code (str): The transaction code the wallet asks the learner for. Send it to the learner by ANOTHER channel
                than the offer (e.g. the offer as a QR code on screen, this code by e-mail): whoever holds both can take the
                credential.
     """

    completion_id: UUID
    credential_id: None | UUID
    credential_offer: CredentialOffer
    credential_offer_uri: str
    expires_at: datetime.datetime
    offer_id: UUID
    offer_link: str
    offer_link_by_reference: str
    qr_code_svg: str
    tx_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.credential_offer import CredentialOffer # noqa: PLC0415
        completion_id = str(self.completion_id)

        credential_id: None | str
        if isinstance(self.credential_id, UUID):
            credential_id = str(self.credential_id)
        else:
            credential_id = self.credential_id

        credential_offer = self.credential_offer.to_dict()

        credential_offer_uri = self.credential_offer_uri

        expires_at = self.expires_at.isoformat()

        offer_id = str(self.offer_id)

        offer_link = self.offer_link

        offer_link_by_reference = self.offer_link_by_reference

        qr_code_svg = self.qr_code_svg

        tx_code = self.tx_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "completion_id": completion_id,
            "credential_id": credential_id,
            "credential_offer": credential_offer,
            "credential_offer_uri": credential_offer_uri,
            "expires_at": expires_at,
            "offer_id": offer_id,
            "offer_link": offer_link,
            "offer_link_by_reference": offer_link_by_reference,
            "qr_code_svg": qr_code_svg,
            "tx_code": tx_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credential_offer import CredentialOffer # noqa: PLC0415
        d = dict(src_dict)
        completion_id = UUID(d.pop("completion_id"))




        def _parse_credential_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                credential_id_type_0 = UUID(data)



                return credential_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        credential_id = _parse_credential_id(d.pop("credential_id"))


        credential_offer = CredentialOffer.from_dict(d.pop("credential_offer"))




        credential_offer_uri = d.pop("credential_offer_uri")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        offer_id = UUID(d.pop("offer_id"))




        offer_link = d.pop("offer_link")

        offer_link_by_reference = d.pop("offer_link_by_reference")

        qr_code_svg = d.pop("qr_code_svg")

        tx_code = d.pop("tx_code")

        credential_offer_created = cls(
            completion_id=completion_id,
            credential_id=credential_id,
            credential_offer=credential_offer,
            credential_offer_uri=credential_offer_uri,
            expires_at=expires_at,
            offer_id=offer_id,
            offer_link=offer_link,
            offer_link_by_reference=offer_link_by_reference,
            qr_code_svg=qr_code_svg,
            tx_code=tx_code,
        )


        credential_offer_created.additional_properties = d
        return credential_offer_created

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
