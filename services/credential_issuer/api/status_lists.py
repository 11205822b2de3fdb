"""Bitstring Status List credentials (public) and the institution's revocation and suspension."""

from __future__ import annotations

import json
import uuid

from fastapi import APIRouter, Request, Response

from services.credential_issuer.dependencies import CredentialStatuses, Institution, StatusLists
from services.credential_issuer.services.verification_caches import STATUS_LIST_MAX_AGE
from shared.schemas.credential_status import CredentialStatus, StatusChange
from shared.web.caching import conditional_response
from shared.web.openapi import problem_responses

router = APIRouter(tags=["status"])


@router.get(
    "/v1/status-lists/{list_id}",
    name="get_status_list",
    summary="A signed BitstringStatusListCredential (W3C Bitstring Status List v1.0)",
    description="Public. `encodedList` is the multibase base64url (`u` prefix, no padding) of the "
    "GZIP-compressed bitstring; bit i (from the left of the first byte) set means the credential with "
    "`statusListIndex` i has the list's `statusPurpose`. Always built from the current bits; `ETag` and "
    f"`Cache-Control: max-age={STATUS_LIST_MAX_AGE}`.",
    responses={
        200: {"content": {"application/vc+ld+json": {}}, "description": "The status list credential."},
        **problem_responses(404),
    },
    response_class=Response,
)
async def get_status_list(request: Request, list_id: uuid.UUID, status_lists: StatusLists) -> Response:
    document, changed = await status_lists.credential(list_id)
    body = json.dumps(document, separators=(",", ":")).encode()
    return conditional_response(
        request, body, media_type="application/vc+ld+json", last_modified=changed, max_age=STATUS_LIST_MAX_AGE
    )


@router.post(
    "/v1/credentials/{credential_id}/revocation",
    name="revoke_credential",
    summary="Revoke a credential (final); its bit is set in the revocation list at once",
    responses=problem_responses(401, 403, 404, 409),
)
async def revoke_credential(
    credential_id: uuid.UUID, body: StatusChange, caller: Institution, statuses: CredentialStatuses
) -> CredentialStatus:
    return await statuses.revoke(caller, credential_id, body.reason)


@router.post(
    "/v1/credentials/{credential_id}/suspension",
    name="suspend_credential",
    summary="Suspend a credential; its bit is set in the suspension list at once",
    responses=problem_responses(401, 403, 404, 409),
)
async def suspend_credential(
    credential_id: uuid.UUID, body: StatusChange, caller: Institution, statuses: CredentialStatuses
) -> CredentialStatus:
    return await statuses.suspend(caller, credential_id, body.reason)


@router.delete(
    "/v1/credentials/{credential_id}/suspension",
    name="unsuspend_credential",
    summary="Lift a credential's suspension (a body with a `reason` is optional)",
    responses=problem_responses(401, 403, 404, 409),
)
async def unsuspend_credential(
    credential_id: uuid.UUID,
    caller: Institution,
    statuses: CredentialStatuses,
    body: StatusChange | None = None,
) -> CredentialStatus:
    reason = body.reason if body is not None else "Suspension lifted."
    return await statuses.unsuspend(caller, credential_id, reason)
