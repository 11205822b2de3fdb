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
from starlette.exceptions import HTTPException as StarletteHTTPException

from shared.errors import (
    BadRequest,
    DatabaseUnavailable,
    DomainError,
    Forbidden,
    MethodNotAllowed,
    NotFound,
    PayloadTooLarge,
    Unauthenticated,
    UnprocessableInput,
)
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
    if exc.status >= 500:
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
    request_id = correlation_id.get()
    # A 500 is answered outside the request-id middleware, so the id header is set here.
    headers = {"X-Request-ID": request_id} if request_id else None
    return problem_response(
        request, DomainError("An unexpected error occurred; quote the request id.", headers=headers)
    )


async def _database_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """A connection found dead (the database restarted) is a 503 the client may retry: the engine has
    already discarded the pool's stale connections, so the retry gets a fresh one. The engine does
    not ping before each checkout (three round trips per request) and relies on this instead."""
    assert isinstance(exc, DBAPIError)
    if not exc.connection_invalidated:
        return await _unexpected_error_handler(request, exc)
    logger.warning("database_connection_lost", error=type(exc.orig).__name__)
    return problem_response(
        request,
        DatabaseUnavailable("The connection to the database was lost; retry.", headers={"Retry-After": "1"}),
    )


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_exception_handler)
    app.add_exception_handler(DBAPIError, _database_error_handler)
    app.add_exception_handler(Exception, _unexpected_error_handler)
