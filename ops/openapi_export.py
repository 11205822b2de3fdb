"""Generate each service's OpenAPI document from its code; `omc openapi` writes them to openapi/."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI
from pydantic import SecretStr

from shared.db.migrations import PROJECT_ROOT

OPENAPI_DIR = PROJECT_ROOT / "openapi"
# Building an app opens nothing: the database is touched only in the lifespan, which is not run here.
_UNUSED_DATABASE = SecretStr("postgresql://unused@127.0.0.1/unused")


def _registry() -> FastAPI:
    from services.registry_api.config import RegistrySettings
    from services.registry_api.main import create_app

    return create_app(RegistrySettings(database_url=_UNUSED_DATABASE))


def _qa() -> FastAPI:
    from services.qa_api.config import QaSettings
    from services.qa_api.main import create_app

    return create_app(QaSettings(database_url=_UNUSED_DATABASE))


def _issuer() -> FastAPI:
    from services.credential_issuer.config import IssuerSettings
    from services.credential_issuer.main import create_app

    return create_app(IssuerSettings(database_url=_UNUSED_DATABASE))


APP_BUILDERS: dict[str, Callable[[], FastAPI]] = {
    "registry_api": _registry,
    "qa_api": _qa,
    "credential_issuer": _issuer,
}


def render(service: str) -> str:
    """The OpenAPI document of ``service`` exactly as committed: sorted keys, two-space indent."""
    return json.dumps(APP_BUILDERS[service]().openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def contract_path(service: str) -> Path:
    return OPENAPI_DIR / f"{service}.json"


def write_all() -> list[Path]:
    OPENAPI_DIR.mkdir(exist_ok=True)
    paths = []
    for service in APP_BUILDERS:
        path = contract_path(service)
        path.write_text(render(service), encoding="utf-8")
        paths.append(path)
    return paths
