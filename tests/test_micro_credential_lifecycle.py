"""Micro-credentials up to approval: the owner institution creates and edits drafts and submits them
for IQAP review; the level must be one the institution may award and is approved for; only the
quality ledger approves, only for a DOMCI in good standing, idempotently. A refused request changes
nothing."""

from __future__ import annotations

import secrets
import uuid
from datetime import date
from typing import Any

import pytest

from shared.schemas.auth import OrganisationKind, Role
from tests.support.micro_credentials import Registrar, field_paths, minimal_metadata, ready_metadata
from tests.support.platform import ClientCredentials, Platform


@pytest.fixture(scope="module")
async def college(platform: Platform) -> Registrar:
    """A college DOMCI approved for every type it may award."""
    _, registrar = await platform.new_domci("ontario_public_college")
    return Registrar(platform, registrar)


@pytest.fixture(scope="module")
async def outsiders(platform: Platform) -> dict[str, ClientCredentials]:
    return {
        "other_institution": (await platform.new_domci())[1],
        "admin": platform.admin,
        "ministry": await platform.new_actor(OrganisationKind.MINISTRY, [Role.MINISTRY]),
        "eqaa": await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA]),
        "partner": await platform.new_actor(OrganisationKind.ALTERNATE_PROVIDER, [Role.PARTNER]),
        "portal": await platform.new_actor(OrganisationKind.PORTAL, [Role.PORTAL]),
        "ledger": await platform.ledger(),
    }


async def test_the_owner_creates_a_micro_credential_with_a_first_draft(college: Registrar) -> None:
    response = await college.create_response(ready_metadata("dip"), course_code="WELD-101")
    assert response.status_code == 201, response.text
    created = response.json()
    assert (created["organisation_id"], created["course_code"], created["published_version"]) == (
        str(college.organisation_id),
        "WELD-101",
        None,
    )
    [draft] = created["versions"]
    assert (draft["version"], draft["status"], draft["iqap"]) == (1, "draft", True)
    assert draft["metadata"]["qualification_type"] == "dip"
    assert draft["derived"] == {"hours_outside_guideline": False, "teer_categories": [], "oqf_level": 7}
    assert draft["submitted_at"] is None
    assert await college.state(created["id"]) == created


@pytest.mark.parametrize("actor", ["other_institution", "own_sis", "admin", "ministry", "eqaa", "ledger"])
async def test_only_the_owner_registrar_creates(
    platform: Platform, college: Registrar, outsiders: dict[str, ClientCredentials], actor: str
) -> None:
    client = outsiders.get(actor) or await platform.new_client(college.organisation_id, [Role.SIS])
    code = f"ONCE-{secrets.token_hex(3)}"
    response = await college.create_response(ready_metadata(), course_code=code, actor=client)
    assert response.status_code == 403, response.text
    # Nothing was created: the owner can still use that course code.
    assert (await college.create_response(ready_metadata(), course_code=code)).status_code == 201


async def test_an_alternate_provider_cannot_own_a_micro_credential(platform: Platform) -> None:
    provider = await platform.new_organisation(OrganisationKind.ALTERNATE_PROVIDER)
    partner = await platform.new_client(provider["id"], [Role.PARTNER])
    response = await Registrar(platform, partner).create_response(minimal_metadata())
    assert response.status_code == 403
    _, registrar = await platform.new_domci()
    elsewhere = await Registrar(platform, registrar).create_response(
        minimal_metadata(), organisation_id=provider["id"]
    )
    assert elsewhere.status_code == 403


async def test_a_course_code_is_unique_within_the_institution(platform: Platform, college: Registrar) -> None:
    first = await college.create_response(minimal_metadata(), course_code="DUP-1")
    assert first.status_code == 201, first.text
    again = await college.create_response(ready_metadata(), course_code="DUP-1")
    assert again.status_code == 409
    assert again.json()["type"] == "urn:omc:problem:course-code-taken"
    _, other = await platform.new_domci()
    assert (
        await Registrar(platform, other).create_response(minimal_metadata(), course_code="DUP-1")
    ).status_code == 201


@pytest.mark.parametrize(
    ("provider_type", "approved", "level", "code"),
    [
        ("ontario_public_university", ["bac", "ma", "doc"], "dip", "not_eligible"),
        ("ontario_public_college", ["cert", "app", "dip", "postdip"], "ma", "not_eligible"),
        ("ontario_public_college", ["cert"], "dip", "level_not_approved"),
        ("ontario_public_university", ["bac"], "doc", "level_not_approved"),
        ("ontario_public_college", ["cert"], "diploma", "unknown_qualification_type"),
    ],
)
async def test_a_level_the_institution_may_not_award_is_refused(
    platform: Platform, provider_type: str, approved: list[str], level: str, code: str
) -> None:
    _, client = await platform.new_domci(provider_type, approved)
    registrar = Registrar(platform, client)
    response = await registrar.create_response(ready_metadata(level), course_code="LEVEL-1")
    assert field_paths(response) == {"body.metadata.qualification_type"}
    assert response.json()["errors"][0]["code"] == code
    assert (await registrar.create_response(minimal_metadata(), course_code="LEVEL-1")).status_code == 201


async def test_partners_must_be_registered_alternate_providers(
    platform: Platform, college: Registrar
) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    provider = await platform.new_organisation(OrganisationKind.ALTERNATE_PROVIDER)
    for organisation_id in (institution["id"], str(uuid.uuid4())):
        refused = await college.create_response(
            minimal_metadata(partners=[{"organisation_id": organisation_id, "role": "co_awarding"}])
        )
        assert field_paths(refused) == {"body.metadata.partners.0.organisation_id"}
    accepted = await college.create(
        minimal_metadata(partners=[{"organisation_id": provider["id"], "role": "co_awarding"}])
    )
    assert accepted["versions"][0]["metadata"]["partners"][0]["organisation_id"] == provider["id"]


@pytest.mark.parametrize(
    ("actor", "status"),
    [("admin", 200), ("ledger", 200), ("other_institution", 403), ("eqaa", 403), ("portal", 403)],
)
async def test_drafts_are_read_by_the_owner_admin_and_ledger_only(
    college: Registrar, outsiders: dict[str, ClientCredentials], actor: str, status: int
) -> None:
    created = await college.create(minimal_metadata())
    response = await college.get(created["id"], actor=outsiders[actor])
    assert response.status_code == status, response.text
    if status == 200:
        assert response.json() == created
    version = await college.platform.http.get(
        f"{college.base}/v1/micro-credentials/{created['id']}/versions/1",
        headers=await college.headers(outsiders[actor]),
    )
    assert version.status_code == status


async def test_reads_need_a_token_and_an_existing_micro_credential(college: Registrar) -> None:
    created = await college.create(minimal_metadata())
    anonymous = await college.platform.http.get(f"{college.base}/v1/micro-credentials/{created['id']}")
    assert anonymous.status_code == 401
    assert (await college.get(str(uuid.uuid4()))).status_code == 404
    missing_version = await college.platform.http.get(
        f"{college.base}/v1/micro-credentials/{created['id']}/versions/2", headers=await college.headers()
    )
    assert missing_version.status_code == 404


async def test_the_owner_replaces_the_draft(college: Registrar) -> None:
    created = await college.create(minimal_metadata())
    response = await college.save_draft(created["id"], ready_metadata("postdip", noc_codes=["21231"]))
    assert response.status_code == 200, response.text
    saved = response.json()
    assert (saved["version"], saved["status"]) == (1, "draft")
    assert saved["metadata"]["qualification_type"] == "postdip"
    assert saved["derived"] == {"hours_outside_guideline": False, "teer_categories": [1], "oqf_level": 9}
    assert saved["updated_at"] > created["versions"][0]["updated_at"]
    state = await college.state(created["id"])
    assert [version["version"] for version in state["versions"]] == [1], "replaced, not added"


@pytest.mark.parametrize("actor", ["other_institution", "eqaa", "ministry", "admin", "ledger"])
async def test_only_the_owner_edits_the_draft(
    college: Registrar, outsiders: dict[str, ClientCredentials], actor: str
) -> None:
    created = await college.create(minimal_metadata())
    before = await college.state(created["id"])
    response = await college.save_draft(created["id"], ready_metadata(), actor=outsiders[actor])
    assert response.status_code == 403
    assert await college.state(created["id"]) == before


async def test_a_refused_draft_names_its_fields_and_changes_nothing(college: Registrar) -> None:
    created = await college.create(minimal_metadata())
    before = await college.state(created["id"])
    not_eligible = await college.save_draft(created["id"], ready_metadata("bac"))
    assert field_paths(not_eligible) == {"body.qualification_type"}, "the body is the metadata itself"
    malformed = await college.save_draft(created["id"], ready_metadata(noc_codes=["2123"]))
    assert field_paths(malformed) == {"body.noc_codes.0"}
    not_a_partner = await college.save_draft(
        created["id"],
        ready_metadata(partners=[{"organisation_id": str(uuid.uuid4()), "role": "co_awarding"}]),
    )
    assert field_paths(not_a_partner) == {"body.partners.0.organisation_id"}
    assert await college.state(created["id"]) == before


async def test_submission_needs_level_hours_outcomes_and_assessment(college: Registrar) -> None:
    created = await college.create(minimal_metadata())
    before = await college.state(created["id"])
    response = await college.step(created["id"], "submission", 1)
    assert field_paths(response) == {
        "metadata.qualification_type",
        "metadata.instructional_hours",
        "metadata.learning_outcomes",
        "metadata.assessment",
    }
    assert {error["code"] for error in response.json()["errors"]} == {"required_for_review"}
    assert await college.state(created["id"]) == before


@pytest.mark.parametrize(
    ("hours", "rationale", "accepted"),
    [
        ("12", None, True),
        ("40", None, True),
        ("11.5", None, False),
        ("40.25", None, False),
        ("120", None, False),
        ("8", "A short safety refresher, assessed by demonstration.", True),
        ("120", "Aligned with a Certificate I, which starts above 40 h.", True),
    ],
)
async def test_hours_outside_the_guideline_need_a_rationale(
    college: Registrar, hours: str, rationale: str | None, accepted: bool
) -> None:
    extra: dict[str, Any] = {"instructional_hours": hours}
    if rationale:
        extra["hours_rationale"] = rationale
    created = await college.create(ready_metadata(**extra))
    assert created["versions"][0]["derived"]["hours_outside_guideline"] is not (12 <= float(hours) <= 40)
    response = await college.step(created["id"], "submission", 1)
    if accepted:
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "submitted"
        assert response.json()["submitted_at"] is not None
    else:
        assert field_paths(response) == {"metadata.hours_rationale"}
        assert (await college.state(created["id"]))["versions"][0]["status"] == "draft"


async def test_a_level_no_longer_approved_cannot_be_submitted_or_approved(platform: Platform) -> None:
    organisation, client = await platform.new_domci("ontario_public_college", ["cert", "dip"])
    registrar = Registrar(platform, client)
    first = await registrar.create(ready_metadata("dip"))
    second = await registrar.create(ready_metadata("dip"))
    assert (await registrar.step(second["id"], "submission", 1)).status_code == 200
    await platform.approve_types(organisation["id"], ["cert"])

    submission = await registrar.step(first["id"], "submission", 1)
    assert field_paths(submission) == {"metadata.qualification_type"}
    approval = await registrar.approve(second["id"], 1)
    assert field_paths(approval) == {"metadata.qualification_type"}
    assert (await registrar.state(first["id"]))["versions"][0]["status"] == "draft"
    assert (await registrar.state(second["id"]))["versions"][0]["status"] == "submitted"


async def test_submitted_versions_are_withdrawn_before_editing(college: Registrar) -> None:
    created = await college.create(ready_metadata())
    identifier = created["id"]
    assert (await college.step(identifier, "submission", 1)).status_code == 200
    submitted = await college.state(identifier)
    assert (await college.step(identifier, "submission", 1)).status_code == 409
    edit = await college.save_draft(identifier, ready_metadata("app"))
    assert edit.status_code == 409
    assert edit.json()["type"] == "urn:omc:problem:lifecycle-conflict"
    assert await college.state(identifier) == submitted

    withdrawn = await college.step(identifier, "withdrawal", 1)
    assert withdrawn.status_code == 200, withdrawn.text
    assert (withdrawn.json()["status"], withdrawn.json()["submitted_at"]) == ("draft", None)
    assert (await college.save_draft(identifier, ready_metadata("app"))).status_code == 200
    assert (await college.step(identifier, "withdrawal", 1)).status_code == 409, (
        "a draft has nothing to withdraw"
    )


async def test_a_listing_outside_the_iqap_is_never_submitted(college: Registrar) -> None:
    created = await college.create(ready_metadata(), iqap=False)
    assert created["versions"][0]["iqap"] is False
    response = await college.step(created["id"], "submission", 1)
    assert response.status_code == 409
    assert (await college.state(created["id"]))["versions"][0]["status"] == "draft"


@pytest.mark.parametrize("actor", ["admin", "ministry", "eqaa", "other_institution"])
async def test_only_the_ledger_approves(
    college: Registrar, outsiders: dict[str, ClientCredentials], actor: str
) -> None:
    created = await college.create(ready_metadata())
    assert (await college.step(created["id"], "submission", 1)).status_code == 200
    before = await college.state(created["id"])
    assert (await college.approve(created["id"], 1, actor=outsiders[actor])).status_code == 403
    assert (await college.approve(created["id"], 1, actor=college.client)).status_code == 403
    assert await college.state(created["id"]) == before


async def test_the_ledger_approves_a_submitted_version_once(college: Registrar) -> None:
    created = await college.create(ready_metadata())
    identifier = created["id"]
    assert (await college.approve(identifier, 1)).status_code == 409, "a draft is not under review"
    assert (await college.step(identifier, "submission", 1)).status_code == 200
    event_id = uuid.uuid4()
    approved = await college.approve(identifier, 1, approved_on=date(2026, 3, 2), event_id=event_id)
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert body["status"] == "approved"
    assert body["approved_at"].startswith("2026-03-02T00:00:00")
    assert body["approval_reference"].startswith("ledger entry")

    replay = await college.approve(identifier, 1, approved_on=date(2026, 3, 2), event_id=event_id)
    assert (replay.status_code, replay.json()) == (200, body)
    other = await college.create(ready_metadata())
    assert (await college.step(other["id"], "submission", 1)).status_code == 200
    reused = await college.approve(other["id"], 1, event_id=event_id)
    assert field_paths(reused) == {"body.event_id"}
    assert (await college.state(other["id"]))["versions"][0]["status"] == "submitted"
    assert (await college.approve(identifier, 1)).status_code == 409, "a new event for an approved version"
    assert (await college.approve(str(uuid.uuid4()), 1)).status_code == 404
    assert (await college.approve(identifier, 7)).status_code == 404


@pytest.mark.parametrize(
    ("status", "approved_on"),
    [
        ("designated", date(2019, 12, 31)),  # before the designation
        ("suspended", date(2026, 6, 1)),
        ("revoked", date(2026, 6, 1)),
        (None, date(2026, 6, 1)),  # never designated
    ],
)
async def test_approval_needs_a_domci_in_good_standing_on_that_day(
    platform: Platform, status: str | None, approved_on: date
) -> None:
    organisation = await platform.new_organisation(OrganisationKind.INSTITUTION)
    await platform.approve_types(organisation["id"], ["cert"])
    if status is not None:
        assert (await platform.designate(organisation["id"])).status_code == 201
    if status not in (None, "designated"):
        assert (
            await platform.designate(organisation["id"], status=status, effective_from=date(2026, 1, 1))
        ).status_code == 201
    registrar = Registrar(platform, await platform.new_client(organisation["id"], [Role.INSTITUTION]))
    created = await registrar.create(ready_metadata())
    assert (await registrar.step(created["id"], "submission", 1)).status_code == 200
    before = await registrar.state(created["id"])
    response = await registrar.approve(created["id"], 1, approved_on=approved_on)
    assert field_paths(response) == {"body.approved_on"}
    assert response.json()["errors"][0]["code"] == "not_in_good_standing"
    assert await registrar.state(created["id"]) == before


async def test_withdrawing_an_approval_returns_the_version_to_draft(college: Registrar) -> None:
    created = await college.create(ready_metadata())
    identifier = created["id"]
    assert (await college.step(identifier, "submission", 1)).status_code == 200
    assert (await college.approve(identifier, 1)).status_code == 200
    withdrawn = await college.step(identifier, "withdrawal", 1)
    assert withdrawn.status_code == 200, withdrawn.text
    body = withdrawn.json()
    assert (body["status"], body["approved_at"], body["approval_reference"]) == ("draft", None, None)
    assert (await college.step(identifier, "publication", 1)).status_code == 409


async def test_an_approval_cannot_be_dated_in_the_future(platform: Platform) -> None:
    _, registrar = await platform.new_domci()
    college = Registrar(platform, registrar)
    created = await college.create(ready_metadata("cert"))
    assert (await college.step(created["id"], "submission", 1)).status_code == 200
    response = await college.approve(created["id"], 1, approved_on=date(2099, 1, 1))
    assert field_paths(response) == {"body.approved_on"}
    assert (await college.state(created["id"]))["versions"][0]["status"] == "submitted"


async def test_replaying_an_approval_with_other_content_is_refused(platform: Platform) -> None:
    _, registrar = await platform.new_domci()
    college = Registrar(platform, registrar)
    created = await college.create(ready_metadata("cert"))
    assert (await college.step(created["id"], "submission", 1)).status_code == 200
    event = uuid.uuid4()
    assert (
        await college.approve(created["id"], 1, event_id=event, approved_on=date(2026, 6, 1))
    ).status_code == 200
    replay = await college.approve(created["id"], 1, event_id=event, approved_on=date(2026, 6, 2))
    assert field_paths(replay) == {"body.event_id"}


async def test_withdrawing_an_approval_stops_quality_assurance_counting(platform: Platform) -> None:
    _, registrar = await platform.new_domci()
    college = Registrar(platform, registrar)
    created = await college.create(ready_metadata("cert"))
    assert (await college.step(created["id"], "submission", 1)).status_code == 200
    assert (await college.approve(created["id"], 1)).status_code == 200
    assert (await college.step(created["id"], "withdrawal", 1)).status_code == 200
    report = await platform.http.get(
        f"{platform.registry.public_url}/v1/micro-credentials/{created['id']}/versions/1/conformance",
        headers=await college.headers(),
    )
    omc = next(result for result in report.json()["profiles"] if result["profile"] == "omc")
    assert "quality_assurance" in omc["missing"]
