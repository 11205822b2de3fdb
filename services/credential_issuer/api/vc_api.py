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
from shared.errors import UnprocessableInput
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

_ISSUE_RESPONSES = problem_responses(401, 403, 409, 503)
_ISSUE_RESPONSES[200] = {
    "description": "Issued before (the same completion, or the same request under the same credential "
    "id): the same credential.",
    "model": IssueResponse,
}


_VERIFY_RESPONSES: dict[int | str, dict[str, Any]] = {
    **problem_responses(413),
    400: {
        "description": "The credential does not verify: the same VerificationResult, with the failed "
        "checks in `errors`.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VerificationReport"}}},
    },
}


@router.post(
    "/credentials/verify",
    name="verify_credential",
    summary="Verify a credential: proof, issuer key, status, validity, OMC standing, co-awarding partners",
    description="Public. The VC-API VerifyCredentialRequest (`verifiableCredential`, `options`): 200 "
    "with the VerificationResult when the credential verifies, 400 with the same document when it does "
    "not (`verified` false, the failed checks in `errors`). Each check is reported by name with "
    "`passed`, `failed` or `not_applicable`. Only bundled contexts are processed (inline context "
    "objects after the first are accepted, within bounds), only did:key and this service's did:web "
    "are resolved, and only this service's status lists are read; nothing named in the credential is "
    "fetched. A request that is not a VerifyCredentialRequest (no `verifiableCredential` object) is "
    "a 422 problem naming the field; a body over the size limit, 413.",
    response_model=VerificationReport,
    responses=_VERIFY_RESPONSES,
)
async def verify_credential(body: VerifyRequest, verifier: Verifier) -> JSONResponse:
    report = await verifier.verify(body.verifiableCredential)
    return JSONResponse(report.model_dump(mode="json"), status_code=200 if report.verified else 400)


@router.post(
    "/credentials/status",
    name="update_credential_status",
    summary="Update a credential's status the VC-API way (revoked, suspended, active)",
    responses=problem_responses(401, 403, 404, 409),
)
async def update_credential_status(
    body: VcApiStatusUpdate, caller: Institution, statuses: CredentialStatuses
) -> CredentialStatus:
    credential_id = await statuses.credential_id_of(caller, body.credentialId)
    if credential_id is None:
        raise UnprocessableInput.for_field(
            "body.credentialId", "expected urn:uuid:<credential id> or the id a credential was issued under"
        )
    result: CredentialStatus | None = None
    for item in body.credentialStatus:
        if item.status == "revoked":
            result = await statuses.revoke(caller, credential_id, body.reason)
        elif item.status == "suspended":
            result = await statuses.suspend(caller, credential_id, body.reason)
        else:
            result = await statuses.unsuspend(caller, credential_id, body.reason, if_suspended=True)
    if result is None:
        result = await statuses.current(caller, credential_id)
    return result


@router.post(
    "/credentials/issue",
    name="issue_credential",
    status_code=201,
    summary="Issue a credential signed by the caller's organisation (VC-API issuer)",
    description="For an institution's own clients (role `institution` or `sis`; anyone else 403). "
    "Two forms:\n\n"
    "- `{credential, options}` (VC-API): an unsigned VC Data Model 2.0 credential. Checked field by "
    "field (first context `https://www.w3.org/ns/credentials/v2`, `type` with `VerifiableCredential`, "
    "`credentialSubject`, `validFrom`/`validUntil` as XML Schema dateTimeStamps, every `id` a URL, "
    "no undefined term, Open Badges 3.0 schema for an Open Badge); `issuer` must be the caller "
    "organisation's did:web (string or object with `id`), and is filled in when left out; `id` "
    "(`urn:uuid:`) and `validFrom` are filled in when left out; a `proof` or `credentialStatus` is "
    "refused (the platform adds them). The platform adds one `BitstringStatusListEntry` "
    "(`statusPurpose: suspension`) and an `eddsa-rdfc-2022` proof by the organisation's key. A "
    "credential that presents itself as an Ontario Micro-Credential (the mark, an OMC qualification "
    "or OQF tag, an achievement that is a registered micro-credential) is refused: 422 "
    "`omc-mark-protected`. Under the same `credential.id` or `options.credentialId`, the same "
    "request gives the same credential (200), another one 409 `credential-id-taken`.\n"
    "- `{options: {completionId}}`: the credential of a completion the SIS sent, built by the "
    "platform and the only way to an Ontario Micro-Credential. A pending completion goes through "
    "the worker's checks (passing result, the quality ledger's standing on the completion date, the "
    "published version); one already issued gives its credential again with 200. A check that "
    "fails rejects it: 422 naming `body.options.completionId`. The earlier body "
    '`{"completion_id": ...}` is still accepted (refusals then name `body.completion_id`). '
    "Registry or ledger unreachable: 503, the completion stays pending.\n\n"
    '201 with `{"verifiableCredential": ...}`; every refusal is a problem naming the field.',
    response_model=IssueResponse,
    responses=_ISSUE_RESPONSES,
)
async def issue_credential(body: IssueRequest, caller: Caller, issuance: Issuance) -> JSONResponse:
    document, created = await issuance.issue(caller, body)
    content: dict[str, Any] = {"verifiableCredential": document}
    return JSONResponse(content, status_code=201 if created else 200)
