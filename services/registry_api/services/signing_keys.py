"""Token signing keys: create, rotate, publish. The private half never leaves this module unsealed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from joserfc.jwk import OKPKey
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry_api.repositories.signing_keys import SigningKeyRepository
from shared.schemas.auth import SigningKeyInfo
from shared.signing import new_key, new_kid, seal_key, unseal_key

_SEAL_PURPOSE = "registry-token-signing-key"


class SigningKeyService:
    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], *, master_key: str, token_ttl_seconds: int
    ) -> None:
        self._sessions = sessions
        self._master_key = master_key
        self._token_ttl = timedelta(seconds=token_ttl_seconds)

    async def ensure_active_key(self) -> None:
        """Create the first key if there is none (idempotent, safe with several processes)."""
        async with self._sessions.begin() as session:
            repository = SigningKeyRepository(session)
            await repository.lock()
            if await repository.active() is None:
                await self._add_key(repository)

    async def rotate(self) -> SigningKeyInfo:
        """A new key signs from now on; earlier keys stay published until their tokens have expired."""
        async with self._sessions.begin() as session:
            repository = SigningKeyRepository(session)
            await repository.lock()
            kid = await self._add_key(repository)
            await repository.retire_all_except(kid)
            keys = await repository.all_keys()
        return next(key for key in keys if key.kid == kid)

    async def list_keys(self) -> list[SigningKeyInfo]:
        async with self._sessions() as session:
            return await SigningKeyRepository(session).all_keys()

    async def signing_key(self) -> OKPKey:
        async with self._sessions() as session:
            row = await SigningKeyRepository(session).active()
        if row is None:
            raise RuntimeError("No active token signing key; the lifespan creates one at start-up.")
        return unseal_key(
            row.private_key_encrypted, kid=row.kid, master_key=self._master_key, purpose=_SEAL_PURPOSE
        )

    async def jwks(self) -> dict[str, Any]:
        # A token signed just before retirement lives token_ttl more; keep its key published that long.
        retired_since = datetime.now(UTC) - self._token_ttl - timedelta(minutes=1)
        async with self._sessions() as session:
            keys = await SigningKeyRepository(session).publishable_jwks(retired_since=retired_since)
        return {"keys": keys}

    async def _add_key(self, repository: SigningKeyRepository) -> str:
        kid = new_kid()
        key = new_key(kid)
        sealed = seal_key(key, master_key=self._master_key, purpose=_SEAL_PURPOSE)
        await repository.add(kid=kid, public_jwk=key.as_dict(private=False), private_key_encrypted=sealed)
        return kid
