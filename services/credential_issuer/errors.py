"""Errors particular to credential_issuer (the shared tree is in shared.errors)."""

from __future__ import annotations

from shared.errors import Conflict, DomainError, UnprocessableInput


class IdempotencyKeyReused(UnprocessableInput):
    """The IETF Idempotency-Key draft: the same key with a different request body."""

    slug, title = "idempotency-key-reused", "Idempotency-Key already used for another request"


class IdempotentRequestInFlight(Conflict):
    slug, title = (
        "idempotent-request-in-flight",
        "A request with this Idempotency-Key is still being processed",
    )


class ClaimGone(DomainError):
    """A claim link already redeemed, or expired: one-time by design."""

    slug, title, status = "claim-gone", "This claim link can no longer be used", 410
