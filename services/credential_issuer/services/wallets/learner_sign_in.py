"""Sign-in by a one-time code emailed to the address an institution reported for the learner.

- Asking for a code never tells whether the address has credentials: the answer is the same, and
  the mail (sent only to addresses that have some, so the service cannot be used to mail strangers)
  goes out after the answer.
- A code is 8 random digits, kept only as an HMAC under a key derived from the master key (a
  digest of 10^8 values would be brute-forced offline in seconds), usable for
  ``learner_code_minutes``, once, and for ``learner_code_max_attempts`` wrong tries at most.
- Every attempt (a code asked for, a code given) is counted in the database, per address (as a keyed
  hash) and per client address, over a sliding window: the limits hold across processes and restarts.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.credential_issuer.config import IssuerSettings
from services.credential_issuer.repositories import learner_credentials
from services.credential_issuer.repositories import learner_sign_in as store
from services.credential_issuer.services.wallets.learner_identity import email_key, normalise_email

CODE_DIGITS = 8


class SignInRefused(Exception):
    """A sign-in step refused; ``reason`` names the page message (``rate_limited``, ``wrong_code``,
    ``code_expired``)."""

    def __init__(self, reason: str, *, retry_after_seconds: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_seconds = retry_after_seconds


@dataclass(frozen=True)
class CodeRequest:
    """A code asked for: its id (carried by the code form) and, when the address has credentials,
    the code to mail (never shown, never logged)."""

    code_id: uuid.UUID
    email: str
    code_to_send: str | None


@dataclass(frozen=True)
class NewSession:
    """A session opened by a good code: its cookie token (only its hash is stored)."""

    token: str
    session_id: uuid.UUID
    email: str
    expires_at: datetime


def derived_key(master_key: str, purpose: str) -> bytes:
    """A key for one purpose, so a leak of one hash table tells nothing about another."""
    return hmac.new(master_key.encode("utf-8"), f"omc-learner:{purpose}".encode(), hashlib.sha256).digest()


def token_hash(token: str) -> str:
    """SHA-256 of a 256-bit random token: enough, as it cannot be guessed."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalise_code(given: str) -> str:
    """The digits of what the learner typed (spaces and dashes as printed in the mail are allowed)."""
    return "".join(character for character in given if character not in " -\u00a0")


class LearnerSignIn:
    """The sign-in steps; the pages turn their outcomes into answers."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], settings: IssuerSettings) -> None:
        self._sessions = sessions
        self._settings = settings
        master = settings.master_key.get_secret_value()
        self._code_key = derived_key(master, "sign-in-code")
        self._email_key = derived_key(master, "email")

    def _code_hash(self, code_id: uuid.UUID, code: str) -> str:
        return hmac.new(self._code_key, f"{code_id}:{code}".encode(), hashlib.sha256).hexdigest()

    def _window_start(self) -> datetime:
        return datetime.now(UTC) - timedelta(minutes=self._settings.learner_sign_in_window_minutes)

    def _retry_after(self) -> int:
        return int(self._settings.learner_sign_in_window_minutes * 60)

    async def _count_attempt(
        self, session: AsyncSession, kind: str, address_key: str | None, client_ip: str
    ) -> None:
        """Record the attempt, then refuse it when the client or the address is over its limit."""
        since = self._window_start()
        await store.prune_attempts(session, since, email_key=address_key, client_ip=client_ip)
        await store.record_attempt(session, kind, address_key, client_ip)
        by_client = await store.attempts_since(session, since, client_ip=client_ip)
        by_address = await store.attempts_since(session, since, email_key=address_key) if address_key else 0
        if (
            by_client > self._settings.learner_sign_in_max_per_client
            or by_address > self._settings.learner_sign_in_max_per_email
        ):
            raise SignInRefused("rate_limited", retry_after_seconds=self._retry_after())

    async def request_code(self, address: str, client_ip: str) -> CodeRequest:
        """A code for ``address`` (already checked to look like an email). Raises
        :class:`SignInRefused` ``rate_limited``; the attempt is counted either way."""
        email = normalise_email(address)
        code_id = uuid.uuid4()
        code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
        expires_at = datetime.now(UTC) + timedelta(minutes=self._settings.learner_code_minutes)
        async with self._sessions() as session:
            # The attempt is committed even when refused, so refusals count too.
            async with session.begin():
                await self._count_attempt(session, "request", email_key(self._email_key, email), client_ip)
            async with session.begin():
                await store.prune_codes(session, datetime.now(UTC) - timedelta(hours=1))
                await store.add_code(session, code_id, email, self._code_hash(code_id, code), expires_at)
                known = await learner_credentials.has_credentials(session, email)
        return CodeRequest(code_id, email, code if known else None)

    async def check_code(
        self, code_id: uuid.UUID, given: str, client_ip: str, user_agent: str | None
    ) -> NewSession:
        """A session for the code's address when ``given`` is its code. Raises
        :class:`SignInRefused`: ``rate_limited``, ``wrong_code`` (attempts left), ``code_expired``
        (expired, used, or out of attempts: ask for a new one)."""
        async with self._sessions() as session:
            async with session.begin():
                await self._count_attempt(session, "code", None, client_ip)
            refusal: str | None = None
            async with session.begin():
                row = await store.code_for_update(session, code_id)
                now = datetime.now(UTC)
                if (
                    row is None
                    or row.used_at is not None
                    or row.expires_at <= now
                    or row.failed_attempts >= self._settings.learner_code_max_attempts
                ):
                    refusal = "code_expired"
                elif not hmac.compare_digest(row.code_hash, self._code_hash(code_id, normalise_code(given))):
                    # The failed try is committed with the transaction; the last one spends the code.
                    row.failed_attempts += 1
                    refusal = "wrong_code"
                    if row.failed_attempts >= self._settings.learner_code_max_attempts:
                        row.used_at = now
                        refusal = "code_expired"
                else:
                    row.used_at = now
                    token = secrets.token_urlsafe(32)
                    expires_at = now + timedelta(hours=self._settings.learner_session_hours)
                    opened = await store.add_session(
                        session, token_hash(token), row.email, (user_agent or "")[:200] or None, expires_at
                    )
        if refusal is not None:
            raise SignInRefused(refusal)
        return NewSession(token, opened.id, opened.email, expires_at)
