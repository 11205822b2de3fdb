"""docker-compose.yml starts the services the way their code and settings expect.

No Docker engine runs in the tests, so the file is read as YAML and checked against the code: each
service's command and ports, the variables its settings class reads (and that the class accepts
them, in production mode), the URLs the services use for one another, and the migrate job that
creates the very roles the services log in as.
"""

from __future__ import annotations

import os
import re
import shlex
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from sqlalchemy.engine import make_url

from ops.settings import PlatformSettings
from services.credential_issuer.config import IssuerSettings
from services.credential_issuer.services.issuing_keys import organisation_did
from services.qa_api.config import QaSettings
from services.registry_api.config import RegistrySettings
from shared.db.migrations import ALL_TARGETS, ISSUER, QA, REGISTRY, MigrationTarget
from shared.settings import Environment, ServiceSettings
from shared.vc.did import did_web

COMPOSE_FILE = Path(__file__).resolve().parents[1] / "docker-compose.yml"
INTERPOLATION = re.compile(r"\$\{[^}]*\}")
# Stands in for every ${...} compose would interpolate: long, and no placeholder the settings refuse.
DUMMY_VALUE = "compose-test-value-0123456789abcdefghij"


@dataclass(frozen=True)
class Service:
    name: str  # the compose service, also its host name on the compose network
    package: str  # services.<package>
    prefix: str
    settings_class: type[ServiceSettings]
    target: MigrationTarget


SERVICES = (
    Service("registry-api", "registry_api", "REGISTRY_", RegistrySettings, REGISTRY),
    Service("qa-api", "qa_api", "QA_", QaSettings, QA),
    Service("credential-issuer", "credential_issuer", "ISSUER_", IssuerSettings, ISSUER),
)
SERVICE_BY_PREFIX = {service.prefix: service for service in SERVICES}
ALL_PREFIXES = tuple(SERVICE_BY_PREFIX)
by_service = pytest.mark.parametrize("service", SERVICES, ids=lambda service: service.name)


@cache
def compose() -> dict[str, Any]:
    document = yaml.safe_load(COMPOSE_FILE.read_text())
    assert isinstance(document, dict), "docker-compose.yml is not a mapping"
    return document


def definition(name: str) -> dict[str, Any]:
    services = compose().get("services") or {}
    assert name in services, f"docker-compose.yml has no service {name!r}"
    result = services[name]
    assert isinstance(result, dict)
    return result


def interpolate(value: str) -> str:
    return INTERPOLATION.sub(DUMMY_VALUE, value)


def environment(name: str) -> dict[str, str]:
    """A service's environment as written (before interpolation), in either compose syntax."""
    raw = definition(name).get("environment") or {}
    if isinstance(raw, list):
        raw = dict(item.split("=", 1) for item in raw)
    return {str(key): str(value) for key, value in raw.items()}


def command(name: str) -> list[str]:
    raw = definition(name).get("command")
    assert raw, f"{name} has no command"
    return shlex.split(raw) if isinstance(raw, str) else [str(part) for part in raw]


def option(arguments: list[str], flag: str) -> str:
    assert arguments.count(flag) == 1, f"expected exactly one {flag} in {arguments}"
    index = arguments.index(flag)
    assert index + 1 < len(arguments), f"{flag} has no value in {arguments}"
    return arguments[index + 1]


def port_of(service: Service) -> int:
    return int(option(command(service.name), "--port"))


def container_ports(name: str) -> list[int]:
    ports = []
    for entry in definition(name).get("ports") or []:
        if isinstance(entry, dict):
            ports.append(int(entry["target"]))
        else:
            ports.append(int(str(entry).split("/")[0].rsplit(":", 1)[-1]))
    return ports


def url_of(service: Service) -> str:
    return f"http://{service.name}:{port_of(service)}"


@by_service
def test_service_runs_its_app_factory_under_uvicorn(service: Service) -> None:
    arguments = command(service.name)

    assert arguments[0] == "uvicorn"
    assert "--factory" in arguments, "app_from_environment is a factory, not an app"
    assert f"services.{service.package}.main:app_from_environment" in arguments
    assert option(arguments, "--host") == "0.0.0.0"  # noqa: S104 - inside the container


@by_service
def test_port_is_the_same_in_command_ports_and_public_url(service: Service) -> None:
    port = port_of(service)
    public_url = environment(service.name).get(f"{service.prefix}PUBLIC_URL")

    assert container_ports(service.name) == [port]
    assert public_url is not None, f"{service.prefix}PUBLIC_URL is not set"
    assert urlsplit(public_url).port == port
    assert public_url == url_of(service)


@by_service
def test_every_variable_is_a_field_of_the_settings_class(service: Service) -> None:
    variables = environment(service.name)
    fields = set(service.settings_class.model_fields)

    foreign = [variable for variable in variables if not variable.startswith(service.prefix)]
    unknown = [
        variable
        for variable in variables
        if variable.startswith(service.prefix) and variable.removeprefix(service.prefix).lower() not in fields
    ]
    assert foreign == [], f"{service.name} gets variables its settings do not read"
    assert unknown == [], f"not fields of {service.settings_class.__name__}"
    for required in ("ENVIRONMENT", "DATABASE_URL", "PUBLIC_URL", "REGISTRY_URL", "QA_URL", "ISSUER_URL"):
        assert f"{service.prefix}{required}" in variables


@by_service
def test_settings_load_from_exactly_the_compose_environment(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in list(os.environ):
        if variable.upper().startswith(ALL_PREFIXES):
            monkeypatch.delenv(variable)
    variables = {key: interpolate(value) for key, value in environment(service.name).items()}
    for key, value in variables.items():
        monkeypatch.setenv(key, value)

    settings = service.settings_class(_env_file=None)

    assert settings.environment is Environment.PRODUCTION
    assert settings.database_url.get_secret_value() == variables[f"{service.prefix}DATABASE_URL"]
    assert settings.public_url == url_of(service)
    assert settings.audience == url_of(service)
    assert settings.expected_token_issuer == url_of(SERVICE_BY_PREFIX["REGISTRY_"])
    if isinstance(settings, RegistrySettings):
        assert settings.master_key.get_secret_value() == DUMMY_VALUE
        assert settings.token_audiences == [url_of(other) for other in SERVICES]


def test_registry_master_key_must_be_supplied() -> None:
    master_key = environment("registry-api").get("REGISTRY_MASTER_KEY", "")

    assert re.fullmatch(r"\$\{REGISTRY_MASTER_KEY:\?[^}]*\}", master_key), (
        "REGISTRY_MASTER_KEY must come from the operator's environment and be required (${VAR:?message})"
    )


@by_service
def test_cross_service_urls_name_the_compose_service_and_its_port(service: Service) -> None:
    variables = environment(service.name)

    for other in SERVICES:
        variable = f"{service.prefix}{other.prefix}URL"
        assert variables.get(variable) == url_of(other), variable
        assert other.name in compose()["services"]


@by_service
def test_every_public_url_host_is_a_valid_did_web_host(service: Service) -> None:
    """The issuer's organisations are did:web identifiers made from its PUBLIC_URL: a host name with
    an underscore (e.g. `credential_issuer`) is not a DNS name, and the DID code refuses it."""
    for variable, value in environment(service.name).items():
        if not variable.endswith("_URL") or variable.endswith("DATABASE_URL"):
            continue
        parts = urlsplit(interpolate(value))
        assert parts.hostname is not None, variable
        assert "_" not in parts.hostname, f"{variable}: {parts.hostname!r} is not a valid DNS name"
        did = did_web(parts.hostname, "organisations", "x", port=parts.port)  # raises on an invalid host
        assert did.startswith(f"did:web:{parts.hostname}%3A{parts.port}:")
    settings_url = environment(service.name)[f"{service.prefix}PUBLIC_URL"]
    assert organisation_did(interpolate(settings_url), uuid.UUID(int=1)).startswith("did:web:")


@by_service
def test_service_waits_for_the_migrate_job(service: Service) -> None:
    depends_on = definition(service.name).get("depends_on")

    assert isinstance(depends_on, dict), "depends_on needs the long syntax to carry a condition"
    assert depends_on.get("migrate") == {"condition": "service_completed_successfully"}


@by_service
def test_service_healthcheck_asks_its_own_ready_endpoint(service: Service) -> None:
    healthcheck = definition(service.name).get("healthcheck")

    assert isinstance(healthcheck, dict)
    assert not healthcheck.get("disable", False)
    test = healthcheck.get("test")
    assert isinstance(test, list)
    assert test[:3] == ["CMD", "python", "-c"], "the slim image has no curl: use python's urllib"
    probe = " ".join(test[3:])
    assert f"http://127.0.0.1:{port_of(service)}/ready" in probe
    assert "urlopen" in probe, "a 503 from /ready must make the probe fail"
    compile(probe, "<healthcheck>", "exec")


def test_migrate_runs_database_setup_once_postgres_is_healthy() -> None:
    migrate = definition("migrate")

    assert command("migrate") == ["omc", "db", "setup"]
    assert migrate.get("depends_on") == {"postgres": {"condition": "service_healthy"}}
    assert migrate.get("restart", "no") == "no"
    assert "ports" not in migrate


def test_migrate_admin_url_is_the_postgres_superuser() -> None:
    variables = environment("migrate")
    postgres = environment("postgres")
    admin = make_url(interpolate(variables["DATABASE_URL"]))

    assert admin.host == "postgres"
    assert admin.port == 5432
    assert admin.username == postgres.get("POSTGRES_USER", "postgres")
    assert admin.database == postgres.get("POSTGRES_DB", admin.username)
    # Compared as written, so that the same ${...} (and default) feeds both.
    password_as_written = variables["DATABASE_URL"].split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    assert password_as_written == postgres["POSTGRES_PASSWORD"]


@by_service
def test_migrate_creates_the_role_the_service_logs_in_as(service: Service) -> None:
    variable = f"{service.prefix}DATABASE_URL"
    migrate_url = environment("migrate").get(variable)
    default_database = PlatformSettings.model_fields["omc_database_name"].default
    database = environment("migrate").get("OMC_DATABASE_NAME", default_database)

    assert migrate_url is not None, f"migrate does not set {variable}"
    assert migrate_url == environment(service.name)[variable]
    url = make_url(interpolate(migrate_url))
    assert url.host == "postgres"
    assert url.database == database
    assert url.username == f"omc_{service.target.schema}"
    assert url.password, "a role without a password cannot log in over TCP"


def test_every_migration_target_has_a_service() -> None:
    assert {service.target for service in SERVICES} == set(ALL_TARGETS)


def test_postgres_has_a_healthcheck_and_a_password() -> None:
    postgres = definition("postgres")

    assert str(postgres.get("image", "")).startswith("postgres:")
    assert postgres["environment"].get("POSTGRES_PASSWORD")
    test = postgres.get("healthcheck", {}).get("test")
    assert test, "postgres has no healthcheck"
    assert "pg_isready" in (test if isinstance(test, str) else " ".join(test))
