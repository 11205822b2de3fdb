"""The learner's pages in a real browser (Debian's Chromium through Playwright), in English and
French, with and without JavaScript: sign in with the code from the mailbox, see credentials from two
institutions, open the share link's QR code, make a claim link, sign out. Each page passes the
checks of every page (375 px without horizontal scroll, the strict CSP, nothing loaded from
elsewhere, axe-core without serious or critical violations). Screenshots go to `.omc/screenshots/`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from playwright.async_api import Browser, Page, async_playwright

from shared.schemas.auth import Role
from tests.support.browser import CHROMIUM_ARGS, check_page, chromium_executable, open_tab
from tests.support.iqap import QaOffice
from tests.support.learners import issued_to, new_learner_email
from tests.support.platform import Platform

pytestmark = pytest.mark.xdist_group("browser")  # one Chromium per run: `make test` uses --dist loadgroup
TEXTS = {
    "en": {
        "sign_in": "Sign in to see your",
        "code": "Enter your code",
        "page": "My micro-credentials",
        "revoked": "Revoked",
        "claim": "to your wallet",
        "signed_out": "You are signed out.",
    },
    "fr": {
        "sign_in": "Connectez-vous pour voir",
        "code": "Entrez votre code",
        "page": "Mes microcertifications",
        "revoked": "Révoquée",
        "claim": "votre portefeuille",
        "signed_out": "Vous êtes déconnecté.",
    },
}


@dataclass
class World:
    platform: Platform
    email: str

    @property
    def origins(self) -> set[str]:
        return {
            self.platform.registry.public_url,
            self.platform.issuer.public_url,
            self.platform.qa.public_url,
        }


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
    """A learner with a credential from a college and a revoked one from a university."""
    email = new_learner_email()
    college = await QaOffice.designated(platform)
    university = await QaOffice.designated(platform)
    await issued_to(platform, college, email, title="Welding safety in the Kestrel shop")
    revoked = await issued_to(platform, university, email, title="Data literacy for the trades")
    institution = await platform.new_client(university.institution_id, [Role.INSTITUTION])
    answer = await platform.http.post(
        f"{platform.issuer.public_url}/v1/credentials/{revoked}/revocation",
        json={"reason": "Issued in error"},
        headers=await platform.auth(institution),
    )
    assert answer.status_code == 200, answer.text
    return World(platform, email)


async def submit(page: Page, selector: str) -> None:
    """Click a form's button and wait for the page it leads to (an error notice fails here)."""
    async with page.expect_navigation():
        await page.click(selector)
    notice = page.locator("main .notice.bad")
    assert await notice.count() == 0, await notice.inner_text()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_a_learner_signs_in_and_uses_their_page(
    browser: Browser, world: World, lang: str, javascript: bool
) -> None:
    mailbox = world.platform.mailbox
    assert mailbox is not None
    texts = TEXTS[lang]
    issuer = world.platform.issuer.public_url
    visit = await open_tab(browser, world.origins, javascript=javascript)
    check = javascript  # axe-core runs as a script: the pages are checked once, with JavaScript
    try:
        page = visit.page
        response = await page.goto(f"{issuer}/learner?lang={lang}")
        assert response is not None
        assert response.status == 200
        assert "/learner/sign-in?next=" in page.url
        assert texts["sign_in"] in await page.inner_text("h1")
        if check:
            await check_page(visit, "learner-sign-in", lang)

        already = len(mailbox.to(world.email))
        await page.fill("#email", world.email)
        await submit(page, "main form button[type=submit]")
        assert texts["code"] in await page.inner_text("h1")
        if check:
            await check_page(visit, "learner-code", lang)

        code = mailbox.code_in(await mailbox.wait_for(world.email, count=already + 1))
        await page.fill("#code", code)
        await submit(page, "main form button[type=submit]")
        assert page.url.endswith(f"/learner?lang={lang}"), page.url
        main = await page.inner_text("main")
        assert texts["page"] in await page.inner_text("h1")
        assert "Welding safety in the Kestrel shop" in main
        assert "Data literacy for the trades" in main
        assert texts["revoked"] in main
        await page.click("details.share >> nth=0 >> summary")
        assert await page.locator("details.share >> nth=0 >> svg.qr-code").is_visible()
        if check:
            await check_page(visit, "learner", lang)

        await submit(page, "main .learner-credentials form button[type=submit] >> nth=0")
        assert texts["claim"] in await page.inner_text("h1")
        assert f"{issuer}/exchanges/" in await page.inner_text("main")
        if check:
            await check_page(visit, "learner-claim", lang)

        await page.goto(f"{issuer}/learner?lang={lang}")
        await submit(page, "form[action^='/learner/sign-out'] button")
        assert texts["signed_out"] in await page.inner_text("main")
        if check:
            await check_page(visit, "learner-signed-out", lang)
        await page.goto(f"{issuer}/learner?lang={lang}")
        assert "/learner/sign-in?next=" in page.url
    finally:
        await visit.close()
