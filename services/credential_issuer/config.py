"""credential_issuer settings: environment variables prefixed ISSUER_."""

from __future__ import annotations

import os
from typing import Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from shared.settings import Environment, ServiceSettings

DEFAULT_PORT = 8003


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, as containers and taskset set it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


class IssuerSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="ISSUER_", extra="ignore", frozen=True)

    public_url: str = Field(
        f"http://127.0.0.1:{DEFAULT_PORT}", description="Base URL of this service; the `aud` of its tokens."
    )
    master_key: SecretStr = Field(
        SecretStr("development-only"),
        description="Seals the organisations' credential signing keys at rest; required in production.",
    )
    intake_max_records: int = Field(
        10_000, gt=0, le=100_000, description="Most completion records in one intake request; more gets 413."
    )
    idempotency_key_ttl_hours: float = Field(
        24, ge=24, description="How long an Idempotency-Key and its stored reply are kept (at least 24 h)."
    )
    issuance_interval_seconds: float = Field(
        1.0, gt=0, le=60, description="How often the issuance worker looks for due pending completions."
    )
    issuance_lease_seconds: float = Field(
        60,
        gt=0,
        le=3600,
        description="How long a claimed completion is reserved before another worker may retry it.",
    )
    issuance_batch_size: int = Field(
        100,
        gt=0,
        le=1000,
        description="Completions claimed per round: checked, signed and stored together per organisation.",
    )
    issuance_rounds_at_once: int | None = Field(
        None,
        ge=1,
        le=64,
        description="Rounds the worker runs side by side, so that one's database work and checks "
        "overlap the others' signing; unset: two per signing process (at least two), enough to keep "
        "every signing process busy.",
    )
    issuance_signing_processes: int | None = Field(
        None,
        ge=0,
        le=64,
        description="Child processes that sign credentials (started at the first round); unset: one "
        "per core this process may run on. 0 signs in a thread of the service, where signing "
        "competes with requests for the GIL.",
    )
    verification_standing_cache_seconds: float = Field(
        60,
        ge=0,
        description="How long verification reuses the quality ledger's answer on an OMC's standing "
        "(per institution, micro-credential, version and completion date); 0 asks at every verification.",
    )
    verification_cache_entries: int = Field(
        4096,
        gt=0,
        le=1_000_000,
        description="Entries of each verification cache (DID documents, status lists, standing answers).",
    )

    def signing_processes(self) -> int:
        """ISSUER_ISSUANCE_SIGNING_PROCESSES, or the cores this process may run on."""
        if self.issuance_signing_processes is not None:
            return self.issuance_signing_processes
        return usable_cores()

    def rounds_at_once(self) -> int:
        """ISSUER_ISSUANCE_ROUNDS_AT_ONCE, or two per signing process (at least two): while one
        round of a process is signed, the next is claimed, checked and its entries allocated."""
        if self.issuance_rounds_at_once is not None:
            return self.issuance_rounds_at_once
        return max(2, 2 * self.signing_processes())

    issuance_max_backoff_seconds: float = Field(
        300, gt=0, description="Longest wait before retrying a completion while a service is unreachable."
    )
    issuance_first_backoff_seconds: float = Field(
        0.5, gt=0, description="First wait before retrying a completion whose service was unreachable."
    )
    issuance_probe_interval_seconds: float = Field(
        2.0,
        gt=0,
        description="How often a service that completions wait for is asked /ready; when it answers, "
        "they are retried at once (the backoff only spaces attempts while it is down).",
    )

    # --- email (learner sign-in codes) ---------------------------------------------------------------
    smtp_host: str | None = Field(
        None,
        description="SMTP server that sends learners' sign-in codes; unset: no mail is sent (a warning is "
        "logged). `make run` starts a local one when unset. Required in production.",
    )
    smtp_port: int = Field(587, gt=0, lt=65536, description="Port of the SMTP server.")
    smtp_username: str | None = Field(None, description="SMTP user name, if the server wants one.")
    smtp_password: SecretStr | None = Field(None, description="SMTP password, if the server wants one.")
    smtp_starttls: bool = Field(
        False, description="Upgrade the SMTP connection with STARTTLS (set true for a server on port 587)."
    )
    smtp_tls: bool = Field(
        False, description="Connect with TLS from the start (implicit TLS, a server on port 465)."
    )
    smtp_from: str = Field(
        "Ontario Micro-Credentials <no-reply@omc.localhost>",
        description="From: of the mail sent to learners.",
    )
    smtp_timeout_seconds: float = Field(10, gt=0, le=120, description="Timeout of one SMTP delivery.")
    # --- learner sign-in and sessions ----------------------------------------------------------------
    learner_code_minutes: float = Field(
        10, gt=0, le=60, description="How long an emailed sign-in code can be used."
    )
    learner_code_max_attempts: int = Field(
        5, ge=1, le=20, description="Wrong codes given before a sign-in code stops working."
    )
    learner_session_idle_minutes: float = Field(
        30, gt=0, le=24 * 60, description="A learner's session ends after this long without a request."
    )
    learner_session_hours: float = Field(
        12, gt=0, le=24 * 7, description="A learner's session ends this long after sign-in, used or not."
    )
    learner_sign_in_window_minutes: float = Field(
        15, gt=0, le=24 * 60, description="Window of the sign-in rate limits."
    )
    learner_sign_in_max_per_email: int = Field(
        5, ge=1, le=1000, description="Codes that may be asked for one email address within the window."
    )
    learner_sign_in_max_per_client: int = Field(
        30,
        ge=1,
        le=100_000,
        description="Sign-in attempts (codes asked for, codes given) from one client address within "
        "the window.",
    )
    wallet_housekeeping_interval_seconds: float = Field(
        3600,
        ge=0,
        description="How often expired sign-in codes, sessions, OB 3.0 codes and tokens, OpenID4VCI "
        "nonces and deferred transactions are deleted (a day after their end); 0: never.",
    )

    @property
    def secure_cookies(self) -> bool:
        """Cookies say Secure when the service is reached over https."""
        return self.public_url.lower().startswith("https://")

    # --- Open Badges 3.0 API (learners' wallets) ----------------------------------------------------
    ob3_code_seconds: int = Field(
        120, ge=10, le=600, description="How long an Open Badges API authorization code can be exchanged."
    )
    ob3_registrations_per_hour_per_client: int = Field(
        20,
        ge=1,
        le=100_000,
        description="Open Badges API clients one client address may register within an hour (dynamic "
        "registration is open to anyone).",
    )
    ob3_terms_of_service_url: str | None = Field(
        None, description="Terms of service named in the OB 3.0 service description (default: the API docs)."
    )
    ob3_privacy_policy_url: str | None = Field(
        None, description="Privacy policy named in the OB 3.0 service description (default: the API docs)."
    )

    @model_validator(mode="after")
    def _production_needs_secrets(self) -> Self:
        self.refuse_placeholder("ISSUER_MASTER_KEY", self.master_key)
        if self.environment is Environment.PRODUCTION and not self.smtp_host:
            raise ValueError("in production set ISSUER_SMTP_HOST: learners sign in with an emailed code")
        return self
