"""credential_issuer settings: environment variables prefixed ISSUER_."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings

DEFAULT_PORT = 8003


class IssuerSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="ISSUER_", extra="ignore", frozen=True)

    public_url: str = Field(
        f"http://127.0.0.1:{DEFAULT_PORT}", description="Base URL of this service; the `aud` of its tokens."
    )
