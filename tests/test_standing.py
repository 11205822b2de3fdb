"""Standing on a date, as the credential issuer asks for it (QualityLedgerClient): was the institution
a DOMCI in good standing, was the version an approved OMC, with the ledger entries that prove it (each
hash recomputes) or the reasons why not. And the DEQAR-style view of agencies' decisions."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest

from shared.clients.quality import QualityLedgerClient
from shared.ledger.hashing import entry_hash
from shared.schemas.ledger import LedgerEntry
from tests.support.iqap import QaOffice, approval_body, codes
from tests.support.micro_credentials import ready_metadata
from tests.support.platform import Platform
from tests.support.quality import days_ago, endorsed_through_ledger, endorsement_body


@pytest.fixture(scope="module")
def quality(platform: Platform) -> QualityLedgerClient:
    return QualityLedgerClient(platform.http, platform.qa.public_url)


@pytest.fixture(scope="module")
async def approved(platform: Platform) -> tuple[QaOffice, str, dict[str, Any]]:
    """A DOMCI (endorsed 20 days ago, designated from 5 days ago) whose version 1 was approved yesterday."""
    office = await QaOffice.designated(platform)
    micro_credential_id = await office.submitted(ready_metadata())
    response = await office.approve(approval_body(micro_credential_id, approved_on=days_ago(1).isoformat()))
    assert response.status_code == 201, response.text
    return office, micro_credential_id, response.json()


async def _seq(platform: Platform, path: str) -> int:
    response = await platform.http.get(f"{platform.qa.public_url}{path}")
    assert response.status_code == 200, response.text
    seq: int = response.json()["seq"]
    return seq


async def test_standing_holds_with_a_chain_whose_hashes_recompute(
    platform: Platform, quality: QualityLedgerClient, approved: tuple[QaOffice, str, dict[str, Any]]
) -> None:
    office, micro_credential_id, approval = approved
    standing = await quality.standing(
        uuid.UUID(office.institution_id), micro_credential_id=uuid.UUID(micro_credential_id), version=1
    )
    assert (standing.on, standing.valid, standing.domci, standing.approved_omc) == (
        date.today(),
        True,
        True,
        True,
    )
    assert standing.reasons == []
    assert standing.designation is not None
    assert standing.designation.id == office.domci.designation_id
    assert standing.approval is not None
    assert standing.approval.model_dump(mode="json") == approval

    decision_seq = await _seq(platform, f"/v1/decisions/{office.domci.decision_id}")
    designation_seq = await _seq(platform, f"/v1/designations/{office.domci.designation_id}")
    assert [(entry.seq, entry.event_type) for entry in standing.chain] == [
        (decision_seq, "review.decided"),
        (designation_seq, "designation.decided"),
        (approval["seq"], "approval.recorded"),
    ]
    for entry in standing.chain:
        assert entry_hash(entry.hashed_body()) == entry.entry_hash
        published = await platform.http.get(f"{platform.qa.public_url}/v1/ledger/entries/{entry.seq}")
        assert LedgerEntry.model_validate(published.json()) == entry
    forged = standing.chain[-1].model_copy(
        update={"payload": {**standing.chain[-1].payload, "reviewer": "x"}}
    )
    assert entry_hash(forged.hashed_body()) != forged.entry_hash


async def test_no_standing_before_the_designation(
    quality: QualityLedgerClient, approved: tuple[QaOffice, str, dict[str, Any]]
) -> None:
    office, micro_credential_id, approval = approved
    day = days_ago(10)
    standing = await quality.standing(
        uuid.UUID(office.institution_id),
        on=day,
        micro_credential_id=uuid.UUID(micro_credential_id),
        version=1,
    )
    assert (standing.valid, standing.domci, standing.approved_omc, standing.designation) == (
        False,
        False,
        False,
        None,
    )
    assert standing.reasons == [
        f"no designation covered {day.isoformat()}",
        f"version 1 was approved on {days_ago(1).isoformat()}, after the date",
    ]
    assert [entry.seq for entry in standing.chain] == [approval["seq"]]


async def test_a_version_approved_after_the_date_was_not_yet_an_omc(
    quality: QualityLedgerClient, approved: tuple[QaOffice, str, dict[str, Any]]
) -> None:
    office, micro_credential_id, _ = approved
    standing = await quality.standing(
        uuid.UUID(office.institution_id),
        on=days_ago(3),
        micro_credential_id=uuid.UUID(micro_credential_id),
        version=1,
    )
    assert (standing.valid, standing.domci, standing.approved_omc) == (False, True, False)
    assert standing.reasons == [f"version 1 was approved on {days_ago(1).isoformat()}, after the date"]


async def test_institution_only_standing_and_unapproved_versions(
    platform: Platform, quality: QualityLedgerClient, approved: tuple[QaOffice, str, dict[str, Any]]
) -> None:
    office, micro_credential_id, _ = approved
    alone = await quality.standing(uuid.UUID(office.institution_id))
    assert (alone.valid, alone.domci, alone.approved_omc, alone.approval, alone.reasons) == (
        True,
        True,
        None,
        None,
        [],
    )
    assert [entry.event_type for entry in alone.chain] == ["review.decided", "designation.decided"]

    unapproved = await quality.standing(
        uuid.UUID(office.institution_id), micro_credential_id=uuid.UUID(micro_credential_id), version=2
    )
    assert (unapproved.valid, unapproved.approved_omc) == (False, False)
    assert unapproved.reasons == ["version 2 has no recorded IQAP approval"]

    stranger = await quality.standing(
        uuid.uuid4(), on=days_ago(1), micro_credential_id=uuid.UUID(micro_credential_id), version=1
    )
    assert stranger.reasons == [
        f"no designation covered {days_ago(1).isoformat()}",
        "version 1 was approved by another institution",
    ]
    assert (stranger.chain, stranger.approval) == ([], None)

    url = f"{platform.qa.public_url}/v1/standing"
    half = await platform.http.get(
        url, params={"institution": office.institution_id, "micro_credential": micro_credential_id}
    )
    assert codes(half) == {"query.version": "missing"}
    other_half = await platform.http.get(url, params={"institution": office.institution_id, "version": 1})
    assert codes(other_half) == {"query.micro_credential": "missing"}


async def test_standing_ends_with_a_suspension_and_earlier_dates_still_hold(
    platform: Platform, quality: QualityLedgerClient
) -> None:
    office = await QaOffice.designated(platform)
    micro_credential_id = await office.submitted(ready_metadata())
    response = await office.approve(approval_body(micro_credential_id, approved_on=days_ago(1).isoformat()))
    assert response.status_code == 201, response.text
    suspension = await office.suspend()

    institution, version_id = uuid.UUID(office.institution_id), uuid.UUID(micro_credential_id)
    today = await quality.standing(institution, micro_credential_id=version_id, version=1)
    assert (today.valid, today.domci, today.approved_omc) == (False, False, True)
    assert today.reasons == [f"designation suspended from {date.today().isoformat()}"]
    assert today.designation is not None
    assert today.designation.status == "suspended"
    assert [entry.seq for entry in today.chain][-2:] == [response.json()["seq"], suspension["seq"]]

    yesterday = await quality.standing(institution, on=days_ago(1), micro_credential_id=version_id, version=1)
    assert (yesterday.valid, yesterday.reasons) == (True, [])
    assert yesterday.designation is not None
    assert yesterday.designation.id == office.domci.designation_id


async def test_decisions_valid_on_a_date_by_agency_institution_and_expiry(
    platform: Platform, quality: QualityLedgerClient
) -> None:
    college = await endorsed_through_ledger(platform)
    university = await endorsed_through_ledger(
        platform, "ontario_public_university", decision=endorsement_body(years=7)
    )
    college_id, university_id = (
        uuid.UUID(college.organisation["id"]),
        uuid.UUID(university.organisation["id"]),
    )

    async def ids(**filters: Any) -> list[uuid.UUID]:
        items, after = [], None
        while True:
            page = await quality.decisions(limit=100, after=after, **filters)
            items += [item.id for item in page.items]
            if page.next_cursor is None:
                return items
            after = page.next_cursor

    assert await ids(institution_id=college_id, valid_on=date.today()) == [college.decision_id]
    assert await ids(institution_id=college_id, valid_on=days_ago(21)) == []
    assert await ids(institution_id=college_id, valid_on=date.today() + timedelta(days=365 * 5 + 2)) == []
    ocqas = await ids(agency="ocqas", valid_on=date.today())
    assert college.decision_id in ocqas
    assert university.decision_id not in ocqas
    assert university.decision_id in await ids(agency="oucqa")

    # A 5-year term ends within 2000 days; a 7-year one does not.
    assert await ids(institution_id=college_id, expiring_within_days=2000) == [college.decision_id]
    assert await ids(institution_id=university_id, expiring_within_days=2000) == []
    assert await ids(institution_id=university_id, expiring_within_days=2600) == [university.decision_id]

    withdrawn = await platform.http.post(
        f"{platform.qa.public_url}/v1/decisions/{college.decision_id}/supersession",
        json={
            "kind": "withdrawal",
            "recorded_on": date.today().isoformat(),
            "reason": "Withdrawn after audit.",
        },
        headers=await platform.auth(college.agency),
    )
    assert withdrawn.status_code in (200, 201), withdrawn.text
    assert await ids(institution_id=college_id, valid_on=date.today()) == []
    assert await ids(institution_id=college_id, valid_on=days_ago(1)) == [college.decision_id]
    assert await ids(institution_id=college_id, expiring_within_days=2000) == []


async def test_decisions_page_in_ledger_order(platform: Platform, quality: QualityLedgerClient) -> None:
    first = await endorsed_through_ledger(platform, "ontario_public_university")
    second = await endorsed_through_ledger(platform, "ontario_public_university")
    seen: list[uuid.UUID] = []
    page = await quality.decisions(agency="oucqa", limit=1)
    while True:
        assert len(page.items) <= 1
        seen += [item.id for item in page.items]
        if page.next_cursor is None:
            break
        page = await quality.decisions(agency="oucqa", limit=1, after=page.next_cursor)
    assert seen.index(first.decision_id) < seen.index(second.decision_id)
    assert len(seen) == len(set(seen))
    too_big = await platform.http.get(f"{platform.qa.public_url}/v1/deqar/decisions", params={"limit": 101})
    assert codes(too_big) == {"query.limit": "less_than_equal"}
