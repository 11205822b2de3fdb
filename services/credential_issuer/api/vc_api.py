"""W3C VC-API endpoints: verify a credential (public) and update a credential's status (institution)."""

from __future__ import annotations

from fastapi import APIRouter

from services.credential_issuer.dependencies import CredentialStatuses, Institution, Verifier
from services.credential_issuer.services.verification import credential_uuid
from shared.errors import Conflict, UnprocessableInput
from shared.schemas.credential_status import (
    CredentialStatus,
    VcApiStatusUpdate,
    VerificationReport,
    VerifyRequest,
)
from shared.web.openapi import problem_responses

router = APIRouter(tags=["vc-api"])


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
