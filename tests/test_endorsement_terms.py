"""Standing follows the endorsement's term: an institution is a DOMCI in good standing on a day only
while an EQAA endorsement's term covers it (5-7 years, "after which a renewal review would be
conducted"). After the term's end, standing lapses (a renewal endorsement restores it from its own
term on), IQAP approvals and partnership reviews dated in the gap are refused naming the term's end,
and so are credentials for completions in the gap. Terms ending within six months are listed for
the institution, its EQAA and the ministry, and counted on `/metrics`.

All through the real flows: review -> decision (dated in the past, as the API accepts) ->
attestation -> designation -> approval -> publication -> completion."""

from __future__ import annotations

import asyncio
import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest

from shared.clients.quality import QualityLedgerClient
from shared.schemas.auth import OrganisationKind, Role
from tests.support.iqap import QaOffice, approval_body, codes, new_partner, partnership_body
from tests.support.issuer import Sis, record
from tests.support.micro_credentials import complete_metadata
from tests.support.platform import ClientCredentials, Platform
from tests.support.quality import (
    DesignatedInstitution,
    QualityDesk,
    add_years,
    agency_client,
    desk_review_body,
    endorsement_body,
    ministry_client,
    new_institution,
    open_body,
    panel_report_body,
)

FIRST_DECIDED = date(2018, 3, 1)
FIRST_TERM_END = date(2023, 3, 1)  # 5 years
RENEWAL_DECIDED = date(2024, 6, 1)
IN_THE_GAP = date(2023, 9, 1)


async def _decided(
    desk: QualityDesk,
    institution_id: str,
    registrar: ClientCredentials,
    agency: ClientCredentials,
    decided_on: date,
    *,
    cycle: str = "initial",
) -> dict[str, Any]:
    """One review, submitted 150 days before ``decided_on``, endorsed for 5 years from that day."""
    opened = await desk.open(
        open_body(institution_id, cycle=cycle, submitted_on=decided_on - timedelta(days=150)), registrar
    )
    assert opened.status_code == 201, opened.text
    review_id = opened.json()["id"]
    steps = (
        await desk.desk_review(review_id, agency, desk_review_body(decided_on - timedelta(days=100))),
        await desk.panel_report(review_id, agency, panel_report_body(decided_on - timedelta(days=50))),
    )
    for response in steps:
        assert response.status_code == 200, response.text
    decided = await desk.decide(review_id, agency, endorsement_body(decided_on, years=5))
    assert decided.status_code == 201, decided.text
    decision: dict[str, Any] = decided.json()
    return decision


async def _designated_in_2018(platform: Platform) -> tuple[QaOffice, ClientCredentials]:
    """An institution endorsed on 2018-03-01 until 2023-03-01, attested, designated open-ended from
    2018-05-01 by the ministry; returns its QA office and its EQAA's client."""
    organisation, registrar = await new_institution(platform)
    agency = await agency_client(platform, organisation["eqaa_slug"])
    ministry = await ministry_client(platform)
    desk = QualityDesk(platform)
    decision = await _decided(desk, organisation["id"], registrar, agency, FIRST_DECIDED)
    assert decision["term_end"] == FIRST_TERM_END.isoformat()
    attested = await desk.attest(
        {
            "decision_id": decision["id"],
            "attested_on": "2018-04-01",
            "statement": "Our IQAP for micro-credentials was endorsed by our EQAA.",
        },
        registrar,
    )
    assert attested.status_code == 201, attested.text
    designated = await desk.designation(
        {
            "institution_id": organisation["id"],
            "status": "designated",
            "effective_from": "2018-05-01",
            "decision_id": decision["id"],
            "attestation_id": attested.json()["id"],
            "reason": "Attestation of an EQAA endorsement received.",
        },
        ministry,
    )
    assert designated.status_code == 201, designated.text
    domci = DesignatedInstitution(
        organisation=organisation,
        registrar=registrar,
        agency=agency,
        ministry=ministry,
        decision_id=uuid.UUID(decision["id"]),
        designation_id=uuid.UUID(designated.json()["id"]),
        review_id=uuid.UUID(decision["review_id"]),
        attestation_id=uuid.UUID(attested.json()["id"]),
    )
    return QaOffice(platform, organisation, registrar, domci), agency


@dataclass
class Renewed:
    """Endorsed 2018-03-01..2023-03-01, renewed 2024-06-01..2029-06-01: a gap of 15 months."""

    office: QaOffice
    agency: ClientCredentials


@pytest.fixture(scope="module")
async def renewed(platform: Platform) -> Renewed:
    office, agency = await _designated_in_2018(platform)
    await _decided(
        QualityDesk(platform), office.institution_id, office.client, agency, RENEWAL_DECIDED, cycle="renewal"
    )
    return Renewed(office, agency)


@pytest.fixture(scope="module")
def quality(platform: Platform) -> QualityLedgerClient:
    return QualityLedgerClient(platform.http, platform.qa.public_url)


async def test_standing_holds_through_the_terms_last_day_and_lapses_after_it(
    quality: QualityLedgerClient, renewed: Renewed
) -> None:
    institution = uuid.UUID(renewed.office.institution_id)
    for day in (date(2018, 5, 1), date(2022, 6, 1), FIRST_TERM_END, RENEWAL_DECIDED, date.today()):
        standing = await quality.standing(institution, on=day)
        assert (standing.valid, standing.domci, standing.reasons) == (True, True, []), day
    for day in (FIRST_TERM_END + timedelta(days=1), IN_THE_GAP, RENEWAL_DECIDED - timedelta(days=1)):
        standing = await quality.standing(institution, on=day)
        assert (standing.valid, standing.domci) == (False, False), day
        assert standing.designation is not None, "the ministry's designation itself is unchanged"
        assert standing.reasons == [
            f"the {renewed.office.organisation['eqaa_slug']} endorsement's term ended on 2023-03-01 "
            f"(no renewal endorsement covers {day.isoformat()})"
        ]


async def test_the_renewal_endorsement_is_in_the_chain_of_standing(
    platform: Platform, quality: QualityLedgerClient, renewed: Renewed
) -> None:
    standing = await quality.standing(uuid.UUID(renewed.office.institution_id))
    types = [entry.event_type for entry in standing.chain]
    assert types.count("review.decided") == 2, types


async def test_an_approval_dated_after_the_term_is_refused_naming_its_end(
    platform: Platform, renewed: Renewed
) -> None:
    office = renewed.office
    micro_credential_id = await office.submitted(complete_metadata())
    refused = await office.approve(approval_body(micro_credential_id, approved_on=IN_THE_GAP.isoformat()))
    assert refused.status_code == 422, refused.text
    assert codes(refused) == {"body.approved_on": "endorsement_lapsed"}
    assert "term ended on 2023-03-01" in refused.json()["errors"][0]["message"]
    within = await office.approve(approval_body(micro_credential_id, approved_on="2022-06-01"))
    assert within.status_code == 201, within.text


async def test_a_partnership_review_dated_after_the_term_is_refused_naming_its_end(
    platform: Platform, renewed: Renewed
) -> None:
    partner = await new_partner(platform)
    refused = await renewed.office.review_partnership(
        partnership_body(partner["id"], reviewed_on=IN_THE_GAP.isoformat())
    )
    assert refused.status_code == 422, refused.text
    assert codes(refused) == {"body.reviewed_on": "endorsement_lapsed"}
    assert "2023-03-01" in refused.json()["errors"][0]["message"]


async def test_a_lapsed_institution_cannot_approve_today(platform: Platform) -> None:
    office, _ = await _designated_in_2018(platform)
    micro_credential_id = await office.submitted(complete_metadata())
    refused = await office.approve(approval_body(micro_credential_id))
    assert refused.status_code == 422, refused.text
    assert codes(refused) == {"body.approved_on": "endorsement_lapsed"}
    assert "term ended on 2023-03-01" in refused.json()["errors"][0]["message"]
    earlier = await office.approve(approval_body(micro_credential_id, approved_on="2022-06-01"))
    assert earlier.status_code == 403, "not a DOMCI in good standing today: no IQAP decision at all"
    assert "2023-03-01" in earlier.json()["detail"]


async def test_no_credential_for_a_completion_after_the_term(platform: Platform, renewed: Renewed) -> None:
    """The version was approved within the first term; a completion in the gap is refused by the
    issuer with the ledger's reason, one within a term is issued."""
    office = renewed.office
    micro_credential_id = await office.submitted(complete_metadata())
    approved = await office.approve(approval_body(micro_credential_id, approved_on="2022-01-10"))
    assert approved.status_code == 201, approved.text
    await office.wait_for_status(micro_credential_id, "approved")
    published = await office.registrar.step(micro_credential_id, "publication", 1)
    assert published.status_code == 200, published.text

    sis = await Sis.of(platform, office.institution_id)
    sent = await sis.send(
        [
            record(micro_credential_id, completed_on=IN_THE_GAP.isoformat()),
            record(micro_credential_id, completed_on="2022-06-01"),
        ]
    )
    assert sent.status_code == 202, sent.text
    job = await sis.settled(sent.json()["id"])
    by_date = {item["completed_on"]: item for item in job["completions"]}
    assert by_date[IN_THE_GAP.isoformat()]["credential_id"] is None, job
    assert "term ended on 2023-03-01" in by_date[IN_THE_GAP.isoformat()]["reason"], job
    assert by_date["2022-06-01"]["credential_id"] is not None, job


# --- the registry's copy of standing ------------------------------------------------------------


async def _registry_standing(
    platform: Platform, institution_id: str, expected: dict[date, bool], seconds: float = 60.0
) -> dict[date, dict[str, Any]]:
    """The registry's standing on each day, once it is ``expected`` on every one (the outbox relay
    delivers the ledger's facts after the fact; bounded wait)."""
    url = f"{platform.registry.public_url}/v1/organisations/{institution_id}/standing"
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        found: dict[date, dict[str, Any]] = {}
        for day in expected:
            response = await platform.http.get(url, params={"on": day.isoformat()})
            assert response.status_code == 200, response.text
            found[day] = response.json()
        if all(found[day]["in_good_standing"] is good for day, good in expected.items()):
            return found
        seen = {day.isoformat(): item["in_good_standing"] for day, item in found.items()}
        assert asyncio.get_running_loop().time() < deadline, f"registry standing still {seen}"
        await asyncio.sleep(0.05)


async def _published(office: QaOffice, approved_on: str) -> str:
    """A micro-credential of the institution, approved as an OMC on ``approved_on`` and published."""
    micro_credential_id = await office.submitted(complete_metadata())
    approved = await office.approve(approval_body(micro_credential_id, approved_on=approved_on))
    assert approved.status_code == 201, approved.text
    await office.wait_for_status(micro_credential_id, "approved")
    published = await office.registrar.step(micro_credential_id, "publication", 1)
    assert published.status_code == 200, published.text
    return micro_credential_id


async def _catalogue_provider(platform: Platform, micro_credential_id: str) -> dict[str, Any]:
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{micro_credential_id}"
    )
    assert response.status_code == 200, response.text
    provider: dict[str, Any] = response.json()["provider"]
    return provider


async def test_the_registry_standing_follows_the_terms_and_names_the_lapse(
    platform: Platform, quality: QualityLedgerClient, renewed: Renewed
) -> None:
    institution = renewed.office.institution_id
    in_renewal = RENEWAL_DECIDED + timedelta(days=200)
    days = {
        date(2022, 6, 1): True,
        FIRST_TERM_END: True,
        FIRST_TERM_END + timedelta(days=1): False,
        IN_THE_GAP: False,
        RENEWAL_DECIDED - timedelta(days=1): False,
        RENEWAL_DECIDED: True,
        in_renewal: True,
        date.today(): True,
    }
    found = await _registry_standing(platform, institution, days)
    for day, good in days.items():
        qa = await quality.standing(uuid.UUID(institution), on=day)
        assert qa.domci is good, f"qa_api and the registry disagree on {day}"
    gap = found[IN_THE_GAP]
    assert gap["designation"]["status"] == "designated", "the ministry's designation itself is unchanged"
    assert gap["endorsement_term"] is None
    assert gap["reason"] == (
        f"the EQAA endorsement's term ended on 2023-03-01 (no renewal endorsement covers {IN_THE_GAP})"
    )
    assert (found[date(2022, 6, 1)]["endorsement_term"]["term_end"], found[date(2022, 6, 1)]["reason"]) == (
        FIRST_TERM_END.isoformat(),
        None,
    )
    assert found[in_renewal]["endorsement_term"]["term_start"] == RENEWAL_DECIDED.isoformat()


async def test_the_catalogue_flag_matches_the_ledgers_standing_today(
    platform: Platform, quality: QualityLedgerClient
) -> None:
    """Renewed: in good standing today in both. Then the renewal endorsement is withdrawn: qa_api says
    lapsed today, and so do the registry's standing and the catalogue's flag of its OMC."""
    office, agency = await _designated_in_2018(platform)
    renewal = await _decided(
        QualityDesk(platform), office.institution_id, office.client, agency, RENEWAL_DECIDED, cycle="renewal"
    )
    institution = uuid.UUID(office.institution_id)
    await _registry_standing(platform, office.institution_id, {IN_THE_GAP: False, date.today(): True})
    micro_credential_id = await _published(office, approved_on="2022-01-10")
    today = await quality.standing(institution)
    assert today.domci is True
    assert (await _catalogue_provider(platform, micro_credential_id))["in_good_standing"] is today.domci

    withdrawn_on = date.today() - timedelta(days=1)
    withdrawn = await QualityDesk(platform).supersede(
        renewal["id"],
        {"kind": "withdrawal", "recorded_on": withdrawn_on.isoformat(), "reason": "IQAP breached."},
        agency,
    )
    assert withdrawn.status_code == 200, withdrawn.text
    today = await quality.standing(institution)
    assert today.domci is False
    found = await _registry_standing(
        platform,
        office.institution_id,
        {withdrawn_on - timedelta(days=1): True, withdrawn_on: False, date.today(): False},
    )
    reason = found[date.today()]["reason"]
    assert reason.startswith("the EQAA endorsement ("), reason
    assert renewal["id"] in reason, reason
    assert reason.endswith(f"stopped applying on {withdrawn_on} (superseded)"), reason
    assert (await _catalogue_provider(platform, micro_credential_id))["in_good_standing"] is today.domci


async def test_a_lapsed_institution_is_not_in_good_standing_in_the_registry(
    platform: Platform, quality: QualityLedgerClient
) -> None:
    office, _ = await _designated_in_2018(platform)
    found = await _registry_standing(
        platform, office.institution_id, {date(2022, 6, 1): True, date.today(): False}
    )
    assert (await quality.standing(uuid.UUID(office.institution_id))).domci is False
    assert "term ended on 2023-03-01" in found[date.today()]["reason"]


# --- terms ending soon -------------------------------------------------------------------------


@dataclass
class Ending:
    institution: dict[str, Any]
    registrar: ClientCredentials
    agency: ClientCredentials
    decision: dict[str, Any]


@pytest.fixture(scope="module")
async def ending(platform: Platform) -> Ending:
    """An institution whose 5-year term ends in about 90 days."""
    organisation, registrar = await new_institution(platform)
    agency = await agency_client(platform, organisation["eqaa_slug"])
    decided_on = add_years(date.today(), -5) + timedelta(days=90)
    decision = await _decided(QualityDesk(platform), organisation["id"], registrar, agency, decided_on)
    return Ending(organisation, registrar, agency, decision)


async def _expiring(
    platform: Platform, actor: ClientCredentials | None, **params: Any
) -> tuple[int, list[str]]:
    """Status, and the decision ids over every page."""
    headers = await platform.auth(actor) if actor is not None else {}
    ids: list[str] = []
    after: str | None = None
    while True:
        response = await platform.http.get(
            f"{platform.qa.public_url}/v1/endorsements/expiring",
            params={"limit": 100, **params, **({"after": after} if after else {})},
            headers=headers,
        )
        if response.status_code != 200:
            return response.status_code, ids
        ids += [item["id"] for item in response.json()["items"]]
        after = response.json()["next_cursor"]
        if after is None:
            return 200, ids


async def test_terms_ending_within_six_months_are_seen_by_the_institution_its_eqaa_and_the_ministry(
    platform: Platform, ending: Ending
) -> None:
    decision = ending.decision["id"]
    other_institution = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    other_agency = await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA])
    seen = {
        "institution": await _expiring(platform, ending.registrar),
        "its eqaa": await _expiring(platform, ending.agency),
        "ministry": await _expiring(platform, await ministry_client(platform)),
        "another eqaa": await _expiring(platform, other_agency),
        "another institution": await _expiring(platform, other_institution),
    }
    assert {who: (status, decision in ids) for who, (status, ids) in seen.items()} == {
        "institution": (200, True),
        "its eqaa": (200, True),
        "ministry": (200, True),
        "another eqaa": (200, False),
        "another institution": (200, False),
    }
    assert seen["institution"][1] == [decision], "an institution sees its own only"
    asked_for_another = await _expiring(platform, other_institution, institution=ending.institution["id"])
    assert asked_for_another[0] == 403
    for role in (Role.SIS, Role.PORTAL):
        client = (
            await platform.new_client(ending.institution["id"], [Role.SIS])
            if role is Role.SIS
            else (await platform.new_actor(OrganisationKind.PORTAL, [Role.PORTAL]))
        )
        assert (await _expiring(platform, client))[0] == 403, role
    assert (await _expiring(platform, None))[0] == 401
    narrow = await _expiring(platform, ending.registrar, within_days=30)
    assert narrow == (200, []), "the term ends in about 90 days, not within 30"


async def test_the_metric_counts_terms_ending_within_six_months_per_agency(
    platform: Platform, ending: Ending
) -> None:
    slug = ending.institution["eqaa_slug"]
    response = await platform.http.get(f"{platform.qa.public_url}/metrics")
    assert response.status_code == 200
    found = re.search(
        rf'^qa_endorsements_ending_soon\{{agency="{slug}"\}} (\S+)$', response.text, re.MULTILINE
    )
    assert found is not None, response.text[-2000:]
    assert float(found.group(1)) >= 1


async def test_the_registry_records_a_term_once_and_only_closes_it(platform: Platform) -> None:
    """The registry's internal endpoint, as the ledger calls it: a replay changes nothing, a term
    contradicting the one recorded is refused, a supersession closes it once. An institution whose
    designation came with no term at all is read on its designation alone."""
    institution, _ = await platform.new_domci()  # designated since 2020-01-01, no term delivered
    url = f"{platform.registry.public_url}/internal/v1/endorsement-terms"
    standing_url = f"{platform.registry.public_url}/v1/organisations/{institution['id']}/standing"
    headers = await platform.auth(await platform.ledger())
    assert (await platform.http.get(standing_url)).json()["in_good_standing"] is True
    term = {
        "event_id": str(uuid.uuid4()),
        "decision_id": str(uuid.uuid4()),
        "organisation_id": institution["id"],
        "term_start": "2020-01-01",
        "term_end": "2025-01-01",
        "decision_reference": "peqab decision (test)",
    }
    assert (await platform.http.post(url, json=term, headers=headers)).status_code == 201
    replay = await platform.http.post(url, json={**term, "event_id": str(uuid.uuid4())}, headers=headers)
    assert replay.status_code == 200, replay.text
    contradicting = await platform.http.post(url, json={**term, "term_end": "2026-01-01"}, headers=headers)
    assert codes(contradicting) == {"body.decision_id": "term_conflict"}
    backwards = await platform.http.post(url, json={**term, "term_end": "2019-01-01"}, headers=headers)
    assert backwards.status_code == 422, backwards.text
    lapsed = (await platform.http.get(standing_url)).json()
    assert (lapsed["in_good_standing"], lapsed["reason"]) == (
        False,
        f"the EQAA endorsement's term ended on 2025-01-01 (no renewal endorsement covers {date.today()})",
    )

    closed = {**term, "superseded_on": "2022-01-01"}
    assert (await platform.http.post(url, json=closed, headers=headers)).status_code == 201
    assert (await platform.http.post(url, json=closed, headers=headers)).status_code == 200
    assert (await platform.http.post(url, json=term, headers=headers)).status_code == 200, "a stale replay"
    moved = await platform.http.post(url, json={**closed, "superseded_on": "2023-01-01"}, headers=headers)
    assert codes(moved) == {"body.decision_id": "term_conflict"}
    before = (await platform.http.get(standing_url, params={"on": "2021-12-31"})).json()
    after = (await platform.http.get(standing_url, params={"on": "2022-01-01"})).json()
    assert (before["in_good_standing"], after["in_good_standing"]) == (True, False)
    assert after["reason"].endswith("stopped applying on 2022-01-01 (superseded)"), after
