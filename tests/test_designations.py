"""DOMCI designation: only the quality ledger records decisions (idempotently, by event id); the
history and the standing on any day are public."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import httpx
import pytest

from shared.schemas.auth import OrganisationKind, Role
from tests.support.micro_credentials import field_paths
from tests.support.platform import ClientCredentials, Platform


async def _history(platform: Platform, organisation_id: str) -> list[dict[str, Any]]:
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations/{organisation_id}/designations"
    )
    assert response.status_code == 200, response.text
    body: list[dict[str, Any]] = response.json()
    return body


async def _standing(platform: Platform, organisation_id: str, on: date | None = None) -> dict[str, Any]:
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations/{organisation_id}/standing",
        params={"on": on.isoformat()} if on else {},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize(
    "actor", ["admin", "ministry", "eqaa", "own_institution", "other_institution", "partner", "none"]
)
async def test_only_the_ledger_records_designations(platform: Platform, actor: str) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    clients: dict[str, ClientCredentials | None] = {
        "admin": platform.admin,
        "ministry": await platform.new_actor(OrganisationKind.MINISTRY, [Role.MINISTRY]),
        "eqaa": await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA]),
        "own_institution": await platform.new_client(institution["id"], [Role.INSTITUTION]),
        "other_institution": await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION]),
        "partner": await platform.new_actor(OrganisationKind.ALTERNATE_PROVIDER, [Role.PARTNER]),
    }
    chosen = clients.get(actor)
    if chosen is None:
        response = await platform.http.post(
            f"{platform.registry.public_url}/internal/v1/designation-events",
            json={
                "event_id": str(uuid.uuid4()),
                "organisation_id": institution["id"],
                "status": "designated",
                "effective_from": "2020-01-01",
                "decision_reference": "forged",
            },
        )
        assert response.status_code == 401
    else:
        response = await platform.designate(institution["id"], actor=chosen)
        assert response.status_code == 403, response.text
        assert response.headers["content-type"] == "application/problem+json"
    assert await _history(platform, institution["id"]) == []
    assert (await _standing(platform, institution["id"], date(2024, 1, 1)))["in_good_standing"] is False


async def test_the_ledger_records_a_designation_and_anyone_reads_it(platform: Platform) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    event_id = uuid.uuid4()
    response = await platform.designate(institution["id"], event_id=event_id, effective_from=date(2021, 9, 1))
    assert response.status_code == 201, response.text
    record = response.json()
    assert record["event_id"] == str(event_id)
    assert (record["status"], record["effective_from"], record["effective_until"]) == (
        "designated",
        "2021-09-01",
        None,
    )
    assert record["decision_reference"].startswith("MCU decision")
    assert await _history(platform, institution["id"]) == [record]


async def test_a_replayed_event_is_applied_once(platform: Platform) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    ledger = await platform.ledger()
    body = {
        "event_id": str(uuid.uuid4()),
        "organisation_id": institution["id"],
        "status": "designated",
        "effective_from": "2020-01-01",
        "decision_reference": "MCU-2020-17",
    }
    url = f"{platform.registry.public_url}/internal/v1/designation-events"
    first = await platform.http.post(url, json=body, headers=await platform.auth(ledger))
    again = await platform.http.post(url, json=body, headers=await platform.auth(ledger))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json(), "the original record, recorded_at included"
    assert await _history(platform, institution["id"]) == [first.json()]


@pytest.mark.parametrize(
    "change",
    [{"status": "revoked"}, {"effective_from": "2021-01-01"}, {"organisation_id": "other institution"}],
)
async def test_an_event_id_reused_for_another_decision_is_refused(
    platform: Platform, change: dict[str, str]
) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    other = await platform.new_organisation(OrganisationKind.INSTITUTION)
    event_id = uuid.uuid4()
    first = await platform.designate(institution["id"], event_id=event_id)
    assert first.status_code == 201, first.text
    if change.get("organisation_id"):
        change = {"organisation_id": other["id"]}
    body = {
        "event_id": str(event_id),
        "organisation_id": institution["id"],
        "status": "designated",
        "effective_from": "2020-01-01",
        "decision_reference": first.json()["decision_reference"],
        **change,
    }
    response = await platform.http.post(
        f"{platform.registry.public_url}/internal/v1/designation-events",
        json=body,
        headers=await platform.auth(await platform.ledger()),
    )
    assert field_paths(response) == {"body.event_id"}
    assert await _history(platform, institution["id"]) == [first.json()]
    assert await _history(platform, other["id"]) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"status": "promoted"}, "body.status"),
        ({"effective_until": "2020-01-01"}, "body"),
        ({"decision_reference": ""}, "body.decision_reference"),
        ({"granted_by": "me"}, "body.granted_by"),
        ({"event_id": "not-a-uuid"}, "body.event_id"),
    ],
)
async def test_a_malformed_event_is_refused(platform: Platform, change: dict[str, str], field: str) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    body = {
        "event_id": str(uuid.uuid4()),
        "organisation_id": institution["id"],
        "status": "designated",
        "effective_from": "2020-01-01",
        "decision_reference": "MCU-1",
        **change,
    }
    response = await platform.http.post(
        f"{platform.registry.public_url}/internal/v1/designation-events",
        json=body,
        headers=await platform.auth(await platform.ledger()),
    )
    assert field_paths(response) == {field}
    assert await _history(platform, institution["id"]) == []


async def test_only_institutions_can_be_designated(platform: Platform) -> None:
    provider = await platform.new_organisation(OrganisationKind.ALTERNATE_PROVIDER)
    response = await platform.designate(provider["id"])
    assert field_paths(response) == {"body.organisation_id"}
    assert await _history(platform, provider["id"]) == []
    unknown = await platform.designate(uuid.uuid4())
    assert unknown.status_code == 404
    for path in ("designations", "standing"):
        missing = await platform.http.get(
            f"{platform.registry.public_url}/v1/organisations/{uuid.uuid4()}/{path}"
        )
        assert missing.status_code == 404, path


async def _record(
    platform: Platform, organisation_id: str, status: str, start: date, end: date | None
) -> None:
    response = await platform.designate(
        organisation_id, status=status, effective_from=start, effective_until=end
    )
    assert response.status_code == 201, response.text


STANDING = [
    (date(2019, 12, 31), None),
    (date(2020, 1, 1), "designated"),
    (date(2021, 12, 31), "designated"),
    (date(2022, 1, 1), "suspended"),
    (date(2022, 6, 30), "suspended"),
    (date(2022, 7, 1), "designated"),  # effective_until is the first day no longer covered
    (date(2023, 12, 31), "designated"),
    (date(2024, 1, 1), "revoked"),
    (date(2024, 12, 31), "revoked"),
    (date(2025, 1, 1), "designated"),
    (date(2031, 12, 31), "designated"),
]


async def test_standing_on_a_day_follows_the_history(platform: Platform) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    identifier = institution["id"]
    # Recorded out of order: the ledger may apply decisions late.
    await _record(platform, identifier, "revoked", date(2024, 1, 1), None)
    await _record(platform, identifier, "designated", date(2020, 1, 1), None)
    await _record(platform, identifier, "suspended", date(2022, 1, 1), date(2022, 7, 1))
    await _record(platform, identifier, "designated", date(2025, 1, 1), None)

    history = await _history(platform, identifier)
    assert [item["effective_from"] for item in history] == [
        "2020-01-01",
        "2022-01-01",
        "2024-01-01",
        "2025-01-01",
    ]
    for day, status in STANDING:
        standing = await _standing(platform, identifier, day)
        assert standing["on"] == day.isoformat()
        assert standing["in_good_standing"] is (status == "designated"), day
        in_force = standing["designation"]
        assert (in_force["status"] if in_force else None) == status, day


async def test_a_designation_for_a_term_ends_with_the_term(platform: Platform) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    await _record(platform, institution["id"], "designated", date(2020, 1, 1), date(2027, 1, 1))
    assert (await _standing(platform, institution["id"], date(2026, 12, 31)))["in_good_standing"] is True
    ended = await _standing(platform, institution["id"], date(2027, 1, 1))
    assert (ended["in_good_standing"], ended["designation"]) == (False, None)


async def test_standing_defaults_to_today(platform: Platform) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    assert (await _standing(platform, institution["id"]))["in_good_standing"] is False
    await _record(platform, institution["id"], "designated", date(2020, 1, 1), None)
    standing = await _standing(platform, institution["id"])
    assert standing["on"] == date.today().isoformat()
    assert standing["in_good_standing"] is True


async def test_a_malformed_day_is_refused(platform: Platform) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    response: httpx.Response = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations/{institution['id']}/standing", params={"on": "soon"}
    )
    assert field_paths(response) == {"query.on"}
