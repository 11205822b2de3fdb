"""The framework's reference data: the OQF's 13 levels, the seven OMC types (Table 1), provider types
with their EQAA and eligibility (Table 2). Public, loaded idempotently, and data rather than code."""

from __future__ import annotations

import hashlib
from importlib.resources import files
from typing import Any

import pytest
from pydantic import SecretStr

from ops.admin import create_admin_client
from ops.database import ServiceDatabase, seed
from ops.local_servers import bound_socket, start_server, url_of
from services.registry_api.config import RegistrySettings
from services.registry_api.main import create_app as create_registry
from services.registry_api.repositories.reference_data import ReferenceDataRepository
from services.registry_api.services.reference_data import framework, load_reference_data
from shared.db.engine import create_engine, create_session_factory
from shared.schemas.reference import ReferenceDataVersion
from tests.conftest import TEST_MASTER_KEY, database_for
from tests.support.database import fresh_database
from tests.support.platform import Platform

# Table 1: code -> (English abbreviation, French abbreviation, OQF level).
TABLE_1 = {
    "cert": ("OMC (Cert)", "MCO (Cert)", 1),
    "app": ("OMC (App)", "MCO (App)", 3),
    "dip": ("OMC (Dip)", "MCO (Dip)", 7),
    "postdip": ("OMC (PostDip)", "MCO (PostDip)", 9),
    "bac": ("OMC (Bac)", "MCO (Bac)", 10),
    "ma": ("OMC (Ma)", "MCO (Ma)", 12),
    "doc": ("OMC (Doc)", "MCO (Doc)", 13),
}
COLLEGE_TYPES = ["cert", "app", "dip", "postdip"]
DEGREE_TYPES = ["bac", "ma", "doc"]
# Table 2: code -> (organisation kind, EQAA slug, eligible OMC types in level order).
TABLE_2 = {
    "ontario_public_college": ("institution", "ocqas", COLLEGE_TYPES),
    "indigenous_institute": ("institution", "iiqab", COLLEGE_TYPES + DEGREE_TYPES),
    "ontario_public_university": ("institution", "oucqa", DEGREE_TYPES),
    "degree_provider_ministerial_consent": ("institution", "peqab", DEGREE_TYPES),
    "private_career_college": ("alternate_provider", None, []),
    "employer": ("alternate_provider", None, []),
    "industry_association": ("alternate_provider", None, []),
    "professional_association": ("alternate_provider", None, []),
    "community_organisation": ("alternate_provider", None, []),
}


async def _reference(platform: Platform, name: str) -> list[dict[str, Any]]:
    path = f"/v1/reference/{name}" if name else "/v1/reference"
    response = await platform.http.get(f"{platform.registry.public_url}{path}")
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "public, max-age=3600"
    body: list[dict[str, Any]] = response.json()
    return body


async def test_the_oqf_has_thirteen_levels_in_order(platform: Platform) -> None:
    levels = await _reference(platform, "oqf-levels")
    assert [level["level"] for level in levels] == list(range(1, 14))
    names = {level["level"]: level["name_en"] for level in levels}
    assert names[1] == "Certificate I"
    assert names[7] == "Diploma II"
    assert names[8] == "Advanced Diploma"
    assert names[11] == "Bachelor's Degree (Honours)"
    assert names[13] == "Doctoral Degree"
    assert all(level["name_fr"] for level in levels)


async def test_the_seven_omc_types_follow_table_1(platform: Platform) -> None:
    types = await _reference(platform, "qualification-types")
    assert [kind["code"] for kind in types] == list(TABLE_1), "ordered by OQF level"
    for kind in types:
        english, french, level = TABLE_1[kind["code"]]
        assert (kind["abbreviation_en"], kind["abbreviation_fr"], kind["oqf_level"]) == (
            english,
            french,
            level,
        )
        assert kind["name_en"].startswith("Ontario Micro-Credential (")
        assert kind["name_fr"].startswith("Microcertification de l'Ontario (")
    levels = {kind["oqf_level"] for kind in types}
    assert not levels & {8, 11}, "no OMC type for Advanced Diploma or Honours Bachelor"
    aligned = {kind["code"]: kind["aligned_qualification_en"] for kind in types}
    assert aligned["postdip"] == "Post-Diploma Certificate (Ontario College Graduate Certificate)"


async def test_provider_types_follow_table_2(platform: Platform) -> None:
    provider_types = await _reference(platform, "provider-types")
    as_table = {
        item["code"]: (item["organisation_kind"], item["eqaa_slug"], item["eligible_qualification_types"])
        for item in provider_types
    }
    assert as_table == TABLE_2
    assert all(item["name_en"] and item["name_fr"] for item in provider_types)


async def test_every_assigned_eqaa_is_a_registered_agency(platform: Platform) -> None:
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations", params={"kind": "eqaa", "limit": 100}
    )
    agencies = {item["slug"] for item in response.json()["items"]}
    assert {eqaa for _, eqaa, _ in TABLE_2.values() if eqaa} <= agencies


async def test_the_loaded_version_and_checksum_are_published(platform: Platform) -> None:
    versions = await _reference(platform, "")
    text = files("services.registry_api.reference_data").joinpath("omc_framework.json").read_text("utf-8")
    data, _ = framework()
    assert versions == [
        {
            "name": "omc_framework",
            "version": data.version,
            "checksum": hashlib.sha256(text.encode()).hexdigest(),
        }
    ]


async def test_reloading_the_reference_data_changes_nothing(
    platform: Platform, service_databases: list[ServiceDatabase]
) -> None:
    names = ["", "oqf-levels", "qualification-types", "provider-types"]
    before = {name: await _reference(platform, name) for name in names}
    organisations_url = f"{platform.registry.public_url}/v1/organisations"
    reference_kinds = ["platform", "ministry", "eqaa"]
    organisations_before = [
        (await platform.http.get(organisations_url, params={"kind": kind, "limit": 100})).json()
        for kind in reference_kinds
    ]

    first, second = await seed(service_databases), await seed(service_databases)

    assert first == second == 13 + 7 + 9 + 6
    assert {name: await _reference(platform, name) for name in names} == before
    organisations_after = [
        (await platform.http.get(organisations_url, params={"kind": kind, "limit": 100})).json()
        for kind in reference_kinds
    ]
    assert organisations_after == organisations_before, "same ids, names and updated_at"


@pytest.fixture(scope="module")
def scratch_database(admin_url: str, database_name: str) -> list[ServiceDatabase]:
    """A database of its own, so that changing the reference data touches no other test."""
    return fresh_database(admin_url, f"{database_name}_reference")


async def test_eligibility_is_data_a_changed_file_changes_the_rules(
    scratch_database: list[ServiceDatabase], platform: Platform
) -> None:
    registry_url = database_for(scratch_database, "registry").url
    engine = create_engine(registry_url, pool_size=1)
    sessions = create_session_factory(engine)
    data, _ = framework()
    changed = data.model_copy(deep=True, update={"version": "test-colleges-award-bachelors"})
    college = next(item for item in changed.provider_types if item.code == "ontario_public_college")
    college.eligible_qualification_types = ["cert", "dip", "postdip", "bac"]
    admin = await create_admin_client(registry_url, name="reference data test")
    try:
        async with sessions.begin() as session:
            references = ReferenceDataRepository(session)
            await references.replace_framework(changed)
            await references.record_version(
                ReferenceDataVersion(name="omc_framework", version=changed.version, checksum="0" * 64)
            )
        sock = bound_socket()
        url = url_of(sock)
        settings = RegistrySettings.model_validate(
            {
                "database_url": SecretStr(registry_url),
                "public_url": url,
                "master_key": SecretStr(TEST_MASTER_KEY),
                "environment": "test",
            }
        )
        server = start_server("registry_api_reference", create_registry(settings), sock)
        try:
            http = platform.http
            provider_types = (await http.get(f"{url}/v1/reference/provider-types")).json()
            eligible = {item["code"]: item["eligible_qualification_types"] for item in provider_types}
            assert eligible["ontario_public_college"] == ["cert", "dip", "postdip", "bac"]
            assert eligible["ontario_public_university"] == DEGREE_TYPES, "other rows untouched"
            versions = (await http.get(f"{url}/v1/reference")).json()
            assert versions[0]["version"] == "test-colleges-award-bachelors"

            token = (
                await http.post(
                    f"{url}/oauth/token",
                    data={"grant_type": "client_credentials"},
                    auth=(admin.client_id, admin.client_secret),
                )
            ).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            created = await http.post(
                f"{url}/v1/organisations",
                json={
                    "slug": "degree-granting-college",
                    "kind": "institution",
                    "provider_type": "ontario_public_college",
                    "name_en": "Degree-granting college",
                },
                headers=headers,
            )
            assert created.status_code == 201, created.text
            approved_url = f"{url}/v1/organisations/{created.json()['id']}/approved-qualification-types"
            bachelors = await http.put(approved_url, json={"qualification_types": ["bac"]}, headers=headers)
            assert bachelors.status_code == 200, bachelors.text
            assert bachelors.json()["approved_qualification_types"] == ["bac"]
            apprenticeship = await http.put(
                approved_url, json={"qualification_types": ["app"]}, headers=headers
            )
            assert apprenticeship.status_code == 422, "no longer eligible once the file says so"

            await load_reference_data(sessions)  # the shipped file again
            provider_types = (await http.get(f"{url}/v1/reference/provider-types")).json()
            eligible = {item["code"]: item["eligible_qualification_types"] for item in provider_types}
            assert eligible["ontario_public_college"] == COLLEGE_TYPES, "pairs absent from the file go"
        finally:
            server.stop()
    finally:
        await engine.dispose()
