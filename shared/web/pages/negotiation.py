"""Which representation a request asks for: a page for a browser, JSON-LD for a linked-data client,
plain JSON for everyone else (no Accept and `*/*` keep the JSON API contract)."""

from __future__ import annotations

from enum import StrEnum

HTML, JSON, JSON_LD = "text/html", "application/json", "application/ld+json"


class Representation(StrEnum):
    HTML = "html"
    JSON = "json"
    JSON_LD = "jsonld"


def _qualities(accept: str) -> dict[str, float]:
    qualities: dict[str, float] = {}
    for part in accept.split(",")[:30]:
        media_type, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        media_type = media_type.lower()
        qualities[media_type] = max(quality, qualities.get(media_type, 0.0))
    return qualities


def representation(accept: str | None) -> Representation:
    """Named types only decide (wildcards keep JSON); on a tie JSON-LD, then JSON, beats HTML, so a
    client that lists several gets data rather than a page."""
    qualities = _qualities(accept or "")
    html, json, json_ld = qualities.get(HTML, 0.0), qualities.get(JSON, 0.0), qualities.get(JSON_LD, 0.0)
    if json_ld > 0 and json_ld >= max(json, html):
        return Representation.JSON_LD
    if html > 0 and html > json:
        return Representation.HTML
    return Representation.JSON
