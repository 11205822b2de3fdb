"""Settings of the operator commands (`omc ...`): which server, which database, which ports."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.db.migrations import PROJECT_ROOT


class PlatformSettings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", frozen=True)

    database_url: SecretStr | None = Field(
        None,
        description="Admin URL of an existing PostgreSQL server (a role that may create databases and "
        "roles). Unset: an embedded PostgreSQL is started with its data in OMC_DATA_DIR.",
    )
    omc_database_name: str = Field("omc", description="Database that holds the three schemas.")
    omc_data_dir: Path = Field(
        PROJECT_ROOT / ".omc", description="Where the embedded PostgreSQL keeps its data."
    )
    omc_host: str = Field("127.0.0.1", description="Interface the services listen on.")
    omc_registry_port: int = Field(8001, description="Port of registry_api.")
    omc_qa_port: int = Field(8002, description="Port of qa_api.")
    omc_issuer_port: int = Field(8003, description="Port of credential_issuer.")
    omc_mail_port: int = Field(
        8025,
        description="Port of the local SMTP server `omc run` starts for learners' mail when "
        "ISSUER_SMTP_HOST is unset.",
    )
    omc_keep_admin_client: bool = Field(
        True,
        description="`omc run` keeps a local admin client in OMC_DATA_DIR/admin-client.json (owner-only) "
        "for `make demo`; false: none is made.",
    )
