"""Browser protections: every response says nosniff; HTML pages carry a Content-Security-Policy
without inline script or style, may not be framed and send no referrer; a route's own header wins."""

from __future__ import annotations

import re

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from shared.web.security_headers import CONTENT_SECURITY_POLICY, SecurityHeadersMiddleware
from tests.support.platform import Platform

SERVICES = ["registry_api", "qa_api", "credential_issuer"]


@pytest.mark.parametrize("service", SERVICES)
@pytest.mark.parametrize("path", ["/health", "/openapi.json", "/no/such/thing"])
async def test_every_response_says_nosniff(platform: Platform, service: str, path: str) -> None:
    response = await platform.http.get(platform.urls[service] + path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in response.headers  # not a page


async def test_a_refused_request_says_nosniff_too(platform: Platform) -> None:
    response = await platform.http.get(
        f"{platform.registry.public_url}/v1/organisations", params={"q": "\x00"}
    )
    assert response.status_code == 422
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_the_verification_page_is_protected_and_works_under_its_policy(
    platform: Platform, lang: str
) -> None:
    page = await platform.http.get(f"{platform.issuer.public_url}/verify", params={"lang": lang})
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "no-referrer"
    # The policy allows no inline style or script: the page has none, and its stylesheet is served.
    assert not re.search(r"<style|<script|\sstyle=|\son[a-z]+=", page.text)
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', page.text)
    assert stylesheet is not None
    css = await platform.http.get(str(page.url.join(stylesheet.group(1))))
    assert css.status_code == 200
    assert css.headers["content-type"].startswith("text/css")
    assert ".headline" in css.text


async def test_a_posted_verification_page_is_protected(platform: Platform) -> None:
    page = await platform.http.post(f"{platform.issuer.public_url}/verify", data={"credential_json": "{}"})
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert page.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("service", SERVICES)
async def test_the_api_docs_pages_live_under_the_strict_policy(platform: Platform, service: str) -> None:
    page = await platform.http.get(platform.urls[service] + "/docs")
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert page.headers["x-frame-options"] == "DENY"


async def test_a_header_the_route_set_is_kept() -> None:
    app = FastAPI()

    @app.get("/own")
    async def own() -> HTMLResponse:
        return HTMLResponse("<p>x</p>", headers={"Content-Security-Policy": "default-src 'none'"})

    @app.get("/plain")
    async def plain() -> HTMLResponse:
        return HTMLResponse("<p>x</p>")

    app.add_middleware(SecurityHeadersMiddleware)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        own_page = await client.get("/own")
        plain_page = await client.get("/plain")
    assert own_page.headers["content-security-policy"] == "default-src 'none'"
    assert own_page.headers["x-frame-options"] == "DENY"
    assert plain_page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
