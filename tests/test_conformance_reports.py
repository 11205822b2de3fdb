"""Conformance reports a registrar reads: per version (missing elements by profile) and per institution."""

from __future__ import annotations

from shared.schemas.auth import OrganisationKind, Role
from tests.support.micro_credentials import Registrar, complete_metadata, minimal_metadata
from tests.support.platform import Platform


async def test_a_version_report_lists_what_is_missing(platform: Platform) -> None:
    _, registrar = await platform.new_domci()
    college = Registrar(platform, registrar)
    draft = await college.create(minimal_metadata())
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/micro-credentials/{draft['id']}/versions/1/conformance",
        headers=await college.headers(),
    )
    assert response.status_code == 200, response.text
    profiles = {result["profile"]: result for result in response.json()["profiles"]}
    assert profiles["omc"]["met"] is False
    assert set(profiles["omc"]["missing"]) == {
        "level",
        "workload_hours",
        "learning_outcomes",
        "assessment",
        "quality_assurance",
    }
    assert "description" in profiles["ecampus"]["missing"]


async def test_an_approved_complete_version_meets_every_profile(platform: Platform) -> None:
    _, registrar = await platform.new_domci()
    college = Registrar(platform, registrar)
    published = await college.published(complete_metadata("cert"))
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/micro-credentials/{published['id']}/versions/1/conformance",
        headers=await college.headers(),
    )
    assert all(result["met"] and not result["missing"] for result in response.json()["profiles"])


async def test_the_institution_summary_counts_and_ranks_missing_elements(platform: Platform) -> None:
    organisation, registrar = await platform.new_domci()
    college = Registrar(platform, registrar)
    await college.published(complete_metadata("cert"))
    await college.create(minimal_metadata())
    await college.create(minimal_metadata(description={"en": "Has a description."}))
    url = f"{platform.registry.public_url}/v1/organisations/{organisation['id']}/conformance"
    body = (await platform.http.get(url, headers=await college.headers())).json()
    assert body["micro_credentials"] == 3
    summary = {profile["profile"]: profile for profile in body["profiles"]}
    assert summary["omc"]["met"] == 1
    assert summary["omc"]["total"] == 3
    ecampus_missing = {
        item["element"]: item["versions_missing_it"] for item in summary["ecampus"]["most_often_missing"]
    }
    assert ecampus_missing["noc_codes"] == 2
    assert ecampus_missing["description"] == 1


async def test_another_institution_cannot_read_the_summary(platform: Platform) -> None:
    organisation, _ = await platform.new_domci()
    stranger = await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION])
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations/{organisation['id']}/conformance",
        headers=await platform.auth(stranger),
    )
    assert response.status_code == 403
