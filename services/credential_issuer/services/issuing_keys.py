"""Each issuing organisation's Ed25519 keys: made on first use, sealed at rest with
ISSUER_MASTER_KEY, published in the organisation's did:web DID document (retired keys included, so
credentials signed before a rotation keep verifying)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from joserfc.jwk import OKPKey
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.repositories.issuing_keys import IssuingKeyRepository, StoredKey
from shared.crypto import seal, unseal
from shared.errors import Forbidden, NotFound
from shared.schemas.auth import Principal, Role
from shared.schemas.completions import IssuingKey
from shared.signing import new_kid
from shared.vc.did import did_web, did_web_document
from shared.vc.multikey import multikey_to_public_key, public_key_to_multikey

_PURPOSE = "issuer-credential-signing-key"
_NIL = uuid.UUID(int=0)


@dataclass(frozen=True)
class SigningKey:
    """An unsealed key ready to sign, with the verification method that names it and the moment it
    was made (the database's clock)."""

    verification_method: str
    private_key: Ed25519PrivateKey
    created_at: datetime


def proof_moment(keys: list[SigningKey], not_before: datetime) -> datetime:
    """`not_before` in whole seconds, moved up to the newest key's creation (in whole seconds) when
    that is later. A proof dated before its key was made fails verification: a key made on first use
    in a round that began in the previous second (or by a database whose clock is ahead) would
    otherwise sign its first credentials with an earlier date than its own."""
    moment = not_before.astimezone(UTC).replace(microsecond=0)
    for key in keys:
        moment = max(moment, key.created_at.astimezone(UTC).replace(microsecond=0))
    return moment


def organisation_did(public_url: str, organisation_id: uuid.UUID) -> str:
    """`did:web:<host>[%3A<port>]:organisations:<id>` (served at /organisations/<id>/did.json)."""
    parts = urlsplit(public_url)
    host = parts.hostname or "localhost"
    path = [segment for segment in parts.path.split("/") if segment]
    return did_web(host, *path, "organisations", str(organisation_id), port=parts.port)


class IssuingKeys:
    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], *, master_key: str, public_url: str
    ) -> None:
        self._sessions = sessions
        self._master_key = master_key
        self._public_url = public_url

    def did(self, organisation_id: uuid.UUID) -> str:
        return organisation_did(self._public_url, organisation_id)

    async def signing_key(self, session: AsyncSession, organisation_id: uuid.UUID) -> SigningKey:
        """The organisation's current key, made now if it has none (in the caller's transaction)."""
        repository = IssuingKeyRepository(session)
        stored = await repository.active(organisation_id)
        if stored is None:
            await repository.lock(organisation_id)
            stored = await repository.active(organisation_id) or await self._add(repository, organisation_id)
        private = Ed25519PrivateKey.from_private_bytes(
            unseal(stored.private_key_encrypted, master_key=self._master_key, purpose=_PURPOSE)
        )
        return SigningKey(f"{self.did(organisation_id)}#{stored.kid}", private, stored.created_at)

    async def signing_key_for(self, organisation_id: uuid.UUID) -> tuple[OKPKey, str]:
        """The organisation's current key as a JWK and its verification method (made if missing):
        what signs the organisation's status lists."""
        async with self._sessions.begin() as session:
            key = await self.signing_key(session, organisation_id)
        return OKPKey.import_key(key.private_key), key.verification_method

    async def document_for_did(self, did: str) -> Mapping[str, Any] | None:
        """The DID document of one of this service's organisation DIDs; None for any other DID."""
        prefix = self.did(_NIL)[: -len(str(_NIL))]
        if not did.startswith(prefix):
            return None
        try:
            organisation_id = uuid.UUID(did.removeprefix(prefix))
        except ValueError:
            return None
        try:
            return await self.did_document(organisation_id)
        except NotFound:
            return None

    async def rotate(self, caller: Principal, organisation_id: uuid.UUID) -> IssuingKey:
        """A new current key; the earlier ones are retired but stay in the DID document."""
        if Role.INSTITUTION not in caller.roles or caller.organisation_id != organisation_id:
            raise Forbidden("Only the institution itself (role `institution`) rotates its issuing key.")
        async with self._sessions.begin() as session:
            repository = IssuingKeyRepository(session)
            await repository.lock(organisation_id)
            await repository.retire_all(organisation_id)
            stored = await self._add(repository, organisation_id)
        return self._public(stored)

    async def did_document(self, organisation_id: uuid.UUID) -> dict[str, Any]:
        async with self._sessions() as session:
            keys = await IssuingKeyRepository(session).all_of(organisation_id)
        if not keys:
            raise NotFound(f"Organisation {organisation_id} has issued nothing: it has no DID document here.")
        return did_web_document(
            self.did(organisation_id),
            {key.kid: multikey_to_public_key(key.public_multibase) for key in keys},
        )

    async def _add(self, repository: IssuingKeyRepository, organisation_id: uuid.UUID) -> StoredKey:
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return await repository.add(
            kid=f"key-{new_kid()}",
            organisation_id=organisation_id,
            public_multibase=public_key_to_multikey(private.public_key()),
            private_key_encrypted=seal(raw, master_key=self._master_key, purpose=_PURPOSE),
        )

    def _public(self, stored: StoredKey) -> IssuingKey:
        did = self.did(stored.organisation_id)
        return IssuingKey(
            organisation_id=stored.organisation_id,
            did=did,
            verification_method=f"{did}#{stored.kid}",
            public_key_multibase=stored.public_multibase,
            created_at=stored.created_at,
            retired_at=stored.retired_at,
        )
