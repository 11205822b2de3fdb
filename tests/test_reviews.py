"""EQAP reviews through qa_api's HTTP API: the workflow, who may record each step, the submission's
and the decision's rules, and exactly one ledger entry per accepted step (none per rejected one)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import asyncpg

from ops.database import ServiceDatabase
from shared.dates import add_months
from shared.db.urls import to_asyncpg_dsn
from shared.schemas.auth import OrganisationKind, Role
from tests.conftest import database_for
from tests.support.micro_credentials import field_paths
from tests.support.platform import Platform
from tests.support.quality import (
    QualityDesk,
    add_years,
    agency_client,
    days_ago,
    desk_review_body,
    document,
    endorsement_body,
    includes,
    new_institution,
    open_body,
    panel_member,
    panel_report_body,
    problem_type,
    submission,
)


async def opened(platform: Platform, provider_type: str = "ontario_public_college") -> tuple[Any, ...]:
    """A new institution with an open case; returns (organisation, registrar, agency, review)."""
    organisation, registrar = await new_institution(platform, provider_type)
    agency = await agency_client(platform, organisation["eqaa_slug"])
    response = await QualityDesk(platform).open(open_body(organisation["id"]), registrar)
    assert response.status_code == 201, response.text
    return organisation, registrar, agency, response.json()


async def at_panel_report(platform: Platform) -> tuple[Any, ...]:
    organisation, registrar, agency, review = await opened(platform)
    desk = QualityDesk(platform)
    for response in (
        await desk.desk_review(review["id"], agency),
        await desk.panel_report(review["id"], agency),
    ):
        assert response.status_code == 200, response.text
    return organisation, registrar, agency, review


async def test_the_workflow_records_each_step_once_with_its_subjects(platform: Platform) -> None:
    desk = QualityDesk(platform)
    organisation, registrar = await new_institution(platform)
    agency = await agency_client(platform, "ocqas")
    body = open_body(organisation["id"], submitted_on=days_ago(100))
    steps = [
        ("review.opened", "", body, 201, "submitted"),
        ("review.desk_review_recorded", "/desk-review", desk_review_body(), 200, "desk_review"),
        ("review.panel_report_recorded", "/panel-report", panel_report_body(), 200, "panel_report"),
        ("review.decided", "/decision", endorsement_body(years=6), 201, None),
    ]
    review_id = ""
    for event_type, path, request, expected, status in steps:
        before = await desk.ledger_size()
        actor = registrar if event_type == "review.opened" else agency
        url = f"{platform.qa.public_url}/v1/reviews" + (f"/{review_id}{path}" if path else "")
        response = await platform.http.post(url, json=request, headers=await platform.auth(actor))
        assert response.status_code == expected, response.text
        if status is not None:
            assert response.json()["status"] == status
        review_id = review_id or response.json()["id"]
        assert await desk.ledger_size() == before + 1, "exactly one entry per step"
        entry = (await desk.get(f"/v1/ledger/entries/{before + 1}")).json()
        assert entry["event_type"] == event_type
        assert entry["subjects"]["institution_id"] == organisation["id"]
        assert entry["subjects"]["agency_slug"] == "ocqas"
        assert includes(entry["payload"]["request"], request), "the validated request"
        assert entry["payload"]["review_id"] == review_id

    decision = response.json()
    term_end = date.fromisoformat(decision["term_end"])
    assert decision["outcome"] == "endorsed"
    assert decision["status"] == "in_force"
    assert term_end == add_years(days_ago(20), 6)
    assert decision["renewal_due"] == add_months(term_end, -6).isoformat(), "six months before the end"

    case = (await desk.get(f"/v1/reviews/{review_id}")).json()
    assert case["status"] == "decided"
    assert case["agency_slug"] == "ocqas"
    assert [item["id"] for item in case["decisions"]] == [decision["id"]]
    assert case["submission"]["benchmarks"]["g"] == body["submission"]["benchmarks"]["g"], (
        "evidence is public"
    )
    assert case["panel_report"]["findings"]["a"]["finding"] == "met"
    by_institution = (await desk.get("/v1/reviews", institution=organisation["id"])).json()["items"]
    assert [item["id"] for item in by_institution] == [review_id]
    by_agency = (await desk.get("/v1/reviews", agency="ocqas", limit=100)).json()
    assert all(item["agency_slug"] == "ocqas" for item in by_agency["items"])
    assert (await desk.get(f"/v1/decisions/{decision['id']}")).json() == decision
    decisions = (await desk.get("/v1/decisions", institution=organisation["id"])).json()["items"]
    assert decisions == [decision]
    assert (await desk.get("/v1/ledger/verification")).json()["valid"] is True


async def test_only_the_assigned_eqaa_records_steps(platform: Platform) -> None:
    desk = QualityDesk(platform)
    _, registrar, oucqa, review = await opened(platform, "ontario_public_university")
    assert review["agency_slug"] == "oucqa", "from the registry's reference data"
    ocqas = await agency_client(platform, "ocqas")
    unrecognised = await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA])
    admin = platform.admin
    before = await desk.ledger_size()
    for actor, expected, kind in (
        (ocqas, 403, "not-assigned-agency"),
        (unrecognised, 403, "not-assigned-agency"),
        (registrar, 403, "forbidden"),
        (admin, 403, "forbidden"),
    ):
        response = await desk.desk_review(review["id"], actor)
        assert response.status_code == expected, response.text
        assert problem_type(response) == kind
    assert (await desk.desk_review(review["id"], None)).status_code == 401
    assert await desk.ledger_size() == before, "a refused step appends nothing"
    assert (await desk.desk_review(review["id"], oucqa)).status_code == 200
    for actor in (ocqas, registrar):
        assert (await desk.panel_report(review["id"], actor)).status_code == 403
    assert (await desk.panel_report(review["id"], oucqa)).status_code == 200
    assert (await desk.decide(review["id"], ocqas)).status_code == 403
    assert (await desk.get(f"/v1/reviews/{review['id']}")).json()["status"] == "panel_report"


async def test_an_institution_opens_a_case_for_itself_only(
    platform: Platform, service_databases: list[ServiceDatabase]
) -> None:
    desk = QualityDesk(platform)
    organisation, registrar = await new_institution(platform)
    other, _ = await new_institution(platform)
    agency = await agency_client(platform, "ocqas")
    partner = await platform.new_actor(OrganisationKind.ALTERNATE_PROVIDER, [Role.PARTNER])
    before = await desk.ledger_size()
    assert (await desk.open(open_body(other["id"]), registrar)).status_code == 403
    assert (await desk.open(open_body(organisation["id"]), agency)).status_code == 403
    assert (await desk.open(open_body(organisation["id"]), platform.admin)).status_code == 403
    assert (await desk.open(open_body(str(partner.organisation_id)), partner)).status_code == 403
    assert (await desk.open(open_body(organisation["id"]), None)).status_code == 401

    # An institution whose provider type has no EQAA (as private career colleges today) cannot
    # have its IQAP reviewed. The registry's API never makes one, so its row is changed directly.
    registry = database_for(service_databases, "registry")
    connection = await asyncpg.connect(to_asyncpg_dsn(registry.url))
    try:
        await connection.execute(
            "update registry.organisations set provider_type = 'private_career_college' where id = $1",
            organisation["id"],
        )
    finally:
        await connection.close()
    unassigned = await desk.open(open_body(organisation["id"]), registrar)
    assert field_paths(unassigned) == {"body.institution_id"}
    assert unassigned.json()["errors"][0]["code"] == "no_assigned_eqaa"
    assert await desk.ledger_size() == before, "nothing refused was recorded"


async def test_the_submission_addresses_benchmarks_a_to_g_with_hashed_documents(platform: Platform) -> None:
    desk = QualityDesk(platform)
    organisation, registrar = await new_institution(platform)
    before = await desk.ledger_size()
    for letter in "abcdefg":
        body = open_body(organisation["id"])
        del body["submission"]["benchmarks"][letter]
        assert field_paths(await desk.open(body, registrar)) == {f"body.submission.benchmarks.{letter}"}
    body = open_body(organisation["id"])
    body["submission"]["benchmarks"]["h"] = body["submission"]["benchmarks"]["a"]
    assert field_paths(await desk.open(body, registrar)) == {"body.submission.benchmarks.h"}
    body = open_body(organisation["id"])
    del body["submission"]["standard"]
    assert field_paths(await desk.open(body, registrar)) == {"body.submission.standard"}
    for bad in ("A" * 64, "a" * 63, "g" * 64, ""):
        body = open_body(organisation["id"])
        body["submission"]["benchmarks"]["c"]["documents"] = [document(sha256=bad)]
        assert field_paths(await desk.open(body, registrar)) == {
            "body.submission.benchmarks.c.documents.0.sha256"
        }
    body = open_body(organisation["id"], submitted_on=date.today() + timedelta(days=1))
    assert field_paths(await desk.open(body, registrar)) == {"body.submitted_on"}
    body = open_body(organisation["id"], cycle="annual")
    assert field_paths(await desk.open(body, registrar)) == {"body.cycle"}
    assert await desk.ledger_size() == before
    good = submission(c={"explanation": "Assessed by rubric.", "documents": [document("Rubric")]})
    response = await desk.open({**open_body(organisation["id"]), "submission": good}, registrar)
    assert response.status_code == 201, response.text
    assert (
        response.json()["submission"]["benchmarks"]["c"]["documents"][0]["sha256"]
        == document("Rubric")["sha256"]
    )


async def test_panel_members_declare_conflicts_and_unmet_benchmarks_carry_recommendations(
    platform: Platform,
) -> None:
    desk = QualityDesk(platform)
    _, _, agency, review = await opened(platform)
    assert (await desk.desk_review(review["id"], agency)).status_code == 200
    before = await desk.ledger_size()
    undeclared = panel_report_body()
    del undeclared["members"][1]["conflict_of_interest"]
    assert field_paths(await desk.panel_report(review["id"], agency, undeclared)) == {
        "body.members.1.conflict_of_interest"
    }
    vague = panel_report_body()
    vague["members"][1]["conflict_of_interest"] = {"status": "declared"}
    assert field_paths(await desk.panel_report(review["id"], agency, vague)) == {
        "body.members.1.conflict_of_interest"
    }
    no_panel = {**panel_report_body(), "members": []}
    assert field_paths(await desk.panel_report(review["id"], agency, no_panel)) == {"body.members"}
    silent = panel_report_body(c={"finding": "partially_met", "recommendations": []})
    assert field_paths(await desk.panel_report(review["id"], agency, silent)) == {"body.findings.c"}
    early = panel_report_body(reported_on=days_ago(61))
    assert field_paths(await desk.panel_report(review["id"], agency, early)) == {"body.reported_on"}
    assert await desk.ledger_size() == before

    declared = panel_report_body(c={"finding": "not_met", "recommendations": ["Map outcomes to OQF levels."]})
    declared["members"].append(
        panel_member("Dr. C. Former", "member", "Taught at the institution until 2019.")
    )
    response = await desk.panel_report(review["id"], agency, declared)
    assert response.status_code == 200, response.text
    members = response.json()["panel_report"]["members"]
    assert members[2]["conflict_of_interest"]["status"] == "declared"


async def test_an_endorsement_lasts_five_to_seven_years_from_on_or_after_the_decision(
    platform: Platform,
) -> None:
    desk = QualityDesk(platform)
    _, _, agency, review = await at_panel_report(platform)
    decided = days_ago(20)
    before = await desk.ledger_size()
    for years, extra_days in ((4, 0), (5, -1), (7, 1), (8, 0)):
        body = endorsement_body(decided)
        body["term_end"] = (add_years(decided, years) + timedelta(days=extra_days)).isoformat()
        assert field_paths(await desk.decide(review["id"], agency, body)) == {"body.term_end"}
    retroactive = endorsement_body(decided, term_start=decided - timedelta(days=1))
    assert field_paths(await desk.decide(review["id"], agency, retroactive)) == {"body.term_start"}
    no_term = {"outcome": "endorsed", "decided_on": decided.isoformat()}
    assert field_paths(await desk.decide(review["id"], agency, no_term)) == {
        "body.term_start",
        "body.term_end",
    }
    deferred_with_term = {**endorsement_body(decided), "outcome": "deferred"}
    assert field_paths(await desk.decide(review["id"], agency, deferred_with_term)) == {
        "body.term_start",
        "body.term_end",
    }
    conditions_missing = endorsement_body(decided, outcome="endorsed_with_conditions")
    assert field_paths(await desk.decide(review["id"], agency, conditions_missing)) == {"body.conditions"}
    assert await desk.ledger_size() == before

    response = await desk.decide(review["id"], agency, endorsement_body(decided, years=7))
    assert response.status_code == 201, response.text
    assert response.json()["term_end"] == add_years(decided, 7).isoformat()


async def test_a_decision_is_not_dated_before_the_submission_nor_in_the_future(platform: Platform) -> None:
    desk = QualityDesk(platform)
    _, _, agency, review = await at_panel_report(platform)
    before = await desk.ledger_size()
    for decided_on in (days_ago(91), days_ago(31), date.today() + timedelta(days=1)):
        body = endorsement_body(decided_on)
        assert field_paths(await desk.decide(review["id"], agency, body)) == {"body.decided_on"}, decided_on
    assert await desk.ledger_size() == before
    assert (await desk.decide(review["id"], agency, endorsement_body(days_ago(30)))).status_code == 201


async def test_steps_out_of_order_are_refused_and_append_nothing(platform: Platform) -> None:
    desk = QualityDesk(platform)
    organisation, registrar, agency, review = await opened(platform)
    review_id = review["id"]
    before = await desk.ledger_size()
    for response in (
        await desk.panel_report(review_id, agency),
        await desk.decide(review_id, agency),
        await desk.open(open_body(organisation["id"], cycle="focused"), registrar),
    ):
        assert response.status_code == 409, response.text
        assert problem_type(response) == "workflow-conflict"
    assert await desk.ledger_size() == before
    assert (await desk.desk_review(review_id, agency)).status_code == 200
    assert (await desk.desk_review(review_id, agency)).status_code == 409, "each step once"
    assert (await desk.panel_report(review_id, agency)).status_code == 200
    assert (await desk.decide(review_id, agency, endorsement_body(outcome="deferred"))).status_code == 201
    for response in (
        await desk.desk_review(review_id, agency),
        await desk.panel_report(review_id, agency),
        await desk.decide(review_id, agency),
    ):
        assert response.status_code == 409, response.text
    assert (await desk.get(f"/v1/reviews/{review_id}")).json()["decisions"][0]["outcome"] == "deferred"
    follow_up = await desk.open(
        open_body(organisation["id"], cycle="follow-up", submitted_on=days_ago(1)), registrar
    )
    assert follow_up.status_code == 201, "a decided case lets the next one open"
    missing = "00000000-0000-4000-8000-000000000000"
    assert (await desk.desk_review(missing, agency)).status_code == 404
    assert (await desk.get(f"/v1/reviews/{missing}")).status_code == 404
