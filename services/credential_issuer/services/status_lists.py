"""Bitstring Status List credentials (W3C Bitstring Status List v1.0) and the status changes of
credentials: revoke, suspend, lift a suspension.

A list is served as a `BitstringStatusListCredential` signed at each request from the bits in the
database (no server-side copy that could be stale); the proof's `created` is the list's last change,
so an unchanged list gives the same document (Ed25519 is deterministic) and the same ETag.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import secrets
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from joserfc.jwk import OKPKey
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories import credential_status as credentials
from services.credential_issuer.repositories import status_lists
from shared.errors import Conflict, Forbidden, NotFound
from shared.schemas.auth import Principal, Role
from shared.schemas.credential_status import CredentialStatus
from shared.vc.contexts import CREDENTIALS_V2
from shared.vc.data_integrity import ProofOptions, add_proof, xsd_datetime
from shared.vc.did import did_key_verification_method

SigningKeyFor = Callable[[uuid.UUID], Awaitable[tuple[OKPKey, str]]]
"""The organisation's issuing key and its verification method id (a DID URL)."""

STATUS_LIST_PATH = "/v1/status-lists/"


def encode_list(bits: bytes) -> str:
    """Multibase base64url (no padding, prefix `u`) of the GZIP-compressed bitstring."""
    compressed = gzip.compress(bits, mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode("ascii").rstrip("=")


def decode_list(encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise ValueError("encodedList is not multibase base64url")
    body = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def status_list_url(public_url: str, list_id: uuid.UUID) -> str:
    return f"{public_url.rstrip('/')}{STATUS_LIST_PATH}{list_id}"


def ephemeral_signing_keys() -> SigningKeyFor:
    """Until organisations' issuing keys are wired in: a did:key per organisation, derived from a
    secret of this process (status lists stay verifiable; they are re-signed at each request)."""
    seed = secrets.token_bytes(32)
    cache: dict[uuid.UUID, tuple[OKPKey, str]] = {}

    async def signing_key_for(organisation_id: uuid.UUID) -> tuple[OKPKey, str]:
        if organisation_id not in cache:
            private = Ed25519PrivateKey.from_private_bytes(
                hashlib.sha256(seed + organisation_id.bytes).digest()
            )
            key = OKPKey.import_key(private)
            cache[organisation_id] = (key, did_key_verification_method(private.public_key()))
        return cache[organisation_id]

    return signing_key_for


def _private_key(key: OKPKey) -> Ed25519PrivateKey:
    private = key.private_key
    if not isinstance(private, Ed25519PrivateKey):
        raise TypeError("the issuing key is not an Ed25519 private key")
    return private


class StatusListService:
    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], signing_key_for: SigningKeyFor, public_url: str
    ) -> None:
        self._sessions = sessions
        self._signing_key_for = signing_key_for
        self._public_url = public_url

    async def credential(self, list_id: uuid.UUID) -> tuple[dict[str, Any], datetime]:
        """The signed BitstringStatusListCredential of the list, and when the list last changed."""
        async with self._sessions() as session:
            found = await status_lists.status_list(session, list_id)
        if found is None:
            raise NotFound(f"There is no status list {list_id}.")
        key, verification_method = await self._signing_key_for(found.organisation_id)
        url = status_list_url(self._public_url, list_id)
        changed = found.updated_at.astimezone(UTC).replace(microsecond=0)
        document: dict[str, Any] = {
            "@context": [CREDENTIALS_V2],
            "id": url,
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": verification_method.partition("#")[0],
            "validFrom": xsd_datetime(changed),
            "credentialSubject": {
                "id": f"{url}#list",
                "type": "BitstringStatusList",
                "statusPurpose": found.purpose,
                "encodedList": encode_list(found.status_bits),
            },
        }
        signed = add_proof(
            document,
            _private_key(key),
            ProofOptions(verification_method=verification_method, created=changed),
        )
        return signed, changed


class CredentialStatusService:
    """Revoke (final), suspend, lift a suspension: the row and the list bits change together.

    A credential issued now carries one suspension entry: suspending sets its bit, lifting the
    suspension clears it, and revoking sets it for good (so every Bitstring Status List verifier
    sees a revoked credential as not valid). A credential issued before carries a revocation entry,
    whose bit revocation sets as before; its suspension bit is kept server-side."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def _owned(
        self, session: AsyncSession, caller: Principal, credential_id: uuid.UUID, *, lock: bool = True
    ) -> credentials.IssuedCredential:
        found = await credentials.credential(session, credential_id, for_update=lock)
        if found is None:
            raise NotFound(f"There is no credential {credential_id}.")
        if Role.INSTITUTION not in caller.roles or found.organisation_id != caller.organisation_id:
            raise Forbidden("Only the institution that issued the credential may change its status.")
        return found

    async def credential_id_of(self, caller: Principal, credential_uri: str) -> uuid.UUID | None:
        """The id of the caller organisation's credential named ``credential_uri``: `urn:uuid:<id>`,
        or the id a VC-API caller issued it under; None when there is none."""
        if credential_uri.startswith("urn:uuid:"):
            try:
                return uuid.UUID(credential_uri.removeprefix("urn:uuid:"))
            except ValueError:
                pass
        if caller.organisation_id is None:
            return None
        async with self._sessions() as session:
            found = await credentials.credential_by_uri(session, caller.organisation_id, credential_uri)
        return None if found is None else found.id

    async def revoke(self, caller: Principal, credential_id: uuid.UUID, reason: str) -> CredentialStatus:
        async with self._sessions.begin() as session:
            found = await self._owned(session, caller, credential_id)
            if found.revoked_at is not None:
                raise Conflict("The credential is already revoked; revocation is final.")
            if found.revocation_list_id is not None and found.revocation_index is not None:
                await status_lists.set_status_bit(
                    session, found.revocation_list_id, found.revocation_index, True
                )
            await status_lists.set_status_bit(session, found.suspension_list_id, found.suspension_index, True)
            await credentials.mark(session, credential_id, revoked=True, reason=reason)
            return await self._status(session, credential_id)

    async def suspend(self, caller: Principal, credential_id: uuid.UUID, reason: str) -> CredentialStatus:
        async with self._sessions.begin() as session:
            found = await self._owned(session, caller, credential_id)
            if found.revoked_at is not None:
                raise Conflict("The credential is revoked; it cannot be suspended.")
            if found.suspended_at is not None:
                raise Conflict("The credential is already suspended.")
            await status_lists.set_status_bit(session, found.suspension_list_id, found.suspension_index, True)
            await credentials.mark(session, credential_id, suspended=True, reason=reason)
            return await self._status(session, credential_id)

    async def unsuspend(
        self, caller: Principal, credential_id: uuid.UUID, reason: str, *, if_suspended: bool = False
    ) -> CredentialStatus:
        """Lift the suspension (409 when not suspended, unless ``if_suspended``: then a no-op). A
        revoked credential stays revoked: lifting is refused (409), its bit stays set."""
        async with self._sessions.begin() as session:
            found = await self._owned(session, caller, credential_id)
            if found.revoked_at is not None:
                raise Conflict("The credential is revoked; revocation is final.")
            if found.suspended_at is None:
                if if_suspended:
                    return await self._status(session, credential_id)
                raise Conflict("The credential is not suspended.")
            await status_lists.set_status_bit(
                session, found.suspension_list_id, found.suspension_index, False
            )
            await credentials.mark(session, credential_id, suspended=False, reason=reason)
            return await self._status(session, credential_id)

    async def current(self, caller: Principal, credential_id: uuid.UUID) -> CredentialStatus:
        async with self._sessions() as session:
            await self._owned(session, caller, credential_id, lock=False)
            return await self._status(session, credential_id)

    async def _status(self, session: AsyncSession, credential_id: uuid.UUID) -> CredentialStatus:
        found = await credentials.credential(session, credential_id)
        assert found is not None
        return CredentialStatus(
            credential_id=found.id,
            revoked=found.revoked_at is not None,
            suspended=found.suspended_at is not None,
            revoked_at=found.revoked_at,
            suspended_at=found.suspended_at,
            reason=found.status_reason,
        )
