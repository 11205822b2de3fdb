"""VC-API `POST /credentials/issue`: an institution's own client has one of its completions issued at
once, with the worker's checks, exactly once (a platform of its own whose worker waits a minute
between rounds, so that the endpoint, not the worker, issues); or a credential it wrote, checked
against VC Data Model 2.0, signed by its organisation's key and never presented as an Ontario
Micro-Credential."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from ops.database import ServiceDatabase
from ops.local_servers import LocalPlatform
from services.credential_issuer.repositories.status_lists import bit_is_set
from services.credential_issuer.services.status_lists import decode_list
from shared.schemas.auth import Role
from shared.vc.contexts import CREDENTIALS_V2, OPEN_BADGES_V3
from shared.vc.data_integrity import verify
from shared.vc.omc_mark import claims_omc_mark
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

    response = await _issue(platform, client, {"options": {"completionId": completion_id}})
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
    again = await _issue(platform, client, {"completion_id": completion_id})  # the earlier body
    assert again.status_code == 200, again.text
    assert again.json()["verifiableCredential"] == document
    assert document["credentialStatus"]["statusPurpose"] == "suspension"
    assert claims_omc_mark(document), "a completion's credential is an OMC and shows the mark"


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
    again = await _issue(platform, sis.client, {"options": {"completionId": completion_id}})
    assert again.status_code == 422
    assert again.json()["errors"][0]["field"] == "body.options.completionId"
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


async def test_a_body_with_neither_or_both_is_422_naming_the_field(
    slow_worker: Platform, college: QaOffice
) -> None:
    sis = await Sis.of(slow_worker, college.institution_id)
    neither = await _issue(slow_worker, sis.client, {"options": {}})
    assert neither.status_code == 422, neither.text
    assert [error["field"] for error in neither.json()["errors"]] == ["body.credential"]
    both = await _issue(
        slow_worker,
        sis.client,
        {"credential": _credential(), "options": {"completionId": "5d3c1c8e-0000-4000-8000-000000000009"}},
    )
    assert both.status_code == 422, both.text
    assert [error["field"] for error in both.json()["errors"]] == ["body.credential"]
    unknown_option = await _issue(slow_worker, sis.client, {"credential": _credential(), "options": {"x": 1}})
    assert unknown_option.status_code == 422
    assert unknown_option.json()["errors"][0]["field"] == "body.options.x"


# --- caller-supplied credentials ------------------------------------------------------------------


def _credential(**changes: Any) -> dict[str, Any]:
    """An institution's own badge for a workshop outside its IQAP (no OMC)."""
    credential: dict[str, Any] = {
        "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Workshop: Safe Lifting",
        "credentialSubject": {
            "id": "did:example:learner-42",
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://college.example.ca/badges/safe-lifting",
                "type": ["Achievement"],
                "name": "Safe Lifting",
                "description": "A two-hour workshop.",
                "criteria": {"narrative": "Attend the workshop."},
            },
        },
    }
    credential.update(changes)
    return credential


def _achievement(**changes: Any) -> dict[str, Any]:
    credential = _credential()
    credential["credentialSubject"]["achievement"].update(changes)
    return credential


async def test_a_callers_credential_is_issued_by_its_organisation_with_a_suspension_entry(
    slow_worker: Platform, college: QaOffice
) -> None:
    platform = slow_worker
    client = await platform.new_client(college.institution_id, [Role.INSTITUTION])
    did = f"did:web:127.0.0.1%3A{platform.issuer.public_url.rsplit(':', 1)[1]}:organisations:"
    response = await _issue(platform, client, {"credential": _credential(), "options": {}})
    assert response.status_code == 201, response.text
    document = response.json()["verifiableCredential"]
    assert document["issuer"] == f"{did}{college.institution_id}", "filled in: the caller's organisation"
    assert document["id"].startswith("urn:uuid:")
    assert document["validFrom"].endswith("Z")
    assert document["name"] == "Workshop: Safe Lifting"
    status = document["credentialStatus"]
    assert status["statusPurpose"] == "suspension"
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusListCredential"].startswith(f"{platform.issuer.public_url}/v1/status-lists/")
    assert document["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    validate_open_badge(document)
    result = await verify(document, HttpDidResolver(platform))
    assert result.verified, result
    assert result.verified_controllers() == {document["issuer"]}
    assert claims_omc_mark(document) == []

    # Stored like every credential: its status changes, and the published list shows it.
    update = {"credentialId": document["id"], "credentialStatus": [{"status": "suspended"}]}
    changed = await platform.http.post(
        f"{platform.issuer.public_url}/credentials/status", json=update, headers=await platform.auth(client)
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["suspended"] is True
    listed = (await platform.http.get(status["statusListCredential"])).json()
    bits = decode_list(listed["credentialSubject"]["encodedList"])
    assert bit_is_set(bits, int(status["statusListIndex"]))


async def test_the_same_request_under_the_same_id_is_a_replay_and_another_is_409(
    slow_worker: Platform, college: QaOffice
) -> None:
    platform = slow_worker
    client = await platform.new_client(college.institution_id, [Role.SIS])
    issuer = {
        "id": f"did:web:127.0.0.1%3A{platform.issuer.public_url.rsplit(':', 1)[1]}:organisations:"
        f"{college.institution_id}",
        "type": ["Profile"],
        "name": "The College",
    }
    body = {"credential": _credential(id=f"urn:uuid:{uuid.uuid4()}", issuer=issuer)}
    first = await _issue(platform, client, body)
    assert first.status_code == 201, first.text
    assert first.json()["verifiableCredential"]["issuer"] == issuer
    replay = await _issue(platform, client, body)
    assert replay.status_code == 200, replay.text
    assert replay.json() == first.json()
    other = await _issue(platform, client, {"credential": {**body["credential"], "name": "Another"}})
    assert other.status_code == 409, other.text
    assert other.json()["type"] == "urn:omc:problem:credential-id-taken"
    # options.credentialId names a credential without an id (VC-API): the same rules.
    named = {
        "credential": _credential(),
        "options": {"credentialId": f"https://college.example.ca/c/{uuid.uuid4()}"},
    }
    assert (await _issue(platform, client, named)).status_code == 201
    assert (await _issue(platform, client, named)).status_code == 200
    update = {"credentialId": named["options"]["credentialId"], "credentialStatus": [{"status": "revoked"}]}
    institution = await platform.new_client(college.institution_id, [Role.INSTITUTION])
    revoked = await platform.http.post(
        f"{platform.issuer.public_url}/credentials/status",
        json=update,
        headers=await platform.auth(institution),
    )
    assert revoked.status_code == 200, revoked.text
    assert revoked.json()["revoked"] is True


@pytest.mark.parametrize(
    ("credential", "field"),
    [
        (_credential(**{"@context": [OPEN_BADGES_V3, CREDENTIALS_V2]}), "body.credential.@context"),
        (_credential(type=["OpenBadgeCredential"]), "body.credential.type"),
        (
            {k: v for k, v in _credential().items() if k != "credentialSubject"},
            "body.credential.credentialSubject",
        ),
        (_credential(validFrom="2026-12-07"), "body.credential.validFrom"),
        (_credential(validFrom="2026-12-07T10:00:00"), "body.credential.validFrom"),
        (_credential(validUntil="2026-02-30T00:00:00Z"), "body.credential.validUntil"),
        (
            _credential(validFrom="2026-12-07T00:00:00Z", validUntil="2026-12-06T00:00:00Z"),
            "body.credential.validUntil",
        ),
        (_credential(id="not a url"), "body.credential.id"),
        (_achievement(id="safe-lifting"), "body.credential.credentialSubject.achievement.id"),
        (_credential(issuer="did:web:elsewhere.example"), "body.credential.issuer"),
        (_credential(issuer={"id": "did:web:elsewhere.example", "name": "X"}), "body.credential.issuer"),
        (_credential(proof={"type": "DataIntegrityProof"}), "body.credential.proof"),
        (
            _credential(credentialStatus={"type": "BitstringStatusListEntry", "statusPurpose": "revocation"}),
            "body.credential.credentialStatus",
        ),
    ],
)
async def test_each_refusal_names_the_field(
    slow_worker: Platform, college: QaOffice, credential: dict[str, Any], field: str
) -> None:
    client = await slow_worker.new_client(college.institution_id, [Role.INSTITUTION])
    response = await _issue(slow_worker, client, {"credential": credential})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert field in {error["field"] for error in response.json()["errors"]}, response.json()


async def test_undefined_terms_and_unsupported_options_are_refused(
    slow_worker: Platform, college: QaOffice
) -> None:
    client = await slow_worker.new_client(college.institution_id, [Role.INSTITUTION])
    undefined = _credential()
    undefined["credentialSubject"]["favouriteColour"] = "blue"
    response = await _issue(slow_worker, client, {"credential": undefined})
    assert response.status_code == 422, response.text
    (error,) = response.json()["errors"]
    assert error["field"] == "body.credential"
    assert "favouriteColour" in error["message"]
    pointers = await _issue(
        slow_worker, client, {"credential": _credential(), "options": {"mandatoryPointers": ["/issuer"]}}
    )
    assert pointers.status_code == 422
    assert pointers.json()["errors"][0]["field"] == "body.options.mandatoryPointers"


@pytest.mark.parametrize(
    "credential",
    [
        _credential(name="Ontario Micro-Credential: Safe Lifting"),
        _achievement(name="Microcertification de l'Ontario : levage"),
        _achievement(tag=["safety", "OMC (Cert)"]),
        _achievement(tag=["OQF level 1"]),
        _achievement(achievementType="ext:OntarioMicroCredential"),
        _achievement(
            id="https://registry.omc.example.ca/v1/catalogue/micro-credentials/"
            "7f3c0000-0000-4000-8000-000000000001/versions/1"
        ),
    ],
    ids=["name", "french-mark", "qualification-tag", "oqf-tag", "achievement-type", "registered-omc"],
)
async def test_a_credential_claiming_the_omc_mark_is_refused(
    slow_worker: Platform, college: QaOffice, credential: dict[str, Any]
) -> None:
    client = await slow_worker.new_client(college.institution_id, [Role.INSTITUTION])
    response = await _issue(slow_worker, client, {"credential": credential})
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["type"] == "urn:omc:problem:omc-mark-protected"
    assert "completionId" in problem["detail"]
    assert problem["errors"]
    assert all(error["code"] == "omc-mark" for error in problem["errors"])


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
