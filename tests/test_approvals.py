"""IQAP approvals: a DOMCI in good standing, through its own QA office, approves its submitted
versions as OMCs; the ledger records `approval.recorded` and the registry's version becomes
`approved` through the outbox. Refusals append nothing."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest

from services.qa_api.services.approval_checks import content_errors, level_errors
from shared.clients.registry import RegistryClient
from shared.schemas.auth import OrganisationKind, Role
from shared.schemas.micro_credentials import MicroCredentialMetadata
from tests.support.iqap import QaOffice, approval_body, codes, problem
from tests.support.micro_credentials import ready_metadata
from tests.support.platform import ClientCredentials, Platform
from tests.support.quality import days_ago, new_institution


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    """A college made a DOMCI through the ledger (designated from five days ago)."""
    return await QaOffice.designated(platform)


async def test_an_approval_is_recorded_and_reaches_the_registry(
    platform: Platform, college: QaOffice
) -> None:
    micro_credential_id = await college.submitted(ready_metadata("dip"))
    response = await college.approve(approval_body(micro_credential_id, approved_on=days_ago(1).isoformat()))
    assert response.status_code == 201, response.text
    approval = response.json()
    assert (approval["institution_id"], approval["micro_credential_id"], approval["version"]) == (
        college.institution_id,
        micro_credential_id,
        1,
    )
    assert approval["approved_on"] == days_ago(1).isoformat()
    assert approval["approval_reference"] == f"qa ledger entry {approval['seq']}"
    checks = approval["checks"]
    assert (checks["qualification_type"], checks["oqf_level"]) == ("dip", 7)
    assert checks["eligible_qualification_types"] == ["app", "cert", "dip", "postdip"]
    assert (checks["learning_outcomes"], checks["assessment_methods"]) == (1, ["practical_demonstration"])
    assert (Decimal(checks["instructional_hours"]), checks["hours_outside_guideline"]) == (Decimal(30), False)
    assert checks["labour_market_need"].startswith("Regional welding employers")
    assert checks["designation_id"] == str(college.domci.designation_id)
    assert len(checks["metadata_sha256"]) == 64

    [entry] = await college.entries(micro_credential=micro_credential_id)
    assert (entry["seq"], entry["event_type"]) == (approval["seq"], "approval.recorded")
    assert entry["subjects"] == {
        "institution_id": college.institution_id,
        "agency_slug": None,
        "micro_credential_id": micro_credential_id,
        "micro_credential_version": 1,
    }
    assert entry["payload"]["approval_id"] == approval["id"]
    assert entry["payload"]["checks"] == checks
    assert entry["actor"]["client_id"] == college.domci.registrar.client_id

    version = await college.wait_for_status(micro_credential_id, "approved")
    assert version["approval_reference"] == approval["approval_reference"]
    assert version["approved_at"].startswith(days_ago(1).isoformat())

    base = platform.qa.public_url
    read = await platform.http.get(f"{base}/v1/approvals/{approval['id']}")
    assert (read.status_code, read.json()) == (200, approval)
    listed = await platform.http.get(
        f"{base}/v1/approvals",
        params={"institution": college.institution_id, "micro_credential": micro_credential_id},
    )
    assert listed.status_code == 200, listed.text
    assert listed.json() == {"items": [approval], "next_cursor": None}
    missing = await platform.http.get(f"{base}/v1/approvals/{uuid.uuid4()}")
    assert problem(missing, 404)["type"] == "urn:omc:problem:approval-not-found"


async def test_a_version_is_approved_once(college: QaOffice) -> None:
    micro_credential_id = await college.submitted(ready_metadata())
    first = await college.approve(approval_body(micro_credential_id))
    assert first.status_code == 201, first.text
    again = await college.approve(approval_body(micro_credential_id))
    assert problem(again, 409)["type"] in {
        "urn:omc:problem:already-approved",
        "urn:omc:problem:workflow-conflict",
    }
    assert len(await college.entries(micro_credential=micro_credential_id)) == 1


@pytest.mark.parametrize("actor", ["other_institution", "own_sis", "eqaa", "ministry", "partner", "admin"])
async def test_only_the_institutions_own_qa_office_approves(
    platform: Platform, college: QaOffice, actor: str
) -> None:
    micro_credential_id = await college.submitted(ready_metadata())
    response = await college.approve(
        approval_body(micro_credential_id), actor=await _outsider(platform, college, actor)
    )
    assert problem(response, 403)["type"] == "urn:omc:problem:forbidden"
    assert await college.entries(micro_credential=micro_credential_id) == []
    assert (await college.version_status(micro_credential_id))["status"] == "submitted"


async def test_an_approval_needs_a_token(platform: Platform, college: QaOffice) -> None:
    response = await platform.http.post(
        f"{platform.qa.public_url}/v1/institutions/{college.institution_id}/approvals",
        json=approval_body(str(uuid.uuid4())),
    )
    assert problem(response, 401)["type"] == "urn:omc:problem:unauthenticated"


async def test_an_institution_approves_only_its_own_micro_credentials(
    platform: Platform, college: QaOffice
) -> None:
    other = await QaOffice.designated(platform)
    foreign = await other.submitted(ready_metadata())
    response = await college.approve(approval_body(foreign))
    assert problem(response, 403)["detail"].endswith("the institution's own micro-credentials.")
    assert await other.entries(micro_credential=foreign) == []


async def test_an_institution_that_is_not_a_domci_cannot_approve(platform: Platform) -> None:
    organisation, registrar = await new_institution(platform)
    office = QaOffice(platform, organisation, registrar)
    micro_credential_id = await office.submitted(ready_metadata())
    response = await office.approve(approval_body(micro_credential_id))
    body = problem(response, 403)
    assert body["type"] == "urn:omc:problem:not-a-domci"
    assert f"no designation covered {date.today().isoformat()}" in body["detail"]
    assert await office.entries() == []


async def test_a_suspended_domci_cannot_approve_and_earlier_approvals_keep_their_dates(
    platform: Platform,
) -> None:
    office = await QaOffice.designated(platform)
    earlier = await office.submitted(ready_metadata())
    approved = await office.approve(approval_body(earlier, approved_on=days_ago(2).isoformat()))
    assert approved.status_code == 201, approved.text
    await office.wait_for_status(earlier, "approved")
    later = await office.submitted(ready_metadata())
    await office.suspend()
    before = len(await office.entries())

    # Not even backdated into the period of good standing: the institution is suspended today.
    response = await office.approve(approval_body(later, approved_on=days_ago(2).isoformat()))
    body = problem(response, 403)
    assert body["type"] == "urn:omc:problem:not-a-domci"
    assert f"designation suspended from {date.today().isoformat()}" in body["detail"]
    assert len(await office.entries()) == before
    assert (await office.version_status(later))["status"] == "submitted"

    kept = await platform.http.get(f"{platform.qa.public_url}/v1/approvals/{approved.json()['id']}")
    assert kept.json()["approved_on"] == days_ago(2).isoformat()
    assert (await office.version_status(earlier))["approved_at"].startswith(days_ago(2).isoformat())


@pytest.mark.parametrize(
    ("approved_on", "code"),
    [(days_ago(6), "outside_designation"), (days_ago(400), "outside_designation"), (None, "date_in_future")],
)
async def test_no_approval_outside_a_designation_period(
    college: QaOffice, approved_on: date | None, code: str
) -> None:
    micro_credential_id = await college.submitted(ready_metadata())
    day = approved_on or date.today() + timedelta(days=1)
    response = await college.approve(approval_body(micro_credential_id, approved_on=day.isoformat()))
    assert codes(response) == {"body.approved_on": code}
    assert await college.entries(micro_credential=micro_credential_id) == []


async def test_only_submitted_iqap_versions_are_approved(college: QaOffice) -> None:
    draft = await college.registrar.create(ready_metadata())
    response = await college.approve(approval_body(draft["id"]))
    assert "draft; only a submitted version" in problem(response, 409)["detail"]
    outside = await college.registrar.create(ready_metadata(), iqap=False)
    response = await college.approve(approval_body(outside["id"]))
    assert "outside the IQAP" in problem(response, 409)["detail"]
    assert codes(await college.approve(approval_body(draft["id"], version=2))) == {"body.version": "unknown"}
    unknown = await college.approve(approval_body(str(uuid.uuid4())))
    assert codes(unknown) == {"body.micro_credential_id": "unknown"}


async def test_the_statement_of_labour_market_need_and_the_reviewer_are_required(college: QaOffice) -> None:
    micro_credential_id = await college.submitted(ready_metadata())
    body = approval_body(micro_credential_id)
    del body["labour_market_need"]
    body["reviewer"] = "  "
    assert set(codes(await college.approve(body))) == {"body.labour_market_need", "body.reviewer"}
    assert await college.entries(micro_credential=micro_credential_id) == []


async def test_a_level_the_institution_is_no_longer_approved_for_is_refused(platform: Platform) -> None:
    office = await QaOffice.designated(platform, approved=["cert", "dip"])
    micro_credential_id = await office.submitted(ready_metadata("dip"))
    await platform.approve_types(office.institution_id, ["cert"])
    response = await office.approve(approval_body(micro_credential_id))
    assert codes(response) == {"metadata.qualification_type": "level_not_approved"}
    assert "approved: cert" in problem(response, 422)["errors"][0]["message"]
    assert await office.entries(micro_credential=micro_credential_id) == []


@pytest.mark.parametrize(
    ("provider_type", "level"), [("ontario_public_university", "dip"), ("ontario_public_college", "ma")]
)
async def test_a_level_outside_the_provider_types_eligibility_is_refused(
    platform: Platform, provider_type: str, level: str
) -> None:
    """The registry refuses to even save such a version, so the check is exercised directly, against
    the registry's real organisation and reference data."""
    organisation, _ = await new_institution(platform, provider_type)
    registry = RegistryClient(platform.http, platform.registry.public_url)
    institution = await registry.organisation(uuid.UUID(organisation["id"]))
    provider_types = await registry.provider_types()
    [error] = level_errors(institution, provider_types, _metadata(level))
    assert (error.field, error.code) == ("metadata.qualification_type", "not_eligible")
    eligible = next(
        kind for kind in provider_types if kind.code == provider_type
    ).eligible_qualification_types
    assert level_errors(institution, provider_types, _metadata(eligible[0])) == []


def test_outcomes_assessment_and_justified_hours_are_required() -> None:
    bare = MicroCredentialMetadata.model_validate({"title": {"en": "Bare"}, "qualification_type": "cert"})
    assert {(error.field, error.code) for error in content_errors(bare)} == {
        ("metadata.learning_outcomes", "required"),
        ("metadata.assessment", "required"),
        ("metadata.instructional_hours", "required"),
    }
    long = _metadata("cert", instructional_hours="120")
    assert [(error.field, error.code) for error in content_errors(long)] == [
        ("metadata.hours_rationale", "hours_not_justified")
    ]
    assert content_errors(_metadata("cert", instructional_hours="120", hours_rationale="Lab hours.")) == []


def _metadata(level: str, **fields: str) -> MicroCredentialMetadata:
    return MicroCredentialMetadata.model_validate(ready_metadata(level, **fields))


async def _outsider(platform: Platform, college: QaOffice, actor: str) -> ClientCredentials:
    if actor == "other_institution":
        return (await QaOffice.designated(platform)).client
    if actor == "own_sis":
        return await platform.new_client(college.institution_id, [Role.SIS])
    if actor == "partner":
        return await platform.new_actor(OrganisationKind.ALTERNATE_PROVIDER, [Role.PARTNER])
    return {"eqaa": college.domci.agency, "ministry": college.domci.ministry, "admin": platform.admin}[actor]
