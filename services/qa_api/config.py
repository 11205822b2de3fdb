"""qa_api settings: environment variables prefixed QA_."""

from __future__ import annotations

from typing import Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from shared.settings import Environment, ServiceSettings

DEFAULT_PORT = 8002


class QaSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="QA_", extra="ignore", frozen=True)

    public_url: str = Field(
        f"http://127.0.0.1:{DEFAULT_PORT}", description="Base URL of this service; the `aud` of its tokens."
    )
    master_key: SecretStr = Field(
        SecretStr("development-only"),
        description="Seals the key that signs ledger checkpoints; required in production.",
    )
    registry_client_id: str | None = Field(
        None,
        description="This service's own API client at the registry (role `ledger`), to apply designations "
        "and approvals there. Unset: events wait in the outbox (allowed outside production only).",
    )
    registry_client_secret: SecretStr | None = Field(None, description="Secret of registry_client_id.")
    outbox_interval_seconds: float = Field(
        0.5, gt=0, le=60, description="How often the relay looks for due events."
    )
    outbox_lease_seconds: float = Field(
        30,
        gt=0,
        le=3600,
        description="How long a claimed event is reserved before another relay may retry it.",
    )
    checkpoint_interval_seconds: float = Field(
        60,
        ge=0,
        le=3600,
        description="Longest time an entry waits for a signed checkpoint to cover it, timed from the "
        "newest checkpoint in the database (0: only on request).",
    )

    @model_validator(mode="after")
    def _production_needs_secrets(self) -> Self:
        self.refuse_placeholder("QA_MASTER_KEY", self.master_key)
        if self.environment is Environment.PRODUCTION and (
            self.registry_client_id is None or self.registry_client_secret is None
        ):
            raise ValueError("in production set QA_REGISTRY_CLIENT_ID and QA_REGISTRY_CLIENT_SECRET")
        return self
