"""OpenID for Verifiable Credential Issuance 1.0: the issuer's and its authorization server's
metadata, credential offers made by the institution, and the wallet's endpoints (token, nonce,
credential, deferred credential). The wallet's endpoints answer errors in the specification's JSON
shape (`error`, `error_description`), not problem+json."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from services.credential_issuer.dependencies import Institution
from services.credential_issuer.services.wallets.oid4vci.exchange import CredentialAnswer, WalletExchange
from services.credential_issuer.services.wallets.oid4vci.metadata import (
    JWT_VC_JSON,
    LDP_VC,
    PRE_AUTHORIZED_GRANT,
    authorization_server_metadata,
    issuer_metadata,
)
from services.credential_issuer.services.wallets.oid4vci.offers import (
    OFFER_VALID_MINUTES,
    OfferService,
)
from shared.schemas.oid4vci import (
    CredentialIssuancePending,
    CredentialOffer,
    CredentialOfferCreated,
    CredentialResponse,
    NonceResponse,
    Oid4vciTokenResponse,
)
from shared.web.openapi import problem_responses

router = APIRouter(tags=["openid4vci"])

NO_STORE = {"Cache-Control": "no-store"}
Reference = Annotated[str, Path(min_length=20, max_length=100, pattern=r"^[A-Za-z0-9_-]+$")]
ValidMinutes = Annotated[int, Query(ge=5, le=7 * 24 * 60, description="How long the offer's code works.")]


class OAuthError(BaseModel):
    """An OpenID4VCI / OAuth 2.0 error response."""

    error: str
    error_description: str | None = None


def _oauth_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": OAuthError, "description": "OAuth-style error."} for status in statuses}


def _offers(request: Request) -> OfferService:
    settings = request.app.state.settings
    return OfferService(
        request.app.state.sessions,
        public_url=settings.public_url,
        master_key=settings.master_key.get_secret_value(),
    )


def _exchange(request: Request) -> WalletExchange:
    state = request.app.state
    return WalletExchange(
        state.sessions,
        public_url=state.settings.public_url,
        keys=state.issuing_keys,
        signing=state.signing_pool,
    )


def _issuer_url(request: Request) -> str:
    return str(request.app.state.settings.public_url).rstrip("/")


def _answer(answer: CredentialAnswer) -> JSONResponse:
    return JSONResponse(answer.body, status_code=answer.status, headers=NO_STORE)


@router.get(
    "/.well-known/openid-credential-issuer",
    name="openid_credential_issuer_metadata",
    summary="OpenID4VCI Credential Issuer Metadata (endpoints, display, credential configurations)",
)
async def openid_credential_issuer_metadata(request: Request) -> dict[str, Any]:
    return issuer_metadata(_issuer_url(request))


@router.get(
    "/.well-known/oauth-authorization-server",
    name="oauth_authorization_server_metadata",
    summary="RFC 8414 metadata of the issuer as the authorization server of the pre-authorized code grant",
)
async def oauth_authorization_server_metadata(request: Request) -> dict[str, Any]:
    return authorization_server_metadata(_issuer_url(request))


_OFFER_DESCRIPTION = (
    f"A pre-authorized code offer of the credential (`{LDP_VC}` and `{JWT_VC_JSON}`), by value and by "
    "reference, as links and an SVG QR code. The answer's `tx_code` must reach the learner by ANOTHER "
    "channel than the offer. Only the institution that reported the completion may call this."
)


@router.post(
    "/v1/credentials/{credential_id}/offers",
    name="create_credential_offer",
    status_code=201,
    response_model=CredentialOfferCreated,
    summary="An OpenID4VCI credential offer of an issued credential, for the learner's wallet",
    description=_OFFER_DESCRIPTION,
    responses=problem_responses(401, 403, 404, 409),
)
async def create_credential_offer(
    credential_id: uuid.UUID,
    caller: Institution,
    request: Request,
    valid_minutes: ValidMinutes = OFFER_VALID_MINUTES,
) -> JSONResponse:
    offer = await _offers(request).for_credential(caller, credential_id, valid_minutes=valid_minutes)
    return JSONResponse(offer.model_dump(mode="json"), status_code=201, headers=NO_STORE)


@router.post(
    "/v1/completions/{completion_id}/offers",
    name="create_completion_offer",
    status_code=201,
    response_model=CredentialOfferCreated,
    summary="An OpenID4VCI credential offer of a completion's credential, issued or not yet",
    description=_OFFER_DESCRIPTION
    + " While the completion waits for its checks, the wallet gets a `transaction_id` and the "
    "credential later from the deferred credential endpoint.",
    responses=problem_responses(401, 403, 404, 409),
)
async def create_completion_offer(
    completion_id: uuid.UUID,
    caller: Institution,
    request: Request,
    valid_minutes: ValidMinutes = OFFER_VALID_MINUTES,
) -> JSONResponse:
    offer = await _offers(request).for_completion(caller, completion_id, valid_minutes=valid_minutes)
    return JSONResponse(offer.model_dump(mode="json"), status_code=201, headers=NO_STORE)


@router.get(
    "/oid4vci/credential-offers/{reference}",
    name="credential_offer_by_reference",
    summary="The credential offer a `credential_offer_uri` stands for (public: the URI is the secret)",
    responses={
        200: {"model": CredentialOffer, "description": "The Credential Offer."},
        **problem_responses(404),
    },
)
async def credential_offer_by_reference(reference: Reference, request: Request) -> JSONResponse:
    return JSONResponse(await _offers(request).by_reference(reference), headers=NO_STORE)


_TOKEN_EXAMPLE = {
    "grant_type": PRE_AUTHORIZED_GRANT,
    "pre-authorized_code": "SplxlOBeZQQYbYS6WxSbIA-pre-authorized-code",
    "tx_code": "493536",
}


@router.post(
    "/oid4vci/token",
    name="oid4vci_token",
    summary="Token endpoint: a pre-authorized code and its transaction code for an access token",
    description="`application/x-www-form-urlencoded`, no client authentication. Each code works once, "
    "before it expires; five wrong transaction codes end the offer.",
    responses={
        200: {"model": Oid4vciTokenResponse, "description": "The access token."},
        **_oauth_errors(400),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "required": ["grant_type", "pre-authorized_code", "tx_code"],
                        "properties": {
                            "grant_type": {"type": "string", "enum": [PRE_AUTHORIZED_GRANT]},
                            "pre-authorized_code": {"type": "string"},
                            "tx_code": {"type": "string"},
                        },
                    },
                    "example": _TOKEN_EXAMPLE,
                }
            },
        }
    },
)
async def oid4vci_token(request: Request) -> JSONResponse:
    form = await request.form()
    fields = {name: value for name, value in form.items() if isinstance(value, str)}
    return JSONResponse(await _exchange(request).token(fields), headers=NO_STORE)


@router.post(
    "/oid4vci/nonce",
    name="oid4vci_nonce",
    summary="Nonce endpoint: a fresh c_nonce for one key proof",
    responses={200: {"model": NonceResponse, "description": "The nonce (`Cache-Control: no-store`)."}},
)
async def oid4vci_nonce(request: Request) -> JSONResponse:
    return JSONResponse(await _exchange(request).nonce(), headers=NO_STORE)


_CREDENTIAL_EXAMPLE = {
    "credential_configuration_id": LDP_VC,
    "proofs": {"jwt": ["eyJ0eXAiOiJvcGVuaWQ0dmNpLXByb29mK2p3dCIsImFsZyI6IkVkRFNBIn0.e30.c2ln"]},
}


def _json_request(example: dict[str, Any]) -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object"}, "example": example}},
        }
    }


@router.post(
    "/oid4vci/credential",
    name="oid4vci_credential",
    summary="Credential endpoint: the credential bound to the key the wallet's jwt proof shows",
    description="`Authorization: Bearer <access token>`. 200 with `credentials`, or 202 with a "
    "`transaction_id` while the completion waits for its checks.",
    responses={
        200: {"model": CredentialResponse, "description": "The credential."},
        202: {
            "model": CredentialIssuancePending,
            "description": "Deferred: a transaction_id and an interval.",
        },
        **_oauth_errors(400, 401),
    },
    openapi_extra=_json_request(_CREDENTIAL_EXAMPLE),
)
async def oid4vci_credential(
    request: Request, authorization: Annotated[str | None, Header(include_in_schema=False)] = None
) -> JSONResponse:
    exchange = _exchange(request)
    return _answer(await exchange.credential(authorization, await request.body()))


@router.post(
    "/oid4vci/deferred-credential",
    name="oid4vci_deferred_credential",
    summary="Deferred credential endpoint: the credential of a transaction_id once it is issued",
    responses={
        200: {"model": CredentialResponse, "description": "The credential."},
        202: {"model": CredentialIssuancePending, "description": "Still pending: wait `interval` seconds."},
        **_oauth_errors(400, 401),
    },
    openapi_extra=_json_request({"transaction_id": "8xLOxBtZp8-transaction-id"}),
)
async def oid4vci_deferred_credential(
    request: Request, authorization: Annotated[str | None, Header(include_in_schema=False)] = None
) -> JSONResponse:
    exchange = _exchange(request)
    return _answer(await exchange.deferred(authorization, await request.body()))
