"""After the decision: conditions and supersession keep every decision readable; attestation to the
ministry; the ministry's decisions reach the registry through the outbox; one ledger entry per
accepted step, none per rejected one, and the chain verifies."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tests.support.micro_credentials import field_paths
from tests.support.platform import Platform
from tests.support.quality import (
    QualityDesk,
    add_years,
    condition,
    days_ago,
    designated_through_ledger,
    endorsed_through_ledger,
    endorsement_body,
    evidence,
    includes,
    ministry_client,
    problem_type,
    wait_for_standing,
)

STATEMENT = "Our IQAP for micro-credentials was endorsed by our EQAA."


def attestation(decision_id: object, attested_on: date | None = None) -> dict[str, Any]:
    return {
        "decision_id": str(decision_id),
        "attested_on": (attested_on or days_ago(10)).isoformat(),
        "statement": STATEMENT,
    }


def ministry_decision(
    institution_id: object, decision_id: object, status: str, effective_from: date, **fields: Any
) -> dict[str, Any]:
    return {
        "institution_id": str(institution_id),
        "status": status,
        "effective_from": effective_from.isoformat(),
        "decision_id": str(decision_id),
        "reason": f"MCU decision: {status}.",
        **fields,
    }


async def registry_designations(platform: Platform, organisation_id: object) -> list[dict[str, Any]]:
    url = f"{platform.registry.public_url}/v1/organisations/{organisation_id}/designations"
    response = await platform.http.get(url)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()
    return items


async def test_condition_updates_supersede_the_decision_and_keep_its_history(platform: Platform) -> None:
    desk = QualityDesk(platform)
    conditions = [condition("c1"), condition("c2", due_in_days=365)]
    body = endorsement_body(outcome="endorsed_with_conditions", conditions=conditions)
    endorsed = await endorsed_through_ledger(platform, decision=body)
    first = (await desk.get(f"/v1/decisions/{endorsed.decision_id}")).json()
    assert [item["status"] for item in first["conditions"]] == ["open", "open"]
    update = {
        "condition_id": "c1",
        "status": "met",
        "recorded_on": days_ago(2).isoformat(),
        "evidence": evidence("Published."),
    }

    before = await desk.ledger_size()
    for bad, fields in (
        ({**update, "condition_id": "c9"}, {"body.condition_id"}),
        ({**update, "recorded_on": days_ago(21).isoformat()}, {"body.recorded_on"}),
        ({**update, "status": "open"}, {"body.status"}),
    ):
        assert (
            field_paths(await desk.update_condition(str(endorsed.decision_id), bad, endorsed.agency))
            == fields
        )
    assert (
        await desk.update_condition(str(endorsed.decision_id), update, endorsed.registrar)
    ).status_code == 403
    assert await desk.ledger_size() == before

    response = await desk.update_condition(str(endorsed.decision_id), update, endorsed.agency)
    assert response.status_code == 201, response.text
    second = response.json()
    assert await desk.ledger_size() == before + 1
    entry = (await desk.get(f"/v1/ledger/entries/{before + 1}")).json()
    assert entry["event_type"] == "decision.condition_updated"
    assert entry["subjects"]["institution_id"] == endorsed.organisation["id"]
    assert includes(entry["payload"]["request"], update)
    assert second["id"] != first["id"]
    assert (second["outcome"], second["term_end"], second["status"]) == (
        first["outcome"],
        first["term_end"],
        "in_force",
    )
    assert [(item["id"], item["status"]) for item in second["conditions"]] == [("c1", "met"), ("c2", "open")]

    old = (await desk.get(f"/v1/decisions/{first['id']}")).json()
    assert old["status"] == "superseded"
    assert old["superseded_by_seq"] == entry["seq"] == second["seq"]
    assert old["supersession"]["replaced_by"] == second["id"]
    assert [item["status"] for item in old["conditions"]] == ["open", "open"], "the old state stays readable"
    assert (await desk.update_condition(first["id"], update, endorsed.agency)).status_code == 409, (
        "superseded"
    )
    assert (await desk.update_condition(second["id"], update, endorsed.agency)).status_code == 409, (
        "c1 is met"
    )
    not_met = {**update, "condition_id": "c2", "status": "not_met"}
    third = (await desk.update_condition(second["id"], not_met, endorsed.agency)).json()
    case = (await desk.get(f"/v1/reviews/{endorsed.review_id}")).json()
    assert [item["id"] for item in case["decisions"]] == [first["id"], second["id"], third["id"]]
    assert [item["status"] for item in case["decisions"]] == ["superseded", "superseded", "in_force"]
    in_force = (
        await desk.get("/v1/decisions", institution=endorsed.organisation["id"], status="in_force")
    ).json()
    assert [item["id"] for item in in_force["items"]] == [third["id"]]


async def test_appeals_replace_a_decision_and_withdrawals_end_an_endorsement(platform: Platform) -> None:
    desk = QualityDesk(platform)
    refused = await endorsed_through_ledger(platform, decision=endorsement_body(outcome="not_endorsed"))
    decision_id, agency = str(refused.decision_id), refused.agency
    appeal = {
        "kind": "appeal",
        "recorded_on": days_ago(5).isoformat(),
        "reason": "The appeal panel found the benchmarks met.",
        "outcome": "endorsed",
        "term_start": days_ago(5).isoformat(),
        "term_end": add_years(days_ago(5), 5).isoformat(),
    }
    before = await desk.ledger_size()
    assert field_paths(await desk.supersede(decision_id, {**appeal, "outcome": "not_endorsed"}, agency)) == {
        "body.outcome"
    }
    assert field_paths(
        await desk.supersede(
            decision_id, {**appeal, "term_end": add_years(days_ago(5), 8).isoformat()}, agency
        )
    ) == {"body.term_end"}
    assert await desk.ledger_size() == before
    response = await desk.supersede(decision_id, appeal, agency)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["superseded"]["status"] == "superseded"
    assert result["superseded"]["outcome"] == "not_endorsed"
    assert result["replacement"]["outcome"] == "endorsed"
    assert result["replacement"]["decided_on"] == appeal["recorded_on"]
    entry = (await desk.get(f"/v1/ledger/entries/{before + 1}")).json()
    assert entry["event_type"] == "decision.superseded"
    assert entry["subjects"]["agency_slug"] == "ocqas"
    assert await desk.ledger_size() == before + 1

    replacement = result["replacement"]["id"]
    attested = await desk.attest(attestation(replacement, days_ago(3)), refused.registrar)
    assert attested.status_code == 201, attested.text
    withdrawal = {
        "kind": "withdrawal",
        "recorded_on": days_ago(1).isoformat(),
        "reason": "Conditions of the IQAP breached.",
    }
    assert field_paths(await desk.supersede(replacement, {**withdrawal, "outcome": "deferred"}, agency)) == {
        "body.outcome"
    }
    withdrawn = (await desk.supersede(replacement, withdrawal, agency)).json()
    assert withdrawn["replacement"] is None
    assert withdrawn["superseded"]["supersession"]["kind"] == "withdrawal"
    assert (await desk.supersede(replacement, withdrawal, agency)).status_code == 409
    assert (await desk.attest(attestation(replacement, days_ago(1)), refused.registrar)).status_code == 409
    history = (await desk.get("/v1/decisions", institution=refused.organisation["id"])).json()["items"]
    assert [(item["outcome"], item["status"]) for item in history] == [
        ("not_endorsed", "superseded"),
        ("endorsed", "superseded"),
    ]


async def test_an_institution_attests_only_its_own_endorsement_in_force(platform: Platform) -> None:
    desk = QualityDesk(platform)
    endorsed = await endorsed_through_ledger(platform)
    other = await endorsed_through_ledger(platform)
    deferred = await endorsed_through_ledger(platform, decision=endorsement_body(outcome="deferred"))
    before = await desk.ledger_size()
    assert (await desk.attest(attestation(other.decision_id), endorsed.registrar)).status_code == 403
    assert (await desk.attest(attestation(endorsed.decision_id), endorsed.agency)).status_code == 403
    assert (
        await desk.attest(attestation(endorsed.decision_id), await ministry_client(platform))
    ).status_code == 403
    for body in (
        attestation(deferred.decision_id),
        attestation("00000000-0000-4000-8000-000000000000"),
    ):
        assert field_paths(await desk.attest(body, deferred.registrar)) == {"body.decision_id"}
    for attested_on in (days_ago(21), date.today() + timedelta(days=1)):
        body = attestation(endorsed.decision_id, attested_on)
        assert field_paths(await desk.attest(body, endorsed.registrar)) == {"body.attested_on"}
    assert await desk.ledger_size() == before

    response = await desk.attest(attestation(endorsed.decision_id), endorsed.registrar)
    assert response.status_code == 201, response.text
    entry = (await desk.get(f"/v1/ledger/entries/{before + 1}")).json()
    assert (entry["event_type"], entry["subjects"]["institution_id"]) == (
        "designation.attested",
        endorsed.organisation["id"],
    )
    assert entry["payload"]["request"] == attestation(endorsed.decision_id)
    assert (await desk.get(f"/v1/attestations/{response.json()['id']}")).json() == response.json()


async def test_only_the_ministry_designates(platform: Platform) -> None:
    desk = QualityDesk(platform)
    endorsed = await endorsed_through_ledger(platform)
    attested = (await desk.attest(attestation(endorsed.decision_id), endorsed.registrar)).json()
    body = ministry_decision(
        endorsed.organisation["id"],
        endorsed.decision_id,
        "designated",
        days_ago(5),
        attestation_id=attested["id"],
    )
    before = await desk.ledger_size()
    for actor in (endorsed.agency, endorsed.registrar, platform.admin, await platform.ledger()):
        response = await desk.designation(body, actor)
        assert response.status_code == 403, response.text
    assert (await desk.designation(body, None)).status_code == 401
    ministry = await ministry_client(platform)
    for bad, fields in (
        ({**body, "attestation_id": None}, {"body.attestation_id"}),
        ({**body, "effective_from": days_ago(11).isoformat()}, {"body.effective_from"}),
        ({**body, "effective_from": (date.today() + timedelta(days=1)).isoformat()}, {"body.effective_from"}),
        ({**body, "effective_until": add_years(days_ago(20), 6).isoformat()}, {"body.effective_until"}),
        ({**body, "institution_id": attested["decision_id"]}, {"body.institution_id"}),
    ):
        assert field_paths(await desk.designation(bad, ministry)) == fields, bad
    assert await desk.ledger_size() == before
    assert (await registry_designations(platform, endorsed.organisation["id"])) == []


async def test_the_ledger_designates_the_registry_follows_and_a_suspension_ends_good_standing(
    platform: Platform,
) -> None:
    desk = QualityDesk(platform)
    before = await desk.ledger_size()
    domci = await designated_through_ledger(platform)
    institution_id = domci.organisation["id"]
    entries = await desk.entries(institution=institution_id)
    assert [entry["event_type"] for entry in entries] == [
        "review.opened",
        "review.desk_review_recorded",
        "review.panel_report_recorded",
        "review.decided",
        "designation.attested",
        "designation.decided",
    ]
    assert all(entry["subjects"]["agency_slug"] == "ocqas" for entry in entries)
    assert await desk.ledger_size() == before + 6, "one entry per step, nothing else"
    recorded = await registry_designations(platform, institution_id)
    assert [(item["event_id"], item["status"]) for item in recorded] == [
        (str(domci.designation_id), "designated")
    ]
    assert (await desk.get(f"/v1/designations/{domci.designation_id}")).json()["attestation_id"] == str(
        domci.attestation_id
    )

    suspend = ministry_decision(institution_id, domci.decision_id, "suspended", date.today())
    assert (await desk.designation({**suspend, "status": "designated"}, domci.ministry)).status_code == 409
    assert (
        await desk.designation(
            {**suspend, "status": "lapsed", "effective_until": "2099-01-01"}, domci.ministry
        )
    ).status_code == 422
    response = await desk.designation(suspend, domci.ministry)
    assert response.status_code == 201, response.text
    standing = await wait_for_standing(platform, institution_id, good=False)
    assert standing["designation"]["status"] == "suspended"
    assert standing["designation"]["event_id"] == response.json()["id"]
    again = await desk.designation(suspend, domci.ministry)
    assert (again.status_code, problem_type(again)) == (409, "workflow-conflict"), "already suspended"
    assert again.json()["current_status"] == "suspended"
    revoked = await desk.designation({**suspend, "status": "revoked"}, domci.ministry)
    assert revoked.status_code == 201, revoked.text
    entry = (await desk.entries(institution=institution_id))[-1]
    assert (entry["event_type"], entry["payload"]["designation_id"]) == (
        "designation.decided",
        revoked.json()["id"],
    )
    assert (await desk.get("/v1/ledger/verification")).json()["valid"] is True


async def test_a_refusal_stays_in_the_ledger_and_a_lapse_reaches_the_registry(platform: Platform) -> None:
    desk = QualityDesk(platform)
    endorsed = await endorsed_through_ledger(platform)
    ministry = await ministry_client(platform)
    institution_id, decision_id = endorsed.organisation["id"], endorsed.decision_id
    attested = (await desk.attest(attestation(decision_id), endorsed.registrar)).json()
    refusal = ministry_decision(
        institution_id, decision_id, "refused", days_ago(8), attestation_id=attested["id"]
    )
    refused = await desk.designation(refusal, ministry)
    assert refused.status_code == 201, refused.text
    grant = ministry_decision(
        institution_id, decision_id, "designated", days_ago(6), attestation_id=attested["id"]
    )
    granted = await desk.designation(grant, ministry)
    assert granted.status_code == 201, granted.text
    await wait_for_standing(platform, institution_id, good=True)
    assert [item["event_id"] for item in await registry_designations(platform, institution_id)] == [
        granted.json()["id"]
    ], "a refusal is not sent"
    assert (
        await desk.designation({**refusal, "effective_from": days_ago(4).isoformat()}, ministry)
    ).status_code == 409

    lapse = ministry_decision(institution_id, decision_id, "lapsed", days_ago(2))
    assert field_paths(
        await desk.designation({**lapse, "effective_from": days_ago(7).isoformat()}, ministry)
    ) == {"body.effective_from"}
    lapsed = await desk.designation(lapse, ministry)
    assert lapsed.status_code == 201, lapsed.text
    standing = await wait_for_standing(platform, institution_id, good=False)
    assert standing["designation"]["status"] == "lapsed"
    listed = (await desk.get("/v1/designations", institution=institution_id)).json()["items"]
    assert [item["status"] for item in listed] == ["refused", "designated", "lapsed"]
    assert (await desk.designation(lapse, ministry)).status_code == 409
