"""OpenID4VCI 1.0 bodies (for the contract): the institution's view of a credential offer, the
Credential Offer itself, and the answers of the wallet's endpoints (token, nonce, credential,
deferred credential)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.schemas.ob3 import AchievementCredential

PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
_COMPACT_JWS = r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$"
# Fields named as the specification spells them (hyphens, URNs) serialise under those names.
_SPEC_NAMES = ConfigDict(populate_by_name=True, serialize_by_alias=True)


class TxCode(BaseModel):
    """The transaction code the wallet must ask the learner for (OpenID4VCI 1.0 §4.1.1)."""

    input_mode: Literal["numeric"]
    length: int = Field(examples=[6])
    description: str


class PreAuthorizedCodeGrant(BaseModel):
    model_config = _SPEC_NAMES

    pre_authorized_code: str = Field(alias="pre-authorized_code")
    tx_code: TxCode


class CredentialOfferGrants(BaseModel):
    model_config = _SPEC_NAMES

    pre_authorized_code: PreAuthorizedCodeGrant = Field(alias=PRE_AUTHORIZED_GRANT)


class CredentialOffer(BaseModel):
    """The Credential Offer object (OpenID4VCI 1.0 §4.1.1): a pre-authorized code grant with a
    transaction code, for the issuer's credential configurations."""

    model_config = _SPEC_NAMES

    credential_issuer: str
    credential_configuration_ids: list[str] = Field(min_length=1)
    grants: CredentialOfferGrants


class CredentialOfferCreated(BaseModel):
    offer_id: uuid.UUID
    completion_id: uuid.UUID
    credential_id: uuid.UUID | None = Field(description="None while the completion is still pending.")
    credential_offer: CredentialOffer = Field(
        description="The Credential Offer object (OpenID4VCI 1.0 §4.1.1)."
    )
    credential_offer_uri: str = Field(description="Where a wallet fetches the same offer (by reference).")
    offer_link: str = Field(description="`openid-credential-offer://` link carrying the offer by value.")
    offer_link_by_reference: str = Field(
        description="`openid-credential-offer://` link with `credential_offer_uri` (the QR code's)."
    )
    qr_code_svg: str = Field(description="SVG image of a QR code of `offer_link_by_reference`.")
    tx_code: str = Field(
        description="The transaction code the wallet asks the learner for. Send it to the learner by "
        "ANOTHER channel than the offer (e.g. the offer as a QR code on screen, this code by e-mail): "
        "whoever holds both can take the credential."
    )
    expires_at: datetime = Field(description="After this the pre-authorized code no longer works.")


class Oid4vciTokenResponse(BaseModel):
    """The token endpoint's answer (OpenID4VCI 1.0 §6.2, RFC 6749 §5.1): an access token bound to
    the offer."""

    access_token: str
    token_type: Literal["Bearer"]
    expires_in: int = Field(description="Seconds the access token works.", examples=[600])


class NonceResponse(BaseModel):
    """The nonce endpoint's answer (OpenID4VCI 1.0 §7.2): a fresh nonce for one key proof."""

    c_nonce: str


class IssuedCredential(BaseModel):
    credential: AchievementCredential | Annotated[str, Field(pattern=_COMPACT_JWS)] = Field(
        description="`ldp_vc`: the signed JSON-LD credential; `jwt_vc_json`: a compact JWS whose `vc` "
        "claim is the credential."
    )


class CredentialResponse(BaseModel):
    """The credential (and deferred credential) endpoint's answer (OpenID4VCI 1.0 §8.3): the
    credential, bound to the key of the wallet's proof."""

    credentials: list[IssuedCredential] = Field(min_length=1, max_length=1)


class CredentialIssuancePending(BaseModel):
    """202 from the credential or deferred credential endpoint (OpenID4VCI 1.0 §8.3, §9.2): the
    completion still waits for its checks; ask the deferred credential endpoint again."""

    transaction_id: str
    interval: int = Field(description="Seconds to wait before asking again.", examples=[5])
