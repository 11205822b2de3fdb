"""W3C VC-API `POST /presentations/verify` (public): a holder's presentation and every credential in it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.credential_issuer.dependencies import PresentationVerifier
from shared.errors import UnprocessableInput
from shared.schemas.credential_status import PresentationVerificationReport, VerifyPresentationRequest
from shared.web.openapi import problem_responses

router = APIRouter(tags=["vc-api"])

_RESPONSES: dict[int | str, dict[str, Any]] = {
    **problem_responses(413),
    400: {
        "description": "The presentation or one of its credentials does not verify: the same "
        "VerificationResult, with the failed checks in `errors` (and in each `credentialResults` entry).",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/PresentationVerificationReport"}}
        },
    },
}


@router.post(
    "/presentations/verify",
    name="verify_presentation",
    summary="Verify a presentation: its holder's proof, challenge, domain, and each credential",
    description="Public. The VC-API VerifyPresentationRequest (`verifiablePresentation`, `options` with "
    "`challenge`, `domain`, `returnPresentation`), or for an unsigned presentation the "
    "ProoflessVerifyPresentationRequest (`presentation`). The presentation's proof must be an "
    "`eddsa-rdfc-2022` Data Integrity proof with proofPurpose `authentication` by the holder (did:key "
    "or this service's did:web), carrying the `challenge` and `domain` given in `options`. Each "
    "credential is verified as at `/credentials/verify` and reported in `credentialResults`. 200 when "
    "the presentation and every credential verify, else 400 with the same result. An unsigned "
    "presentation has its credentials checked and a warning: nobody is authenticated as its holder. "
    "Malformed requests are 422 problems naming the field.",
    response_model=PresentationVerificationReport,
    responses=_RESPONSES,
)
async def verify_presentation(
    body: VerifyPresentationRequest, verifier: PresentationVerifier
) -> JSONResponse:
    given = [name for name in ("verifiablePresentation", "presentation") if getattr(body, name) is not None]
    if len(given) != 1:
        raise UnprocessableInput.for_field(
            "body.verifiablePresentation", "give exactly one of verifiablePresentation and presentation"
        )
    presentation = body.verifiablePresentation or body.presentation or {}
    report = await verifier.verify(presentation, challenge=body.options.challenge, domain=body.options.domain)
    if body.options.returnPresentation:
        report.verifiablePresentation = presentation
    return JSONResponse(report.model_dump(mode="json"), status_code=200 if report.verified else 400)
