"""The role-by-endpoint matrix of docs/authorisation.md, tested for every actor.

Each row: an endpoint, and the actors allowed to call it. Every other actor must get 403, and a
caller without a token 401. "own" and "other" are the institution the target organisation is, and
an unrelated institution: an institution's token never acts for another institution.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest

from shared.schemas.auth import OrganisationKind, Role
from tests.support.platform import ClientCredentials, Platform

ACTORS = ["admin", "ministry", "eqaa", "own_institution", "own_sis", "other_institution", "partner", "portal"]


@dataclass
class World:
    platform: Platform
    actors: dict[str, ClientCredentials]
    target_institution_id: str


@pytest.fixture(scope="module")
async def world(platform: Platform) -> World:
    own = await platform.new_organisation(OrganisationKind.INSTITUTION)
    actors = {
        "admin": platform.admin,
        "ministry": await platform.new_actor(OrganisationKind.MINISTRY, [Role.MINISTRY]),
        "eqaa": await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA]),
        "own_institution": await platform.new_client(own["id"], [Role.INSTITUTION]),
        "own_sis": await platform.new_client(own["id"], [Role.SIS]),
        "other_institution": await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION]),
        "partner": await platform.new_actor(OrganisationKind.ALTERNATE_PROVIDER, [Role.PARTNER]),
        "portal": await platform.new_actor(OrganisationKind.PORTAL, [Role.PORTAL]),
    }
    return World(platform=platform, actors=actors, target_institution_id=own["id"])


Call = Callable[[World, dict[str, str]], Awaitable[Any]]


async def _create_organisation(world: World, headers: dict[str, str]) -> Any:
    import secrets

    return await world.platform.http.post(
        f"{world.platform.registry.public_url}/v1/organisations",
        json={
            "slug": f"matrix-{secrets.token_hex(4)}",
            "kind": "alternate_provider",
            "provider_type": "employer",
            "name_en": "Matrix Co",
        },
        headers=headers,
    )


async def _create_client(world: World, headers: dict[str, str]) -> Any:
    return await world.platform.http.post(
        f"{world.platform.registry.public_url}/v1/organisations/{world.target_institution_id}/clients",
        json={"name": "matrix sis", "roles": ["sis"]},
        headers=headers,
    )


async def _list_clients(world: World, headers: dict[str, str]) -> Any:
    return await world.platform.http.get(
        f"{world.platform.registry.public_url}/v1/organisations/{world.target_institution_id}/clients",
        headers=headers,
    )


async def _revoke_client(world: World, headers: dict[str, str]) -> Any:
    victim = await world.platform.new_client(world.target_institution_id, [Role.SIS])
    return await world.platform.http.delete(
        f"{world.platform.registry.public_url}/v1/organisations/{world.target_institution_id}/clients/{victim.client_id}",
        headers=headers,
    )


async def _list_signing_keys(world: World, headers: dict[str, str]) -> Any:
    return await world.platform.http.get(
        f"{world.platform.registry.public_url}/v1/admin/token-signing-keys", headers=headers
    )


async def _rotate_signing_key(world: World, headers: dict[str, str]) -> Any:
    return await world.platform.http.post(
        f"{world.platform.registry.public_url}/v1/admin/token-signing-keys", headers=headers
    )


async def _update_organisation(world: World, headers: dict[str, str]) -> Any:
    return await world.platform.http.patch(
        f"{world.platform.registry.public_url}/v1/organisations/{world.target_institution_id}",
        json={"city": "Sudbury"},
        headers=headers,
    )


async def _approve_types(world: World, headers: dict[str, str]) -> Any:
    return await world.platform.http.put(
        f"{world.platform.registry.public_url}/v1/organisations/{world.target_institution_id}/approved-qualification-types",
        json={"qualification_types": ["cert"]},
        headers=headers,
    )


async def _create_micro_credential(world: World, headers: dict[str, str]) -> Any:
    import secrets

    return await world.platform.http.post(
        f"{world.platform.registry.public_url}/v1/organisations/{world.target_institution_id}/micro-credentials",
        json={"course_code": f"M-{secrets.token_hex(4)}", "metadata": {"title": {"en": "Matrix"}}},
        headers=headers,
    )


async def _designate(world: World, headers: dict[str, str]) -> Any:
    import uuid

    return await world.platform.http.post(
        f"{world.platform.registry.public_url}/internal/v1/designation-events",
        json={
            "event_id": str(uuid.uuid4()),
            "organisation_id": world.target_institution_id,
            "status": "designated",
            "effective_from": "2024-01-01",
            "decision_reference": "matrix",
        },
        headers=headers,
    )


async def _whoami_at(service: str) -> Call:
    async def call(world: World, headers: dict[str, str]) -> Any:
        return await world.platform.http.get(f"{world.platform.urls[service]}/v1/whoami", headers=headers)

    return call


MATRIX: list[tuple[str, Call, set[str], int]] = [
    ("create organisation", _create_organisation, {"admin"}, 201),
    ("create API client", _create_client, {"admin", "own_institution"}, 201),
    ("list API clients", _list_clients, {"admin", "own_institution"}, 200),
    ("revoke API client", _revoke_client, {"admin", "own_institution"}, 200),
    ("list token signing keys", _list_signing_keys, {"admin"}, 200),
    ("rotate token signing key", _rotate_signing_key, {"admin"}, 201),
    ("update organisation", _update_organisation, {"admin", "own_institution"}, 200),
    ("set approved qualification types", _approve_types, {"admin", "ministry"}, 200),
    ("create micro-credential", _create_micro_credential, {"own_institution"}, 201),
    ("apply designation event (ledger only)", _designate, set(), 201),
]


@pytest.mark.parametrize(("endpoint", "call", "allowed", "success"), MATRIX, ids=[row[0] for row in MATRIX])
@pytest.mark.parametrize("actor", ACTORS)
async def test_role_matrix(
    world: World, endpoint: str, call: Call, allowed: set[str], success: int, actor: str
) -> None:
    response = await call(world, await world.platform.auth(world.actors[actor]))
    expected = success if actor in allowed else 403
    assert response.status_code == expected, f"{actor} on {endpoint}: {response.text}"
    if expected == 403:
        assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(("endpoint", "call", "allowed", "success"), MATRIX, ids=[row[0] for row in MATRIX])
async def test_every_protected_endpoint_needs_a_token(
    world: World, endpoint: str, call: Call, allowed: set[str], success: int
) -> None:
    response = await call(world, {})
    assert response.status_code == 401, endpoint
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize("service", ["registry_api", "qa_api", "credential_issuer"])
@pytest.mark.parametrize("actor", ACTORS)
async def test_every_actor_is_known_to_every_service(world: World, service: str, actor: str) -> None:
    response = await (await _whoami_at(service))(world, await world.platform.auth(world.actors[actor]))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path", ["/v1/organisations", "/.well-known/jwks.json", "/health", "/ready", "/docs", "/openapi.json"]
)
async def test_public_reads_need_no_token(platform: Platform, path: str) -> None:
    response = await platform.http.get(f"{platform.registry.public_url}{path}")
    assert response.status_code == 200


async def test_an_organisation_is_public(world: World) -> None:
    url = f"{world.platform.registry.public_url}/v1/organisations/{world.target_institution_id}"
    response = await world.platform.http.get(url)
    assert response.status_code == 200
    assert response.json()["id"] == world.target_institution_id


async def test_an_institution_cannot_grant_roles_its_kind_cannot_hold(world: World) -> None:
    response = await world.platform.http.post(
        f"{world.platform.registry.public_url}/v1/organisations/{world.target_institution_id}/clients",
        json={"name": "escalation", "roles": ["admin"]},
        headers=await world.platform.auth(world.actors["own_institution"]),
    )
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == ["body.roles"]
