"""Turn every error into RFC 9457 application/problem+json: domain errors, validation errors,
unknown routes and methods, oversize bodies and anything unexpected (without its stack trace)."""

from __future__ import annotations

from typing import Any

import structlog
from asgi_correlation_id import correlation_id
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.clients.base import ServiceUnreachable
from shared.errors import (
    BadRequest,
    DomainError,
    Forbidden,
    MethodNotAllowed,
    NotFound,
    PayloadTooLarge,
    Unauthenticated,
    UnprocessableInput,
    UpstreamUnavailable,
)
from shared.outages import outage_of
from shared.schemas.problems import PROBLEM_MEDIA_TYPE, FieldError, Problem

logger = structlog.get_logger(__name__)

_ERROR_BY_STATUS: dict[int, type[DomainError]] = {
    error.status: error
    for error in (BadRequest, Unauthenticated, Forbidden, NotFound, MethodNotAllowed, PayloadTooLarge)
}


def problem_response(request: Request, error: DomainError) -> JSONResponse:
    request_id = correlation_id.get()
    problem = Problem(
        type=error.type_uri(),
        title=error.title,
        status=error.status,
        detail=error.detail,
        instance=request.url.path,
        request_id=request_id,
        errors=error.errors,
        **error.extra,
    )
    return JSONResponse(
        problem.model_dump(mode="json", exclude_none=True),
        status_code=error.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=error.headers,
    )


def _field_path(location: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(part) for part in location)


def validation_field_errors(raw_errors: Any) -> list[FieldError]:
    """Pydantic/FastAPI error dicts as the platform's field errors (no input values echoed)."""
    return [
        FieldError(
            field=_field_path(item.get("loc", ())),
            message=item.get("msg", "invalid"),
            code=item.get("type", "invalid"),
        )
        for item in raw_errors
    ]


async def _domain_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    if isinstance(exc, UpstreamUnavailable):  # an outage, answered 503: expected, not a fault of ours
        logger.warning("dependency_unavailable", error=type(exc).__name__, detail=exc.detail)
    elif exc.status >= 500:
        logger.error("domain_error", error=type(exc).__name__, detail=exc.detail)
    return problem_response(request, exc)


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = validation_field_errors(exc.errors())
    fields = ", ".join(error.field for error in errors[:5])
    return problem_response(request, UnprocessableInput(f"Invalid input: {fields}", errors=errors))


async def _http_exception_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    error_class = _ERROR_BY_STATUS.get(exc.status_code)
    if error_class is None:
        error_class = type(
            "HttpError",
            (DomainError,),
            {"slug": f"http-{exc.status_code}", "status": exc.status_code, "title": "HTTP error"},
        )
    detail = exc.detail if isinstance(exc.detail, str) else None
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"No resource at {request.url.path}"
    if exc.status_code == 405 and detail == "Method Not Allowed":
        detail = f"{request.method} is not allowed on {request.url.path}"
    return problem_response(request, error_class(detail, headers=dict(exc.headers or {})))


async def _unexpected_error_handler(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled_error", error=type(exc).__name__)
    return problem_response(request, DomainError("An unexpected error occurred; quote the request id."))


async def _outermost_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """Starlette's last handler, for an error raised by a middleware itself (outside the request-id
    middleware, so the id header is set here)."""
    logger.exception("unhandled_error", error=type(exc).__name__)
    request_id = correlation_id.get()
    headers = {"X-Request-ID": request_id} if request_id else None
    return problem_response(
        request, DomainError("An unexpected error occurred; quote the request id.", headers=headers)
    )


async def _outage_or_unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    outage = outage_of(exc)
    if outage is None:
        return await _unexpected_error_handler(request, exc)
    logger.warning("dependency_unavailable", error=type(exc).__name__, detail=outage.detail)
    return problem_response(request, outage)


class UnhandledErrorMiddleware:
    """The last word on an exception no handler answered: a problem response (503 for an outage,
    else 500), and the exception stops here. Starlette's own last handler re-raises after answering,
    and uvicorn then closes the client's connection; a client keeping its connection (every HTTP
    client pool) would see its next request fail too."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:  # too late to answer: let the server close the connection
                raise
            response = await _outage_or_unexpected_handler(Request(scope), exc)
            await response(scope, receive, send)


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_exception_handler)
    for outage_type in (DBAPIError, PoolTimeout, ServiceUnreachable):
        app.add_exception_handler(outage_type, _outage_or_unexpected_handler)
    # Innermost middleware: what escapes the handlers above is answered here, not by Starlette.
    app.add_middleware(UnhandledErrorMiddleware)
    app.add_exception_handler(Exception, _outermost_error_handler)
