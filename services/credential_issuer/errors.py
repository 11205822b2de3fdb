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


class OmcMarkProtected(UnprocessableInput):
    """A VC-API caller's credential presents itself as an Ontario Micro-Credential: only a completion
    that passed the quality ledger's standing check becomes one."""

    slug, title = "omc-mark-protected", "The Ontario Micro-Credential mark is protected"


class CredentialIdTaken(Conflict):
    """VC-API: the organisation already issued a different credential under this id."""

    slug, title = "credential-id-taken", "A different credential was issued under this id"
