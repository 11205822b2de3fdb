"""Typed problem+json exceptions: one class per problem `type`, so callers catch what they mean.

OmcError                          anything this client raises
├── TransportError                the platform could not be reached
└── ProblemError                  the platform answered with an RFC 9457 problem
    ├── BadRequest (400)  ├── Unauthenticated (401)  ├── Forbidden (403)  ├── NotFound (404)
    ├── Conflict (409)    ├── Gone (410)             ├── PayloadTooLarge (413)
    ├── UnsupportedMediaType (415)                   ├── ValidationFailed (422)
    ├── RateLimited (429)                            ├── Unavailable (503)
    └── ServerError (500 and anything else)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import httpx

PROBLEM_TYPE_BASE = "urn:omc:problem:"


@dataclass(frozen=True)
class FieldError:
    """One failing input, as the platform names it (`body.completions.3.email`)."""

    field: str
    message: str
    code: str


class OmcError(Exception):
    """Base of every error this client raises."""


class TransportError(OmcError):
    """The platform could not be reached (connection refused, timeout) after the retries."""


class ProblemError(OmcError):
    """The platform answered with an application/problem+json document."""

    status_code: ClassVar[int] = 500

    def __init__(self, problem: dict[str, Any], response: httpx.Response) -> None:
        self.problem = problem
        self.response = response
        self.type: str = str(problem.get("type", "about:blank"))
        self.title: str = str(problem.get("title", response.reason_phrase))
        self.status: int = int(problem.get("status", response.status_code))
        self.detail: str | None = problem.get("detail")
        self.request_id: str | None = problem.get("request_id") or response.headers.get("X-Request-ID")
        self.errors: list[FieldError] = [
            FieldError(str(e.get("field", "")), str(e.get("message", "")), str(e.get("code", "")))
            for e in problem.get("errors") or []
            if isinstance(e, dict)
        ]
        super().__init__(f"{self.status} {self.title}: {self.detail or ''}".rstrip(": "))

    @property
    def slug(self) -> str:
        """The problem type without its `urn:omc:problem:` prefix, e.g. `claim-gone`."""
        return self.type.removeprefix(PROBLEM_TYPE_BASE)


class BadRequest(ProblemError):
    status_code = 400


class Unauthenticated(ProblemError):
    status_code = 401


class Forbidden(ProblemError):
    status_code = 403


class NotFound(ProblemError):
    status_code = 404


class Conflict(ProblemError):
    status_code = 409


class Gone(ProblemError):
    status_code = 410


class PayloadTooLarge(ProblemError):
    status_code = 413


class UnsupportedMediaType(ProblemError):
    status_code = 415


class ValidationFailed(ProblemError):
    status_code = 422


class RateLimited(ProblemError):
    status_code = 429


class Unavailable(ProblemError):
    status_code = 503


class ServerError(ProblemError):
    status_code = 500


_BY_STATUS: dict[int, type[ProblemError]] = {
    cls.status_code: cls
    for cls in (
        BadRequest,
        Unauthenticated,
        Forbidden,
        NotFound,
        Conflict,
        Gone,
        PayloadTooLarge,
        UnsupportedMediaType,
        ValidationFailed,
        RateLimited,
        Unavailable,
        ServerError,
    )
}


def raise_for_problem(response: httpx.Response) -> None:
    """Raise the ProblemError subclass matching ``response`` if it is an error; else return."""
    if response.status_code < 400:
        return
    try:
        body = response.json()
    except ValueError:
        body = None
    problem = body if isinstance(body, dict) else {"title": response.reason_phrase, "detail": response.text}
    problem.setdefault("status", response.status_code)
    raise _BY_STATUS.get(response.status_code, ServerError)(problem, response)
