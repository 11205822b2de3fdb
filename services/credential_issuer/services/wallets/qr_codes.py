"""QR codes as inline SVG (segno): drawn on the server, so a page needs no script and no image
request, and the strict CSP holds (the SVG has attributes only, no style)."""

from __future__ import annotations

import segno
from markupsafe import Markup, escape


def qr_svg(data: str, label: str, *, scale: int = 4) -> Markup:
    """An accessible inline ``<svg>`` of ``data``; ``label`` names it for screen readers."""
    code = segno.make(data, error="m", micro=False)
    svg = code.svg_inline(
        scale=scale, border=2, title=None, svgclass="qr-code", lineclass=None, dark="#000", light="#fff"
    )
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))  # noqa: S704 (segno's SVG, label escaped)
