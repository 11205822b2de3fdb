"""Verification of a presented credential beyond its signature, as named checks (the VC-API
VerificationResult of `POST /credentials/verify` and of each credential of a presentation).

Nothing here opens a connection to an address taken from the credential: contexts come only from the
bundled set, DIDs are did:key or this service's own did:web (proof_checks), and status lists are
only this service's, read from the database. The one outbound call is to qa_api for the OMC's
standing. DID documents, status lists and standing answers are kept for a short while in the
service's VerificationCaches (see there for how long).

A credential this service issued (its id is in the database and its proof is the stored one) has
its status from the database, whatever entries it carries: an older credential with only a
revocation entry, suspended since, fails as suspended. Others have the bits of the lists they name.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import credential_status as credentials
from services.credential_issuer.repositories import status_lists
from services.credential_issuer.repositories.credential_status import IssuedCredential
from services.credential_issuer.services.endorsements import check_endorsements
from services.credential_issuer.services.proof_checks import (
    MAX_PROOFS,
    ServiceDidResolver,
    as_list,
    check,
    credential_uuid,
    failed_lines,
    issuer_id,
    issuer_name,
    key_period_check,
    moment,
    verify_proofs,
)
from services.credential_issuer.services.status_lists import STATUS_LIST_PATH
from services.credential_issuer.services.verification_caches import VerificationCaches
from services.credential_issuer.services.wallets.oid4vci.formats import without_holder
from shared.clients.base import ServiceCallError
from shared.clients.quality import QualityLedgerClient
from shared.schemas.credential_status import (
    Check,
    CheckName,
    CheckStatus,
    OrganisationRole,
    VerificationReport,
    VouchingOrganisation,
)
from shared.vc.contexts import CREDENTIALS_V1, CREDENTIALS_V2, bundled_contexts
from shared.vc.errors import VcError

# Re-exported: the routers and tests know these from here.
__all__ = [
    "CREDENTIAL_CHECKS",
    "MAX_PROOFS",
    "REVOKED",
    "SUSPENDED",
    "ServiceDidResolver",
    "VerificationService",
    "credential_uuid",
]
# How a failed status check of a credential this service issued begins (the /verify page reads it).
REVOKED = "Revoked on"
SUSPENDED = "Suspended since"

CREDENTIAL_CHECKS = (
    CheckName.FORMAT,
    CheckName.PROOF,
    CheckName.ISSUER_KEY,
    CheckName.STATUS,
    CheckName.VALIDITY_PERIOD,
    CheckName.STANDING,
    CheckName.ENDORSEMENTS,
)


def context_problem(contexts: Any, first: tuple[str, ...]) -> str | None:
    """Why a document's `@context` cannot be read (None: it can): the first entry must be one of
    `first`; later entries are bundled URLs or, in a VC 2.0 document, inline context objects (what
    is inside those is checked by the canonicalizer, under its bounds)."""
    items = as_list(contexts)
    if not items or items[0] not in first:
        return f"The first @context must be {' or '.join(first)}."
    known = bundled_contexts()
    for item in items[1:]:
        if isinstance(item, str):
            if item not in known:
                return f"Context {item[:200]!r} is not bundled here; remote contexts are never fetched."
        elif not (isinstance(item, Mapping) and items[0] == CREDENTIALS_V2):
            return "A later @context entry must be a context URL or (VC 2.0) a context object."
    return None


class VerificationService:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        resolver: ServiceDidResolver,
        quality: QualityLedgerClient,
        public_url: str,
        caches: VerificationCaches | None = None,
    ) -> None:
        self._sessions = sessions
        self._resolver = resolver
        self._quality = quality
        self._status_prefix = public_url.rstrip("/") + STATUS_LIST_PATH
        self._caches = caches or VerificationCaches.disabled()

    async def verify(self, document: Mapping[str, Any], *, now: datetime | None = None) -> VerificationReport:
        """The credential's named checks (CREDENTIAL_CHECKS, in that order); `verified` when none failed."""
        now = now or datetime.now(UTC)
        checks = [self._format(document)]
        warnings: list[str] = []
        organisations: list[VouchingOrganisation] = []
        if checks[0].status is CheckStatus.FAILED:
            checks += [
                check(
                    name,
                    CheckStatus.NOT_APPLICABLE,
                    "Not checked: the document is not a credential this service can read.",
                )
                for name in CREDENTIAL_CHECKS[1:]
            ]
        else:
            proof, issuer_key, co_signers = await self._proof(document)
            proof_ok = proof.status is CheckStatus.PASSED
            stored = await self._stored(document) if proof_ok else None
            endorsements = await check_endorsements(document, self._resolver, self._sessions, now)
            checks += [
                proof,
                issuer_key,
                await self._status(document, stored, warnings),
                self._period(document, now),
                await self._standing(stored),
                endorsements.check,
            ]
            issuer = issuer_id(document)
            if issuer is not None:
                organisations.append(
                    VouchingOrganisation(
                        id=issuer[:500],
                        name=issuer_name(document),
                        role=OrganisationRole.ISSUER,
                        verified=proof_ok and issuer_key.status is CheckStatus.PASSED,
                    )
                )
            organisations += endorsements.partners
            for did in co_signers:
                warnings.append(f"{did} co-signs with a second proof (the older form of a joint award).")
                organisations.append(
                    VouchingOrganisation(
                        id=did[:500], role=OrganisationRole.CO_AWARDING_PARTNER, verified=proof_ok
                    )
                )
        errors = failed_lines(checks)
        return VerificationReport(
            verified=not errors, checks=checks, warnings=warnings, errors=errors, organisations=organisations
        )

    async def verify_stored(
        self, credential_id: uuid.UUID
    ) -> tuple[dict[str, Any], VerificationReport] | None:
        """The checks of a credential this service issued, by its id (None: no such credential)."""
        async with self._sessions() as session:
            found = await credentials.credential(session, credential_id)
        if found is None:
            return None
        return found.document, await self.verify(found.document)

    def _format(self, document: Mapping[str, Any]) -> Check:
        problem = context_problem(document.get("@context"), (CREDENTIALS_V2, CREDENTIALS_V1))
        if problem is not None:
            return check(CheckName.FORMAT, CheckStatus.FAILED, problem)
        if "VerifiableCredential" not in as_list(document.get("type")):
            return check(CheckName.FORMAT, CheckStatus.FAILED, "The document is not a VerifiableCredential.")
        if issuer_id(document) is None:
            return check(CheckName.FORMAT, CheckStatus.FAILED, "The credential names no issuer.")
        if not as_list(document.get("credentialSubject")):
            return check(CheckName.FORMAT, CheckStatus.FAILED, "The credential has no credentialSubject.")
        return check(CheckName.FORMAT, CheckStatus.PASSED, "A W3C verifiable credential with known contexts.")

    async def _proof(self, document: Mapping[str, Any]) -> tuple[Check, Check, list[str]]:
        """The proof and issuer-key checks, and the DIDs of other organisations whose proofs (an older
        joint award's proof set) verified too."""
        issuer = issuer_id(document)
        not_checked = check(CheckName.ISSUER_KEY, CheckStatus.NOT_APPLICABLE, "Not checked: no valid proof.")
        try:
            result = await verify_proofs(document, self._resolver)
        except VcError as error:
            return (
                check(CheckName.PROOF, CheckStatus.FAILED, f"The document cannot be processed: {error}"),
                not_checked,
                [],
            )
        if not result.proofs:
            return check(CheckName.PROOF, CheckStatus.FAILED, "The credential has no proof."), not_checked, []
        if not result.verified:
            reasons = "; ".join(r.error or "" for r in result.proofs if not r.verified)
            return (
                check(CheckName.PROOF, CheckStatus.FAILED, f"A proof does not verify: {reasons}"),
                not_checked,
                [],
            )
        if issuer not in result.verified_controllers():
            failed = check(CheckName.PROOF, CheckStatus.FAILED, f"No proof was made by the issuer {issuer}.")
            return (
                failed,
                check(
                    CheckName.ISSUER_KEY, CheckStatus.NOT_APPLICABLE, "Not checked: no proof by the issuer."
                ),
                [],
            )
        passed = check(
            CheckName.PROOF,
            CheckStatus.PASSED,
            f"{len(result.proofs)} proof(s) verified, made by the issuer.",
        )
        key = await key_period_check(
            self._sessions, [r for r in result.proofs if r.controller == issuer], "the issuer's"
        )
        co_signers = sorted(did for did in result.verified_controllers() if did != issuer)
        return passed, key, co_signers

    async def _stored(self, document: Mapping[str, Any]) -> IssuedCredential | None:
        """This service's record of the credential (called once its proof verified), when it issued
        it: same id and either the same proof or, for the copy bound to a wallet's key through
        OpenID4VCI, the same content but for the subject's id. Its status is then read from the
        record, never from a cached status list, so a revocation reaches every copy at once."""
        credential_id = credential_uuid(document)
        if credential_id is None:
            return None
        async with self._sessions() as session:
            found = await credentials.credential(session, credential_id)
        if found is None:
            return None
        if found.document.get("proof") == document.get("proof"):
            return found
        return found if _is_holder_bound_copy(found.document, document) else None

    async def _status(
        self, document: Mapping[str, Any], stored: IssuedCredential | None, warnings: list[str]
    ) -> Check:
        if stored is not None:
            return _recorded_status(stored)
        entries = as_list(document.get("credentialStatus"))
        if not entries:
            warnings.append(
                "The credential has no status entry: whether its issuer withdrew it cannot be known."
            )
            return check(CheckName.STATUS, CheckStatus.NOT_APPLICABLE, "The credential has no status entry.")
        findings: list[str] = []
        for entry in entries[:4]:
            if not isinstance(entry, Mapping) or entry.get("type") != "BitstringStatusListEntry":
                return check(
                    CheckName.STATUS, CheckStatus.FAILED, "A status entry is not a BitstringStatusListEntry."
                )
            url, purpose = entry.get("statusListCredential"), entry.get("statusPurpose")
            if not isinstance(url, str) or not url.startswith(self._status_prefix):
                return check(
                    CheckName.STATUS,
                    CheckStatus.FAILED,
                    "The status list is not one of this service's; other addresses are not fetched, so the "
                    "status cannot be verified.",
                )
            try:
                list_id = uuid.UUID(url.removeprefix(self._status_prefix))
                index = int(entry.get("statusListIndex"))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return check(
                    CheckName.STATUS, CheckStatus.FAILED, "The status entry's list or index is malformed."
                )
            found = await self._status_list(list_id)
            if found is None or found.purpose != purpose or not 0 <= index < found.size:
                return check(
                    CheckName.STATUS,
                    CheckStatus.FAILED,
                    "The status entry names no list entry of this service.",
                )
            if status_lists.bit_is_set(found.status_bits, index):
                said = (
                    REVOKED.split(maxsplit=1)[0]
                    if purpose == "revocation"
                    else SUSPENDED.split(maxsplit=1)[0]
                )
                return check(
                    CheckName.STATUS, CheckStatus.FAILED, f"{said} according to its issuer's status list."
                )
            findings.append("not revoked" if purpose == "revocation" else "not suspended")
        if len(entries) > 4:
            return check(
                CheckName.STATUS, CheckStatus.FAILED, "More than 4 status entries; they are not checked."
            )
        return check(
            CheckName.STATUS, CheckStatus.PASSED, "The credential is " + " and ".join(findings) + "."
        )

    async def _status_list(self, list_id: uuid.UUID) -> status_lists.StatusList | None:
        """The list, as read at most the status list's max-age ago (unknown lists are not kept)."""
        found = self._caches.status_lists.get(list_id)
        if found is None:
            async with self._sessions() as session:
                found = await status_lists.status_list(session, list_id)
            if found is not None:
                self._caches.status_lists.put(list_id, found)
        return found

    def _period(self, document: Mapping[str, Any], now: datetime) -> Check:
        if as_list(document.get("@context"))[:1] == [CREDENTIALS_V1]:
            # VC 1.1 names the period issuanceDate / expirationDate.
            valid_from, valid_until = document.get("issuanceDate"), document.get("expirationDate")
        else:
            valid_from, valid_until = document.get("validFrom"), document.get("validUntil")
        start, end = moment(valid_from), moment(valid_until)
        if (valid_from is not None and start is None) or (valid_until is not None and end is None):
            return check(
                CheckName.VALIDITY_PERIOD, CheckStatus.FAILED, "validFrom or validUntil is not a date-time."
            )
        if start is not None and now < start:
            return check(CheckName.VALIDITY_PERIOD, CheckStatus.FAILED, f"Not valid before {valid_from}.")
        if end is not None and now > end:
            return check(CheckName.VALIDITY_PERIOD, CheckStatus.FAILED, f"Expired on {valid_until}.")
        return check(CheckName.VALIDITY_PERIOD, CheckStatus.PASSED, "Within its validity period.")

    async def _standing(self, stored: IssuedCredential | None) -> Check:
        """Facts of a credential this service issued (the signed document matches our record)."""
        if stored is None:
            return check(
                CheckName.STANDING,
                CheckStatus.NOT_APPLICABLE,
                "Not a credential issued by this service: no OMC to check.",
            )
        if (
            stored.completed_on is None
            or stored.micro_credential_id is None
            or stored.micro_credential_version is None
        ):
            return check(
                CheckName.STANDING,
                CheckStatus.NOT_APPLICABLE,
                "Issued through the VC-API from the institution's own document: not an OMC.",
            )
        on: date = stored.completed_on
        key = (stored.organisation_id, stored.micro_credential_id, stored.micro_credential_version, on)
        standing = self._caches.standing.get(key)
        if standing is None:
            try:
                standing = await self._quality.standing(
                    stored.organisation_id,
                    on=on,
                    micro_credential_id=stored.micro_credential_id,
                    version=stored.micro_credential_version,
                )
            except ServiceCallError as error:
                return check(
                    CheckName.STANDING, CheckStatus.FAILED, f"The quality ledger could not answer: {error}"
                )
            self._caches.standing.put(key, standing)
        if standing.valid:
            return check(
                CheckName.STANDING,
                CheckStatus.PASSED,
                f"On {on}, the institution was a designated DOMCI and this micro-credential an approved OMC.",
            )
        return check(CheckName.STANDING, CheckStatus.FAILED, f"On {on}: " + "; ".join(standing.reasons))


def _is_holder_bound_copy(recorded: Mapping[str, Any], document: Mapping[str, Any]) -> bool:
    """Whether ``document`` is the copy OpenID4VCI made of ``recorded`` for a wallet: bound to
    another subject id, the rest unchanged. Any other re-signed or re-shaped copy is not this
    service's record, so its status is read from the list it names, as any verifier would."""
    subject, recorded_subject = document.get("credentialSubject"), recorded.get("credentialSubject")
    if not isinstance(subject, Mapping) or not isinstance(recorded_subject, Mapping):
        return False
    if subject.get("id") is None or subject.get("id") == recorded_subject.get("id"):
        return False
    return without_holder(recorded) == without_holder(document)


def _recorded_status(stored: IssuedCredential) -> Check:
    """The status this service records for a credential it issued, in words."""
    reason = stored.status_reason or "no reason given"
    if stored.revoked_at is not None:
        return check(CheckName.STATUS, CheckStatus.FAILED, f"{REVOKED} {stored.revoked_at.date()}: {reason}")
    if stored.suspended_at is not None:
        return check(
            CheckName.STATUS, CheckStatus.FAILED, f"{SUSPENDED} {stored.suspended_at.date()}: {reason}"
        )
    return check(
        CheckName.STATUS,
        CheckStatus.PASSED,
        "The issuer has neither revoked nor suspended it (this service's record).",
    )
