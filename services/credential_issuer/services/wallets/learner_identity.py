"""Who a learner is: the email address their institution reported with a completion.

Completions keep the address as the SIS sent it (the intake lower-cases it; older rows may not be),
so every comparison goes through :func:`normalise_email` on our side and ``lower(learner->>'email')``
on the database's (an expression index serves it)."""

from __future__ import annotations

import hashlib
import hmac

MAX_EMAIL_LENGTH = 320


def normalise_email(address: str) -> str:
    """``address`` trimmed and lower-cased: the form every learner lookup compares."""
    return address.strip().lower()


def looks_like_email(address: str) -> bool:
    """A plausible address (one @, a dot in the domain, no spaces, not too long): the same rule as
    completions' learner email."""
    local, at, domain = address.rpartition("@")
    return (
        bool(at and local and domain)
        and len(address) <= MAX_EMAIL_LENGTH
        and "." in domain.strip(".")
        and not any(character.isspace() for character in address)
        and "@" not in domain
    )


def email_key(secret: bytes, address: str) -> str:
    """A keyed hash of the normalised address: rate-limit rows name an address without storing it."""
    return hmac.new(secret, normalise_email(address).encode("utf-8"), hashlib.sha256).hexdigest()
