"""ASGI middleware shared by every service."""

from __future__ import annotations

import json

from asgi_correlation_id import correlation_id
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import PayloadTooLarge
from shared.schemas.problems import PROBLEM_MEDIA_TYPE, Problem


class BodySizeLimitMiddleware:
    """Refuse request bodies above ``max_bytes`` with 413, whether announced by Content-Length or
    streamed in chunks, before any handler reads them."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, send)
            return

        received = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not response_started:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        problem = Problem(
            type=PayloadTooLarge.type_uri(),
            title=PayloadTooLarge.title,
            status=413,
            detail=f"The request body exceeds {self.max_bytes} bytes.",
            instance=scope.get("path"),
            request_id=correlation_id.get(),
        )
        body = json.dumps(problem.model_dump(mode="json", exclude_none=True)).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _BodyTooLarge(HTTPException):
    """Raised inside receive() when a streamed body passes the limit. An HTTPException so that
    FastAPI's body parsing re-raises it as is and the problem handler answers 413."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"The request body exceeds {max_bytes} bytes.")
