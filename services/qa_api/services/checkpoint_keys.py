"""The service's own Ed25519 key that signs ledger checkpoints, sealed at rest with QA_MASTER_KEY."""

from __future__ import annotations

from typing import Any

from joserfc.jwk import KeySet, OKPKey
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.repositories.signing_keys import SigningKeyRepository
from shared.signing import new_key, new_kid, seal_key, unseal_key

_PURPOSE = "qa-ledger-checkpoint-key"


class CheckpointKeys:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, master_key: str) -> None:
        self._sessions = sessions
        self._master_key = master_key
        self._key: OKPKey | None = None

    async def ensure_active_key(self) -> None:
        async with self._sessions.begin() as session:
            repository = SigningKeyRepository(session)
            await repository.lock()
            if await repository.active() is None:
                key = new_key(new_kid())
                await repository.add(
                    kid=key.kid or "",
                    public_jwk=key.as_dict(private=False),
                    private_key_encrypted=seal_key(key, master_key=self._master_key, purpose=_PURPOSE),
                )

    async def signing_key(self) -> OKPKey:
        if self._key is None:
            async with self._sessions() as session:
                sealed = await SigningKeyRepository(session).active()
            if sealed is None:
                raise RuntimeError("No checkpoint signing key; the lifespan creates one at start-up.")
            self._key = unseal_key(
                sealed.private_key_encrypted, kid=sealed.kid, master_key=self._master_key, purpose=_PURPOSE
            )
        return self._key

    async def jwks(self) -> dict[str, Any]:
        async with self._sessions() as session:
            return {"keys": await SigningKeyRepository(session).public_keys()}

    async def key_set(self) -> KeySet:
        return KeySet.import_key_set(await self.jwks())  # type: ignore[arg-type]
