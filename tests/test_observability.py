"""Health, readiness, metrics and request ids, on every service."""

from __future__ import annotations

import pytest
from asgi_correlation_id import correlation_id

from shared.clients.base import build_http_client
from shared.clients.registry import RegistryClient
from tests.support.platform import Platform
from tests.test_smoke import DEPENDENCIES

SERVICES = ["registry_api", "qa_api", "credential_issuer"]


@pytest.mark.parametrize("service", SERVICES)
async def test_health_and_readiness(platform: Platform, service: str) -> None:
    health = await platform.http.get(f"{platform.urls[service]}/health")
    ready = await platform.http.get(f"{platform.urls[service]}/ready")
    assert health.json() == {"status": "ok", "service": service}
    assert ready.json() == {
        "status": "ready",
        "service": service,
        "dependencies": dict.fromkeys(DEPENDENCIES[service], "up"),
    }


@pytest.mark.parametrize("service", SERVICES)
async def test_metrics_count_requests_by_route_template(platform: Platform, service: str) -> None:
    await platform.http.get(f"{platform.urls[service]}/health")
    await platform.http.get(f"{platform.urls[service]}/no-such-page-123")
    text = (await platform.http.get(f"{platform.urls[service]}/metrics")).text
    assert f'http_requests_total{{method="GET",route="/health",service="{service}",status="200"}}' in text
    assert "no-such-page-123" not in text, "raw paths would make metric cardinality unbounded"
    assert "http_request_duration_seconds_bucket" in text


@pytest.mark.parametrize("service", SERVICES)
async def test_a_request_id_is_echoed_or_generated(platform: Platform, service: str) -> None:
    given = await platform.http.get(
        f"{platform.urls[service]}/health", headers={"X-Request-ID": "sis-batch-42"}
    )
    generated = await platform.http.get(f"{platform.urls[service]}/health")
    assert given.headers["x-request-id"] == "sis-batch-42"
    assert len(generated.headers["x-request-id"]) >= 16


async def test_the_service_clients_forward_the_current_request_id(platform: Platform) -> None:
    token = correlation_id.set("forwarded-7f3a")
    try:
        async with build_http_client(timeout_seconds=5) as http:
            response = await RegistryClient(http, platform.registry.public_url)._send("GET", "/health")
    finally:
        correlation_id.reset(token)
    assert response.headers["x-request-id"] == "forwarded-7f3a"


async def test_the_typed_client_turns_problems_into_typed_errors(platform: Platform) -> None:
    import uuid

    from shared.clients.base import ServiceCallError

    async with build_http_client(timeout_seconds=5) as http:
        registry = RegistryClient(http, platform.registry.public_url)
        with pytest.raises(ServiceCallError) as error:
            await registry.organisation(uuid.uuid4())
        assert (await registry.jwks_document())["keys"]
    assert error.value.status == 404
    assert error.value.problem is not None
    assert error.value.problem.type == "urn:omc:problem:organisation-not-found"


async def test_an_unreachable_service_is_a_typed_error() -> None:
    from ops.local_servers import bound_socket, url_of
    from shared.clients.base import ServiceUnreachable

    sock = bound_socket()
    url = url_of(sock)
    sock.close()
    async with build_http_client(timeout_seconds=1) as http:
        with pytest.raises(ServiceUnreachable):
            await RegistryClient(http, url).jwks_document()
