"""`omc run` keeps its platform clients (qa_api's `ledger` client, the local admin client for
`make demo`) in the data directory and reuses them while they are valid, instead of making another
on every run; a client that no longer works is replaced and the stale one revoked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ops.admin import kept_platform_client
from ops.cli import LEDGER_CLIENT_FILE, ledger_client_environment
from ops.database import ServiceDatabase
from shared.schemas.auth import Role
from tests.support.platform import Platform


def registry_url(service_databases: list[ServiceDatabase]) -> str:
    return next(database.url for database in service_databases if database.target.schema == "registry")


async def operator_clients(platform: Platform) -> dict[str, dict[str, object]]:
    """The platform operator's clients by id, as the admin lists them over HTTP."""
    organisations = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations", params={"kind": "platform"}
    )
    operator = next(item for item in organisations.json()["items"] if item["slug"] == "omc-platform")
    listed = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations/{operator['id']}/clients",
        headers=await platform.auth(platform.admin),
    )
    assert listed.status_code == 200, listed.text
    return {client["client_id"]: client for client in listed.json()}


async def test_omc_run_reuses_its_ledger_client(
    service_databases: list[ServiceDatabase],
    platform: Platform,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("QA_REGISTRY_CLIENT_ID", raising=False)
    first = await ledger_client_environment(service_databases, tmp_path)
    second = await ledger_client_environment(service_databases, tmp_path)
    assert first == second
    kept = tmp_path / LEDGER_CLIENT_FILE
    assert kept.stat().st_mode & 0o777 == 0o600
    assert json.loads(kept.read_text())["client_id"] == first["QA_REGISTRY_CLIENT_ID"]
    clients = await operator_clients(platform)
    assert clients[first["QA_REGISTRY_CLIENT_ID"]]["roles"] == ["ledger"]
    assert clients[first["QA_REGISTRY_CLIENT_ID"]]["revoked_at"] is None
    token = await platform.http.post(
        f"{platform.registry.public_url}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(first["QA_REGISTRY_CLIENT_ID"], first["QA_REGISTRY_CLIENT_SECRET"]),
    )
    assert token.status_code == 200, token.text


async def test_a_kept_client_that_no_longer_works_is_replaced_and_revoked(
    service_databases: list[ServiceDatabase], platform: Platform, tmp_path: Path
) -> None:
    path = tmp_path / "admin-client.json"
    url = registry_url(service_databases)
    client_id, secret, reused = await kept_platform_client(url, path, name="local operator", role=Role.ADMIN)
    assert reused is False
    assert await kept_platform_client(url, path, name="local operator", role=Role.ADMIN) == (
        client_id,
        secret,
        True,
    )

    # A file whose secret is wrong (edited, or from another database): a new client, the old revoked.
    path.write_text(json.dumps({"client_id": client_id, "client_secret": "not-the-secret"}))
    renewed_id, renewed_secret, reused = await kept_platform_client(
        url, path, name="local operator", role=Role.ADMIN
    )
    assert reused is False
    assert renewed_id != client_id
    clients = await operator_clients(platform)
    assert clients[client_id]["revoked_at"] is not None
    assert clients[renewed_id]["revoked_at"] is None

    # Revoked by an admin: replaced on the next run.
    revoked = await platform.http.delete(
        f"{platform.registry.public_url}/v1/organisations/{clients[renewed_id]['organisation_id']}/clients/{renewed_id}",
        headers=await platform.auth(platform.admin),
    )
    assert revoked.status_code in (200, 204), revoked.text
    third_id, _, reused = await kept_platform_client(url, path, name="local operator", role=Role.ADMIN)
    assert reused is False
    assert third_id not in (client_id, renewed_id)
    assert json.loads(path.read_text())["client_id"] == third_id
    assert renewed_secret
