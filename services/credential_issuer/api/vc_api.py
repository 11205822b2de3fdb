"""W3C VC-API endpoints: issue a credential for a completion (the institution's own clients), verify a
credential (public) and update a credential's status (institution)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.credential_issuer.dependencies import (
    Caller,
    CredentialStatuses,
    Institution,
    Issuance,
    Verifier,
)
from services.credential_issuer.services.verification import credential_uuid
from shared.errors import Conflict, UnprocessableInput
from shared.schemas.credential_status import (
    CredentialStatus,
    IssueRequest,
    IssueResponse,
    VcApiStatusUpdate,
    VerificationReport,
    VerifyRequest,
)
from shared.web.openapi import problem_responses

router = APIRouter(tags=["vc-api"])

_ISSUE_RESPONSES = problem_responses(401, 403, 503)
_ISSUE_RESPONSES[200] = {"description": "Issued before: the same credential.", "model": IssueResponse}


@router.post(
    "/credentials/verify",
    name="verify_credential",
    summary="Verify a credential: proof, issuer key, status, validity period, OMC standing",
    description="Public. Each check is reported by name with `passed`, `failed` or `not_applicable`. "
    "Only bundled contexts are processed, only did:key and this service's did:web are resolved, and "
    "only this service's status lists are read; nothing named in the credential is fetched.",
)
async def verify_credential(body: VerifyRequest, verifier: Verifier) -> VerificationReport:
    return await verifier.verify(body.verifiableCredential)


@router.post(
    "/credentials/status",
    name="update_credential_status",
    summary="Update a credential's status the VC-API way (revoked, suspended, active)",
    responses=problem_responses(401, 403, 404, 409),
)
async def update_credential_status(
    body: VcApiStatusUpdate, caller: Institution, statuses: CredentialStatuses
) -> CredentialStatus:
    credential_id = credential_uuid({"id": body.credentialId})
    if credential_id is None:
        raise UnprocessableInput.for_field("body.credentialId", "expected urn:uuid:<credential id>")
    result: CredentialStatus | None = None
    for item in body.credentialStatus:
        if item.status == "revoked":
            result = await statuses.revoke(caller, credential_id, body.reason)
        elif item.status == "suspended":
            result = await statuses.suspend(caller, credential_id, body.reason)
        else:
            try:
                result = await statuses.unsuspend(caller, credential_id, body.reason)
            except Conflict:
                result = None  # already active
    if result is None:
        result = await statuses.current(caller, credential_id)
    return result


@router.post(
    "/credentials/issue",
    name="issue_credential",
    status_code=201,
    summary="Issue the credential of one of the institution's completions now (VC-API issuer)",
    description="For an institution's own clients (role `institution` or `sis` of the completion's "
    "organisation; anyone else 403). The body names a completion the SIS already sent "
    '(`{"completion_id": ...}`): the credential is made by the platform from the ledger-checked '
    "completion, never from a caller-supplied document. A pending completion goes through the "
    "worker's checks (passing result, the quality ledger's standing on the completion date, the "
    "published version) and is signed with the organisation's key: 201 with "
    '`{"verifiableCredential": ...}`. A completion already issued (by the worker or an earlier '
    "call) gives its credential again with 200: each completion is issued exactly once. A check "
    "that fails rejects the completion: 422 naming `body.completion_id` with the reasons; a rejected "
    "completion is 422 likewise. Registry or ledger unreachable: 503, the completion stays pending.",
    response_model=IssueResponse,
    responses=_ISSUE_RESPONSES,
)
async def issue_credential(body: IssueRequest, caller: Caller, issuance: Issuance) -> JSONResponse:
    document, created = await issuance.issue_now(caller, body.completion_id)
    content: dict[str, Any] = {"verifiableCredential": document}
    return JSONResponse(content, status_code=201 if created else 200)
