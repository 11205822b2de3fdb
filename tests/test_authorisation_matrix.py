"""The role-by-endpoint matrix of docs/authorisation.md, tested for every actor.

Each row: an endpoint, and the actors allowed to call it. Every other actor must get 403, and a
caller without a token 401. "own" and "other" are the institution the target organisation is, and
an unrelated institution: an institution's token never acts for another institution.

ROUTES lists every route of the three services with who may call it; the route list is read from
the apps, so a new route without a row fails `test_every_route_has_a_row`. Every route is then
called by every actor (and without a token): a public route never asks for a token, a protected
one answers 401 without it, and an actor outside the row never gets a 2xx.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest

from shared.schemas.auth import OrganisationKind, Role
from tests.support.micro_credentials import Registrar, ready_metadata
from tests.support.platform import ClientCredentials, Platform

ACTORS = ["admin", "ministry", "eqaa", "own_institution", "own_sis", "other_institution", "partner", "portal"]


@dataclass
class World:
    platform: Platform
    actors: dict[str, ClientCredentials]
    target_institution_id: str
    micro_credential_id: str


@pytest.fixture(scope="module")
async def world(platform: Platform) -> World:
    # A DOMCI, so that the ledger has an entry to checkpoint and the institution a micro-credential.
    organisation, registrar = await platform.new_domci()
    own = organisation
    actors = {
        "admin": platform.admin,
        "ministry": await platform.new_actor(OrganisationKind.MINISTRY, [Role.MINISTRY]),
        "eqaa": await platform.new_actor(OrganisationKind.EQAA, [Role.EQAA]),
        "own_institution": registrar,
        "own_sis": await platform.new_client(own["id"], [Role.SIS]),
        "other_institution": await platform.new_actor(OrganisationKind.INSTITUTION, [Role.INSTITUTION]),
        "partner": await platform.new_actor(OrganisationKind.ALTERNATE_PROVIDER, [Role.PARTNER]),
        "portal": await platform.new_actor(OrganisationKind.PORTAL, [Role.PORTAL]),
        "ledger": await platform.ledger(),
    }
    created = await Registrar(platform, registrar).create(ready_metadata())
    return World(
        platform=platform, actors=actors, target_institution_id=own["id"], micro_credential_id=created["id"]
    )


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


async def _endorsement_term(world: World, headers: dict[str, str]) -> Any:
    import uuid

    return await world.platform.http.post(
        f"{world.platform.registry.public_url}/internal/v1/endorsement-terms",
        json={
            "event_id": str(uuid.uuid4()),
            "decision_id": str(uuid.uuid4()),
            "organisation_id": world.target_institution_id,
            "term_start": "2024-01-01",
            "term_end": "2029-01-01",
            "decision_reference": "matrix",
        },
        headers=headers,
    )


async def _expiring_endorsements(world: World, headers: dict[str, str]) -> Any:
    return await world.platform.http.get(
        f"{world.platform.qa.public_url}/v1/endorsements/expiring", headers=headers
    )


async def _whoami_at(service: str) -> Call:
    async def call(world: World, headers: dict[str, str]) -> Any:
        return await world.platform.http.get(f"{world.platform.urls[service]}/v1/whoami", headers=headers)

    return call


async def _issue_own_credential(world: World, headers: dict[str, str]) -> Any:
    """VC-API issue of a credential the caller wrote (not an OMC): signed by the caller's own
    organisation, so any institution's own client may, and no one else."""
    credential = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "credentialSubject": {"id": "did:example:learner"},
    }
    return await world.platform.http.post(
        f"{world.platform.issuer.public_url}/credentials/issue",
        json={"credential": credential},
        headers=headers,
    )


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
    ("apply endorsement term (ledger only)", _endorsement_term, set(), 201),
    (
        "VC-API issue (the caller organisation's own credential)",
        _issue_own_credential,
        {"own_institution", "own_sis", "other_institution"},
        201,
    ),
    (
        "list expiring endorsements (qa_api)",
        _expiring_endorsements,
        {"ministry", "eqaa", "own_institution", "other_institution"},
        200,
    ),
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


@pytest.mark.parametrize(
    ("path", "body"),
    [("/credentials/verify", {"verifiableCredential": {}}), ("/presentations/verify", {"presentation": {}})],
)
async def test_the_vc_api_verifiers_are_public(platform: Platform, path: str, body: dict[str, Any]) -> None:
    response = await platform.http.post(f"{platform.issuer.public_url}{path}", json=body)
    assert response.status_code == 400, response.text  # not verified, but answered without a token
    assert response.json()["verified"] is False


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


# Every route of every service and the actors that may succeed on it (given their own
# organisation's ids). PUBLIC: no token needed. CLIENT: authenticates with its client id and
# secret (the token endpoint). WALLET: an OpenID4VCI access token a wallet got for an offer (no
# platform token works there). Must match docs/authorisation.md.
PUBLIC = "public"
CLIENT = "client credentials"
# The Open Badges 3.0 API: its own bearer tokens (a learner's grant to a wallet), never a platform
# token; and the learner's pages, behind the learner's sign-in session (else a redirect to sign in).
OB3_TOKEN = "ob3 access token"
WALLET = "wallet access token"
ANY_TOKEN = frozenset([*ACTORS, "ledger"])
OWN_INSTITUTION = frozenset({"own_institution"})
LEARNER = "learner session"
"""A signed-in learner (the omc_learner_session cookie, docs/learner-sign-in.md); no bearer token
is one: without the session a page answers 303 to the sign-in page."""
ROUTES: dict[str, dict[tuple[str, str], str | frozenset[str]]] = {
    "registry_api": {
        ("POST", "/oauth/token"): CLIENT,
        ("GET", "/catalogue"): PUBLIC,
        ("GET", "/institutions/{organisation_id}"): PUBLIC,
        ("GET", "/.well-known/jwks.json"): PUBLIC,
        ("GET", "/v1/whoami"): ANY_TOKEN,
        ("GET", "/v1/reference"): PUBLIC,
        ("GET", "/v1/reference/oqf-levels"): PUBLIC,
        ("GET", "/v1/reference/qualification-types"): PUBLIC,
        ("GET", "/v1/reference/provider-types"): PUBLIC,
        ("POST", "/v1/organisations"): frozenset({"admin"}),
        ("GET", "/v1/organisations"): PUBLIC,
        ("GET", "/v1/organisations/{organisation_id}"): PUBLIC,
        ("PATCH", "/v1/organisations/{organisation_id}"): frozenset({"admin", "own_institution"}),
        ("PUT", "/v1/organisations/{organisation_id}/approved-qualification-types"): frozenset(
            {"admin", "ministry"}
        ),
        ("GET", "/v1/organisations/{organisation_id}/designations"): PUBLIC,
        ("GET", "/v1/organisations/{organisation_id}/standing"): PUBLIC,
        ("POST", "/v1/organisations/{organisation_id}/clients"): frozenset({"admin", "own_institution"}),
        ("GET", "/v1/organisations/{organisation_id}/clients"): frozenset({"admin", "own_institution"}),
        ("DELETE", "/v1/organisations/{organisation_id}/clients/{client_id}"): frozenset(
            {"admin", "own_institution"}
        ),
        ("GET", "/v1/organisations/{organisation_id}/conformance"): frozenset({"admin", "own_institution"}),
        ("POST", "/v1/organisations/{organisation_id}/micro-credentials"): OWN_INSTITUTION,
        ("POST", "/v1/organisations/{organisation_id}/micro-credentials/import"): OWN_INSTITUTION,
        ("GET", "/v1/micro-credentials/{micro_credential_id}"): frozenset(
            {"admin", "own_institution", "ledger"}
        ),
        ("GET", "/v1/micro-credentials/{micro_credential_id}/versions/{version}"): frozenset(
            {"admin", "own_institution", "ledger"}
        ),
        ("GET", "/v1/micro-credentials/{micro_credential_id}/versions/{version}/conformance"): frozenset(
            {"admin", "own_institution"}
        ),
        ("PUT", "/v1/micro-credentials/{micro_credential_id}/draft"): OWN_INSTITUTION,
        (
            "POST",
            "/v1/micro-credentials/{micro_credential_id}/versions/{version}/submission",
        ): OWN_INSTITUTION,
        (
            "POST",
            "/v1/micro-credentials/{micro_credential_id}/versions/{version}/withdrawal",
        ): OWN_INSTITUTION,
        (
            "POST",
            "/v1/micro-credentials/{micro_credential_id}/versions/{version}/publication",
        ): OWN_INSTITUTION,
        ("POST", "/v1/micro-credentials/{micro_credential_id}/suspension"): OWN_INSTITUTION,
        ("POST", "/v1/micro-credentials/{micro_credential_id}/reinstatement"): OWN_INSTITUTION,
        ("POST", "/v1/micro-credentials/{micro_credential_id}/retirement"): OWN_INSTITUTION,
        ("POST", "/v1/micro-credentials/{micro_credential_id}/credit-transfers"): OWN_INSTITUTION,
        ("GET", "/v1/catalogue/micro-credentials"): PUBLIC,
        ("GET", "/v1/catalogue/micro-credentials/{micro_credential_id}"): PUBLIC,
        ("GET", "/v1/catalogue/micro-credentials/{micro_credential_id}/versions/{version}"): PUBLIC,
        ("GET", "/v1/catalogue/changes"): PUBLIC,
        ("GET", "/v1/catalogue/export"): PUBLIC,
        ("POST", "/internal/v1/designation-events"): frozenset({"ledger"}),
        ("POST", "/internal/v1/endorsement-terms"): frozenset({"ledger"}),
        (
            "POST",
            "/internal/v1/micro-credentials/{micro_credential_id}/versions/{version}/approval",
        ): frozenset({"ledger"}),
        ("GET", "/v1/admin/token-signing-keys"): frozenset({"admin"}),
        ("POST", "/v1/admin/token-signing-keys"): frozenset({"admin"}),
    },
    "qa_api": {
        ("GET", "/.well-known/jwks.json"): PUBLIC,
        ("GET", "/v1/whoami"): ANY_TOKEN,
        ("POST", "/v1/institutions/{institution_id}/approvals"): OWN_INSTITUTION,
        ("GET", "/v1/approvals"): PUBLIC,
        ("GET", "/v1/approvals/{approval_id}"): PUBLIC,
        ("POST", "/v1/institutions/{institution_id}/partnerships"): OWN_INSTITUTION,
        ("GET", "/v1/partnerships"): PUBLIC,
        ("GET", "/v1/partnerships/{partnership_id}"): PUBLIC,
        ("POST", "/v1/reviews"): OWN_INSTITUTION,
        ("GET", "/v1/reviews"): PUBLIC,
        ("GET", "/v1/reviews/{review_id}"): PUBLIC,
        ("POST", "/v1/reviews/{review_id}/desk-review"): frozenset({"eqaa"}),
        ("POST", "/v1/reviews/{review_id}/panel-report"): frozenset({"eqaa"}),
        ("POST", "/v1/reviews/{review_id}/decision"): frozenset({"eqaa"}),
        ("GET", "/v1/decisions"): PUBLIC,
        ("GET", "/v1/decisions/{decision_id}"): PUBLIC,
        ("POST", "/v1/decisions/{decision_id}/condition-updates"): frozenset({"eqaa"}),
        ("POST", "/v1/decisions/{decision_id}/supersession"): frozenset({"eqaa"}),
        ("POST", "/v1/attestations"): OWN_INSTITUTION,
        ("GET", "/v1/attestations"): PUBLIC,
        ("GET", "/v1/attestations/{attestation_id}"): PUBLIC,
        ("POST", "/v1/designations"): frozenset({"ministry"}),
        ("GET", "/v1/designations"): PUBLIC,
        ("GET", "/v1/designations/{designation_id}"): PUBLIC,
        ("GET", "/v1/standing"): PUBLIC,
        ("GET", "/v1/deqar/decisions"): PUBLIC,
        ("GET", "/v1/ledger/entries"): PUBLIC,
        ("GET", "/v1/ledger/entries/{seq}"): PUBLIC,
        ("GET", "/v1/ledger/entries/{seq}/proof"): PUBLIC,
        ("GET", "/v1/ledger/verification"): PUBLIC,
        ("GET", "/v1/ledger/checkpoints/latest"): PUBLIC,
        ("GET", "/v1/ledger/checkpoints/{tree_size}"): PUBLIC,
        ("GET", "/v1/ledger/consistency"): PUBLIC,
        ("GET", "/v1/endorsements/expiring"): frozenset(
            {"ministry", "eqaa", "own_institution", "other_institution"}
        ),
        ("POST", "/v1/ledger/checkpoints"): frozenset({"admin", "ministry", "eqaa"}),
    },
    "credential_issuer": {
        ("GET", "/v1/whoami"): ANY_TOKEN,
        ("POST", "/v1/institutions/{institution_id}/completions"): frozenset({"own_sis"}),
        ("GET", "/v1/completion-batches/{batch_id}"): frozenset({"admin", "own_sis", "own_institution"}),
        ("POST", "/credentials/issue"): frozenset({"own_institution", "own_sis"}),
        ("POST", "/credentials/status"): OWN_INSTITUTION,
        ("POST", "/credentials/verify"): PUBLIC,
        ("POST", "/v1/credentials/{credential_id}/claims"): OWN_INSTITUTION,
        ("GET", "/v1/claims/{token}/credential.json"): PUBLIC,
        ("POST", "/exchanges/{token}"): PUBLIC,
        ("POST", "/v1/credentials/{credential_id}/offers"): OWN_INSTITUTION,
        ("POST", "/v1/completions/{completion_id}/offers"): OWN_INSTITUTION,
        ("GET", "/.well-known/openid-credential-issuer"): PUBLIC,
        ("GET", "/.well-known/oauth-authorization-server"): PUBLIC,
        ("GET", "/oid4vci/credential-offers/{reference}"): PUBLIC,
        ("POST", "/oid4vci/token"): PUBLIC,
        ("POST", "/oid4vci/nonce"): PUBLIC,
        ("POST", "/oid4vci/credential"): WALLET,
        ("POST", "/oid4vci/deferred-credential"): WALLET,
        ("POST", "/v1/credentials/{credential_id}/revocation"): OWN_INSTITUTION,
        ("POST", "/v1/credentials/{credential_id}/suspension"): OWN_INSTITUTION,
        ("DELETE", "/v1/credentials/{credential_id}/suspension"): OWN_INSTITUTION,
        ("GET", "/v1/status-lists/{list_id}"): PUBLIC,
        ("POST", "/v1/institutions/{institution_id}/issuing-keys/rotation"): OWN_INSTITUTION,
        ("GET", "/organisations/{organisation_id}/did.json"): PUBLIC,
        ("GET", "/verify"): PUBLIC,
        ("GET", "/verify/{credential_id}"): PUBLIC,
        ("POST", "/presentations/verify"): PUBLIC,
        ("POST", "/verify"): PUBLIC,
        ("GET", "/learner/sign-in"): PUBLIC,
        ("POST", "/learner/sign-in"): PUBLIC,
        ("POST", "/learner/sign-in/code"): PUBLIC,
        ("POST", "/learner/sign-out"): PUBLIC,
        ("GET", "/learner"): LEARNER,
        ("GET", "/learner/credentials/{credential_id}/credential.json"): LEARNER,
        ("POST", "/learner/credentials/{credential_id}/claim"): LEARNER,
        ("POST", "/learner/credentials/{credential_id}/offer"): LEARNER,
        ("POST", "/learner/sessions/end-others"): LEARNER,
        ("GET", "/ims/ob/v3p0/discovery"): PUBLIC,
        ("POST", "/ims/ob/v3p0/auth/register"): PUBLIC,
        ("GET", "/ims/ob/v3p0/auth/authorize"): LEARNER,
        ("POST", "/ims/ob/v3p0/auth/authorize"): LEARNER,
        ("POST", "/ims/ob/v3p0/auth/token"): CLIENT,
        ("POST", "/ims/ob/v3p0/auth/revoke"): CLIENT,
        ("GET", "/ims/ob/v3p0/credentials"): OB3_TOKEN,
        ("POST", "/ims/ob/v3p0/credentials"): OB3_TOKEN,
        ("GET", "/ims/ob/v3p0/profile"): OB3_TOKEN,
        ("PUT", "/ims/ob/v3p0/profile"): OB3_TOKEN,
        ("GET", "/learner/clients"): LEARNER,
        ("POST", "/learner/clients/{client_id}/revocation"): LEARNER,
    },
}
EVERY_SERVICE: dict[tuple[str, str], str | frozenset[str]] = {
    ("GET", path): PUBLIC for path in ("/health", "/ready", "/metrics", "/docs", "/redoc", "/openapi.json")
}
ALL_ACTORS = [*ACTORS, "ledger"]


def app_routes(platform: Platform, service: str) -> set[tuple[str, str]]:
    """(method, path) of every route the service's app serves, HEAD aside."""
    from fastapi.routing import iter_route_contexts

    from services.credential_issuer.main import create_app as issuer
    from services.qa_api.main import create_app as qa
    from services.registry_api.main import create_app as registry

    app = {"registry_api": lambda: registry(platform.registry), "qa_api": lambda: qa(platform.qa)}.get(
        service, lambda: issuer(platform.issuer)
    )()
    return {
        (method, str(route.path))
        for route in iter_route_contexts(app.routes)
        for method in (getattr(route.original_route, "methods", None) or set()) - {"HEAD"}
    }


def rows_of(service: str) -> dict[tuple[str, str], str | frozenset[str]]:
    return ROUTES[service] | EVERY_SERVICE


@pytest.mark.parametrize("service", list(ROUTES))
def test_every_route_has_a_row(platform: Platform, service: str) -> None:
    served = app_routes(platform, service)
    assert served - rows_of(service).keys() == set(), "routes without a row in ROUTES (and the docs)"
    assert rows_of(service).keys() - served == set(), "rows for routes the service does not serve"


def concrete_path(world: World, path: str) -> str:
    """The path with the world's own ids where it has them, random ones elsewhere."""
    values = {
        "organisation_id": world.target_institution_id,
        "institution_id": world.target_institution_id,
        "micro_credential_id": world.micro_credential_id,
        "version": "1",
        "seq": "1",
        "tree_size": "1",
        "token": "not-a-real-claim-token",
        "client_id": "not-a-registered-client",
    }
    return re.sub(r"\{([^}]+)\}", lambda match: values.get(match.group(1), str(uuid.uuid4())), path)


async def call_route(world: World, service: str, method: str, path: str, headers: dict[str, str]) -> Any:
    url = world.platform.urls[service] + concrete_path(world, path)
    body: dict[str, Any] | None = {} if method in ("POST", "PUT", "PATCH") else None
    return await world.platform.http.request(method, url, headers=headers, json=body)


ROUTE_ROWS = [(service, method, path) for service, rows in ROUTES.items() for (method, path) in rows]


@pytest.mark.parametrize(("service", "method", "path"), ROUTE_ROWS, ids=[" ".join(row) for row in ROUTE_ROWS])
async def test_a_route_asks_for_a_token_exactly_when_its_row_says(
    world: World, service: str, method: str, path: str
) -> None:
    access = ROUTES[service][(method, path)]
    if access == CLIENT:  # a form without client credentials
        url = world.platform.urls[service] + path
        response = await world.platform.http.post(url, data={"grant_type": "client_credentials"})
    else:
        response = await call_route(world, service, method, path, {})
    if access == PUBLIC:
        assert response.status_code not in (401, 403), response.text
    elif access == LEARNER:
        # Signed out: sent to sign in (303); the authorization endpoint first tells a request naming
        # no registered client that it is not one to sign in for (400, never a redirect elsewhere).
        assert response.status_code in (303, 400), response.text
        if response.status_code == 303:
            assert response.headers["location"].startswith("/learner/sign-in?next=")
    elif access == CLIENT:
        assert response.status_code == 401
    else:
        assert response.status_code == 401, response.text
        assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(("service", "method", "path"), ROUTE_ROWS, ids=[" ".join(row) for row in ROUTE_ROWS])
async def test_an_actor_outside_the_row_never_succeeds(
    world: World, service: str, method: str, path: str
) -> None:
    """Called with the world's own ids, every actor the row does not name gets an error: 403, or
    a 404/422 where the resource or the body is checked first; never a 2xx or a 5xx."""
    access = ROUTES[service][(method, path)]
    if access == WALLET:  # a platform token is no wallet access token, whoever holds it
        for actor in ALL_ACTORS:
            response = await call_route(
                world, service, method, path, await world.platform.auth(world.actors[actor])
            )
            assert response.status_code == 401, f"{actor} {method} {path}: {response.text}"
            assert response.json()["error"] == "invalid_token"
        return
    if not isinstance(access, frozenset):
        return
    for actor in sorted(set(ALL_ACTORS) - access):
        response = await call_route(
            world, service, method, path, await world.platform.auth(world.actors[actor])
        )
        assert response.status_code in (403, 404, 409, 422), f"{actor} {method} {path}: {response.text}"
        if method == "GET":
            assert response.status_code in (403, 404), f"{actor} {method} {path}: {response.text}"


LEARNER_ROWS = [row for row in ROUTE_ROWS if ROUTES[row[0]][(row[1], row[2])] == LEARNER]


@pytest.mark.parametrize(
    ("service", "method", "path"), LEARNER_ROWS, ids=[" ".join(row) for row in LEARNER_ROWS]
)
async def test_no_bearer_token_is_a_learner_session(
    world: World, service: str, method: str, path: str
) -> None:
    """A learner's page is the signed-in learner's only: every actor's token gets the sign-in page."""
    for actor in ALL_ACTORS:
        response = await call_route(
            world, service, method, path, await world.platform.auth(world.actors[actor])
        )
        if path == "/ims/ob/v3p0/auth/authorize":
            # No registered client named: refused before any sign-in, never redirected anywhere.
            assert response.status_code == 400, f"{actor} {method} {path}: {response.text}"
            assert "location" not in response.headers
            continue
        assert response.status_code == 303, f"{actor} {method} {path}: {response.text}"


@pytest.mark.parametrize(
    "path",
    [
        "/v1/organisations/{organisation_id}/conformance",
        "/v1/micro-credentials/{micro_credential_id}/versions/{version}/conformance",
    ],
)
@pytest.mark.parametrize("actor", ALL_ACTORS)
async def test_conformance_reports_are_the_owners_and_the_operators(
    world: World, path: str, actor: str
) -> None:
    response = await call_route(
        world, "registry_api", "GET", path, await world.platform.auth(world.actors[actor])
    )
    expected = 200 if actor in ("admin", "own_institution") else 403
    assert response.status_code == expected, f"{actor}: {response.text}"


@pytest.mark.parametrize("actor", ALL_ACTORS)
async def test_the_ledger_reads_drafts(world: World, actor: str) -> None:
    response = await call_route(
        world,
        "registry_api",
        "GET",
        "/v1/micro-credentials/{micro_credential_id}",
        await world.platform.auth(world.actors[actor]),
    )
    assert response.status_code == (200 if actor in ("admin", "own_institution", "ledger") else 403), actor


@pytest.mark.parametrize("actor", ALL_ACTORS)
async def test_who_signs_a_ledger_checkpoint(world: World, actor: str) -> None:
    response = await call_route(
        world, "qa_api", "POST", "/v1/ledger/checkpoints", await world.platform.auth(world.actors[actor])
    )
    if actor in ("admin", "ministry", "eqaa"):
        # Signed (201), or nothing to sign yet when the worker's ledger is still empty (404).
        assert response.status_code in (201, 404), f"{actor}: {response.text}"
        if response.status_code == 404:
            assert "empty" in response.json()["detail"]
    else:
        assert response.status_code == 403, actor


@pytest.mark.parametrize(
    ("method", "path"),
    [(method, path) for (method, path), access in ROUTES["credential_issuer"].items() if access == OB3_TOKEN],
)
@pytest.mark.parametrize("actor", ALL_ACTORS)
async def test_the_open_badges_api_takes_no_platform_token(
    world: World, method: str, path: str, actor: str
) -> None:
    """A platform token, of any actor, is not a learner's grant: 401 like no token at all."""
    headers = await world.platform.auth(world.actors[actor], audience=world.platform.issuer.public_url)
    response = await call_route(world, "credential_issuer", method, path, headers)
    assert response.status_code == 401, f"{actor} {method} {path}: {response.text}"
