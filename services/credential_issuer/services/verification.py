"""Verification of a presented credential beyond its signature, as named checks.

Nothing here opens a connection to an address taken from the credential: contexts come only from the
bundled set, DIDs are did:key (the key is the identifier) or this service's own did:web (its
documents are asked of the application, not fetched), and status lists are only this service's,
read from the database. The one outbound call is to qa_api for the OMC's standing.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import credential_status as credentials
from services.credential_issuer.repositories import status_lists
from services.credential_issuer.services.status_lists import STATUS_LIST_PATH
from shared.clients.base import ServiceCallError
from shared.clients.quality import QualityLedgerClient
from shared.schemas.credential_status import Check, CheckName, CheckStatus, VerificationReport
from shared.vc.canonicalize import default_canonicalizer
from shared.vc.contexts import bundled_contexts
from shared.vc.data_integrity import VerificationResult, proofs_of, verify
from shared.vc.did import did_key_document, split_did_url
from shared.vc.errors import DidError, DocumentTooComplex, VcError

MAX_PROOFS = 8

DidDocumentFor = Callable[[str], Awaitable[Mapping[str, Any] | None]]
"""This service's own did:web documents (None: no such DID)."""


class ServiceDidResolver:
    """did:key, and did:web of this service's own host only (never fetched over the network)."""

    def __init__(self, public_url: str, own_documents: DidDocumentFor | None) -> None:
        host = urlsplit(public_url).netloc.lower()
        self._own_prefix = "did:web:" + host.replace(":", "%3A")
        self._own_documents = own_documents

    def is_own(self, did: str) -> bool:
        return did == self._own_prefix or did.startswith(self._own_prefix + ":")

    async def resolve(self, did: str) -> Mapping[str, Any]:
        if did.startswith("did:key:"):
            return did_key_document(did)
        if self.is_own(did) and self._own_documents is not None:
            document = await self._own_documents(did)
            if document is not None:
                return document
        raise DidError(f"{did!r} is not resolved here: only did:key and this service's did:web are accepted")


class _Resolved:
    """DID documents (or why not) resolved beforehand, for verification in a worker thread."""

    def __init__(self, resolved: Mapping[str, Mapping[str, Any] | DidError]) -> None:
        self._resolved = resolved

    async def resolve(self, did: str) -> Mapping[str, Any]:
        found = self._resolved.get(did)
        if isinstance(found, DidError):
            raise found
        if found is None:
            raise DidError(f"{did!r} could not be resolved")
        return found


def _check(name: CheckName, status: CheckStatus, detail: str) -> Check:
    return Check(name=name, status=status, detail=detail)


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _issuer_id(document: Mapping[str, Any]) -> str | None:
    issuer = document.get("issuer")
    if isinstance(issuer, Mapping):
        issuer = issuer.get("id")
    return issuer if isinstance(issuer, str) else None


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def credential_uuid(document: Mapping[str, Any]) -> uuid.UUID | None:
    identifier = document.get("id")
    if isinstance(identifier, str) and identifier.startswith("urn:uuid:"):
        try:
            return uuid.UUID(identifier.removeprefix("urn:uuid:"))
        except ValueError:
            return None
    return None


class VerificationService:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        resolver: ServiceDidResolver,
        quality: QualityLedgerClient,
        public_url: str,
    ) -> None:
        self._sessions = sessions
        self._resolver = resolver
        self._quality = quality
        self._status_prefix = public_url.rstrip("/") + STATUS_LIST_PATH

    async def verify(self, document: Mapping[str, Any], *, now: datetime | None = None) -> VerificationReport:
        checks = [self._format(document)]
        if checks[0].status is CheckStatus.FAILED:
            checks += [
                _check(
                    name,
                    CheckStatus.NOT_APPLICABLE,
                    "Not checked: the document is not a credential this service can read.",
                )
                for name in (
                    CheckName.PROOF,
                    CheckName.ISSUER_KEY,
                    CheckName.STATUS,
                    CheckName.VALIDITY_PERIOD,
                    CheckName.STANDING,
                )
            ]
        else:
            proof, issuer_key = await self._proof(document)
            checks += [
                proof,
                issuer_key,
                await self._status(document),
                self._period(document, now or datetime.now(UTC)),
            ]
            checks.append(await self._standing(document, proof_ok=proof.status is CheckStatus.PASSED))
        errors = [f"{check.name}: {check.detail}" for check in checks if check.status is CheckStatus.FAILED]
        return VerificationReport(verified=not errors, checks=checks, errors=errors)

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
        contexts = _list(document.get("@context"))
        if not contexts or not all(isinstance(url, str) for url in contexts):
            return _check(CheckName.FORMAT, CheckStatus.FAILED, "@context must be a list of context URLs.")
        known = bundled_contexts()
        unknown = [url for url in contexts if url not in known]
        if unknown:
            return _check(
                CheckName.FORMAT,
                CheckStatus.FAILED,
                f"Context {unknown[0][:200]!r} is not one this service knows; "
                "remote contexts are never fetched.",
            )
        if "VerifiableCredential" not in _list(document.get("type")):
            return _check(CheckName.FORMAT, CheckStatus.FAILED, "The document is not a VerifiableCredential.")
        if _issuer_id(document) is None:
            return _check(CheckName.FORMAT, CheckStatus.FAILED, "The credential names no issuer.")
        return _check(
            CheckName.FORMAT, CheckStatus.PASSED, "A W3C verifiable credential with known contexts."
        )

    async def _verify_off_loop(self, document: Mapping[str, Any]) -> VerificationResult:
        """The proofs' DIDs are resolved here (this service's did:web needs the database), then the
        canonicalization and signature checks, CPU-bound for up to a second under the Limits, run in
        a worker thread so that they do not stall the event loop."""
        if len(proofs_of(document)) > MAX_PROOFS:
            raise DocumentTooComplex(f"more than {MAX_PROOFS} proofs")
        resolved: dict[str, Mapping[str, Any] | DidError] = {}
        for proof in proofs_of(document):
            method = proof.get("verificationMethod") if isinstance(proof, Mapping) else None
            if not isinstance(method, str):
                continue
            try:
                did = split_did_url(method)[0]
                resolved[did] = await self._resolver.resolve(did)
            except DidError as error:
                resolved.setdefault(method.partition("#")[0], error)
        resolver = _Resolved(resolved)
        return await anyio.to_thread.run_sync(
            lambda: asyncio.run(verify(document, resolver, default_canonicalizer()))
        )

    async def _proof(self, document: Mapping[str, Any]) -> tuple[Check, Check]:
        issuer = _issuer_id(document)
        try:
            result = await self._verify_off_loop(document)
        except VcError as error:
            failed = _check(CheckName.PROOF, CheckStatus.FAILED, f"The document cannot be processed: {error}")
            return failed, _check(
                CheckName.ISSUER_KEY, CheckStatus.NOT_APPLICABLE, "Not checked: no valid proof."
            )
        if not result.proofs:
            failed = _check(CheckName.PROOF, CheckStatus.FAILED, "The credential has no proof.")
            return failed, _check(
                CheckName.ISSUER_KEY, CheckStatus.NOT_APPLICABLE, "Not checked: no valid proof."
            )
        if not result.verified:
            reasons = "; ".join(r.error or "" for r in result.proofs if not r.verified)
            failed = _check(CheckName.PROOF, CheckStatus.FAILED, f"A proof does not verify: {reasons}")
            return failed, _check(
                CheckName.ISSUER_KEY, CheckStatus.NOT_APPLICABLE, "Not checked: no valid proof."
            )
        if issuer not in result.verified_controllers():
            failed = _check(CheckName.PROOF, CheckStatus.FAILED, f"No proof was made by the issuer {issuer}.")
            return failed, _check(
                CheckName.ISSUER_KEY, CheckStatus.NOT_APPLICABLE, "Not checked: no proof by the issuer."
            )
        passed = _check(
            CheckName.PROOF,
            CheckStatus.PASSED,
            f"{len(result.proofs)} proof(s) verified, made by the issuer.",
        )
        return passed, await self._issuer_key([r for r in result.proofs if r.controller == issuer])

    async def _issuer_key(self, proofs: list[Any]) -> Check:
        for proof in proofs:
            method: str = proof.verification_method
            did, fragment = split_did_url(method)
            if did.startswith("did:key:"):
                return _check(
                    CheckName.ISSUER_KEY, CheckStatus.PASSED, "The key is the issuer's DID itself (did:key)."
                )
            created = _moment(proof.created)
            async with self._sessions() as session:
                period = await credentials.key_period(session, fragment or "")
            if period is None or created is None:
                continue
            owner_ok = did.endswith(f":{period.organisation_id}")
            if (
                owner_ok
                and period.created_at.replace(microsecond=0) <= created  # `created` has whole seconds
                and (period.retired_at is None or created < period.retired_at)
            ):
                return _check(
                    CheckName.ISSUER_KEY,
                    CheckStatus.PASSED,
                    f"Key {fragment} was the issuer's key when the proof was made.",
                )
            return _check(
                CheckName.ISSUER_KEY,
                CheckStatus.FAILED,
                f"Key {fragment} was not in use by the issuer at {proof.created}.",
            )
        return _check(
            CheckName.ISSUER_KEY, CheckStatus.FAILED, "The key's period of use by the issuer is unknown."
        )

    async def _status(self, document: Mapping[str, Any]) -> Check:
        entries = _list(document.get("credentialStatus"))
        if not entries:
            return _check(CheckName.STATUS, CheckStatus.NOT_APPLICABLE, "The credential has no status entry.")
        findings: list[str] = []
        for entry in entries:
            if not isinstance(entry, Mapping) or entry.get("type") != "BitstringStatusListEntry":
                return _check(
                    CheckName.STATUS, CheckStatus.FAILED, "A status entry is not a BitstringStatusListEntry."
                )
            url, purpose = entry.get("statusListCredential"), entry.get("statusPurpose")
            if not isinstance(url, str) or not url.startswith(self._status_prefix):
                return _check(
                    CheckName.STATUS,
                    CheckStatus.FAILED,
                    "The status list is not one of this service's; other addresses are not fetched, so the "
                    "status cannot be verified.",
                )
            try:
                list_id = uuid.UUID(url.removeprefix(self._status_prefix))
                index = int(entry.get("statusListIndex"))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return _check(
                    CheckName.STATUS, CheckStatus.FAILED, "The status entry's list or index is malformed."
                )
            async with self._sessions() as session:
                found = await status_lists.status_list(session, list_id)
            if found is None or found.purpose != purpose or not 0 <= index < found.size:
                return _check(
                    CheckName.STATUS,
                    CheckStatus.FAILED,
                    "The status entry names no list entry of this service.",
                )
            if status_lists.bit_is_set(found.status_bits, index):
                word = "revoked" if purpose == "revocation" else "suspended"
                return _check(CheckName.STATUS, CheckStatus.FAILED, f"The credential is {word}.")
            findings.append("not revoked" if purpose == "revocation" else "not suspended")
        return _check(
            CheckName.STATUS, CheckStatus.PASSED, "The credential is " + " and ".join(findings) + "."
        )

    def _period(self, document: Mapping[str, Any], now: datetime) -> Check:
        valid_from, valid_until = document.get("validFrom"), document.get("validUntil")
        start, end = _moment(valid_from), _moment(valid_until)
        if (valid_from is not None and start is None) or (valid_until is not None and end is None):
            return _check(
                CheckName.VALIDITY_PERIOD, CheckStatus.FAILED, "validFrom or validUntil is not a date-time."
            )
        if start is not None and now < start:
            return _check(CheckName.VALIDITY_PERIOD, CheckStatus.FAILED, f"Not valid before {valid_from}.")
        if end is not None and now > end:
            return _check(CheckName.VALIDITY_PERIOD, CheckStatus.FAILED, f"Expired on {valid_until}.")
        return _check(CheckName.VALIDITY_PERIOD, CheckStatus.PASSED, "Within its validity period.")

    async def _standing(self, document: Mapping[str, Any], *, proof_ok: bool) -> Check:
        """Facts of a credential this service issued (the signed document matches our record)."""
        credential_id = credential_uuid(document)
        found = None
        if credential_id is not None and proof_ok:
            async with self._sessions() as session:
                found = await credentials.credential(session, credential_id)
        if found is None or found.document.get("proof") != document.get("proof"):
            return _check(
                CheckName.STANDING,
                CheckStatus.NOT_APPLICABLE,
                "Not a credential issued by this service: no OMC to check.",
            )
        on: date = found.completed_on
        try:
            standing = await self._quality.standing(
                found.organisation_id,
                on=on,
                micro_credential_id=found.micro_credential_id,
                version=found.micro_credential_version,
            )
        except ServiceCallError as error:
            return _check(
                CheckName.STANDING, CheckStatus.FAILED, f"The quality ledger could not answer: {error}"
            )
        if standing.valid:
            return _check(
                CheckName.STANDING,
                CheckStatus.PASSED,
                f"On {on}, the institution was a designated DOMCI and this micro-credential an approved OMC.",
            )
        return _check(CheckName.STANDING, CheckStatus.FAILED, f"On {on}: " + "; ".join(standing.reasons))
