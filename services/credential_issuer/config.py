"""credential_issuer settings: environment variables prefixed ISSUER_."""

from __future__ import annotations

from typing import Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings

DEFAULT_PORT = 8003


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
    issuance_rounds_at_once: int = Field(
        2,
        ge=1,
        le=16,
        description="Rounds the worker runs side by side, so that one's database work overlaps "
        "another's signing.",
    )
    issuance_signing_processes: int = Field(
        1,
        ge=0,
        le=64,
        description="Child processes that sign credentials (started at the first round); 0 signs in a "
        "thread of the service, where signing competes with requests for the GIL.",
    )
    issuance_max_backoff_seconds: float = Field(
        300, gt=0, description="Longest wait before retrying a completion while a service is unreachable."
    )

    @model_validator(mode="after")
    def _production_needs_secrets(self) -> Self:
        self.refuse_placeholder("ISSUER_MASTER_KEY", self.master_key)
        return self
