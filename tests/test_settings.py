"""Settings: a bad or missing value stops start-up naming the variable; production refuses placeholders."""

from __future__ import annotations

import pytest

from services.credential_issuer.config import IssuerSettings
from services.qa_api.config import QaSettings
from services.registry_api.config import RegistrySettings
from shared.settings import ServiceSettings, load_settings

SETTINGS: list[tuple[type[ServiceSettings], str]] = [
    (RegistrySettings, "REGISTRY_"),
    (QaSettings, "QA_"),
    (IssuerSettings, "ISSUER_"),
]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.startswith(("REGISTRY_", "QA_", "ISSUER_")):
            monkeypatch.delenv(name)


@pytest.mark.parametrize(("settings_class", "prefix"), SETTINGS)
def test_a_missing_database_url_names_the_variable(
    settings_class: type[ServiceSettings], prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        load_settings(settings_class)
    assert exit_info.value.code == 2
    assert f"{prefix}DATABASE_URL" in capsys.readouterr().err


@pytest.mark.parametrize(("settings_class", "prefix"), SETTINGS)
def test_a_malformed_value_names_the_variable(
    settings_class: type[ServiceSettings],
    prefix: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(f"{prefix}DATABASE_URL", "postgresql://x@127.0.0.1/x")
    monkeypatch.setenv(f"{prefix}MAX_PAGE_SIZE", "lots")
    with pytest.raises(SystemExit):
        load_settings(settings_class)
    assert f"{prefix}MAX_PAGE_SIZE" in capsys.readouterr().err


@pytest.mark.parametrize(("settings_class", "prefix"), SETTINGS)
def test_settings_are_read_with_the_service_prefix(
    settings_class: type[ServiceSettings], prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(f"{prefix}DATABASE_URL", "postgresql://x@127.0.0.1/x")
    monkeypatch.setenv(f"{prefix}MAX_BODY_BYTES", "1234")
    assert load_settings(settings_class).max_body_bytes == 1234


def test_production_refuses_the_development_master_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REGISTRY_DATABASE_URL", "postgresql://x@127.0.0.1/x")
    monkeypatch.setenv("REGISTRY_ENVIRONMENT", "production")
    for name, url in PRODUCTION_ADDRESSES.items():
        monkeypatch.setenv(f"REGISTRY_{name}", url)
    with pytest.raises(SystemExit):
        load_settings(RegistrySettings)
    assert "REGISTRY_MASTER_KEY" in capsys.readouterr().err

    monkeypatch.setenv("REGISTRY_MASTER_KEY", "a-real-secret-of-decent-length-0123456789")
    assert load_settings(RegistrySettings).environment == "production"


PRODUCTION_ADDRESSES = {
    "PUBLIC_URL": "https://qa.omc.example",
    "REGISTRY_URL": "https://registry.omc.example",
    "QA_URL": "https://qa.omc.example",
    "ISSUER_URL": "https://issuer.omc.example",
}


def test_production_needs_every_address_said(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QA_DATABASE_URL", "postgresql://x@127.0.0.1/x")
    monkeypatch.setenv("QA_ENVIRONMENT", "production")
    monkeypatch.setenv("QA_PUBLIC_URL", PRODUCTION_ADDRESSES["PUBLIC_URL"])
    with pytest.raises(SystemExit):
        load_settings(QaSettings)
    assert "QA_REGISTRY_URL, QA_QA_URL, QA_ISSUER_URL" in capsys.readouterr().err
    for name, url in PRODUCTION_ADDRESSES.items():
        monkeypatch.setenv(f"QA_{name}", url)
    monkeypatch.setenv("QA_MASTER_KEY", "a-real-secret-of-decent-length-0123456789")
    with pytest.raises(SystemExit):
        load_settings(QaSettings)
    assert "QA_REGISTRY_CLIENT_ID" in capsys.readouterr().err, "production needs qa_api's registry client"
    monkeypatch.setenv("QA_REGISTRY_CLIENT_ID", "omc_ledger")
    monkeypatch.setenv("QA_REGISTRY_CLIENT_SECRET", "a-real-client-secret-0123456789")
    assert load_settings(QaSettings).registry_url == "https://registry.omc.example"


def test_the_registry_is_its_own_registry_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRY_DATABASE_URL", "postgresql://x@127.0.0.1/x")
    monkeypatch.setenv("REGISTRY_PUBLIC_URL", "https://registry.omc.example")
    monkeypatch.setenv("REGISTRY_REGISTRY_URL", "https://elsewhere.example")
    assert load_settings(RegistrySettings).registry_url == "https://registry.omc.example"


def test_every_setting_is_documented() -> None:
    for settings_class, _ in SETTINGS:
        fields = settings_class.model_fields  # inherited fields included
        for name, field in fields.items():
            assert field.description, f"{settings_class.__name__}.{name} has no description"


def test_the_default_page_may_not_exceed_the_maximum(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QA_DATABASE_URL", "postgresql://x@127.0.0.1/x")
    monkeypatch.setenv("QA_DEFAULT_PAGE_SIZE", "500")
    with pytest.raises(SystemExit):
        load_settings(QaSettings)


def test_the_issuer_in_production_needs_an_smtp_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ISSUER_DATABASE_URL", "postgresql://x@127.0.0.1/x")
    monkeypatch.setenv("ISSUER_ENVIRONMENT", "production")
    for name, url in PRODUCTION_ADDRESSES.items():
        monkeypatch.setenv(f"ISSUER_{name}", url)
    monkeypatch.setenv("ISSUER_MASTER_KEY", "a-real-secret-of-decent-length-0123456789")
    with pytest.raises(SystemExit):
        load_settings(IssuerSettings)
    assert "ISSUER_SMTP_HOST" in capsys.readouterr().err
    monkeypatch.setenv("ISSUER_SMTP_HOST", "smtp.omc.example")
    monkeypatch.setenv("ISSUER_SMTP_STARTTLS", "true")
    settings = load_settings(IssuerSettings)
    assert settings.smtp_starttls
    assert settings.secure_cookies


def test_signing_follows_the_cores_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setenv("ISSUER_DATABASE_URL", "postgresql://x@127.0.0.1/x")
    cores = len(os.sched_getaffinity(0))
    defaults = load_settings(IssuerSettings)
    assert defaults.signing_processes() == cores
    assert defaults.rounds_at_once() == max(2, 2 * cores)
    monkeypatch.setenv("ISSUER_ISSUANCE_SIGNING_PROCESSES", "0")
    monkeypatch.setenv("ISSUER_ISSUANCE_ROUNDS_AT_ONCE", "3")
    chosen = load_settings(IssuerSettings)
    assert (chosen.signing_processes(), chosen.rounds_at_once()) == (0, 3)
