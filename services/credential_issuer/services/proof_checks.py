"""What every verification here shares: resolving DIDs without the network, checking Data Integrity
proofs off the event loop (in the service's process pool, so that every core verifies), and the
small readers of untrusted documents.

Nothing here opens a connection to an address taken from a document: contexts come only from the
bundled set, DIDs are did:key (the key is the identifier) or this service's own did:web (its
documents are asked of the application, not fetched).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import credential_status as credentials
from services.credential_issuer.services.signing_pool import SigningPool
from services.credential_issuer.services.verification_caches import VerificationCaches
from shared.schemas.credential_status import Check, CheckName, CheckStatus
from shared.vc.canonicalize import default_canonicalizer
from shared.vc.data_integrity import ASSERTION_METHOD, ProofResult, VerificationResult, proofs_of, verify
from shared.vc.did import did_key_document, split_did_url
from shared.vc.errors import DidError, DocumentTooComplex, VcError

MAX_PROOFS = 8

DidDocumentFor = Callable[[str], Awaitable[Mapping[str, Any] | None]]
"""This service's own did:web documents (None: no such DID)."""


class ServiceDidResolver:
    """did:key, and did:web of this service's own host only (never fetched over the network).

    This service's DID documents are kept in `caches` for their published max-age; `proof_pool`
    is where proofs are checked (None: a thread of this process)."""

    def __init__(
        self,
        public_url: str,
        own_documents: DidDocumentFor | None,
        *,
        caches: VerificationCaches | None = None,
        proof_pool: SigningPool | None = None,
    ) -> None:
        host = urlsplit(public_url).netloc.lower()
        self._own_prefix = "did:web:" + host.replace(":", "%3A")
        self._own_documents = own_documents
        self._caches = caches or VerificationCaches.disabled()
        self.proof_pool = proof_pool

    def is_own(self, did: str) -> bool:
        return did == self._own_prefix or did.startswith(self._own_prefix + ":")

    async def resolve(self, did: str, *, listing: str | None = None) -> Mapping[str, Any]:
        """The DID document of `did`. A cached document that does not list the verification
        method `listing` is read again: the key may be newer than the copy."""
        if did.startswith("did:key:"):
            return did_key_document(did)
        if self.is_own(did) and self._own_documents is not None:
            cached = self._caches.did_documents.get(did)
            if cached is not None and (listing is None or _lists_method(cached, listing)):
                return cached
            document = await self._own_documents(did)
            if document is not None:
                self._caches.did_documents.put(did, document)
                return document
        raise DidError(f"{did!r} is not resolved here: only did:key and this service's did:web are accepted")


def _lists_method(document: Mapping[str, Any], method: str) -> bool:
    return any(
        isinstance(entry, Mapping) and entry.get("id") == method
        for entry in as_list(document.get("verificationMethod"))
    )


class _Resolved:
    """DID documents (or why not) resolved beforehand, for verification in a child process."""

    def __init__(self, resolved: Mapping[str, Mapping[str, Any] | DidError]) -> None:
        self._resolved = resolved

    async def resolve(self, did: str) -> Mapping[str, Any]:
        found = self._resolved.get(did)
        if isinstance(found, DidError):
            raise found
        if found is None:
            raise DidError(f"{did!r} could not be resolved")
        return found


def check_proofs(
    document: Mapping[str, Any], resolved: Mapping[str, Mapping[str, Any] | DidError], purpose: str
) -> VerificationResult | str:
    """Every proof of `document` checked against DID documents resolved beforehand, or the message of
    the canonicalizer's refusal (a VcError does not survive pickling with its message intact).
    Runs in a child process of the pool (or a thread): canonicalization is CPU-bound."""
    try:
        return asyncio.run(
            verify(document, _Resolved(resolved), default_canonicalizer(), expected_purpose=purpose)
        )
    except VcError as error:
        return str(error)


async def verify_proofs(
    document: Mapping[str, Any], resolver: ServiceDidResolver, *, purpose: str = ASSERTION_METHOD
) -> VerificationResult:
    """Every proof of `document` checked for `purpose` (raises VcError when the canonicalizer
    refuses the document, DocumentTooComplex beyond MAX_PROOFS proofs).

    The proofs' DIDs are resolved here (this service's did:web needs the database), then the
    canonicalization and signature checks, CPU-bound for up to a second under the Limits, run in
    the resolver's process pool (or a worker thread) so that they do not stall the event loop."""
    proofs = proofs_of(document)
    if len(proofs) > MAX_PROOFS:
        raise DocumentTooComplex(f"more than {MAX_PROOFS} proofs")
    resolved: dict[str, Mapping[str, Any] | DidError] = {}
    for proof in proofs:
        method = proof.get("verificationMethod") if isinstance(proof, Mapping) else None
        if not isinstance(method, str):
            continue
        try:
            did = split_did_url(method)[0]
            resolved[did] = await resolver.resolve(did, listing=method)
        except DidError as error:
            resolved.setdefault(method.partition("#")[0], error)
    arguments = (dict(document), resolved, purpose)
    if resolver.proof_pool is not None:
        outcome = await resolver.proof_pool.run(check_proofs, *arguments)
    else:
        outcome = await anyio.to_thread.run_sync(check_proofs, *arguments)
    if isinstance(outcome, str):
        raise VcError(outcome)
    return outcome


async def key_period_check(
    sessions: async_sessionmaker[AsyncSession], proofs: list[ProofResult], whose: str
) -> Check:
    """Whether the key of one of `proofs` was `whose` (e.g. "the issuer's") when it signed: a
    did:key is its own key; a key of this service's did:web must have been in use by the DID's
    organisation at the proof's `created`."""
    for proof in proofs:
        method = proof.verification_method or ""
        did, fragment = split_did_url(method)
        if did.startswith("did:key:"):
            return check(
                CheckName.ISSUER_KEY, CheckStatus.PASSED, f"The key is {whose} DID itself (did:key)."
            )
        created = moment(proof.created)
        async with sessions() as session:
            period = await credentials.key_period(session, fragment or "")
        if period is None or created is None:
            continue
        owner_ok = did.endswith(f":{period.organisation_id}")
        if (
            owner_ok
            and period.created_at.replace(microsecond=0) <= created  # `created` has whole seconds
            and (period.retired_at is None or created < period.retired_at)
        ):
            return check(
                CheckName.ISSUER_KEY,
                CheckStatus.PASSED,
                f"Key {fragment} was {whose} key when the proof was made.",
            )
        return check(
            CheckName.ISSUER_KEY,
            CheckStatus.FAILED,
            f"Key {fragment} was not {whose} key at {proof.created}.",
        )
    return check(CheckName.ISSUER_KEY, CheckStatus.FAILED, f"The period of use of {whose} key is unknown.")


def check(name: CheckName, status: CheckStatus, detail: str) -> Check:
    return Check(name=name, status=status, detail=detail)


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def issuer_id(document: Mapping[str, Any]) -> str | None:
    issuer = document.get("issuer")
    if isinstance(issuer, Mapping):
        issuer = issuer.get("id")
    return issuer if isinstance(issuer, str) else None


def issuer_name(document: Mapping[str, Any]) -> str | None:
    issuer = document.get("issuer")
    name = issuer.get("name") if isinstance(issuer, Mapping) else None
    return name[:200] if isinstance(name, str) else None


def moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def credential_uuid(document: Mapping[str, Any]) -> uuid.UUID | None:
    identifier = document.get("id")
    if isinstance(identifier, str) and identifier.startswith("urn:uuid:"):
        try:
            return uuid.UUID(identifier.removeprefix("urn:uuid:"))
        except ValueError:
            return None
    return None


def failed_lines(checks: list[Check]) -> list[str]:
    """The VC-API `errors` of a report: one line per failed check."""
    return [f"{item.name}: {item.detail}" for item in checks if item.status is CheckStatus.FAILED]
