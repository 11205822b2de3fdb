"""The platform's exception tree. Every error a client can see is one of these.

    DomainError                      (500, base; never raised directly)
    ├── BadRequest                   400
    ├── Unauthenticated              401 (missing, forged, expired or wrong-audience token)
    ├── Forbidden                    403 (authenticated, but not allowed)
    ├── NotFound                     404
    ├── MethodNotAllowed             405
    ├── Conflict                     409
    ├── PayloadTooLarge              413
    ├── UnprocessableInput           422 (valid JSON, invalid meaning; carries field errors)
    └── UpstreamUnavailable          503 + Retry-After (another service did not answer)
        └── DatabaseUnavailable      503 + Retry-After (the service's database did not answer)

Each class carries its problem `type` slug, `title` and `status`; one handler (shared.web.problems)
turns any of them into application/problem+json.
"""

from __future__ import annotations

from typing import Any, ClassVar

from shared.schemas.problems import PROBLEM_TYPE_BASE, FieldError


class DomainError(Exception):
    """Base of every error the platform reports to clients."""

    slug: ClassVar[str] = "internal-error"
    title: ClassVar[str] = "Internal server error"
    status: ClassVar[int] = 500

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        self.extra = extra or {}

    @classmethod
    def type_uri(cls) -> str:
        return PROBLEM_TYPE_BASE + cls.slug


class BadRequest(DomainError):
    slug, title, status = "bad-request", "Bad request", 400


class Unauthenticated(DomainError):
    slug, title, status = "unauthenticated", "Authentication required", 401

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        super().__init__(detail, **kwargs)


class Forbidden(DomainError):
    slug, title, status = "forbidden", "Not allowed", 403


class NotFound(DomainError):
    slug, title, status = "not-found", "Not found", 404


class MethodNotAllowed(DomainError):
    slug, title, status = "method-not-allowed", "Method not allowed", 405


class Conflict(DomainError):
    slug, title, status = "conflict", "Conflict", 409


class PayloadTooLarge(DomainError):
    slug, title, status = "payload-too-large", "Request body too large", 413


class UnsupportedMediaType(DomainError):
    """The body is in a format the endpoint does not read (a batch neither JSON nor UTF-8 CSV)."""

    slug, title, status = "unsupported-media-type", "Unsupported media type", 415


class UnprocessableInput(DomainError):
    slug, title, status = "validation-error", "Invalid input", 422

    @classmethod
    def for_field(cls, field: str, message: str, code: str = "invalid") -> UnprocessableInput:
        return cls(message, errors=[FieldError(field=field, message=message, code=code)])


RETRY_AFTER_SECONDS = "1"


class UpstreamUnavailable(DomainError):
    """Another service, or the database, did not answer: always with ``Retry-After`` (a client may
    retry the same request; nothing was done)."""

    slug, title, status = "upstream-unavailable", "A service this request needs did not answer", 503

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        headers = {"Retry-After": RETRY_AFTER_SECONDS, **(kwargs.pop("headers", None) or {})}
        super().__init__(detail, headers=headers, **kwargs)


class DatabaseUnavailable(UpstreamUnavailable):
    """The service's own database is unreachable: a connection was lost, could not be opened in
    time, or none was free in the pool in time."""

    slug, title, status = "database-unavailable", "The database is unavailable; retry", 503
