"""What `POST /credentials/verify` may remember between requests, and for how long.

Three facts are read for nearly every verification and change rarely: an organisation's DID
document, a status list's bits and the quality ledger's answer on an OMC's standing. Each is kept in
a bounded TTL cache (cachetools), shared by every request of the service:

- DID documents for DID_DOCUMENT_MAX_AGE seconds and status lists for STATUS_LIST_MAX_AGE seconds:
  the `Cache-Control: max-age` this service publishes for the same resources, so a verifier using
  the service sees a change no later than one reading them over HTTP would. A DID document that
  does not list the key a proof names is read again at once (a key rotated since it was cached).
- The standing of (institution, micro-credential, version, completion date) for
  `ISSUER_VERIFICATION_STANDING_CACHE_SECONDS`; only answers are kept, never an outage.

Nothing is cached for the status of a credential this service issued: its row is read at each
verification, so a revocation or suspension shows at once. A TTL of 0 disables a cache.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Hashable, Mapping
from datetime import date
from typing import Any, Generic, TypeVar

from cachetools import TTLCache

from services.credential_issuer.repositories.status_lists import StatusList
from shared.schemas.standing import Standing

DID_DOCUMENT_MAX_AGE = 60
"""Seconds a DID document may be reused: its did.json `Cache-Control: max-age`, and the cache here."""

STATUS_LIST_MAX_AGE = 30
"""Seconds a verifier may reuse a status list: short, so that a revocation reaches verifiers quickly
(the status list's `Cache-Control: max-age`, and the cache here)."""

DEFAULT_ENTRIES = 4096

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

StandingKey = tuple[uuid.UUID, uuid.UUID, int, date]
"""(institution, micro-credential, version, completion date)."""


class _Bounded(Generic[K, V]):
    """A TTL cache that stores nothing when its TTL is 0."""

    def __init__(self, entries: int, ttl: float, timer: Callable[[], float]) -> None:
        self._cache: TTLCache[K, V] | None = (
            TTLCache(maxsize=entries, ttl=ttl, timer=timer) if ttl > 0 else None
        )

    def get(self, key: K) -> V | None:
        return None if self._cache is None else self._cache.get(key)

    def put(self, key: K, value: V) -> None:
        if self._cache is not None:
            self._cache[key] = value

    def __len__(self) -> int:
        return 0 if self._cache is None else len(self._cache)


class VerificationCaches:
    """The service's verification caches (one per process; each request's services share it).

    `timer` is the clock the TTLs count on (time.monotonic); a test passes its own to let the
    max-age pass without waiting."""

    def __init__(
        self,
        *,
        did_document_seconds: float = DID_DOCUMENT_MAX_AGE,
        status_list_seconds: float = STATUS_LIST_MAX_AGE,
        standing_seconds: float = 60,
        entries: int = DEFAULT_ENTRIES,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        self.did_documents: _Bounded[str, Mapping[str, Any]] = _Bounded(entries, did_document_seconds, timer)
        self.status_lists: _Bounded[uuid.UUID, StatusList] = _Bounded(entries, status_list_seconds, timer)
        self.standing: _Bounded[StandingKey, Standing] = _Bounded(entries, standing_seconds, timer)

    @classmethod
    def disabled(cls) -> VerificationCaches:
        """Caches that keep nothing: every verification reads every fact afresh."""
        return cls(did_document_seconds=0, status_list_seconds=0, standing_seconds=0)
