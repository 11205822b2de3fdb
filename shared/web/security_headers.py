"""Browser protections on every answer: HTML pages get a Content-Security-Policy that allows only
the service's own files (no inline script or style), may not be framed, and send no referrer;
every response says nosniff, so a JSON or CSV answer is never run as a script or page.

A header a route set itself is kept: a page that needs another policy sets its own and wins. The
interactive docs (`/docs`, `/redoc`) are served from the service's own files (shared/web/pages), so
they live under the same policy as every other page.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

EVERY_RESPONSE = {"X-Content-Type-Options": "nosniff"}
HTML_RESPONSE = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class SecurityHeadersMiddleware:
    """Add EVERY_RESPONSE to each response, and HTML_RESPONSE to text/html ones, unless present."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                wanted = dict(EVERY_RESPONSE)
                if headers.get("content-type", "").lower().startswith("text/html"):
                    wanted |= HTML_RESPONSE
                for name, value in wanted.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
