"""registry_api settings: environment variables prefixed REGISTRY_."""

from __future__ import annotations

from typing import Any, Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings

DEFAULT_PORT = 8001


class RegistrySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="REGISTRY_", extra="ignore", frozen=True)

    public_url: str = Field(
        f"http://127.0.0.1:{DEFAULT_PORT}", description="Base URL of this service; the `iss` of its tokens."
    )
    registry_url: str = Field(
        f"http://127.0.0.1:{DEFAULT_PORT}", description="Base URL of registry_api (itself)."
    )
    master_key: SecretStr = Field(
        SecretStr("development-only"),
        description="Seals token signing keys at rest. Required, and not a placeholder, in production.",
    )
    token_ttl_seconds: int = Field(600, ge=60, le=3600, description="Lifetime of access tokens.")
    import_max_rows: int = Field(
        1000,
        ge=1,
        le=100_000,
        description="Most micro-credentials one bulk import may hold; a larger batch gets 413 "
        "(max_body_bytes still applies to the request).",
    )
    catalogue_metadata_cache_entries: int = Field(
        2048,
        ge=0,
        le=1_000_000,
        description="Validated catalogue metadata kept in memory, keyed by its stored text (~11 KB "
        "each); 0 re-validates on every read.",
    )

    @model_validator(mode="before")
    @classmethod
    def _registry_is_itself(cls, data: Any) -> Any:
        """The registry's registry_url is its public_url: one address, never two that can disagree."""
        if isinstance(data, dict) and "public_url" in data:
            data = {**data, "registry_url": data["public_url"]}
        return data

    @model_validator(mode="after")
    def _no_placeholder_master_key(self) -> Self:
        self.refuse_placeholder("REGISTRY_MASTER_KEY", self.master_key)
        return self

    @property
    def token_audiences(self) -> list[str]:
        """The services a token may be minted for."""
        return [self.public_url, self.qa_url, self.issuer_url]
