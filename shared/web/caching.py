"""Conditional GET for public reads: a weak ETag over the body, Last-Modified, 304 when unchanged."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

from fastapi import Request, Response
from pydantic import BaseModel


def etag_of(body: bytes) -> str:
    return f'W/"{hashlib.sha256(body).hexdigest()[:32]}"'


def _not_modified(request: Request, etag: str, last_modified: datetime | None) -> bool:
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        candidates = {value.strip() for value in if_none_match.split(",")}
        return "*" in candidates or etag in candidates or etag.removeprefix("W/") in candidates
    if_modified_since = request.headers.get("if-modified-since")
    if if_modified_since and last_modified is not None:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        return last_modified.replace(microsecond=0) <= since
    return False


def conditional_response(
    request: Request,
    body: bytes,
    *,
    media_type: str = "application/json",
    last_modified: datetime | None = None,
    max_age: int = 60,
    headers: dict[str, str] | None = None,
) -> Response:
    """The body with validators, or an empty 304 when the client's copy is current."""
    etag = etag_of(body)
    validators = {"ETag": etag, "Cache-Control": f"public, max-age={max_age}", **(headers or {})}
    if last_modified is not None:
        validators["Last-Modified"] = format_datetime(last_modified.astimezone(UTC), usegmt=True)
    if _not_modified(request, etag, last_modified):
        return Response(status_code=304, headers=validators)
    return Response(content=body, media_type=media_type, headers=validators)


def json_body(model: BaseModel) -> bytes:
    return model.model_dump_json().encode()
