"""Debian's Chromium driven by Playwright, as the page tests use it: every response gets the strict
Content-Security-Policy of the platform, any request that leaves the platform is refused and
recorded, and each page is checked (lang, <main>, no horizontal scroll at 375 px, axe-core) and
photographed into `.omc/screenshots/`."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Browser, BrowserContext, ConsoleMessage, Page, Route

from shared.db.migrations import PROJECT_ROOT

SCREENSHOTS = PROJECT_ROOT / ".omc" / "screenshots"
CSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE_WIDTH = 375


def chromium_executable() -> str:
    """Debian's Chromium (`make test` installs it when missing); Playwright never downloads one."""
    found = shutil.which("chromium") or "/usr/bin/chromium"
    assert Path(found).exists(), "Chromium is missing: run `apt-get install -y chromium` (make test does)"
    return found


@dataclass
class Visit:
    """A browser tab on the platform, with what went wrong while it was open."""

    page: Page
    context: BrowserContext
    outside_requests: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)

    async def close(self) -> None:
        # Requests still in flight (a favicon...) would otherwise report a closed context.
        await self.context.unroute_all(behavior="ignoreErrors")
        await self.context.close()


async def open_tab(
    browser: Browser,
    origins: set[str],
    *,
    javascript: bool = True,
    width: int = PHONE_WIDTH,
    accept_language: str = "en-CA,en;q=0.9",
) -> Visit:
    context = await browser.new_context(
        viewport={"width": width, "height": 900},
        java_script_enabled=javascript,
        extra_http_headers={"Accept-Language": accept_language},
    )
    visit = Visit(await context.new_page(), context)

    async def guard(route: Route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            await route.continue_()
            return
        if f"{parts.scheme}://{parts.netloc}" not in origins:
            visit.outside_requests.append(url)
            await route.abort()
            return
        # Redirects go back to the browser (it follows them through this guard), so the page's URL
        # and its cookies are what a real visit gives (a sign-in's 303 carries its session cookie).
        response = await route.fetch(max_redirects=0)
        headers = {**response.headers, "content-security-policy": CSP}
        await route.fulfill(response=response, headers=headers)

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            visit.csp_violations.append(message.text)

    await context.route("**/*", guard)
    visit.page.on("console", on_console)
    return visit


async def serious_accessibility_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations of the page as it is now."""
    results = await Axe().run(page)
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


async def check_page(visit: Visit, name: str, lang: str) -> None:
    """The checks every page passes, then a screenshot (`<name>-<lang>.png`) at the tab's width."""
    page = visit.page
    assert await page.get_attribute("html", "lang") == lang, name
    assert await page.locator("main").count() == 1, f"{name}: one <main> landmark"
    assert await page.locator("h1").count() == 1, f"{name}: one <h1>"
    width = await page.evaluate("document.documentElement.scrollWidth")
    viewport = page.viewport_size
    assert viewport is not None
    assert width <= viewport["width"], f"{name} ({lang}) is {width} px wide at {viewport['width']} px"
    violations = await serious_accessibility_violations(page)
    assert not violations, f"{name} ({lang}): {json.dumps(violations, indent=1)}"
    assert not visit.outside_requests, f"{name}: requests outside the platform {visit.outside_requests}"
    assert not visit.csp_violations, f"{name}: {visit.csp_violations}"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    suffix = "" if viewport["width"] == PHONE_WIDTH else f"-{viewport['width']}"
    await page.screenshot(path=SCREENSHOTS / f"{name}-{lang}{suffix}.png", full_page=True)
