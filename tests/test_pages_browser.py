"""Every page for people in a real browser (Debian's Chromium through Playwright), in English and
French: at 375 px without horizontal scroll, under the platform's strict CSP with nothing loaded from
elsewhere, axe-core without serious or critical violations, the language switch keeping what is
shown, and the forms working without JavaScript. Screenshots go to `.omc/screenshots/`."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from playwright.async_api import Browser, async_playwright

from shared.schemas.auth import Role
from tests.support.browser import CHROMIUM_ARGS, SCREENSHOTS, Visit, check_page, chromium_executable, open_tab
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, credential_document, ready_omc, record
from tests.support.platform import Platform

pytestmark = pytest.mark.xdist_group("browser")  # one Chromium per run: `make test` uses --dist loadgroup
LANGS = ["en", "fr"]
BROWSER_OMC_TITLE = {
    "en": "Welding safety in the Kestrel shop",
    "fr": "Sécurité en soudage à l'atelier Kestrel",
}
HEADLINES = {
    "en": {
        "valid": "Verified",
        "revoked": "Revoked",
        "suspended": "Suspended",
        "tampered": "content cannot be trusted",
    },
    "fr": {
        "valid": "Vérifiée",
        "revoked": "Révoquée",
        "suspended": "Suspendue",
        "tampered": "pas digne de confiance",
    },
}


@dataclass
class World:
    registry: str
    issuer: str
    qa: str
    omc_url: str
    institution_url: str
    credentials: dict[str, str]
    valid_document: dict[str, Any]
    tampered: dict[str, Any]

    @property
    def origins(self) -> set[str]:
        return {self.registry, self.issuer, self.qa}


@pytest.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=chromium_executable(), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        await launched.close()


@pytest.fixture(scope="module")
async def world(platform: Platform) -> World:
    """A DOMCI with a published OMC and three credentials issued by the pipeline: one valid, one
    revoked, one suspended; and a tampered copy of the valid one."""
    office = await QaOffice.designated(platform)
    # A title no other test publishes: the catalogue is shared by every test of the run.
    micro_credential_id = await ready_omc(office, title=BROWSER_OMC_TITLE)
    sis = await Sis.of(platform, office.institution_id)
    sent = await sis.send([record(micro_credential_id) for _ in range(3)])
    assert sent.status_code == 202, sent.text
    job = await sis.settled(sent.json()["id"])
    assert job["counts"]["issued"] == 3, job
    valid, revoked, suspended = (completion["credential_id"] for completion in job["completions"])
    institution = await platform.new_client(office.institution_id, [Role.INSTITUTION])
    headers = await platform.auth(institution)
    base = f"{platform.issuer.public_url}/v1/credentials"
    answer = await platform.http.post(
        f"{base}/{revoked}/revocation", json={"reason": "Issued in error"}, headers=headers
    )
    assert answer.status_code == 200, answer.text
    answer = await platform.http.post(
        f"{base}/{suspended}/suspension", json={"reason": "Under academic integrity review"}, headers=headers
    )
    assert answer.status_code == 200, answer.text
    valid_document = await credential_document(platform, valid)
    tampered = copy.deepcopy(valid_document)
    tampered["name"] = "Advanced Welding Engineering"
    tampered["credentialSubject"]["achievement"]["name"] = "Advanced Welding Engineering"
    registry = platform.registry.public_url
    return World(
        registry=registry,
        issuer=platform.issuer.public_url,
        qa=platform.qa.public_url,
        omc_url=f"{registry}/v1/catalogue/micro-credentials/{micro_credential_id}/versions/1",
        institution_url=f"{registry}/institutions/{office.institution_id}",
        credentials={"valid": valid, "revoked": revoked, "suspended": suspended},
        valid_document=valid_document,
        tampered=tampered,
    )


async def _visit(browser: Browser, world: World, url: str, **options: Any) -> Visit:
    visit = await open_tab(browser, world.origins, **options)
    response = await visit.page.goto(url)
    assert response is not None
    assert response.status == 200, f"{url}: {response.status}"
    return visit


@pytest.mark.parametrize("lang", LANGS)
async def test_registry_pages(browser: Browser, world: World, lang: str) -> None:
    pages = {
        "omc": (
            world.omc_url,
            {"en": "This is the current version.", "fr": "Ceci est la version en vigueur."},
        ),
        "catalogue": (
            f"{world.registry}/catalogue",
            {"en": "Catalogue of Ontario", "fr": "Catalogue des microcertifications"},
        ),
        "institution": (
            world.institution_url,
            {"en": "in good standing today", "fr": "en règle aujourd'hui"},
        ),
    }
    for name, (url, expected) in pages.items():
        for width in (375, 1280):
            visit = await _visit(browser, world, f"{url}?lang={lang}", width=width)
            try:
                assert expected[lang] in await visit.page.inner_text("main"), name
                await check_page(visit, name, lang)
            finally:
                await visit.close()


@pytest.mark.parametrize("lang", LANGS)
async def test_verification_pages(browser: Browser, world: World, lang: str) -> None:
    visit = await _visit(browser, world, f"{world.issuer}/verify?lang={lang}")
    try:
        await check_page(visit, "verify-form", lang)
    finally:
        await visit.close()
    for kind, credential_id in world.credentials.items():
        for width in (375, 1280):
            visit = await _visit(
                browser, world, f"{world.issuer}/verify/{credential_id}?lang={lang}", width=width
            )
            try:
                verdict = await visit.page.inner_text(".verdict")
                assert HEADLINES[lang][kind] in verdict, verdict
                await check_page(visit, f"verify-{kind}", lang)
                if kind == "valid" and width == 1280:
                    await visit.page.emulate_media(media="print")  # the printable view: no forms, no menu
                    assert not await visit.page.is_visible("#credential_json")
                    assert not await visit.page.is_visible("header nav")
                    assert await visit.page.is_visible(".verdict")
                    await visit.page.screenshot(
                        path=SCREENSHOTS / f"verify-valid-print-{lang}.png", full_page=True
                    )
            finally:
                await visit.close()
    visit = await _visit(browser, world, f"{world.issuer}/verify?lang={lang}")
    try:
        await visit.page.fill("#credential_json", json.dumps(world.tampered))
        await visit.page.click("form[enctype] button[type=submit]")
        verdict = await visit.page.inner_text(".verdict")
        assert HEADLINES[lang]["tampered"] in verdict, verdict
        main = await visit.page.inner_text("main")
        assert "Advanced Welding Engineering" not in verdict  # the attacker's title is never the headline
        assert main.count("not checked" if lang == "en" else "non vérifié") >= 3
        await check_page(visit, "verify-tampered", lang)
    finally:
        await visit.close()


async def test_the_language_switch_keeps_what_is_shown(browser: Browser, world: World) -> None:
    visit = await _visit(browser, world, f"{world.registry}/catalogue?q=welding&sort=title&lang=en")
    try:
        await visit.page.click("a.lang-switch")
        assert await visit.page.get_attribute("html", "lang") == "fr"
        assert "q=welding" in visit.page.url
        assert "sort=title" in visit.page.url
    finally:
        await visit.close()
    visit = await _visit(browser, world, f"{world.issuer}/verify?lang=en")
    try:
        await visit.page.fill("#credential_json", json.dumps(world.valid_document))
        await visit.page.click("form[enctype] button[type=submit]")
        assert "Verified" in await visit.page.inner_text(".verdict")
        await visit.page.click("button.lang-switch")
        assert await visit.page.get_attribute("html", "lang") == "fr"
        assert "Vérifiée" in await visit.page.inner_text(".verdict")
        await check_page(visit, "verify-pasted-switched", "fr")
    finally:
        await visit.close()


async def test_the_pages_work_without_javascript(browser: Browser, world: World) -> None:
    visit = await _visit(browser, world, f"{world.registry}/catalogue?lang=fr", javascript=False)
    try:
        await visit.page.fill("#q", "soudage Kestrel")
        await visit.page.click("form[role=search] button[type=submit]")
        assert BROWSER_OMC_TITLE["fr"] in await visit.page.inner_text("main")
        omc_path = world.omc_url.removeprefix(world.registry)
        await visit.page.click(f"main .results a[href^='{omc_path}']")
        assert visit.page.url.startswith(world.omc_url), visit.page.url
        assert "Sécurité en soudage" in await visit.page.inner_text("h1")
        assert not visit.outside_requests
    finally:
        await visit.close()
    visit = await _visit(browser, world, f"{world.issuer}/verify?lang=en", javascript=False)
    try:
        await visit.page.fill("#credential_json", json.dumps(world.valid_document))
        await visit.page.click("form[enctype] button[type=submit]")
        assert "Verified" in await visit.page.inner_text(".verdict")
        await visit.page.fill("#identity_email", "ada.learner@example.ca")
        await visit.page.click("#identity_email ~ p button")
        assert "matches the credential's holder" in await visit.page.inner_text("main")
        await visit.page.fill("#identity_email", "someone.else@example.ca")
        await visit.page.click("#identity_email ~ p button")
        assert "does not match" in await visit.page.inner_text("main")
    finally:
        await visit.close()


@pytest.mark.parametrize("service", ["registry", "qa", "issuer"])
async def test_the_api_docs_render_offline_under_the_csp(
    browser: Browser, world: World, service: str
) -> None:
    base = getattr(world, service)
    visit = await _visit(browser, world, f"{base}/docs", width=1280)
    try:
        await visit.page.wait_for_selector(".swagger-ui .info .title", timeout=60_000)
        assert not visit.outside_requests, visit.outside_requests
        assert not visit.csp_violations, visit.csp_violations
        await visit.page.screenshot(path=SCREENSHOTS / f"docs-{service}.png")
    finally:
        await visit.close()
    visit = await _visit(browser, world, f"{base}/redoc", width=1280)
    try:
        await visit.page.wait_for_selector(".api-info h1", timeout=60_000)
        assert not visit.outside_requests, visit.outside_requests
        # ReDoc's footer names a logo on its CDN: the CSP refuses it (nothing is fetched); nothing else.
        refused = [text for text in visit.csp_violations if "https://cdn.redoc.ly/" not in text]
        assert not refused, refused
        await visit.page.screenshot(path=SCREENSHOTS / f"redoc-{service}.png")
    finally:
        await visit.close()
