"""Organisations' issuing keys: their did:web DID documents (public) and key rotation."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse

from services.credential_issuer.dependencies import Caller, Keys
from shared.schemas.completions import IssuingKey
from shared.web.openapi import problem_responses

router = APIRouter(tags=["issuing keys"])


@router.get(
    "/organisations/{organisation_id}/did.json",
    name="get_did_document",
    summary="The did:web DID document of an issuing organisation (public)",
    description="`did:web:<host>[%3A<port>]:organisations:<organisation_id>`. One Multikey (Ed25519) "
    "verification method per key the organisation ever had, retired ones included, all listed under "
    "`assertionMethod`, so credentials signed before a rotation keep verifying. 404 before the "
    "organisation's first credential.",
    responses={
        200: {"content": {"application/did+json": {"schema": {"type": "object"}}}},
        **problem_responses(404),
    },
    response_class=JSONResponse,
)
async def get_did_document(organisation_id: uuid.UUID, keys: Keys) -> JSONResponse:
    document: dict[str, Any] = await keys.did_document(organisation_id)
    return JSONResponse(
        document, media_type="application/did+json", headers={"Cache-Control": "public, max-age=60"}
    )


@router.post(
    "/v1/institutions/{institution_id}/issuing-keys/rotation",
    name="rotate_issuing_key",
    status_code=status.HTTP_201_CREATED,
    summary="Start signing with a new key (the institution itself); earlier keys stay published",
    responses=problem_responses(),
)
async def rotate_issuing_key(institution_id: uuid.UUID, keys: Keys, caller: Caller) -> IssuingKey:
    return await keys.rotate(caller, institution_id)
