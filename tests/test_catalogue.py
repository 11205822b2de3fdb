"""The public catalogue: only published versions, every filter, facets, keyset pages with Link
headers, conditional GETs, CTDL JSON-LD and the export. The change feed is in test_change_feed.py."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

import httpx
import pytest

from tests.support.micro_credentials import Registrar, complete_metadata, minimal_metadata, ready_metadata
from tests.support.platform import Platform


async def search(platform: Platform, **params: Any) -> httpx.Response:
    return await platform.http.get(
        f"{platform.registry.public_url}/v1/catalogue/micro-credentials", params=params
    )


async def ids_found(platform: Platform, **params: Any) -> set[str]:
    response = await search(platform, **params)
    assert response.status_code == 200, response.text
    return {item["id"] for item in response.json()["items"]}


@pytest.fixture(scope="module")
async def college(platform: Platform) -> Registrar:
    _, registrar = await platform.new_domci("ontario_public_college")
    return Registrar(platform, registrar)


@pytest.fixture(scope="module")
async def shelf(platform: Platform, college: Registrar) -> dict[str, dict[str, Any]]:
    """A college's catalogue: a complete OMC, a patchy online one, a listing outside the IQAP, and
    unpublished versions that must never show."""
    complete = await college.published(complete_metadata("cert"))
    patchy = await college.published(
        ready_metadata(
            "dip",
            title={"en": "Bookkeeping basics"},
            instructional_hours="90",
            hours_rationale="Includes supervised practice.",
            delivery_modes=["online_asynchronous"],
            languages_of_instruction=["en"],
            noc_codes=["13100"],
            osap_eligible=True,
        )
    )
    listing = await college.create(
        minimal_metadata(
            title={"fr": "Atelier de pâtisserie"},
            delivery_modes=["in_person"],
            languages_of_instruction=["fr"],
            instructional_hours="6",
        ),
        iqap=False,
    )
    published = await college.step(listing["id"], "publication", 1)
    assert published.status_code == 200, published.text
    draft = await college.create(ready_metadata("cert", title={"en": "Unpublished draft"}))
    submitted = await college.create(ready_metadata("cert", title={"en": "Submitted only"}))
    assert (await college.step(submitted["id"], "submission", 1)).status_code == 200
    return {
        "complete": complete,
        "patchy": patchy,
        "listing": listing,
        "draft": draft,
        "submitted": submitted,
    }


async def test_only_published_versions_are_in_the_catalogue(
    platform: Platform, college: Registrar, shelf: dict[str, dict[str, Any]]
) -> None:
    found = await ids_found(platform, provider=str(college.organisation_id), limit=100)
    assert found == {shelf["complete"]["id"], shelf["patchy"]["id"], shelf["listing"]["id"]}
    missing = await platform.http.get(
        f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{shelf['draft']['id']}"
    )
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"


async def test_an_item_carries_its_provider_level_and_mark(
    platform: Platform, college: Registrar, shelf: dict[str, dict[str, Any]]
) -> None:
    base = f"{platform.registry.public_url}/v1/catalogue/micro-credentials"
    omc = (await platform.http.get(f"{base}/{shelf['complete']['id']}")).json()
    listing = (await platform.http.get(f"{base}/{shelf['listing']['id']}")).json()
    assert omc["omc_mark"] is True
    assert omc["qualification"]["abbreviation_en"] == "OMC (Cert)"
    assert omc["qualification"]["oqf_level"] == 1
    assert omc["provider"]["id"] == str(college.organisation_id)
    assert omc["provider"]["eqaa_slug"] == "ocqas"
    assert omc["provider"]["in_good_standing"] is True
    assert omc["teer_categories"] == [2]
    assert set(omc["profiles_met"]) == {"eu", "australia", "omc", "ecampus", "oncat"}
    assert omc["has_current_offering"] is True
    assert listing["omc_mark"] is False, "a listing outside the IQAP never carries the OMC mark"
    assert listing["hours_outside_guideline"] is True


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"qualification_type": "cert"}, {"complete"}),
        ({"qualification_type": ["cert", "dip"]}, {"complete", "patchy"}),
        ({"oqf_level": 7}, {"patchy"}),
        ({"delivery_mode": "online_asynchronous"}, {"patchy"}),
        ({"delivery_mode": ["hybrid", "in_person"]}, {"complete", "listing"}),
        ({"language": "fr"}, {"complete", "listing"}),
        ({"hours_min": 20, "hours_max": 40}, {"complete"}),
        ({"hours_min": 50}, {"patchy"}),
        ({"noc": "13100"}, {"patchy"}),
        ({"cip": "48.0508"}, {"complete"}),
        ({"osap": True}, {"patchy"}),
        ({"omc_mark": False}, {"listing"}),
        ({"has_current_offering": True}, {"complete"}),
        ({"conforms_to": ["eu", "oncat"]}, {"complete", "patchy"}),
        ({"conforms_to": ["eu", "australia"]}, {"complete"}),
        ({"q": "welding"}, {"complete", "patchy"}),
        ({"q": "bookkeeping"}, {"patchy"}),
        ({"q": "soudage"}, {"complete"}),
        ({"q": "pâtisserie"}, {"listing"}),
        ({"provider_type": "ontario_public_university"}, set()),
    ],
)
async def test_filters(
    platform: Platform,
    college: Registrar,
    shelf: dict[str, dict[str, Any]],
    params: dict[str, Any],
    expected: set[str],
) -> None:
    found = await ids_found(platform, provider=str(college.organisation_id), limit=100, **params)
    assert found == {shelf[name]["id"] for name in expected}


async def test_omc_plus_follows_current_credit_transfers(platform: Platform, college: Registrar) -> None:
    published = await college.published(complete_metadata("cert", title={"en": "Stackable safety"}))
    scope = {"provider": str(college.organisation_id), "limit": 100}
    assert published["id"] not in await ids_found(platform, omc_plus=True, **scope)
    response = await platform.http.post(
        f"{platform.registry.public_url}/v1/micro-credentials/{published['id']}/credit-transfers",
        json={
            "receiving_institution_name": "Example University",
            "program": "BA Labour Studies",
            "credits": "3",
            "basis": "agreement",
            "valid_from": "2024-09-01",
        },
        headers=await college.headers(),
    )
    assert response.status_code == 201, response.text
    assert published["id"] in await ids_found(platform, omc_plus=True, **scope)
    item = (
        await platform.http.get(
            f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{published['id']}"
        )
    ).json()
    assert item["omc_plus"] is True
    assert item["credit_transfers"][0]["program"] == "BA Labour Studies"


async def test_facets_count_with_the_other_filters_applied(
    platform: Platform, college: Registrar, shelf: dict[str, dict[str, Any]]
) -> None:
    response = await search(
        platform,
        provider=str(college.organisation_id),
        qualification_type="cert",
        facet=["qualification_type", "omc_mark", "language"],
        limit=100,
    )
    facets = {
        facet["name"]: {v["value"]: v["count"] for v in facet["values"]}
        for facet in response.json()["facets"]
    }
    # The qualification facet ignores its own filter, so it shows what choosing `dip` would give.
    assert facets["qualification_type"]["cert"] >= 1
    assert facets["qualification_type"]["dip"] >= 1
    assert facets["omc_mark"] == {
        "true": len(
            await ids_found(
                platform, provider=str(college.organisation_id), qualification_type="cert", limit=100
            )
        )
    }
    assert "fr" in facets["language"]


async def test_keyset_pages_cover_everything_once_and_link_to_the_next(platform: Platform) -> None:
    _, registrar = await platform.new_domci("ontario_public_college")
    college = Registrar(platform, registrar)
    titles = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    for title in reversed(titles):
        await college.published(ready_metadata("cert", title={"en": title}))
    seen: list[str] = []
    url: str | None = f"{platform.registry.public_url}/v1/catalogue/micro-credentials"
    params: dict[str, Any] | None = {"provider": str(college.organisation_id), "limit": 2, "sort": "title"}
    pages = 0
    while url is not None:
        response = await platform.http.get(url, params=params)
        assert response.status_code == 200, response.text
        seen += [item["title"]["en"] for item in response.json()["items"]]
        links = response.links
        assert "first" in links
        url, params, pages = links.get("next", {}).get("url"), None, pages + 1
    assert seen == titles
    assert pages == 3


async def test_a_cursor_from_another_sort_order_is_refused(platform: Platform, college: Registrar) -> None:
    first = await search(platform, provider=str(college.organisation_id), limit=1, sort="title")
    cursor = first.json()["next_cursor"]
    assert cursor is not None
    response = await search(
        platform, provider=str(college.organisation_id), limit=1, sort="-hours", after=cursor
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "query.after"


@pytest.mark.parametrize("sort", ["hours", "-hours", "-title", "published", "-published"])
async def test_every_sort_order_pages_consistently(
    platform: Platform, college: Registrar, shelf: dict[str, dict[str, Any]], sort: str
) -> None:
    scope = {"provider": str(college.organisation_id), "sort": sort}
    everything = [item["id"] for item in (await search(platform, limit=100, **scope)).json()["items"]]
    paged: list[str] = []
    after = None
    while True:
        body = (await search(platform, limit=1, **scope, **({"after": after} if after else {}))).json()
        paged += [item["id"] for item in body["items"]]
        after = body.get("next_cursor")
        if after is None:
            break
    assert paged == everything


async def test_items_and_pages_answer_conditional_requests(
    platform: Platform, college: Registrar, shelf: dict[str, dict[str, Any]]
) -> None:
    url = f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{shelf['patchy']['id']}"
    first = await platform.http.get(url)
    etag, last_modified = first.headers["etag"], first.headers["last-modified"]
    assert (await platform.http.get(url, headers={"If-None-Match": etag})).status_code == 304
    assert (await platform.http.get(url, headers={"If-Modified-Since": last_modified})).status_code == 304
    assert (await platform.http.get(url, headers={"If-None-Match": 'W/"stale"'})).status_code == 200
    page = await search(platform, provider=str(college.organisation_id))
    again = await platform.http.get(
        f"{platform.registry.public_url}/v1/catalogue/micro-credentials",
        params={"provider": str(college.organisation_id)},
        headers={"If-None-Match": page.headers["etag"]},
    )
    assert again.status_code == 304
    assert again.content == b""


async def test_an_item_changes_its_etag_when_it_changes(platform: Platform, college: Registrar) -> None:
    published = await college.published(ready_metadata("cert", title={"en": "Changing"}))
    url = f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{published['id']}"
    before = (await platform.http.get(url)).headers["etag"]
    await platform.http.post(
        f"{platform.registry.public_url}/v1/micro-credentials/{published['id']}/credit-transfers",
        json={
            "receiving_institution_name": "Somewhere",
            "program": "Diploma",
            "credits": "1",
            "basis": "precedent",
            "valid_from": "2025-01-01",
        },
        headers=await college.headers(),
    )
    after = await platform.http.get(url, headers={"If-None-Match": before})
    assert after.status_code == 200
    assert after.headers["etag"] != before


async def test_the_omc_mark_follows_the_institutions_standing(platform: Platform) -> None:
    organisation, registrar = await platform.new_domci("ontario_public_college")
    college = Registrar(platform, registrar)
    published = await college.published(ready_metadata("cert"))
    url = f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{published['id']}"
    assert (await platform.http.get(url)).json()["omc_mark"] is True
    suspended = await platform.designate(
        organisation["id"], status="suspended", effective_from=date(2025, 1, 1)
    )
    assert suspended.status_code == 201, suspended.text
    item = (await platform.http.get(url)).json()
    assert item["omc_mark"] is False
    assert item["provider"]["in_good_standing"] is False


@pytest.mark.parametrize("how", ["accept", "format"])
async def test_an_item_as_ctdl_json_ld(
    platform: Platform, shelf: dict[str, dict[str, Any]], how: str
) -> None:
    url = f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{shelf['complete']['id']}"
    if how == "accept":
        response = await platform.http.get(url, headers={"Accept": "application/ld+json"})
    else:
        response = await platform.http.get(url, params={"format": "jsonld"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/ld+json"
    document = response.json()
    assert document["@context"] == "https://credreg.net/ctdl/schema/context/json"
    assert document["@type"] == "ceterms:MicroCredential"
    assert document["ceterms:ctid"] == f"ce-{shelf['complete']['id']}"
    assert document["ceterms:name"] == {"en": "Welding safety", "fr": "Sécurité en soudage"}
    assert document["ceterms:ownedBy"][0]["ceterms:ctid"].startswith("ce-")
    assert document["ceterms:estimatedDuration"][0]["ceterms:exactDuration"] == "PT30H"
    assert document["ceterms:occupationType"][0]["ceterms:codedNotation"] == "72106"
    assert document["ceterms:alternateName"]["en"] == "OMC (Cert)"
    assert document["ceterms:requires"][0]["ceterms:targetCompetency"][0]["ceterms:targetNode"].startswith(
        "http"
    )


async def test_the_export_streams_json_lines_and_csv(
    platform: Platform, shelf: dict[str, dict[str, Any]]
) -> None:
    url = f"{platform.registry.public_url}/v1/catalogue/export"
    lines = (await platform.http.get(url)).text.splitlines()
    exported = {json.loads(line)["id"] for line in lines}
    assert {shelf["complete"]["id"], shelf["patchy"]["id"], shelf["listing"]["id"]} <= exported
    assert shelf["draft"]["id"] not in exported
    response = await platform.http.get(url, params={"format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    by_id = {row["id"]: row for row in rows}
    assert by_id[shelf["complete"]["id"]]["qualification_type"] == "cert"
    assert by_id[shelf["listing"]["id"]]["omc_mark"] == "false"
    assert len(rows) == len(exported)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 1000}, "query.limit"),
        ({"hours_min": -1}, "query.hours_min"),
        ({"sort": "popularity"}, "query.sort"),
        ({"facet": "colour"}, "query.facet.0"),
        ({"provider": "not-a-uuid"}, "query.provider.0"),
        ({"after": "garbage!"}, "query.after"),
    ],
)
async def test_bad_search_parameters_are_named(
    platform: Platform, params: dict[str, Any], field: str
) -> None:
    response = await search(platform, **params)
    assert response.status_code == 422
    assert field in {error["field"] for error in response.json()["errors"]}


@pytest.fixture(scope="module")
async def ties(platform: Platform) -> tuple[str, list[str]]:
    """A provider whose listings share their hours and title, and one states no hours."""
    _, client = await platform.new_domci("ontario_public_college")
    registrar = Registrar(platform, client)
    ids = []
    for hours in ("20", "20", "20", "20", None):
        fields: dict[str, Any] = {"title": {"en": "Same title"}}
        if hours is not None:
            fields["instructional_hours"] = hours
        listing = await registrar.create(minimal_metadata(**fields), iqap=False)
        assert (await registrar.step(listing["id"], "publication", 1)).status_code == 200
        ids.append(listing["id"])
    assert registrar.client.organisation_id is not None
    return str(registrar.client.organisation_id), ids


@pytest.mark.parametrize("sort", ["title", "-title", "hours", "-hours", "published", "-published"])
async def test_ties_page_in_the_orders_direction_without_a_gap_or_a_repeat(
    platform: Platform, ties: tuple[str, list[str]], sort: str
) -> None:
    provider, ids = ties
    whole = (await search(platform, provider=provider, sort=sort, limit=100)).json()["items"]
    paged: list[str] = []
    after = None
    while True:
        body = (
            await search(
                platform, provider=provider, sort=sort, limit=1, **({"after": after} if after else {})
            )
        ).json()
        paged += [item["id"] for item in body["items"]]
        if (after := body.get("next_cursor")) is None:
            break
    assert paged == [item["id"] for item in whole]
    assert sorted(paged) == sorted(ids), "every listing once"
    if sort in ("title", "-title", "hours", "-hours"):
        tied = [item["id"] for item in whole if item["metadata"].get("instructional_hours") is not None]
        assert tied == sorted(tied, reverse=sort.startswith("-")), "ties follow the order's direction"
    if sort in ("hours", "-hours"):
        assert whole[-1]["id"] == ids[-1], "a listing without hours comes last either way"
