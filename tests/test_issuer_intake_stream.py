"""The completion intake reads its body as it arrives (services/intake_stream.py): records are
stored a thousand at a time in the request's transaction, so a problem late in a large body (a bad
record, a broken stream) must still leave nothing stored, be named by its record or line, and a body
past the size limit must be 413 even when it comes chunked without a Content-Length. Bodies are
sent in awkward chunks so that records, escapes and CSV lines cross chunk boundaries. The large
bodies go to the intake itself (real database, inserting every 100 records), as the test platform's
HTTP body limit is 64 KiB."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from services.credential_issuer.services.intake import IntakeService
from shared.db.engine import create_engine, create_session_factory
from shared.errors import UnprocessableInput
from shared.schemas.auth import OrganisationKind, Principal, Role
from tests.support.issuer import Sis, record
from tests.support.platform import Platform

UNKNOWN_MC = "5d3c1c8e-0000-4000-8000-0000000000bb"
CSV_HEADER = (
    "sis_completion_id,learner_name,learner_email,student_number,micro_credential_id,version,"
    "completed_on,result,grade,score,outcomes_achieved,credits_earned\r\n"
)
LARGE = 400  # four of the test intake's hundred-record inserts


@pytest.fixture(scope="module")
async def sis(platform: Platform) -> Sis:
    organisation, _ = await platform.new_domci()
    return await Sis.of(platform, organisation["id"])


async def post_in_chunks(sis: Sis, body: bytes, content_type: str, *, chunk: int) -> httpx.Response:
    """POST ``body`` as a chunked stream (no Content-Length) of ``chunk``-byte pieces."""
    headers = await sis.platform.auth(sis.client, audience=sis.platform.issuer.public_url)
    headers["Content-Type"] = content_type

    async def pieces() -> AsyncIterator[bytes]:
        for start in range(0, len(body), chunk):
            yield body[start : start + chunk]

    return await sis.platform.http.post(
        f"{sis.platform.issuer.public_url}/v1/institutions/{sis.institution_id}/completions",
        content=pieces(),
        headers=headers,
    )


def field_names(response: httpx.Response) -> set[str]:
    return {error["field"] for error in response.json().get("errors", [])}


async def assert_none_stored(sis: Sis, records: list[dict[str, Any]]) -> None:
    """Records of the refused request, sent again alone, are new: the refused one stored none."""
    again = await sis.send(records)
    assert again.status_code == 202, again.text
    assert [item["outcome"] for item in again.json()["records"]] == ["accepted"] * len(records)


def csv_line(sis_id: str, *, result: str = "pass", name: str = "") -> str:
    return f"{sis_id},{name},learner@example.ca,,{UNKNOWN_MC},1,2026-01-01,{result},,,,\r\n"


class BrokenStream(Exception):
    """The client's stream failing part way (a fault of the edge of the world, made here)."""


async def pieces_of(body: bytes, chunk: int, *, fail_after: int | None = None) -> AsyncIterator[bytes]:
    for start in range(0, len(body), chunk):
        if fail_after is not None and start >= fail_after:
            raise BrokenStream
        yield body[start : start + chunk]


@pytest.fixture
async def intake(platform: Platform) -> AsyncIterator[IntakeService]:
    """The issuer's intake on the platform's database, storing every 100 records (the service stores
    every 1,000; the test platform's 64 KiB body limit keeps HTTP bodies under that)."""
    engine = create_engine(platform.issuer.database_url.get_secret_value(), pool_size=2)
    try:
        yield IntakeService(
            create_session_factory(engine),
            max_records=10_000,
            idempotency_ttl=timedelta(hours=24),
            public_url=platform.issuer.public_url,
            insert_every=100,
        )
    finally:
        await engine.dispose()


def caller_of(sis: Sis) -> Principal:
    return Principal(
        client_id=sis.client.client_id,
        organisation_id=uuid.UUID(sis.institution_id),
        organisation_kind=OrganisationKind.INSTITUTION,
        roles=frozenset({Role.SIS}),
    )


async def stored_with_prefix(platform: Platform, prefix: str) -> int:
    engine = create_engine(platform.issuer.database_url.get_secret_value(), pool_size=1)
    try:
        async with engine.connect() as connection:
            return int(
                await connection.scalar(
                    text("select count(*) from issuer.completions where sis_completion_id like :prefix"),
                    {"prefix": f"{prefix}-%"},
                )
                or 0
            )
    finally:
        await engine.dispose()


async def test_a_bad_record_late_in_a_large_json_stream_is_named_and_nothing_is_stored(
    platform: Platform, sis: Sis, intake: IntakeService
) -> None:
    prefix = uuid.uuid4().hex[:8]
    records = [record(UNKNOWN_MC, sis_completion_id=f"{prefix}-{n}") for n in range(LARGE)]
    records[LARGE - 30]["version"] = 0
    body = json.dumps({"completions": records}).encode()
    with pytest.raises(UnprocessableInput) as refused:
        await intake.receive(
            caller_of(sis),
            uuid.UUID(sis.institution_id),
            media_type="application/json",
            body=pieces_of(body, 7_001),
            idempotency_key=None,
        )
    assert {error.field for error in refused.value.errors or []} == {f"body.completions.{LARGE - 30}.version"}
    assert await stored_with_prefix(platform, prefix) == 0
    await assert_none_stored(sis, [records[n] for n in (0, 99, 100, LARGE - 31)])


async def test_a_bad_line_late_in_a_large_csv_stream_is_named_and_nothing_is_stored(
    platform: Platform, sis: Sis, intake: IntakeService
) -> None:
    prefix = uuid.uuid4().hex[:8]
    lines = [csv_line(f"{prefix}-{n}") for n in range(LARGE)]
    lines[7] = csv_line(f"{prefix}-7", name='"Doe, ""Jo"""')  # a quoted cell with a comma and quotes
    lines[LARGE - 30] = csv_line(f"{prefix}-bad", result="maybe")
    with pytest.raises(UnprocessableInput) as refused:
        await intake.receive(
            caller_of(sis),
            uuid.UUID(sis.institution_id),
            media_type="text/csv",
            body=pieces_of((CSV_HEADER + "".join(lines)).encode(), 4_099),
            idempotency_key=None,
        )
    # The header is line 1.
    assert {error.field for error in refused.value.errors or []} == {f"body.line.{LARGE - 28}.result"}
    assert await stored_with_prefix(platform, prefix) == 0


async def test_a_stream_that_fails_after_records_were_stored_leaves_none_of_them(
    platform: Platform, sis: Sis, intake: IntakeService
) -> None:
    prefix = uuid.uuid4().hex[:8]
    records = [record(UNKNOWN_MC, sis_completion_id=f"{prefix}-{n}") for n in range(LARGE)]
    body = json.dumps({"completions": records}).encode()
    with pytest.raises(BrokenStream):
        await intake.receive(
            caller_of(sis),
            uuid.UUID(sis.institution_id),
            media_type="application/json",
            body=pieces_of(body, 8_192, fail_after=len(body) // 2),  # some hundreds already inserted
            idempotency_key=f"key-{prefix}",
        )
    assert await stored_with_prefix(platform, prefix) == 0
    # The key was not kept either: the same request with it now succeeds.
    reply = await intake.receive(
        caller_of(sis),
        uuid.UUID(sis.institution_id),
        media_type="application/json",
        body=pieces_of(body, 8_192),
        idempotency_key=f"key-{prefix}",
    )
    assert (reply.status, reply.replayed, reply.body["accepted"]) == (202, False, LARGE)
    assert await stored_with_prefix(platform, prefix) == LARGE


async def test_a_chunked_body_past_the_size_limit_is_413(platform: Platform, sis: Sis) -> None:
    prefix = uuid.uuid4().hex[:8]
    records = [record(UNKNOWN_MC, sis_completion_id=f"{prefix}-{n}") for n in range(LARGE)]
    body = json.dumps({"completions": records}).encode()
    assert len(body) > platform.issuer.max_body_bytes
    response = await post_in_chunks(sis, body, "application/json", chunk=4_096)
    assert response.status_code == 413, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert await stored_with_prefix(platform, prefix) == 0


async def test_records_and_lines_that_cross_every_chunk_boundary_are_read_whole(sis: Sis) -> None:
    prefix = uuid.uuid4().hex[:8]
    records = [
        record(
            UNKNOWN_MC,
            sis_completion_id=f"{prefix}-J1",
            learner={"name": "Zoë \U0001f600", "email": "a@b.ca"},
        ),
        record(UNKNOWN_MC, sis_completion_id=f"{prefix}-J2"),
    ]
    body = json.dumps({"completions": records}).encode()  # the emoji as an escaped surrogate pair
    response = await post_in_chunks(sis, body, "application/json", chunk=1)
    assert response.status_code == 202, response.text
    assert [item["outcome"] for item in response.json()["records"]] == ["accepted", "accepted"]

    csv = CSV_HEADER + csv_line(f"{prefix}-C1", name='"Doe, Jo"') + csv_line(f"{prefix}-C2").rstrip()
    response = await post_in_chunks(sis, ("\ufeff" + csv).encode(), "text/csv", chunk=1)
    assert response.status_code == 202, response.text
    assert [(item["index"], item["outcome"]) for item in response.json()["records"]] == [
        (2, "accepted"),
        (3, "accepted"),
    ]


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        (b'{"completions": [], "more": 1}', "body", "model_type"),
        (b'{"completions": {"a": 1}}', "body.completions", "list_type"),
        (b'[{"sis_completion_id": "x"}]', "body", "model_type"),
        (b'{"completions": []}', "body.completions", "empty_batch"),
        (b'{"completions": [{"sis_completion_id": "x"}', "body", "json_invalid"),
        (b'{"completions": [{"sis_completion_id": "\\ud800x"}]}', "body", "unstorable_character"),
        (
            b'{"completions": [{"sis_completion_id": "x\\u0000"}]}',
            "body.completions.0.sis_completion_id",
            None,
        ),
    ],
)
async def test_a_json_body_that_is_not_a_batch_is_named_whatever_its_chunks(
    sis: Sis, body: bytes, field: str, code: str | None
) -> None:
    for chunk in (1, 5, len(body)):
        response = await post_in_chunks(sis, body, "application/json", chunk=chunk)
        assert response.status_code == 422, response.text
        assert field in field_names(response), response.text
        codes = {error["code"] for error in response.json()["errors"]}
        assert code is None or code in codes, response.text
