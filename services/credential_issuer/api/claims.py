"""The learner's one-time claim links: made by the institution, redeemed by the learner's wallet or
as a JSON download."""

from __future__ import annotations

import json
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query, Response

from services.credential_issuer.dependencies import Claims, Institution
from services.credential_issuer.services.claims import CLAIM_VALID_DAYS
from shared.schemas.claims import ClaimLink
from shared.web.openapi import problem_responses

router = APIRouter(tags=["claims"])

Token = Annotated[str, Path(min_length=20, max_length=100, pattern=r"^[A-Za-z0-9_-]+$")]


@router.post(
    "/v1/credentials/{credential_id}/claims",
    name="create_claim",
    status_code=201,
    summary="A new one-time claim link for the learner (earlier unused links stop working)",
    responses=problem_responses(401, 403, 404),
)
async def create_claim(
    credential_id: uuid.UUID,
    caller: Institution,
    claims: Claims,
    valid_days: Annotated[int, Query(ge=1, le=90)] = CLAIM_VALID_DAYS,
) -> ClaimLink:
    return await claims.create(caller, credential_id, valid_days=valid_days)


@router.get(
    "/v1/claims/{token}/credential.json",
    name="download_claimed_credential",
    summary="Download the credential once (public: the token is the authorisation)",
    responses={
        200: {"content": {"application/vc+ld+json": {}}, "description": "The signed credential."},
        **problem_responses(404, 410),
    },
    response_class=Response,
)
async def download_claimed_credential(token: Token, claims: Claims) -> Response:
    document = await claims.download(token)
    return Response(
        json.dumps(document),
        media_type="application/vc+ld+json",
        headers={
            "Cache-Control": "no-store",
            "Content-Disposition": 'attachment; filename="credential.json"',
        },
    )


@router.post(
    "/exchanges/{token}",
    name="participate_in_exchange",
    summary="VC-API exchange: the presentation request, then the credential for a DIDAuth presentation",
    description="Public (the exchange id is the claim token). An empty body `{}` gets a "
    "`verifiablePresentationRequest` (DIDAuthentication with a challenge); a body with a "
    "`verifiablePresentation` signed by the holder's did:key (eddsa-rdfc-2022, proofPurpose "
    "authentication, the challenge) gets a `verifiablePresentation` holding the credential, once.",
    responses=problem_responses(404, 410),
)
async def participate_in_exchange(
    token: Token, claims: Claims, body: Annotated[dict[str, Any] | None, Body()] = None
) -> dict[str, Any]:
    return await claims.exchange(token, body or {})
