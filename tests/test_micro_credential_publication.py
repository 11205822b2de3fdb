"""Micro-credentials after approval: publication (after approval for IQAP versions, directly for
listings outside the IQAP), new versions superseding old ones, suspension, reinstatement,
retirement, and OMC+ credit transfers. A refused request changes nothing."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from shared.schemas.auth import OrganisationKind, Role
from tests.support.micro_credentials import Registrar, field_paths, ready_metadata
from tests.support.platform import ClientCredentials, Platform


@pytest.fixture(scope="module")
async def college(platform: Platform) -> Registrar:
    _, registrar = await platform.new_domci("ontario_public_college")
    return Registrar(platform, registrar)


@pytest.fixture(scope="module")
async def other_institution(platform: Platform) -> ClientCredentials:
    return (await platform.new_domci("ontario_public_university"))[1]


async def _version(registrar: Registrar, identifier: str, number: int) -> dict[str, Any]:
    response = await registrar.platform.http.get(
        f"{registrar.base}/v1/micro-credentials/{identifier}/versions/{number}",
        headers=await registrar.headers(),
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_an_iqap_version_is_published_only_once_approved(college: Registrar) -> None:
    created = await college.create(ready_metadata())
    identifier = created["id"]
    assert (await college.step(identifier, "publication", 1)).status_code == 409, "draft"
    assert (await college.step(identifier, "submission", 1)).status_code == 200
    refused = await college.step(identifier, "publication", 1)
    assert refused.status_code == 409, "submitted"
    assert refused.json()["type"] == "urn:omc:problem:lifecycle-conflict"
    assert (await college.state(identifier))["published_version"] is None
    assert (await college.approve(identifier, 1)).status_code == 200

    published = await college.step(identifier, "publication", 1)
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"
    assert published.json()["published_at"] is not None
    assert (await college.state(identifier))["published_version"] == 1
    assert (await college.step(identifier, "publication", 1)).status_code == 409, "already published"


async def test_a_listing_outside_the_iqap_is_published_from_draft(college: Registrar) -> None:
    created = await college.create(ready_metadata(), iqap=False)
    response = await college.step(created["id"], "publication", 1)
    assert response.status_code == 200, response.text
    assert (response.json()["status"], response.json()["iqap"]) == ("published", False)
    assert response.json()["approved_at"] is None


@pytest.mark.parametrize("actor", ["other_institution", "own_sis", "admin", "ledger"])
async def test_only_the_owner_publishes(
    platform: Platform, college: Registrar, other_institution: ClientCredentials, actor: str
) -> None:
    clients = {
        "other_institution": other_institution,
        "admin": platform.admin,
        "ledger": await platform.ledger(),
    }
    client = clients.get(actor) or await platform.new_client(college.organisation_id, [Role.SIS])
    created = await college.create(ready_metadata())
    assert (await college.step(created["id"], "submission", 1)).status_code == 200
    assert (await college.approve(created["id"], 1)).status_code == 200
    before = await college.state(created["id"])
    assert (await college.step(created["id"], "publication", 1, actor=client)).status_code == 403
    for step in ("suspension", "reinstatement", "retirement"):
        assert (await college.step(created["id"], step, actor=client)).status_code == 403, step
    assert (await college.step(created["id"], "withdrawal", 1, actor=client)).status_code == 403
    assert await college.state(created["id"]) == before


async def test_an_edit_of_a_published_version_makes_the_next_one(college: Registrar) -> None:
    first = ready_metadata(title={"en": "Welding safety, first edition"})
    published = await college.published(first)
    identifier = published["id"]
    original = await _version(college, identifier, 1)

    second = ready_metadata("dip", title={"en": "Welding safety, second edition"})
    draft = await college.save_draft(identifier, second)
    assert draft.status_code == 200, draft.text
    assert (draft.json()["version"], draft.json()["status"], draft.json()["iqap"]) == (2, "draft", True)
    assert await _version(college, identifier, 1) == original, "a published version never changes"
    assert (await college.state(identifier))["published_version"] == 1

    assert (await college.step(identifier, "submission", 2)).status_code == 200
    assert (await college.approve(identifier, 2)).status_code == 200
    assert await _version(college, identifier, 1) == original, "still published until v2 is"
    assert (await college.step(identifier, "publication", 2)).status_code == 200

    state = await college.state(identifier)
    assert state["published_version"] == 2
    assert [(v["version"], v["status"]) for v in state["versions"]] == [(1, "superseded"), (2, "published")]
    old = await _version(college, identifier, 1)
    assert old["metadata"] == original["metadata"], "the superseded version stays readable"
    assert old["metadata"]["title"]["en"] == "Welding safety, first edition"
    assert (old["approval_reference"], old["published_at"]) == (
        original["approval_reference"],
        original["published_at"],
    )
    assert (await college.step(identifier, "publication", 1)).status_code == 409


async def test_a_second_edit_replaces_the_pending_draft(college: Registrar) -> None:
    published = await college.published(ready_metadata())
    identifier = published["id"]
    assert (await college.save_draft(identifier, ready_metadata("app"))).status_code == 200
    again = await college.save_draft(identifier, ready_metadata("postdip"))
    assert again.json()["version"] == 2
    state = await college.state(identifier)
    assert [(v["version"], v["status"]) for v in state["versions"]] == [(1, "published"), (2, "draft")]
    assert state["versions"][1]["metadata"]["qualification_type"] == "postdip"


async def test_a_listing_outside_the_iqap_supersedes_without_review(college: Registrar) -> None:
    created = await college.create(ready_metadata(), iqap=False)
    identifier = created["id"]
    assert (await college.step(identifier, "publication", 1)).status_code == 200
    draft = await college.save_draft(identifier, ready_metadata(instructional_hours="20"))
    assert (draft.json()["version"], draft.json()["iqap"]) == (2, False)
    assert (await college.step(identifier, "publication", 2)).status_code == 200
    state = await college.state(identifier)
    assert [(v["version"], v["status"]) for v in state["versions"]] == [(1, "superseded"), (2, "published")]


async def test_suspend_reinstate_and_retire(college: Registrar) -> None:
    published = await college.published(ready_metadata())
    identifier = published["id"]

    suspended = await college.step(identifier, "suspension")
    assert (suspended.status_code, suspended.json()["status"]) == (200, "suspended")
    assert (await college.state(identifier))["published_version"] == 1
    assert (await college.step(identifier, "suspension")).status_code == 409

    reinstated = await college.step(identifier, "reinstatement")
    assert (reinstated.status_code, reinstated.json()["status"]) == (200, "published")
    assert (await college.step(identifier, "reinstatement")).status_code == 409

    assert (await college.step(identifier, "suspension")).status_code == 200
    retired = await college.step(identifier, "retirement")
    assert (retired.status_code, retired.json()["status"]) == (200, "retired")
    state = await college.state(identifier)
    assert state["published_version"] is None
    assert state["versions"][0]["metadata"] == published["versions"][0]["metadata"], "still readable"
    for step in ("suspension", "reinstatement", "retirement"):
        refused = await college.step(identifier, step)
        assert refused.status_code == 409, step
    assert await college.state(identifier) == state


async def test_an_unpublished_micro_credential_cannot_be_suspended_or_retired(college: Registrar) -> None:
    created = await college.create(ready_metadata())
    before = await college.state(created["id"])
    for step in ("suspension", "reinstatement", "retirement"):
        assert (await college.step(created["id"], step)).status_code == 409, step
    assert await college.state(created["id"]) == before
    assert (await college.step(str(uuid.uuid4()), "suspension")).status_code == 404


async def test_a_new_version_supersedes_a_suspended_one(college: Registrar) -> None:
    published = await college.published(ready_metadata())
    identifier = published["id"]
    assert (await college.step(identifier, "suspension")).status_code == 200
    assert (await college.save_draft(identifier, ready_metadata("dip"))).status_code == 200
    assert (await college.step(identifier, "submission", 2)).status_code == 200
    assert (await college.approve(identifier, 2)).status_code == 200
    assert (await college.step(identifier, "publication", 2)).status_code == 200
    state = await college.state(identifier)
    assert [(v["version"], v["status"]) for v in state["versions"]] == [(1, "superseded"), (2, "published")]


def _transfer(**fields: Any) -> dict[str, Any]:
    return {
        "program": "Bachelor of Technology (Welding Engineering)",
        "credits": "3",
        "basis": "agreement",
        "valid_from": "2026-09-01",
        **fields,
    }


async def _add_transfer(
    registrar: Registrar, identifier: str, body: dict[str, Any], actor: ClientCredentials | None = None
) -> Any:
    return await registrar.platform.http.post(
        f"{registrar.base}/v1/micro-credentials/{identifier}/credit-transfers",
        json=body,
        headers=await registrar.headers(actor),
    )


async def test_the_owner_and_the_receiving_institution_record_credit_transfers(
    platform: Platform, college: Registrar, other_institution: ClientCredentials
) -> None:
    published = await college.published(ready_metadata())
    identifier = published["id"]
    receiving = str(other_institution.organisation_id)

    by_owner = await _add_transfer(college, identifier, _transfer(receiving_institution_id=receiving))
    assert by_owner.status_code == 201, by_owner.text
    body = by_owner.json()
    assert (body["micro_credential_id"], body["receiving_institution_id"], body["basis"]) == (
        identifier,
        receiving,
        "agreement",
    )
    assert body["credits"] in ("3", "3.00")

    by_receiver = await _add_transfer(
        college,
        identifier,
        _transfer(receiving_institution_id=receiving, basis="precedent", credits="1.5"),
        actor=other_institution,
    )
    assert by_receiver.status_code == 201, by_receiver.text
    assert by_receiver.json()["id"] != body["id"]

    by_name = await _add_transfer(
        college,
        identifier,
        _transfer(receiving_institution_name="University of Manitoba", valid_until="2030-08-31"),
    )
    assert by_name.status_code == 201, by_name.text
    assert by_name.json()["receiving_institution_id"] is None


async def test_a_third_party_cannot_record_credit_for_others(
    platform: Platform, college: Registrar, other_institution: ClientCredentials
) -> None:
    published = await college.published(ready_metadata())
    _, third = await platform.new_domci()
    eqaa = await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA])
    sis = await platform.new_client(college.organisation_id, [Role.SIS])
    body = _transfer(receiving_institution_id=str(other_institution.organisation_id))
    for actor in (third, eqaa, sis, platform.admin):
        response = await _add_transfer(college, published["id"], body, actor=actor)
        assert response.status_code == 403, response.text
    assert (await _add_transfer(college, str(uuid.uuid4()), body)).status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (_transfer(), "body"),
        (_transfer(receiving_institution_name="X", valid_until="2026-08-31"), "body"),
        (_transfer(receiving_institution_name="X", credits="0"), "body.credits"),
        (_transfer(receiving_institution_name="X", basis="hope"), "body.basis"),
        (_transfer(receiving_institution_name="X", stacks_into="BA"), "body.stacks_into"),
    ],
)
async def test_a_malformed_credit_transfer_is_refused(
    college: Registrar, body: dict[str, Any], field: str
) -> None:
    created = await college.create(ready_metadata())
    assert field_paths(await _add_transfer(college, created["id"], body)) == {field}


async def test_credit_is_received_only_by_a_registered_institution(
    platform: Platform, college: Registrar
) -> None:
    created = await college.create(ready_metadata())
    provider = await platform.new_organisation(OrganisationKind.ALTERNATE_PROVIDER)
    for receiving in (provider["id"], str(uuid.uuid4())):
        response = await _add_transfer(college, created["id"], _transfer(receiving_institution_id=receiving))
        assert field_paths(response) == {"body.receiving_institution_id"}
