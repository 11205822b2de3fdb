"""Organisations' issuing keys: their did:web DID documents (public) and key rotation."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request, status
from fastapi.responses import JSONResponse

from services.credential_issuer.dependencies import Caller, Keys
from services.credential_issuer.services.verification_caches import DID_DOCUMENT_MAX_AGE
from shared.schemas.completions import IssuingKey
from shared.web.openapi import problem_responses

router = APIRouter(tags=["issuing keys"])


@router.get(
    "/organisations/{organisation_id}/did.json",
    name="get_did_document",
    summary="The did:web DID document of an issuing organisation (public)",
    description="`did:web:<host>[%3A<port>][:<path>...]:organisations:<organisation_id>`, whose "
    "document did:web reads at `https://<host>[:<port>][/<path>...]/organisations/<id>/did.json` "
    "(`<path>`: the path of ISSUER_PUBLIC_URL, which a reverse proxy strips). The W3C Controlled "
    "Identifiers form: `@context` (DID v1, Multikey v1), `id`, one `Multikey` verification method "
    "(`id`, `type`, `controller`, `publicKeyMultibase`) per Ed25519 key the organisation ever had, "
    "retired ones included, referenced from `assertionMethod` and `authentication`, so credentials "
    "signed before a rotation keep verifying. `application/did+json`, or `application/did+ld+json` "
    "when the Accept header asks for JSON-LD (the same document). 404 before the organisation's "
    "first credential.",
    responses={
        200: {
            "content": {
                "application/did+json": {"schema": {"type": "object"}},
                "application/did+ld+json": {"schema": {"type": "object"}},
            }
        },
        **problem_responses(404),
    },
    response_class=JSONResponse,
)
async def get_did_document(organisation_id: uuid.UUID, keys: Keys, request: Request) -> JSONResponse:
    document: dict[str, Any] = await keys.did_document(organisation_id)
    accept = request.headers.get("accept", "")
    wants_json_ld = "application/did+ld+json" in accept or "application/ld+json" in accept
    return JSONResponse(
        document,
        media_type="application/did+ld+json" if wants_json_ld else "application/did+json",
        headers={"Cache-Control": f"public, max-age={DID_DOCUMENT_MAX_AGE}", "Vary": "Accept"},
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
