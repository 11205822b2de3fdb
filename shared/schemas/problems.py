"""RFC 9457 problem details, the body of every error response on the platform."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "urn:omc:problem:"


class FieldError(BaseModel):
    """One failing input: where it is and what is wrong with it."""

    field: str = Field(
        description="Dotted path of the input, e.g. `body.completions.3.email` or `query.limit`."
    )
    message: str = Field(description="What is wrong, in plain words.")
    code: str = Field(description="Machine-readable reason, e.g. `missing`, `string_too_long`.")


class Problem(BaseModel):
    """An RFC 9457 problem details object, with the platform's extension members."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="Stable URI naming the kind of problem, e.g. `urn:omc:problem:not-found`.")
    title: str = Field(description="Short summary of the kind of problem; the same for every occurrence.")
    status: int = Field(description="HTTP status code.")
    detail: str | None = Field(None, description="What went wrong this time.")
    instance: str | None = Field(None, description="The request path that failed.")
    request_id: str | None = Field(None, description="The X-Request-ID of the failing request.")
    errors: list[FieldError] | None = Field(None, description="For validation problems: each failing field.")
