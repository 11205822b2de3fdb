"""Verification of a Verifiable Presentation (VC Data Model 2.0 §4.13, VC-API `POST
/presentations/verify`): its own Data Integrity proof, made by its holder to authenticate
(`eddsa-rdfc-2022`, proofPurpose `authentication`, with the verifier's `challenge` and `domain`),
and every credential it carries, each with the credential checks and a report of its own.

A presentation without proof is accepted as the VC-API's ProoflessVerifyPresentationRequest: its
credentials are checked and a warning says that nobody is authenticated as its holder. A verifier
that asks for a challenge or a domain gets those checks failed on an unsigned presentation: only a
proof can answer them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from services.credential_issuer.services.proof_checks import (
    ServiceDidResolver,
    as_list,
    check,
    failed_lines,
    moment,
    verify_proofs,
)
from services.credential_issuer.services.verification import VerificationService, context_problem
from shared.schemas.credential_status import (
    Check,
    CheckName,
    CheckStatus,
    PresentationVerificationReport,
    VerificationReport,
)
from shared.vc.contexts import CREDENTIALS_V1, CREDENTIALS_V2
from shared.vc.data_integrity import VerificationResult, proofs_of
from shared.vc.errors import VcError

AUTHENTICATION = "authentication"
MAX_CREDENTIALS = 8


class PresentationVerificationService:
    def __init__(self, credentials: VerificationService, resolver: ServiceDidResolver) -> None:
        self._credentials = credentials
        self._resolver = resolver

    async def verify(
        self,
        presentation: Mapping[str, Any],
        *,
        challenge: str | None = None,
        domain: str | None = None,
        now: datetime | None = None,
    ) -> PresentationVerificationReport:
        """The presentation's checks (format, proof, holder, challenge, domain, credentials) and one
        report per credential; `verified` when no check of either failed."""
        now = now or datetime.now(UTC)
        warnings: list[str] = []
        shape = _format(presentation)
        if shape.status is CheckStatus.FAILED:
            checks = [shape] + [
                check(name, CheckStatus.NOT_APPLICABLE, "Not checked: the presentation cannot be read.")
                for name in (
                    CheckName.PROOF,
                    CheckName.HOLDER,
                    CheckName.CHALLENGE,
                    CheckName.DOMAIN,
                    CheckName.CREDENTIALS,
                )
            ]
            return _report(checks, warnings, None, [])
        signed = bool(proofs_of(presentation))
        proof, result = await self._proof(presentation, now)
        holder, holder_did = _holder(presentation, result)
        if not signed:
            warnings.append(
                "The presentation has no proof: no holder is authenticated; only its credentials are checked."
            )
        checks = [
            shape,
            proof,
            holder,
            _option(CheckName.CHALLENGE, "challenge", challenge, presentation, signed),
            _option(CheckName.DOMAIN, "domain", domain, presentation, signed),
        ]
        if signed and challenge is None:
            warnings.append(
                "No challenge was asked for: a replayed presentation cannot be told from a fresh one."
            )
        reports = [
            await self._credentials.verify(credential, now=now)
            for credential in as_list(presentation.get("verifiableCredential"))
        ]
        checks.append(_credentials_check(reports))
        return _report(checks, warnings, holder_did, reports)

    async def _proof(
        self, presentation: Mapping[str, Any], now: datetime
    ) -> tuple[Check, VerificationResult | None]:
        proofs = proofs_of(presentation)
        if not proofs:
            return check(CheckName.PROOF, CheckStatus.NOT_APPLICABLE, "The presentation has no proof."), None
        try:
            result = await verify_proofs(presentation, self._resolver, purpose=AUTHENTICATION)
        except VcError as error:
            return check(
                CheckName.PROOF, CheckStatus.FAILED, f"The presentation cannot be processed: {error}"
            ), None
        if not result.verified:
            reasons = "; ".join(r.error or "" for r in result.proofs if not r.verified)
            return check(CheckName.PROOF, CheckStatus.FAILED, f"A proof does not verify: {reasons}"), result
        for proof in proofs:
            expires = proof.get("expires")
            if expires is not None:
                ends = moment(expires)
                if ends is None or now > ends:
                    return check(
                        CheckName.PROOF, CheckStatus.FAILED, f"The proof expired ({str(expires)[:40]})."
                    ), result
        return check(
            CheckName.PROOF,
            CheckStatus.PASSED,
            f"{len(result.proofs)} proof(s) verified, made to authenticate (eddsa-rdfc-2022).",
        ), result


def _format(presentation: Mapping[str, Any]) -> Check:
    problem = context_problem(presentation.get("@context"), (CREDENTIALS_V2, CREDENTIALS_V1))
    if problem is not None:
        return check(CheckName.FORMAT, CheckStatus.FAILED, problem)
    if "VerifiablePresentation" not in as_list(presentation.get("type")):
        return check(CheckName.FORMAT, CheckStatus.FAILED, "The document is not a VerifiablePresentation.")
    holder = presentation.get("holder")
    if holder is not None and _holder_id(holder) is None:
        return check(CheckName.FORMAT, CheckStatus.FAILED, "holder must be a URL or an object with an id.")
    credentials = as_list(presentation.get("verifiableCredential"))
    if len(credentials) > MAX_CREDENTIALS:
        return check(
            CheckName.FORMAT,
            CheckStatus.FAILED,
            f"More than {MAX_CREDENTIALS} credentials in one presentation.",
        )
    for position, credential in enumerate(credentials):
        if not isinstance(credential, Mapping):
            return check(
                CheckName.FORMAT, CheckStatus.FAILED, f"Credential {position + 1} is not a JSON object."
            )
        if "EnvelopedVerifiableCredential" in as_list(credential.get("type")):
            return check(
                CheckName.FORMAT,
                CheckStatus.FAILED,
                f"Credential {position + 1} is enveloped (JOSE/COSE/SD-JWT); only Data Integrity credentials "
                "are verified here.",
            )
    return check(CheckName.FORMAT, CheckStatus.PASSED, "A W3C verifiable presentation with known contexts.")


def _holder_id(holder: Any) -> str | None:
    if isinstance(holder, Mapping):
        holder = holder.get("id")
    return holder if isinstance(holder, str) else None


def _holder(presentation: Mapping[str, Any], result: VerificationResult | None) -> tuple[Check, str | None]:
    """The holder check, and the DID the proof authenticates (when it does)."""
    if result is None or not result.verified:
        return check(CheckName.HOLDER, CheckStatus.NOT_APPLICABLE, "Not checked: no valid proof."), None
    holder = _holder_id(presentation.get("holder"))
    signers = result.verified_controllers()
    if holder is None:
        signer = sorted(signers)[0]
        return check(
            CheckName.HOLDER, CheckStatus.PASSED, f"The presentation names no holder; {signer} signed it."
        ), signer
    if holder not in signers:
        return check(
            CheckName.HOLDER, CheckStatus.FAILED, f"The proof was not made by the holder {holder[:200]}."
        ), None
    return check(CheckName.HOLDER, CheckStatus.PASSED, f"The holder {holder} signed it."), holder


def _option(
    name: CheckName, member: str, asked: str | None, presentation: Mapping[str, Any], signed: bool
) -> Check:
    """`challenge` or `domain`: every proof must carry the value the verifier asked for (a proof's
    domain may be a list of them)."""
    if asked is None:
        return check(name, CheckStatus.NOT_APPLICABLE, f"No {member} was asked for.")
    if not signed:
        return check(
            name, CheckStatus.FAILED, f"A {member} was asked for, but the presentation has no proof."
        )
    for proof in proofs_of(presentation):
        given = proof.get(member) if isinstance(proof, Mapping) else None
        values = given if member == "domain" and isinstance(given, list) else [given]
        if asked not in values:
            return check(name, CheckStatus.FAILED, f"The proof's {member} is not the one asked for.")
    return check(name, CheckStatus.PASSED, f"The proof carries the {member} asked for.")


def _credentials_check(reports: list[VerificationReport]) -> Check:
    if not reports:
        return check(
            CheckName.CREDENTIALS, CheckStatus.NOT_APPLICABLE, "The presentation carries no credential."
        )
    failed = [str(position + 1) for position, report in enumerate(reports) if not report.verified]
    if failed:
        return check(
            CheckName.CREDENTIALS,
            CheckStatus.FAILED,
            f"Credential(s) {', '.join(failed)} of {len(reports)} did not verify (see credentialResults).",
        )
    return check(CheckName.CREDENTIALS, CheckStatus.PASSED, f"All {len(reports)} credential(s) verified.")


def _report(
    checks: list[Check], warnings: list[str], holder: str | None, reports: list[VerificationReport]
) -> PresentationVerificationReport:
    errors = failed_lines(checks)
    return PresentationVerificationReport(
        verified=not errors,
        checks=checks,
        warnings=warnings,
        errors=errors,
        holder=holder,
        credentialResults=reports,
    )
