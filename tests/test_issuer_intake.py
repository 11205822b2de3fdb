"""Completion intake: the institution's own SIS sends JSON or CSV batches; every record is stored
`pending` before the 202, a record sent again is a duplicate, and the Idempotency-Key header makes a
retried request safe."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import text

from services.credential_issuer.services.intake import IntakeService
from shared.db.engine import create_engine
from shared.errors import PayloadTooLarge
from shared.schemas.auth import OrganisationKind, Principal, Role
from tests.support.issuer import Sis, record
from tests.support.platform import Platform
from tests.support.quality import days_ago

JSON = "application/json"
UNKNOWN_MC = "5d3c1c8e-0000-4000-8000-0000000000aa"
CSV_HEADER = (
    "sis_completion_id,learner_name,learner_email,student_number,micro_credential_id,version,"
    "completed_on,result,grade,score,outcomes_achieved,credits_earned\n"
)


@pytest.fixture(scope="module")
async def sis(platform: Platform) -> Sis:
    organisation, _ = await platform.new_domci()
    return await Sis.of(platform, organisation["id"])


def problem(response_status: int, body: dict[str, object], slug: str) -> None:
    assert body["type"] == f"urn:omc:problem:{slug}", body
    assert body["status"] == response_status


async def test_only_the_institutions_own_sis_sends_completions(platform: Platform, sis: Sis) -> None:
    other, _ = await platform.new_domci()
    foreign = await Sis.of(platform, other["id"])
    registrar = await platform.new_client(sis.institution_id, [Role.INSTITUTION])
    agency = await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA])
    for actor in (foreign.client, registrar, agency):
        response = await sis.send([record(UNKNOWN_MC)], actor=actor)
        assert response.status_code == 403, response.text
    unauthenticated = await platform.http.post(
        f"{platform.issuer.public_url}/v1/institutions/{sis.institution_id}/completions",
        json={"completions": [record(UNKNOWN_MC)]},
    )
    assert unauthenticated.status_code == 401


async def test_a_json_batch_is_accepted_with_a_job(sis: Sis) -> None:
    records = [record(UNKNOWN_MC), record(UNKNOWN_MC, learner={"student_number": "42"})]
    response = await sis.send(records)
    assert response.status_code == 202, response.text
    receipt = response.json()
    assert (receipt["received"], receipt["accepted"], receipt["duplicates"]) == (2, 2, 0)
    assert response.headers["location"] == receipt["status_url"]
    assert [item["index"] for item in receipt["records"]] == [0, 1]
    job = await sis.settled(receipt["id"])
    assert job["source"] == "json"
    assert sum(job["counts"].values()) == 2
    # The micro-credential does not exist: the ledger does not confirm it.
    assert job["counts"]["rejected"] == 2
    assert {c["sis_completion_id"] for c in job["completions"]} == {r["sis_completion_id"] for r in records}


async def test_the_job_pages_its_completions_and_counts_the_whole_batch(sis: Sis) -> None:
    records = [record(UNKNOWN_MC) for _ in range(5)]
    response = await sis.send(records)
    assert response.status_code == 202, response.text
    batch_id = response.json()["id"]
    await sis.settled(batch_id)
    seen: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        page = await (sis.batch(batch_id, limit=2, after=cursor) if cursor else sis.batch(batch_id, limit=2))
        assert page.status_code == 200, page.text
        job = page.json()
        assert sum(job["counts"].values()) == 5, "counts are over the batch, not the page"
        assert len(job["completions"]) <= 2
        seen += [completion["sis_completion_id"] for completion in job["completions"]]
        pages += 1
        if job["next_cursor"] is None:
            assert "link" not in page.headers
            break
        assert 'rel="next"' in page.headers["link"]
        cursor = job["next_cursor"]
    assert pages == 3
    assert seen == sorted(r["sis_completion_id"] for r in records), "each once, in SIS id order"
    forged = await sis.batch(batch_id, after="bm90LWEtY3Vyc29y")
    assert forged.status_code == 422
    assert forged.json()["errors"][0]["field"] == "query.after"
    too_many = await sis.batch(batch_id, limit=10_000)
    assert too_many.status_code == 422


async def test_a_csv_batch_is_accepted_with_a_job(sis: Sis) -> None:
    body = CSV_HEADER + (
        f"CSV-{uuid.uuid4().hex[:8]},Ada,ada@example.ca,,{UNKNOWN_MC},1,{days_ago(3)},pass,B+,,1;2,0.5\n"
        f"CSV-{uuid.uuid4().hex[:8]},Bo,,778,{UNKNOWN_MC},1,{days_ago(3)},fail,,40,,\n"
    )
    response = await sis.send(csv=body)
    assert response.status_code == 202, response.text
    receipt = response.json()
    assert receipt["accepted"] == 2
    assert [item["index"] for item in receipt["records"]] == [2, 3]  # line numbers
    job = await sis.settled(receipt["id"])
    assert job["source"] == "csv"
    assert job["counts"]["rejected"] == 2


async def test_a_record_sent_again_is_a_duplicate_and_never_a_second_completion(sis: Sis) -> None:
    first = record(UNKNOWN_MC)
    one = await sis.send([first])
    two = await sis.send([first, record(UNKNOWN_MC), first])
    assert two.status_code == 202, two.text
    outcomes = [item["outcome"] for item in two.json()["records"]]
    assert outcomes == ["duplicate", "accepted", "duplicate"]
    assert two.json()["records"][0]["completion_id"] == one.json()["records"][0]["completion_id"]
    job = (await sis.batch(two.json()["id"])).json()
    assert len(job["completions"]) == 1


async def test_invalid_records_are_named_and_nothing_is_stored(sis: Sis) -> None:
    bad_email = record(UNKNOWN_MC, learner={"email": "not-an-address"})
    future = record(UNKNOWN_MC, completed_on="2999-01-01")
    missing = record(UNKNOWN_MC)
    del missing["version"]
    response = await sis.send([record(UNKNOWN_MC), bad_email, future, missing])
    assert response.status_code == 422, response.text
    fields = {error["field"] for error in response.json()["errors"]}
    assert fields == {"body.completions.1.learner.email", "body.completions.2", "body.completions.3.version"}

    csv = CSV_HEADER + f"C-1,Ada,,,{UNKNOWN_MC},x,2026-01-01,maybe,,,,\n"
    response = await sis.send(csv=csv)
    assert response.status_code == 422, response.text
    fields = {error["field"] for error in response.json()["errors"]}
    assert fields == {"body.line.2.learner", "body.line.2.version", "body.line.2.result"}

    unknown = await sis.send(csv="id,name\n1,2\n")
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "body.line.1"


async def test_an_idempotency_key_replays_the_first_reply(sis: Sis) -> None:
    key = f"key-{uuid.uuid4()}"
    records = [record(UNKNOWN_MC)]
    first = await sis.send(records, key=key)
    again = await sis.send(records, key=key)
    assert (first.status_code, again.status_code) == (202, 202)
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    other = await sis.send([record(UNKNOWN_MC)], key=key)
    assert other.status_code == 422, other.text
    problem(422, other.json(), "idempotency-key-reused")


async def test_a_request_whose_twin_is_in_flight_gets_409_and_the_reply_once_the_twin_is_done(
    platform: Platform, sis: Sis
) -> None:
    key = f"key-{uuid.uuid4()}"
    records = [record(UNKNOWN_MC)]
    await platform.auth(sis.client, audience=platform.issuer.public_url)
    engine = create_engine(platform.issuer.database_url.get_secret_value(), pool_size=1)
    try:
        # The first request is held while it stores its batch (the table locked): it is in flight.
        async with engine.begin() as connection:
            await connection.execute(text("lock table issuer.batches in exclusive mode"))
            first = asyncio.create_task(sis.send(records, key=key))
            deadline = asyncio.get_running_loop().time() + 30
            while not await connection.scalar(
                text(
                    "select count(*) from pg_stat_activity where application_name = 'credential_issuer'"
                    " and wait_event_type = 'Lock' and datname = current_database()"
                )
            ):
                assert asyncio.get_running_loop().time() < deadline, "the first request never came"
                await asyncio.sleep(0.05)
            twin = await sis.send(records, key=key)
            assert twin.status_code == 409, twin.text
            assert twin.headers["retry-after"] == "1"
            problem(409, twin.json(), "idempotent-request-in-flight")
        done = await first
        assert done.status_code == 202, done.text
        again = await sis.send(records, key=key)
        assert again.status_code == 202, again.text
        assert again.headers["idempotent-replayed"] == "true"
        assert again.json() == done.json()
    finally:
        await engine.dispose()


async def test_a_job_is_visible_to_its_organisation_only(platform: Platform, sis: Sis) -> None:
    response = await sis.send([record(UNKNOWN_MC)])
    other, _ = await platform.new_domci()
    foreign = await Sis.of(platform, other["id"])
    assert (await sis.batch(response.json()["id"], actor=foreign.client)).status_code == 404
    assert (await sis.batch(str(uuid.uuid4()))).status_code == 404


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/xml", b"<completions/>"),
        # ASCII bytes decode as UTF-8, but a declared Latin-1 batch may not be read as one.
        ("text/csv; charset=iso-8859-1", b"sis_completion_id\nS-1\n"),
        ("text/csv", "sis_completion_id\nS-\u00e9\n".encode("latin-1")),
    ],
)
async def test_a_batch_must_be_json_or_utf8_csv(
    platform: Platform, sis: Sis, content_type: str, body: bytes
) -> None:
    headers = await platform.auth(sis.client, audience=platform.issuer.public_url)
    response = await platform.http.post(
        f"{platform.issuer.public_url}/v1/institutions/{sis.institution_id}/completions",
        content=body,
        headers={**headers, "Content-Type": content_type},
    )
    assert response.status_code == 415, response.text
    assert response.json()["type"] == "urn:omc:problem:unsupported-media-type"


async def test_a_batch_over_the_documented_maximum_is_413() -> None:
    intake = IntakeService(
        None,  # type: ignore[arg-type]  # refused before any database work
        max_records=2,
        idempotency_ttl=timedelta(hours=24),
        public_url="http://issuer.test",
    )
    institution = uuid.uuid4()
    caller = Principal(
        client_id="sis",
        organisation_id=institution,
        organisation_kind=OrganisationKind.INSTITUTION,
        roles=frozenset({Role.SIS}),
    )
    body = json.dumps({"completions": [record(UNKNOWN_MC) for _ in range(3)]}).encode()
    with pytest.raises(PayloadTooLarge):
        await intake.receive(caller, institution, media_type=JSON, body=body, idempotency_key=None)
    csv = CSV_HEADER + "".join(f"C-{n},,a@b.ca,,{UNKNOWN_MC},1,2026-01-01,pass,,,,\n" for n in range(3))
    with pytest.raises(PayloadTooLarge):
        await intake.receive(
            caller, institution, media_type="text/csv", body=csv.encode(), idempotency_key=None
        )
