"""Partnership reviews: a DOMCI's QA office records its IQAP's review of an alternate provider's
program and the partnership (`partnership.reviewed`); an approved review, valid on the approval date,
is what lets a version name that partner when the DOMCI approves it as an OMC."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest

from shared.schemas.auth import OrganisationKind, Role
from tests.support.iqap import QaOffice, approval_body, codes, new_partner, partnership_body, problem
from tests.support.micro_credentials import ready_metadata
from tests.support.platform import ClientCredentials, Platform
from tests.support.quality import days_ago, new_institution


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


def _partnered(partner_id: str, role: str = "co_awarding") -> dict[str, Any]:
    return ready_metadata(partners=[{"organisation_id": partner_id, "role": role}])


async def test_a_partnership_review_is_recorded_and_public(platform: Platform, college: QaOffice) -> None:
    partner = await new_partner(platform)
    body = partnership_body(
        partner["id"],
        mode="delivery_by_partner",
        reviewed_on=days_ago(1).isoformat(),
        valid_until=(date.today() + timedelta(days=365)).isoformat(),
        findings={"summary": "Sound program.", "reviewer": "QA committee", "conditions": ["Annual report"]},
    )
    response = await college.review_partnership(body)
    assert response.status_code == 201, response.text
    review = response.json()
    assert {key: review[key] for key in body} == body
    assert (review["institution_id"], review["findings"]["reviewer"]) == (
        college.institution_id,
        "QA committee",
    )

    reviewed = await college.entries(event_type="partnership.reviewed")
    entry = next(item for item in reviewed if item["seq"] == review["seq"])
    assert (entry["seq"], entry["subjects"]["institution_id"]) == (review["seq"], college.institution_id)
    assert entry["payload"]["partnership_id"] == review["id"]
    assert entry["payload"]["partner_id"] == partner["id"]

    base = platform.qa.public_url
    read = await platform.http.get(f"{base}/v1/partnerships/{review['id']}")
    assert (read.status_code, read.json()) == (200, review)
    by_partner = await platform.http.get(f"{base}/v1/partnerships", params={"partner": partner["id"]})
    assert by_partner.json() == {"items": [review], "next_cursor": None}
    missing = await platform.http.get(f"{base}/v1/partnerships/{uuid.uuid4()}")
    assert problem(missing, 404)["type"] == "urn:omc:problem:partnership-not-found"


async def test_partnership_reviews_page_in_ledger_order(platform: Platform, college: QaOffice) -> None:
    partner = await new_partner(platform)
    made = []
    for outcome in ("approved", "not_approved", "approved"):
        response = await college.review_partnership(partnership_body(partner["id"], outcome=outcome))
        assert response.status_code == 201, response.text
        made.append(response.json())
    url = f"{platform.qa.public_url}/v1/partnerships"
    first = (await platform.http.get(url, params={"partner": partner["id"], "limit": 2})).json()
    assert first["items"] == made[:2]
    rest = await platform.http.get(
        url, params={"partner": partner["id"], "limit": 2, "after": first["next_cursor"]}
    )
    assert rest.json() == {"items": made[2:], "next_cursor": None}
    mine = await platform.http.get(
        url, params={"institution": college.institution_id, "partner": partner["id"]}
    )
    assert [item["id"] for item in mine.json()["items"]] == [item["id"] for item in made]


async def test_the_partner_must_be_a_registered_alternate_provider(
    platform: Platform, college: QaOffice
) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION)
    before = len(await college.entries())
    for partner_id in (institution["id"], str(uuid.uuid4()), college.institution_id):
        response = await college.review_partnership(partnership_body(partner_id))
        assert codes(response) == {"body.partner_id": "not_an_alternate_provider"}
    assert len(await college.entries()) == before


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"reviewed_on": (date.today() + timedelta(days=1)).isoformat()},
            {"body.reviewed_on": "date_in_future"},
        ),
        ({"reviewed_on": days_ago(30).isoformat()}, {"body.reviewed_on": "outside_designation"}),
        ({"mode": "co_awarding"}, {"body.mode": "enum"}),
        ({"outcome": "maybe"}, {"body.outcome": "enum"}),
        ({"valid_until": days_ago(3).isoformat()}, {"body": "value_error"}),
        ({"findings": {}}, {"body.findings.summary": "missing"}),
    ],
)
async def test_a_review_with_bad_dates_or_values_is_refused(
    platform: Platform, college: QaOffice, fields: dict[str, Any], expected: dict[str, str]
) -> None:
    partner = await new_partner(platform)
    response = await college.review_partnership(partnership_body(partner["id"], **fields))
    assert codes(response) == expected
    listed = await platform.http.get(
        f"{platform.qa.public_url}/v1/partnerships", params={"partner": partner["id"]}
    )
    assert listed.json()["items"] == []


@pytest.mark.parametrize("actor", ["other_institution", "partner", "eqaa", "ministry", "own_sis"])
async def test_only_the_institutions_own_qa_office_reviews(
    platform: Platform, college: QaOffice, actor: str
) -> None:
    partner = await new_partner(platform)
    clients: dict[str, ClientCredentials] = {
        "eqaa": college.domci.agency,
        "ministry": college.domci.ministry,
    }
    if actor == "other_institution":
        clients[actor] = (await QaOffice.designated(platform)).client
    elif actor == "partner":
        clients[actor] = await platform.new_client(partner["id"], [Role.PARTNER])
    elif actor == "own_sis":
        clients[actor] = await platform.new_client(college.institution_id, [Role.SIS])
    response = await college.review_partnership(partnership_body(partner["id"]), actor=clients[actor])
    assert problem(response, 403)["type"] == "urn:omc:problem:forbidden"
    listed = await platform.http.get(
        f"{platform.qa.public_url}/v1/partnerships", params={"partner": partner["id"]}
    )
    assert listed.json()["items"] == []


async def test_an_institution_that_is_not_a_domci_cannot_review(platform: Platform) -> None:
    organisation, registrar = await new_institution(platform)
    office = QaOffice(platform, organisation, registrar)
    response = await office.review_partnership(partnership_body((await new_partner(platform))["id"]))
    assert problem(response, 403)["type"] == "urn:omc:problem:not-a-domci"
    assert await office.entries() == []


async def test_a_co_awarding_partner_needs_an_approved_partnership(
    platform: Platform, college: QaOffice
) -> None:
    partner = await new_partner(platform)
    micro_credential_id = await college.submitted(_partnered(partner["id"]))
    field = "metadata.partners.0.organisation_id"
    assert codes(await college.approve(approval_body(micro_credential_id))) == {
        field: "partnership_not_reviewed"
    }

    refused = await college.review_partnership(partnership_body(partner["id"], outcome="not_approved"))
    assert refused.status_code == 201, refused.text
    assert codes(await college.approve(approval_body(micro_credential_id))) == {
        field: "partnership_not_reviewed"
    }
    assert await college.entries(micro_credential=micro_credential_id) == []

    approved = await college.review_partnership(
        partnership_body(partner["id"], reviewed_on=days_ago(1).isoformat())
    )
    assert approved.status_code == 201, approved.text
    # The later refusal (today) still decides today; the approval (yesterday) decided yesterday.
    assert codes(await college.approve(approval_body(micro_credential_id))) == {
        field: "partnership_not_reviewed"
    }
    response = await college.approve(approval_body(micro_credential_id, approved_on=days_ago(1).isoformat()))
    assert response.status_code == 201, response.text
    assert response.json()["checks"]["partnerships"] == [
        {
            "partner_id": partner["id"],
            "role": "co_awarding",
            "partnership_id": approved.json()["id"],
            "partnership_seq": approved.json()["seq"],
        }
    ]
    await college.wait_for_status(micro_credential_id, "approved")


async def test_a_partnership_must_be_valid_on_the_approval_date(
    platform: Platform, college: QaOffice
) -> None:
    partner = await new_partner(platform)
    expired = partnership_body(
        partner["id"], reviewed_on=days_ago(4).isoformat(), valid_until=days_ago(2).isoformat()
    )
    assert (await college.review_partnership(expired)).status_code == 201
    micro_credential_id = await college.submitted(_partnered(partner["id"]))
    field = "metadata.partners.0.organisation_id"
    assert codes(await college.approve(approval_body(micro_credential_id))) == {
        field: "partnership_not_reviewed"
    }
    before_review = approval_body(micro_credential_id, approved_on=days_ago(5).isoformat())
    assert codes(await college.approve(before_review)) == {field: "partnership_not_reviewed"}
    within = await college.approve(approval_body(micro_credential_id, approved_on=days_ago(2).isoformat()))
    assert within.status_code == 201, within.text


@pytest.mark.parametrize(
    ("role", "mode", "accepted"),
    [
        ("joint_delivery", "delivery_by_partner", False),
        ("joint_delivery", "joint_delivery", True),
        ("delivery_by_partner", "joint_delivery", False),
        ("delivery_by_partner", "delivery_by_partner", True),
        ("co_awarding", "delivery_by_partner", True),
    ],
)
async def test_the_partnership_mode_must_cover_the_partners_role(
    platform: Platform, college: QaOffice, role: str, mode: str, accepted: bool
) -> None:
    partner = await new_partner(platform)
    assert (await college.review_partnership(partnership_body(partner["id"], mode=mode))).status_code == 201
    micro_credential_id = await college.submitted(_partnered(partner["id"], role))
    response = await college.approve(approval_body(micro_credential_id))
    if accepted:
        assert response.status_code == 201, response.text
    else:
        assert codes(response) == {"metadata.partners.0.organisation_id": "partnership_not_reviewed"}


async def test_another_institutions_partnership_does_not_count(platform: Platform, college: QaOffice) -> None:
    partner = await new_partner(platform)
    other = await QaOffice.designated(platform)
    assert (await other.review_partnership(partnership_body(partner["id"]))).status_code == 201
    micro_credential_id = await college.submitted(_partnered(partner["id"]))
    response = await college.approve(approval_body(micro_credential_id))
    assert codes(response) == {"metadata.partners.0.organisation_id": "partnership_not_reviewed"}
