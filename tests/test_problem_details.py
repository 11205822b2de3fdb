"""Every error is RFC 9457 problem+json: unknown routes and methods, bad input, limits, crashes."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from pydantic import SecretStr

from services.qa_api.config import QaSettings
from shared.web.app import build_app
from tests.support.platform import Platform

SERVICES = ["registry_api", "qa_api", "credential_issuer"]
PROBLEM = "application/problem+json"


def assert_problem(response: httpx.Response, status: int, slug: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, object] = response.json()
    assert body["type"] == f"urn:omc:problem:{slug}"
    assert body["status"] == status
    assert isinstance(body["title"], str)
    assert body["title"]
    assert isinstance(body["detail"], str)
    assert body["detail"]
    assert body["request_id"] == response.headers["x-request-id"]
    return body


@pytest.mark.parametrize("service", SERVICES)
async def test_unknown_route_is_a_404_problem(platform: Platform, service: str) -> None:
    response = await platform.http.get(
        f"{platform.urls[service]}/no/such/thing", headers={"Accept": "text/html"}
    )
    body = assert_problem(response, 404, "not-found")
    assert body["instance"] == "/no/such/thing"


@pytest.mark.parametrize("service", SERVICES)
async def test_unknown_method_is_a_405_problem(platform: Platform, service: str) -> None:
    response = await platform.http.delete(f"{platform.urls[service]}/health")
    assert_problem(response, 405, "method-not-allowed")
    assert "GET" in response.headers["allow"]


async def test_validation_errors_name_every_failing_field(platform: Platform) -> None:
    response = await platform.http.post(
        f"{platform.registry.public_url}/v1/organisations",
        json={"slug": "Not A Slug!", "kind": "castle", "name_en": "x" * 301},
        headers=await platform.auth(platform.admin),
    )
    body = assert_problem(response, 422, "validation-error")
    fields = {error["field"] for error in body["errors"]}  # type: ignore[attr-defined]
    assert fields == {"body.slug", "body.kind", "body.name_en"}
    assert "Not A Slug!" not in response.text, "input values are not echoed back"


async def test_malformed_json_is_a_422_problem_not_a_500(platform: Platform) -> None:
    response = await platform.http.post(
        f"{platform.registry.public_url}/v1/organisations",
        content=b'{"slug": ',
        headers={**await platform.auth(platform.admin), "Content-Type": "application/json"},
    )
    body = assert_problem(response, 422, "validation-error")
    assert body["errors"][0]["code"] == "json_invalid"  # type: ignore[index]


async def test_a_rejected_request_changes_nothing(platform: Platform) -> None:
    headers = await platform.auth(platform.admin)
    url = f"{platform.registry.public_url}/v1/organisations"
    first = await platform.http.post(
        url, json={"slug": "kept-once", "kind": "portal", "name_en": "Kept"}, headers=headers
    )
    assert first.status_code in (201, 409)
    before = (await platform.http.get(url, params={"kind": "portal", "limit": 100})).json()
    again = await platform.http.post(
        url, json={"slug": "kept-once", "kind": "eqaa", "name_en": "Changed"}, headers=headers
    )
    assert_problem(again, 409, "slug-taken")
    after = (await platform.http.get(url, params={"kind": "portal", "limit": 100})).json()
    assert after == before


async def test_page_size_above_the_maximum_is_refused(platform: Platform) -> None:
    url = f"{platform.registry.public_url}/v1/organisations"
    assert (
        await platform.http.get(url, params={"limit": platform.registry.max_page_size})
    ).status_code == 200
    response = await platform.http.get(url, params={"limit": platform.registry.max_page_size + 1})
    body = assert_problem(response, 422, "validation-error")
    assert body["errors"][0]["field"] == "query.limit"  # type: ignore[index]


async def test_a_forged_cursor_is_refused(platform: Platform) -> None:
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations", params={"after": "%%%"}
    )
    body = assert_problem(response, 422, "validation-error")
    assert body["errors"][0]["field"] == "query.after"  # type: ignore[index]


@pytest.mark.parametrize("service", SERVICES)
async def test_a_declared_oversize_body_is_refused_before_reading(platform: Platform, service: str) -> None:
    too_big = b"x" * (platform.registry.max_body_bytes + 1)
    response = await platform.http.post(
        f"{platform.urls[service]}/v1/whoami", content=too_big, headers={"Content-Type": "application/json"}
    )
    assert_problem(response, 413, "payload-too-large")


async def test_a_streamed_oversize_body_is_refused(platform: Platform) -> None:
    chunk = b" " * 8192

    async def body() -> AsyncIterator[bytes]:
        for _ in range(platform.registry.max_body_bytes // len(chunk) + 2):
            yield chunk

    response = await platform.http.post(
        f"{platform.registry.public_url}/v1/organisations",
        content=body(),  # no Content-Length: chunked transfer
        headers={**await platform.auth(platform.admin), "Content-Type": "application/json"},
    )
    assert_problem(response, 413, "payload-too-large")


async def test_an_unexpected_error_is_a_500_problem_without_a_stack_trace() -> None:
    router = APIRouter()

    @router.get("/boom", name="boom")
    async def boom() -> None:
        raise RuntimeError("secret internals: /etc/passwd")

    async def lifespan(_: FastAPI):  # type: ignore[no-untyped-def]
        yield

    settings = QaSettings(database_url=SecretStr("postgresql://unused@127.0.0.1/unused"))
    app = build_app(
        service="test", title="t", description="d", settings=settings, lifespan=lifespan, routers=[router]
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/boom")
    body = assert_problem(response, 500, "internal-error")
    assert "secret internals" not in json.dumps(body)
    assert "Traceback" not in response.text
