"""VC-API `POST /credentials/issue`: an institution's own client has one of its completions issued at
once, with the worker's checks, exactly once (a platform of its own whose worker waits a minute
between rounds, so that the endpoint, not the worker, issues)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from ops.database import ServiceDatabase
from ops.local_servers import LocalPlatform
from shared.schemas.auth import Role
from shared.vc.data_integrity import verify
from shared.vc.schemas import validate_open_badge
from tests.support.database import drop_databases, fresh_database
from tests.support.dedicated import dedicated_platform
from tests.support.iqap import QaOffice
from tests.support.issuer import HttpDidResolver, Sis, ready_omc, record
from tests.support.platform import ClientCredentials, Platform
from tests.support.quality import days_ago


@pytest.fixture(scope="module")
def issue_databases(admin_url: str, database_name: str) -> Iterator[list[ServiceDatabase]]:
    name = f"{database_name}_vc_issue"
    yield fresh_database(admin_url, name)
    drop_databases(admin_url, prefix=name)


@pytest.fixture(scope="module")
async def slow_running(
    issue_databases: list[ServiceDatabase],
) -> AsyncIterator[tuple[LocalPlatform, Platform]]:
    async with dedicated_platform(
        issue_databases, label="vc-api issue tests", issuance_interval_seconds=60
    ) as running:
        yield running


@pytest.fixture(scope="module")
def slow_worker(slow_running: tuple[LocalPlatform, Platform]) -> Platform:
    return slow_running[1]


@pytest.fixture(scope="module")
async def college(slow_worker: Platform) -> QaOffice:
    return await QaOffice.designated(slow_worker)


async def _pending(sis: Sis, completion: dict[str, Any]) -> tuple[str, str]:
    """(batch id, completion id) of the completion, sent by the SIS and left pending."""
    response = await sis.send([completion])
    assert response.status_code == 202, response.text
    return response.json()["id"], response.json()["records"][0]["completion_id"]


async def _issue(platform: Platform, client: ClientCredentials, body: dict[str, Any]) -> httpx.Response:
    headers = await platform.auth(client, audience=platform.issuer.public_url)
    return await platform.http.post(
        f"{platform.issuer.public_url}/credentials/issue", json=body, headers=headers
    )


@pytest.mark.parametrize("role", [Role.SIS, Role.INSTITUTION])
async def test_the_institutions_own_client_has_a_completion_issued_once(
    slow_worker: Platform, college: QaOffice, role: Role
) -> None:
    platform = slow_worker
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    batch_id, completion_id = await _pending(sis, record(micro_credential_id))
    client = await platform.new_client(college.institution_id, [role])

    response = await _issue(platform, client, {"completion_id": completion_id, "options": {}})
    assert response.status_code == 201, response.text
    document = response.json()["verifiableCredential"]
    validate_open_badge(document)
    result = await verify(document, HttpDidResolver(platform))
    assert result.verified, result
    assert document["issuer"]["id"].endswith(f":organisations:{college.institution_id}")
    assert document["credentialStatus"]["statusListCredential"].startswith(
        f"{platform.issuer.public_url}/v1/status-lists/"
    )

    job = (await sis.batch(batch_id)).json()
    assert job["completions"][0]["state"] == "issued", job
    assert document["id"] == f"urn:uuid:{job['completions'][0]['credential_id']}"
    again = await _issue(platform, client, {"completion_id": completion_id})
    assert again.status_code == 200, again.text
    assert again.json()["verifiableCredential"] == document


async def test_a_completion_the_ledger_does_not_confirm_is_rejected_with_422(
    slow_worker: Platform, college: QaOffice
) -> None:
    platform = slow_worker
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    _, completion_id = await _pending(sis, record(micro_credential_id, completed_on=days_ago(2).isoformat()))

    response = await _issue(platform, sis.client, {"completion_id": completion_id})
    assert response.status_code == 422, response.text
    errors = response.json()["errors"]
    assert [error["field"] for error in errors] == ["body.completion_id"]
    assert "approv" in errors[0]["message"].lower()
    again = await _issue(platform, sis.client, {"completion_id": completion_id})
    assert again.status_code == 422
    assert "rejected" in again.json()["errors"][0]["message"]


async def test_another_institution_gets_403(slow_worker: Platform, college: QaOffice) -> None:
    platform = slow_worker
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    _, completion_id = await _pending(sis, record(micro_credential_id))
    other = await QaOffice.designated(platform)
    stranger = await platform.new_client(other.institution_id, [Role.INSTITUTION])

    response = await _issue(platform, stranger, {"completion_id": completion_id})
    assert response.status_code == 403, response.text
    unknown = await _issue(platform, stranger, {"completion_id": "5d3c1c8e-0000-4000-8000-000000000009"})
    assert unknown.status_code == 403, unknown.text
    platform_admin = await _issue(platform, platform.admin, {"completion_id": completion_id})
    assert platform_admin.status_code == 403, platform_admin.text


async def test_a_body_without_a_completion_id_is_422_naming_the_field(
    slow_worker: Platform, college: QaOffice
) -> None:
    sis = await Sis.of(slow_worker, college.institution_id)
    response = await _issue(slow_worker, sis.client, {"credential": {"type": ["VerifiableCredential"]}})
    assert response.status_code == 422, response.text
    fields = {error["field"] for error in response.json()["errors"]}
    assert "body.completion_id" in fields
    assert "body.credential" in fields


async def test_while_the_ledger_is_unreachable_it_is_503_and_the_completion_stays_pending(
    slow_running: tuple[LocalPlatform, Platform], college: QaOffice
) -> None:
    running, platform = slow_running
    micro_credential_id = await ready_omc(college)
    sis = await Sis.of(platform, college.institution_id)
    batch_id, completion_id = await _pending(sis, record(micro_credential_id))
    running.server("qa_api").stop()
    try:
        response = await _issue(platform, sis.client, {"completion_id": completion_id})
        assert response.status_code == 503, response.text
        assert (await sis.batch(batch_id)).json()["completions"][0]["state"] == "pending"
    finally:
        running.restart("qa_api")
    response = await _issue(platform, sis.client, {"completion_id": completion_id})
    assert response.status_code == 201, response.text
