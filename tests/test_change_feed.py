"""The change feed lets a harvester mirror the catalogue exactly: creates, updates and tombstones in
commit order, resumable from any cursor."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from tests.support.micro_credentials import Registrar, ready_metadata
from tests.support.platform import Platform


async def feed_end(platform: Platform) -> str:
    """The cursor at the current end of the feed (where a new harvester would start tailing)."""
    cursor = None
    while True:
        body = await feed_page(platform, cursor, limit=100)
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return str(cursor)


async def feed_page(platform: Platform, after: str | None, *, limit: int = 100) -> dict[str, Any]:
    params: dict[str, Any] = {"limit": limit}
    if after:
        params["after"] = after
    response = await platform.http.get(f"{platform.registry.public_url}/v1/catalogue/changes", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def changes_since(platform: Platform, cursor: str, ids: set[str]) -> list[dict[str, Any]]:
    """Every change after ``cursor`` that concerns ``ids``, one small page at a time."""
    found: list[dict[str, Any]] = []
    while True:
        body = await feed_page(platform, cursor, limit=2)
        found += [change for change in body["changes"] if change["micro_credential_id"] in ids]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return found


def mirror(changes: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """What a harvester holds after applying the changes in order."""
    copy: dict[str, dict[str, Any]] = {}
    for change in changes:
        if change["kind"] == "delete":
            copy.pop(change["micro_credential_id"], None)
        elif change["item"] is not None:
            copy[change["micro_credential_id"]] = change["item"]
    return copy


async def test_the_lifecycle_appears_in_the_feed_in_order(platform: Platform) -> None:
    _, registrar = await platform.new_domci()
    college = Registrar(platform, registrar)
    start = await feed_end(platform)
    published = await college.published(ready_metadata("cert"))
    identifier = published["id"]
    for step in ("suspension", "reinstatement", "retirement"):
        assert (await college.step(identifier, step)).status_code == 200
    changes = await changes_since(platform, start, {identifier})
    assert [change["kind"] for change in changes] == ["upsert", "delete", "upsert", "delete"]
    assert [change["seq"] for change in changes] == sorted(change["seq"] for change in changes)
    assert mirror(changes) == {}


async def test_a_mirror_built_from_the_feed_equals_the_catalogue(platform: Platform) -> None:
    organisation, registrar = await platform.new_domci()
    college = Registrar(platform, registrar)
    start = await feed_end(platform)
    kept = await college.published(ready_metadata("cert", title={"en": "Kept"}))
    retired = await college.published(ready_metadata("cert", title={"en": "Retired"}))
    assert (await college.step(retired["id"], "retirement")).status_code == 200
    # A new version of `kept`: the mirror must end with version 2.
    assert (
        await college.save_draft(kept["id"], ready_metadata("cert", title={"en": "Kept, revised"}))
    ).status_code == 200
    for response in (
        await college.step(kept["id"], "submission", 2),
        await college.approve(kept["id"], 2),
        await college.step(kept["id"], "publication", 2),
    ):
        assert response.status_code == 200, response.text
    # The institution loses its standing: its entries change (the OMC mark goes).
    suspended = await platform.designate(
        organisation["id"], status="suspended", effective_from=date(2025, 1, 1)
    )
    assert suspended.status_code == 201

    copy = mirror(await changes_since(platform, start, {kept["id"], retired["id"]}))
    live = await platform.http.get(
        f"{platform.registry.public_url}/v1/catalogue/micro-credentials",
        params={"provider": str(college.organisation_id), "limit": 100},
    )
    assert copy == {item["id"]: item for item in live.json()["items"]}
    assert copy[kept["id"]]["version"] == 2
    assert copy[kept["id"]]["omc_mark"] is False


async def test_concurrent_publications_get_distinct_increasing_positions(platform: Platform) -> None:
    _, registrar = await platform.new_domci()
    college = Registrar(platform, registrar)
    drafts = [await college.create(ready_metadata("cert", title={"en": f"Parallel {n}"})) for n in range(6)]
    for draft in drafts:
        assert (await college.step(draft["id"], "submission", 1)).status_code == 200
        assert (await college.approve(draft["id"], 1)).status_code == 200
    start = await feed_end(platform)
    responses = await asyncio.gather(*(college.step(draft["id"], "publication", 1) for draft in drafts))
    assert {response.status_code for response in responses} == {200}
    changes = await changes_since(platform, start, {draft["id"] for draft in drafts})
    assert len(changes) == len(drafts)
    seqs = [change["seq"] for change in changes]
    assert seqs == sorted(set(seqs))


async def test_an_idle_feed_keeps_its_cursor(platform: Platform) -> None:
    end = await feed_end(platform)
    body = await feed_page(platform, end)
    # Each xdist worker has its own database and runs its tests one at a time: nothing else writes.
    assert body["changes"] == []
    assert body["next_cursor"] == end
    assert body["has_more"] is False


async def test_a_malformed_cursor_is_refused(platform: Platform) -> None:
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/catalogue/changes", params={"after": "###"}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "query.after"
