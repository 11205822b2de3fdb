"""The learner's Open Badges API pages in Debian's Chromium: the consent screen and the list of
authorised applications, in both languages, pass the page checks (axe-core, one <h1>, no horizontal
scroll at 375 px, nothing loaded from outside), and work without JavaScript: Allow sends the
browser to the wallet's redirect URI with a code; Withdraw access ends the wallet's access."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from urllib.parse import urlencode

import pytest
from playwright.async_api import Browser, BrowserContext, async_playwright

from tests.support.browser import CHROMIUM_ARGS, check_page, chromium_executable, open_tab
from tests.support.iqap import QaOffice
from tests.support.learners import issued_to, new_learner_email, signed_in_learner
from tests.support.ob3_wallet import CREDENTIAL_READONLY, PROFILE_READONLY, Ob3Wallet, pkce_pair
from tests.support.platform import Platform

LANGS = ["en", "fr"]
ALLOW = {"en": "Allow", "fr": "Autoriser"}
MANAGE_APPLICATIONS = {"en": "See or withdraw their access", "fr": "Voir ou retirer leur accès"}
WITHDRAW = {"en": "Withdraw access", "fr": "Retirer l'accès"}


@pytest.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=chromium_executable(), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        await launched.close()


async def _signed_in(context: BrowserContext, platform: Platform, email: str) -> None:
    """The learner signs in through the real pages (over HTTP); the browser gets their session."""
    async with aclosing(await signed_in_learner(platform, email)) as client:
        await context.add_cookies(
            [
                {"name": cookie.name, "value": cookie.value or "", "url": platform.issuer.public_url}
                for cookie in client.cookies.jar
            ]
        )


@pytest.mark.parametrize("lang", LANGS)
async def test_consent_and_authorised_applications_pages(
    browser: Browser, platform: Platform, lang: str
) -> None:
    email = new_learner_email()
    await issued_to(platform, await QaOffice.designated(platform), email)
    wallet = Ob3Wallet(platform.http, platform.issuer.public_url)
    await wallet.discover()
    assert (await wallet.register(client_name=f"Browser Wallet {lang}")).status_code == 201
    _, challenge = pkce_pair()
    params = wallet.authorization_params(
        challenge, scopes=[CREDENTIAL_READONLY, PROFILE_READONLY], state="b1"
    )
    origins = {platform.issuer.public_url, platform.registry.public_url}

    visit = await open_tab(browser, origins)
    try:
        await _signed_in(visit.context, platform, email)
        response = await visit.page.goto(f"{wallet.flow['authorizationUrl']}?{urlencode(params)}&lang={lang}")
        assert response is not None
        assert response.status == 200
        assert f"Browser Wallet {lang}" in await visit.page.inner_text("main")
        await check_page(visit, "ob3-consent", lang)
    finally:
        await visit.close()

    visit = await open_tab(browser, origins, javascript=False)
    try:
        await _signed_in(visit.context, platform, email)
        await visit.page.goto(f"{wallet.flow['authorizationUrl']}?{urlencode(params)}&lang={lang}")
        # The wallet is outside the platform: the tab's guard stops the navigation, after it started.
        async with visit.page.expect_request(
            lambda request: request.url.startswith(wallet.redirect_uri)
        ) as sent:
            await visit.page.get_by_role("button", name=ALLOW[lang]).click(no_wait_after=True)
        arrived = (await sent.value).url
        assert arrived.startswith(wallet.redirect_uri + "?code=")
        assert "state=b1" in arrived

        # A new tab: the first one is busy showing the browser's error page for the wallet's address.
        tab = await visit.context.new_page()
        response = await tab.goto(f"{platform.issuer.public_url}/learner?lang={lang}")
        assert response is not None
        assert response.status == 200
        await tab.get_by_role("link", name=MANAGE_APPLICATIONS[lang]).click()  # the learner finds it
        await tab.wait_for_url("**/learner/clients?**")
        assert f"Browser Wallet {lang}" in await tab.inner_text("main")
        await tab.get_by_role("button", name=WITHDRAW[lang]).click()
        await tab.wait_for_url("**/learner/clients?**revoked=true")
        assert f"Browser Wallet {lang}" not in await tab.inner_text("main")
    finally:
        await visit.close()

    visit = await open_tab(browser, origins)
    try:
        await _signed_in(visit.context, platform, email)
        await visit.page.goto(f"{platform.issuer.public_url}/learner/clients?lang={lang}&revoked=true")
        await check_page(visit, "ob3-clients", lang)
    finally:
        await visit.close()
