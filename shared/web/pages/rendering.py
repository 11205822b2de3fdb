"""One Jinja2 environment per service: its own templates over the shared layout, autoescaping
everything (credentials and catalogue text are untrusted input), and the HTML response headers."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape

from shared.web.pages.formatting import language_name, long_date, money, number
from shared.web.pages.i18n import LAYOUT, OTHER, Lang, Message, Translator

SHARED_TEMPLATES = Path(__file__).resolve().parent / "templates"


class Pages:
    """Renders a service's pages: ``render(request, "omc.html", lang, ...)`` -> an HTML response."""

    def __init__(
        self, templates: Path, catalogue: Mapping[str, Message], *, registry_url: str, issuer_url: str
    ) -> None:
        self.catalogue: dict[str, Message] = {**LAYOUT, **catalogue}
        self.environment = Environment(
            loader=ChoiceLoader([FileSystemLoader(templates), FileSystemLoader(SHARED_TEMPLATES)]),
            autoescape=select_autoescape(default=True, default_for_string=True),
            auto_reload=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        # The header's links go to the pages of the other services (the catalogue, the verifier).
        self.site = {
            "registry": registry_url.rstrip("/"),
            "catalogue": f"{registry_url.rstrip('/')}/catalogue",
            "verify": f"{issuer_url.rstrip('/')}/verify",
        }
        self.environment.globals["site"] = self.site

    def html(self, template: str, lang: Lang, **context: Any) -> str:
        """The page as text (for tests and for callers that set their own response)."""
        t = Translator(self.catalogue, lang)
        return self.environment.get_template(template).render(
            lang=lang,
            other_lang=OTHER[lang],
            t=t,
            date=lambda value: long_date(value, lang),
            number=lambda value: number(value, lang),
            money=lambda amount, currency: money(amount, currency, lang),
            language_name=lambda code: language_name(code, lang),
            **context,
        )

    def render(
        self,
        request: Request,
        template: str,
        lang: Lang,
        *,
        status_code: int = 200,
        cache_control: str = "public, max-age=60",
        **context: Any,
    ) -> HTMLResponse:
        """The page; the language switch keeps the query (filters, the credential looked at...)."""
        html = self.html(template, lang, switch_url=switch_url(request, OTHER[lang]), **context)
        return HTMLResponse(
            html,
            status_code=status_code,
            headers={
                "Content-Language": lang,
                "Vary": "Accept, Accept-Language",
                "Cache-Control": cache_control,
            },
        )


def switch_url(request: Request, lang: Lang) -> str:
    """This page's path and query with ``lang`` set: switching language keeps what is shown."""
    url = request.url.include_query_params(lang=lang)
    return f"{url.path}?{url.query}"
