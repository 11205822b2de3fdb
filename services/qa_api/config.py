"""qa_api settings: environment variables prefixed QA_."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings

DEFAULT_PORT = 8002


class QaSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="QA_", extra="ignore", frozen=True)

    public_url: str = Field(
        f"http://127.0.0.1:{DEFAULT_PORT}", description="Base URL of this service; the `aud` of its tokens."
    )
