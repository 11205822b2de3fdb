"""Conformance profiles (EU, Australia, OMC, eCampusOntario, ONCAT): which required elements a
version has, element by element, and what an approved or a patchy micro-credential reports."""

from __future__ import annotations

from typing import Any

import pytest

from services.registry_api.services.conformance import ELEMENTS, PROFILES, evaluate, profiles_met
from shared.schemas.conformance import Profile
from shared.schemas.micro_credentials import MicroCredentialMetadata
from tests.support.micro_credentials import Registrar, complete_metadata, ready_metadata
from tests.support.platform import Platform

ALL_PROFILES = {profile.value for profile in Profile}
NEEDS_QUALITY_ASSURANCE = {"eu", "australia", "omc"}


def _metadata(**change: Any) -> MicroCredentialMetadata:
    data = {key: value for key, value in complete_metadata(**change).items() if value is not None}
    return MicroCredentialMetadata.model_validate(data)


def _missing(metadata: MicroCredentialMetadata, *, quality_assured: bool = True) -> dict[str, list[str]]:
    return {
        result.profile.value: result.missing
        for result in evaluate(metadata, quality_assured=quality_assured)
        if result.missing
    }


def test_every_profile_names_known_elements_only() -> None:
    assert set(PROFILES) == set(Profile)
    for profile, (title, elements) in PROFILES.items():
        assert title, profile
        assert elements, profile
        assert set(elements) <= set(ELEMENTS), profile


def test_complete_quality_assured_metadata_meets_every_profile() -> None:
    results = evaluate(_metadata(), quality_assured=True)
    assert [result.profile for result in results] == list(Profile)
    for result in results:
        assert (result.met, result.missing) == (True, []), result.profile
        assert result.present == PROFILES[result.profile][1]
    assert set(profiles_met(_metadata(), quality_assured=True)) == ALL_PROFILES


def test_without_quality_assurance_three_profiles_are_not_met() -> None:
    assert _missing(_metadata(), quality_assured=False) == {
        profile: ["quality_assurance"] for profile in NEEDS_QUALITY_ASSURANCE
    }
    assert set(profiles_met(_metadata(), quality_assured=False)) == ALL_PROFILES - NEEDS_QUALITY_ASSURANCE


# Removing one field: the element it provides, and the profiles that then miss it.
REMOVALS: list[tuple[dict[str, Any], str, set[str]]] = [
    ({"description": None}, "description", {"australia", "ecampus"}),
    ({"learning_outcomes": []}, "learning_outcomes", {"eu", "australia", "omc", "oncat"}),
    ({"instructional_hours": None}, "workload_hours", {"eu", "omc", "ecampus", "oncat"}),
    ({"qualification_type": None}, "level", {"eu", "australia", "omc", "oncat"}),
    ({"assessment": None}, "assessment", {"eu", "australia", "omc", "oncat"}),
    ({"delivery_modes": []}, "delivery_mode", {"eu", "australia", "ecampus"}),
    ({"offerings": []}, "dates_of_delivery", {"australia", "ecampus"}),
    ({"prerequisites": None}, "prerequisites", {"australia"}),
    ({"languages_of_instruction": []}, "language", {"australia"}),
    ({"noc_codes": []}, "noc_codes", {"ecampus"}),
    ({"endorsements": []}, "industry_endorsement", {"ecampus"}),
    ({"instructional_hours": "60"}, "hours_rationale", {"omc"}),
]


@pytest.mark.parametrize(
    ("change", "element", "profiles"), REMOVALS, ids=[element for _, element, _ in REMOVALS]
)
def test_a_missing_element_fails_exactly_the_profiles_that_need_it(
    change: dict[str, Any], element: str, profiles: set[str]
) -> None:
    missing = _missing(_metadata(**change))
    assert missing == {profile: [element] for profile in profiles}


@pytest.mark.parametrize(
    "change",
    [
        {"instructional_hours": "60", "hours_rationale": "Aligned with Certificate I, above 40 h."},
        {"learner_effort_hours": None},  # instructional hours are learner effort enough
        {"prerequisites": None, "ideal_learner_profile": "Apprentices in their second year."},
    ],
    ids=["hours rationale", "instructional hours as effort", "ideal learner profile"],
)
def test_alternatives_that_satisfy_an_element(change: dict[str, Any]) -> None:
    assert _missing(_metadata(**change)) == {}


def test_a_partner_is_industry_involvement_enough() -> None:
    partner = {"organisation_id": "00000000-0000-4000-8000-000000000001", "role": "co_awarding"}
    assert _missing(_metadata(endorsements=[], partners=[partner])) == {}


def test_learner_effort_needs_some_measure_of_hours() -> None:
    metadata = _metadata(instructional_hours=None, learner_effort_hours=None)
    assert "learner_effort" in _missing(metadata)["australia"]
    assert "learner_effort" not in _missing(_metadata(instructional_hours=None)).get("australia", [])


def test_competencies_are_not_required_by_any_profile_yet() -> None:
    outcomes = [{"statement": {"en": "Apply lockout procedures."}}]
    metadata = _metadata(learning_outcomes=outcomes)
    assert ELEMENTS["competencies"](metadata, True) is False
    assert _missing(metadata) == {}


async def _report(registrar: Registrar, identifier: str, version: int = 1) -> dict[str, dict[str, Any]]:
    response = await registrar.platform.http.get(
        f"{registrar.base}/v1/micro-credentials/{identifier}/versions/{version}/conformance",
        headers=await registrar.headers(),
    )
    assert response.status_code == 200, response.text
    assert response.json()["version"] == version
    return {result["profile"]: result for result in response.json()["profiles"]}


async def test_an_approved_complete_omc_meets_every_profile(platform: Platform) -> None:
    _, client = await platform.new_domci("ontario_public_university")
    registrar = Registrar(platform, client)
    published = await registrar.published(complete_metadata("bac"))
    report = await _report(registrar, published["id"])
    assert set(report) == ALL_PROFILES
    assert all(result["met"] and result["missing"] == [] for result in report.values())


async def test_a_patchy_omc_lists_what_is_missing(platform: Platform) -> None:
    _, client = await platform.new_domci()
    registrar = Registrar(platform, client)
    published = await registrar.published(ready_metadata("dip"))
    report = await _report(registrar, published["id"])
    assert {profile for profile, result in report.items() if result["met"]} == {"omc", "oncat"}
    assert report["eu"]["missing"] == ["delivery_mode"]
    assert report["australia"]["missing"] == [
        "description",
        "dates_of_delivery",
        "delivery_mode",
        "prerequisites",
        "language",
    ]
    assert report["ecampus"]["missing"] == [
        "description",
        "delivery_mode",
        "dates_of_delivery",
        "noc_codes",
        "industry_endorsement",
    ]
    assert "quality_assurance" in report["omc"]["present"]


async def test_quality_assurance_comes_only_from_an_iqap_approval(platform: Platform) -> None:
    _, client = await platform.new_domci()
    registrar = Registrar(platform, client)
    draft = await registrar.create(complete_metadata())
    outside = await registrar.create(complete_metadata(), iqap=False)
    assert (await registrar.step(outside["id"], "publication", 1)).status_code == 200
    for identifier in (draft["id"], outside["id"]):
        report = await _report(registrar, identifier)
        unmet = {profile for profile, result in report.items() if not result["met"]}
        assert unmet == NEEDS_QUALITY_ASSURANCE, identifier
        assert all(report[p]["missing"] == ["quality_assurance"] for p in unmet)


async def test_a_superseded_version_keeps_its_quality_assurance(platform: Platform) -> None:
    _, client = await platform.new_domci()
    registrar = Registrar(platform, client)
    published = await registrar.published(complete_metadata())
    identifier = published["id"]
    assert (await registrar.save_draft(identifier, complete_metadata("dip"))).status_code == 200
    for step, version in (("submission", 2), (None, 2), ("publication", 2)):
        response = (
            await registrar.step(identifier, step, version)
            if step
            else await registrar.approve(identifier, version)
        )
        assert response.status_code == 200, response.text
    report = await _report(registrar, identifier, 1)
    assert all(result["met"] for result in report.values())
