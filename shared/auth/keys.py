"""Where verifying keys come from. Remote services read the registry's JWKS over HTTP (cached,
refreshed when a token names an unknown key id); the registry reads its own keys locally."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from joserfc.jwk import KeySet


class KeySource(Protocol):
    async def key_set(self, *, kid: str | None) -> KeySet:
        """Keys able to verify a token signed with ``kid`` (refreshing if that kid is unknown)."""


class CachedKeySource:
    """Caches a key set from a loader; reloads when a kid is unknown, at most every ``min_interval``."""

    def __init__(
        self, loader: Callable[[], Awaitable[dict[str, Any]]], *, min_interval_seconds: float
    ) -> None:
        self._loader = loader
        self._min_interval = min_interval_seconds
        self._keys: KeySet | None = None
        self._kids: frozenset[str] = frozenset()
        self._loaded_at = float("-inf")
        self._lock = asyncio.Lock()

    async def key_set(self, *, kid: str | None) -> KeySet:
        if self._keys is not None and (kid is None or kid in self._kids):
            return self._keys
        async with self._lock:
            stale = time.monotonic() - self._loaded_at >= self._min_interval
            if self._keys is None or (kid not in self._kids and stale):
                await self._reload()
            assert self._keys is not None
            return self._keys

    async def _reload(self) -> None:
        document = await self._loader()
        self._keys = KeySet.import_key_set(document)  # type: ignore[arg-type]
        self._kids = frozenset(str(key.get("kid")) for key in document.get("keys", []))
        self._loaded_at = time.monotonic()
