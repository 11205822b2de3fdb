"""Settings common to every service, read from the environment with a prefix per service.

Each service subclasses :class:`ServiceSettings` and sets ``env_prefix`` (``REGISTRY_``, ``QA_``,
``ISSUER_``). A missing or malformed value stops start-up with pydantic's message, which names the
variable; :func:`load_settings` turns that into one readable line per variable.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Self, TypeVar

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Values that must never reach production: the development defaults below and obvious placeholders.
PLACEHOLDER_SECRETS = frozenset({"", "changeme", "change-me", "secret", "development-only", "dev"})


_ADDRESS_FIELDS = ("public_url", "registry_url", "qa_url", "issuer_url")


class Environment(StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class ServiceSettings(BaseSettings):
    """Settings every service has. Subclasses add their own and set the prefix."""

    model_config = SettingsConfigDict(extra="ignore", frozen=True, validate_default=True)

    environment: Environment = Field(
        Environment.DEVELOPMENT,
        description="development, test or production. Production refuses development defaults.",
    )
    database_url: SecretStr = Field(
        description="SQLAlchemy URL of this service's own role, e.g. "
        "postgresql+asyncpg://omc_registry:pw@127.0.0.1:5432/omc. The role owns only this service's schema.",
    )
    public_url: str = Field(
        description="Base URL at which this service is reached, without trailing slash; also the `aud` "
        "its access tokens must carry.",
    )
    registry_url: str = Field(
        "http://127.0.0.1:8001",
        description="Base URL of registry_api (token issuer, JWKS at /.well-known/jwks.json, organisations).",
    )
    qa_url: str = Field("http://127.0.0.1:8002", description="Base URL of qa_api.")
    issuer_url: str = Field("http://127.0.0.1:8003", description="Base URL of credential_issuer.")
    token_issuer: str | None = Field(
        None,
        description="Expected `iss` of access tokens; defaults to registry_url.",
    )
    jwks_refresh_min_interval_seconds: float = Field(
        10.0, ge=0, description="Least time between two JWKS refreshes caused by an unknown key id."
    )
    http_timeout_seconds: float = Field(5.0, gt=0, le=120, description="Timeout of calls to other services.")
    max_body_bytes: int = Field(
        1_048_576, gt=0, description="Largest request body accepted; larger bodies get 413."
    )
    default_page_size: int = Field(50, gt=0, description="Page size when a client asks for none.")
    max_page_size: int = Field(200, gt=0, description="Largest page a client may ask for; more gets 422.")
    database_pool_size: int = Field(
        20,
        gt=0,
        le=200,
        description="Connections kept open once made (opened on demand). Under more concurrent requests "
        "than this, the extra connections are opened and closed per request: size it to the load.",
    )
    database_pool_overflow: int = Field(
        5, ge=0, le=200, description="Connections opened beyond the pool for a burst, closed after use."
    )
    database_connect_timeout_seconds: float = Field(
        5.0,
        gt=0,
        le=120,
        description="Longest wait to open a database connection; then the request gets 503 + Retry-After.",
    )
    database_pool_timeout_seconds: float = Field(
        10.0,
        gt=0,
        le=300,
        description="Longest wait for a free pooled connection; then the request gets 503 + Retry-After.",
    )
    log_level: str = Field("INFO", description="Root log level (DEBUG, INFO, WARNING, ERROR).")
    log_json: bool = Field(True, description="Render logs as JSON lines (false: human-readable console).")

    @property
    def audience(self) -> str:
        """The `aud` value a token must carry to be accepted here: this service's public URL."""
        return self.public_url

    @property
    def expected_token_issuer(self) -> str:
        return self.token_issuer or self.registry_url

    @model_validator(mode="after")
    def _check_page_sizes(self) -> Self:
        if self.default_page_size > self.max_page_size:
            raise ValueError("default_page_size must not exceed max_page_size")
        return self

    @model_validator(mode="after")
    def _addresses_explicit_in_production(self) -> Self:
        """Loopback defaults suit a laptop; in production every address must be said."""
        if self.environment is Environment.PRODUCTION:
            prefix = str(self.model_config.get("env_prefix", ""))
            missing = [
                f"{prefix}{name}".upper() for name in _ADDRESS_FIELDS if name not in self.model_fields_set
            ]
            if missing:
                raise ValueError(f"in production set explicitly: {', '.join(missing)}")
        return self

    def refuse_placeholder(self, name: str, value: SecretStr) -> None:
        """Outside development and test, a placeholder secret is a configuration error."""
        if (
            self.environment is Environment.PRODUCTION
            and value.get_secret_value().lower() in PLACEHOLDER_SECRETS
        ):
            raise ValueError(f"{name} is a placeholder; set a real secret in production")


SettingsT = TypeVar("SettingsT", bound=ServiceSettings)


def load_settings(settings_class: type[SettingsT]) -> SettingsT:
    """Read settings from the environment, or exit naming each bad or missing variable."""
    try:
        return settings_class()
    except ValidationError as error:
        prefix = str(settings_class.model_config.get("env_prefix", ""))
        lines = [f"Invalid configuration for {settings_class.__name__}:"]
        for problem in error.errors():
            field = ".".join(str(part) for part in problem["loc"]) or "(settings)"
            variable = f"{prefix}{field}".upper() if problem["loc"] else "(settings)"
            lines.append(f"  {variable}: {problem['msg']}")
        print("\n".join(lines), file=sys.stderr)
        raise SystemExit(2) from None
