"""Organisations: provider types fit the kind, CTIDs, details the own registrar corrects, and the
OMC types an institution is approved for (ministry or admin, within its provider type's eligibility)."""

from __future__ import annotations

import re
import secrets
import uuid
from typing import Any

import httpx
import pytest

from shared.schemas.auth import OrganisationKind, Role
from tests.support.micro_credentials import field_paths
from tests.support.platform import ClientCredentials, Platform

CTID = re.compile(r"^ce-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")


async def _create(platform: Platform, **fields: Any) -> httpx.Response:
    body = {"slug": f"org-{secrets.token_hex(4)}", "name_en": "Some organisation", **fields}
    return await platform.http.post(
        f"{platform.registry.public_url}/v1/organisations",
        json=body,
        headers=await platform.auth(platform.admin),
    )


async def _get(platform: Platform, organisation_id: str) -> dict[str, Any]:
    response = await platform.http.get(f"{platform.registry.public_url}/v1/organisations/{organisation_id}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"kind": "institution"}, "missing"),
        ({"kind": "alternate_provider"}, "missing"),
        ({"kind": "institution", "provider_type": "castle"}, "unknown_provider_type"),
        ({"kind": "institution", "provider_type": "employer"}, "provider_type_kind_mismatch"),
        (
            {"kind": "alternate_provider", "provider_type": "ontario_public_university"},
            "provider_type_kind_mismatch",
        ),
        ({"kind": "eqaa", "provider_type": "ontario_public_college"}, "not_a_provider"),
        ({"kind": "portal", "provider_type": "employer"}, "not_a_provider"),
    ],
)
async def test_the_provider_type_must_fit_the_kind(
    platform: Platform, fields: dict[str, Any], code: str
) -> None:
    slug = f"refused-{secrets.token_hex(4)}"
    response = await _create(platform, slug=slug, **fields)
    assert field_paths(response) == {"body.provider_type"}
    assert response.json()["errors"][0]["code"] == code
    listed = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations", params={"kind": fields["kind"], "limit": 100}
    )
    assert slug not in {item["slug"] for item in listed.json()["items"]}


@pytest.mark.parametrize(
    ("kind", "provider_type", "eqaa"),
    [
        ("institution", "ontario_public_university", "oucqa"),
        ("institution", "ontario_public_college", "ocqas"),
        ("institution", "indigenous_institute", "iiqab"),
        ("institution", "degree_provider_ministerial_consent", "peqab"),
        ("alternate_provider", "private_career_college", None),
    ],
)
async def test_the_assigned_eqaa_follows_the_provider_type(
    platform: Platform, kind: str, provider_type: str, eqaa: str | None
) -> None:
    response = await _create(platform, kind=kind, provider_type=provider_type)
    assert response.status_code == 201, response.text
    assert response.json()["provider_type"] == provider_type
    assert response.json()["eqaa_slug"] == eqaa
    assert response.json()["approved_qualification_types"] == []


async def test_a_ctid_is_generated_in_credential_engine_form(platform: Platform) -> None:
    first = await platform.new_organisation(OrganisationKind.INSTITUTION)
    second = await platform.new_organisation(OrganisationKind.PORTAL)
    for organisation in (first, second):
        match = CTID.match(organisation["ctid"])
        assert match, organisation["ctid"]
        assert uuid.UUID(match.group(1)).version == 4
    assert first["ctid"] != second["ctid"]
    assert (await _get(platform, first["id"]))["ctid"] == first["ctid"]


async def test_a_given_ctid_is_kept_and_cannot_be_reused(platform: Platform) -> None:
    ctid = f"ce-{uuid.uuid4()}"
    kept = await _create(platform, kind="portal", ctid=ctid)
    assert kept.status_code == 201, kept.text
    assert kept.json()["ctid"] == ctid
    slug = f"dup-ctid-{secrets.token_hex(4)}"
    again = await _create(platform, kind="portal", ctid=ctid, slug=slug)
    assert again.status_code == 409
    listed = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations", params={"kind": "portal", "limit": 100}
    )
    assert slug not in {item["slug"] for item in listed.json()["items"]}
    malformed = await _create(platform, kind="portal", ctid="ce-not-a-uuid")
    assert field_paths(malformed) == {"body.ctid"}


async def _patch(
    platform: Platform, organisation_id: str, body: dict[str, Any], actor: ClientCredentials | None
) -> httpx.Response:
    return await platform.http.patch(
        f"{platform.registry.public_url}/v1/organisations/{organisation_id}",
        json=body,
        headers=await platform.auth(actor) if actor else {},
    )


async def test_the_own_registrar_corrects_the_details(platform: Platform) -> None:
    organisation = await platform.new_organisation(OrganisationKind.INSTITUTION)
    registrar = await platform.new_client(organisation["id"], [Role.INSTITUTION])
    changes = {
        "name_fr": "Collège d'essai",
        "website": "https://college.example.ca/",
        "city": "Sudbury",
        "province": "ON",
        "country": "CA",
    }
    response = await _patch(platform, organisation["id"], changes, registrar)
    assert response.status_code == 200, response.text
    after = await _get(platform, organisation["id"])
    assert after == response.json()
    assert {key: after[key] for key in changes} == changes
    assert after["name_en"] == organisation["name_en"], "fields not sent stay as they were"
    assert (after["slug"], after["kind"], after["provider_type"]) == (
        organisation["slug"],
        organisation["kind"],
        organisation["provider_type"],
    )
    assert after["updated_at"] > organisation["updated_at"]


@pytest.mark.parametrize("actor", ["other_institution", "own_sis", "ministry", "eqaa", "none"])
async def test_only_the_own_registrar_or_admin_corrects_details(platform: Platform, actor: str) -> None:
    organisation = await platform.new_organisation(OrganisationKind.INSTITUTION)
    clients: dict[str, ClientCredentials | None] = {
        "other_institution": await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION]),
        "own_sis": await platform.new_client(organisation["id"], [Role.SIS]),
        "ministry": await platform.new_actor(OrganisationKind.MINISTRY, [Role.MINISTRY]),
        "eqaa": await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA]),
        "none": None,
    }
    before = await _get(platform, organisation["id"])
    response = await _patch(platform, organisation["id"], {"name_en": "Hijacked"}, clients[actor])
    assert response.status_code == (401 if actor == "none" else 403), response.text
    assert await _get(platform, organisation["id"]) == before


async def test_the_admin_corrects_any_organisation(platform: Platform) -> None:
    organisation = await platform.new_organisation(OrganisationKind.ALTERNATE_PROVIDER)
    response = await _patch(platform, organisation["id"], {"city": "Thunder Bay"}, platform.admin)
    assert response.status_code == 200, response.text
    assert (await _get(platform, organisation["id"]))["city"] == "Thunder Bay"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"provider_type": "ontario_public_university"}, "body.provider_type"),
        ({"kind": "ministry"}, "body.kind"),
        ({"slug": "renamed"}, "body.slug"),
        ({"province": "Ontario"}, "body.province"),
        ({"website": "not a url"}, "body.website"),
        ({"name_en": None}, "body.name_en"),
    ],
)
async def test_a_refused_correction_changes_nothing(
    platform: Platform, body: dict[str, Any], field: str
) -> None:
    organisation = await platform.new_organisation(OrganisationKind.INSTITUTION)  # name_en only
    registrar = await platform.new_client(organisation["id"], [Role.INSTITUTION])
    before = await _get(platform, organisation["id"])
    response = await _patch(platform, organisation["id"], body, registrar)
    assert field_paths(response) == {field}
    assert await _get(platform, organisation["id"]) == before


async def test_one_name_may_go_while_the_other_remains(platform: Platform) -> None:
    organisation = await platform.new_organisation(OrganisationKind.INSTITUTION, name_fr="Collège")
    response = await _patch(platform, organisation["id"], {"name_en": None}, platform.admin)
    assert response.status_code == 200, response.text
    assert (response.json()["name_en"], response.json()["name_fr"]) == (None, "Collège")


async def _approve(
    platform: Platform, organisation_id: str, codes: list[str], actor: ClientCredentials | None
) -> httpx.Response:
    return await platform.http.put(
        f"{platform.registry.public_url}/v1/organisations/{organisation_id}/approved-qualification-types",
        json={"qualification_types": codes},
        headers=await platform.auth(actor) if actor else {},
    )


async def test_the_ministry_sets_approved_types_within_eligibility(platform: Platform) -> None:
    ministry = await platform.new_actor(OrganisationKind.MINISTRY, [Role.MINISTRY])
    college = await platform.new_organisation(OrganisationKind.INSTITUTION)
    response = await _approve(platform, college["id"], ["dip", "cert", "dip"], ministry)
    assert response.status_code == 200, response.text
    assert response.json()["approved_qualification_types"] == ["cert", "dip"]
    narrowed = await _approve(platform, college["id"], ["postdip"], platform.admin)
    assert narrowed.status_code == 200, narrowed.text
    assert (await _get(platform, college["id"]))["approved_qualification_types"] == ["postdip"]
    cleared = await _approve(platform, college["id"], [], ministry)
    assert cleared.json()["approved_qualification_types"] == []


@pytest.mark.parametrize(
    ("provider_type", "codes"),
    [
        ("ontario_public_university", ["dip"]),
        ("ontario_public_university", ["bac", "cert"]),
        ("ontario_public_college", ["ma"]),
        ("degree_provider_ministerial_consent", ["postdip"]),
        ("ontario_public_college", ["xyz"]),
    ],
)
async def test_approved_types_outside_eligibility_are_refused(
    platform: Platform, provider_type: str, codes: list[str]
) -> None:
    institution = await platform.new_organisation(OrganisationKind.INSTITUTION, provider_type=provider_type)
    await platform.approve_types(
        institution["id"], ["cert"] if provider_type.endswith("college") else ["bac"]
    )
    before = await _get(platform, institution["id"])
    response = await _approve(platform, institution["id"], codes, platform.admin)
    assert field_paths(response) == {"body.qualification_types"}
    assert response.json()["errors"][0]["code"] == "not_eligible"
    assert await _get(platform, institution["id"]) == before


async def test_an_alternate_provider_cannot_be_approved_for_any_type(platform: Platform) -> None:
    provider = await platform.new_organisation(OrganisationKind.ALTERNATE_PROVIDER)
    response = await _approve(platform, provider["id"], [], platform.admin)
    assert field_paths(response) == {"path.organisation_id"}
    unknown = await _approve(platform, str(uuid.uuid4()), ["cert"], platform.admin)
    assert unknown.status_code == 404


@pytest.mark.parametrize("actor", ["own_registrar", "other_institution", "eqaa", "partner", "ledger", "none"])
async def test_only_the_ministry_or_admin_sets_approved_types(platform: Platform, actor: str) -> None:
    college = await platform.new_organisation(OrganisationKind.INSTITUTION)
    clients: dict[str, ClientCredentials | None] = {
        "own_registrar": await platform.new_client(college["id"], [Role.INSTITUTION]),
        "other_institution": await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION]),
        "eqaa": await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA]),
        "partner": await platform.new_actor(OrganisationKind.ALTERNATE_PROVIDER, [Role.PARTNER]),
        "ledger": await platform.ledger(),
        "none": None,
    }
    response = await _approve(platform, college["id"], ["cert"], clients[actor])
    assert response.status_code == (401 if actor == "none" else 403), response.text
    assert (await _get(platform, college["id"]))["approved_qualification_types"] == []
