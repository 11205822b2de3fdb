"""Input that PostgreSQL cannot store or that Python cannot parse safely, refused at the door with a
422 problem naming the field, for every route of every service.

PostgreSQL text cannot hold NUL (U+0000), and UTF-8 cannot encode a lone surrogate (U+D800-U+DFFF,
which JSON's `\\ud800` escapes produce); either reaching the database raised a driver error, a 500.
Python's JSON parser recurses once per nesting level, so a body nested 10,000 deep raised
RecursionError. One ASGI middleware checks the path, the query string, the headers and the bodies
the services read (JSON, URL-encoded forms, CSV) before any route runs; `loads_bounded` is the one
JSON parse for bodies a route reads itself (the batch endpoints, the verification page's upload).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl

import structlog
from asgi_correlation_id import correlation_id
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import UnprocessableInput
from shared.schemas.problems import PROBLEM_MEDIA_TYPE, Problem
from shared.web.problems import problem_response

logger = structlog.get_logger(__name__)

MAX_JSON_DEPTH = 64
"""Deepest nesting of arrays and objects accepted in a JSON document (credentials need under 10)."""

UNSTORABLE_CODE = "unstorable_character"
TOO_DEEP_CODE = "json_too_deep"

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# JSON escapes that decode to NUL or to a surrogate (a valid pair is confirmed by parsing).
_SUSPECT_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})")
_NOT_STRUCTURE = bytes(set(range(256)) - set(b'[]{}"'))
_OPENERS = frozenset(b"[{")


class JsonTooDeep(ValueError):
    """The document nests arrays and objects deeper than MAX_JSON_DEPTH."""


def unstorable(text: str) -> bool:
    """True when ``text`` holds NUL or a lone surrogate: characters PostgreSQL text cannot store."""
    return _UNSTORABLE.search(text) is not None


def exceeds_json_depth(raw: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when the arrays and objects of ``raw`` (brackets outside strings) nest deeper than
    ``limit``, without parsing: a few passes in C over the bytes, then one over the brackets that
    stops at the first level too deep (a 10,000-deep attack costs 65 steps)."""
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    # Escaped backslashes, then escaped quotes, cannot end a string: without them every `"` does,
    # and the even pieces between quotes are what lies outside strings.
    structure = raw.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, delete=_NOT_STRUCTURE)
    depth = 0
    for byte in b"".join(structure.split(b'"')[::2]):
        depth += 1 if byte in _OPENERS else -1
        if depth > limit:
            return True
    return False


def loads_bounded(raw: bytes | str) -> Any:
    """``json.loads`` that raises JsonTooDeep (a ValueError) instead of recursing without bound."""
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    if exceeds_json_depth(data):
        raise JsonTooDeep(f"The JSON nests deeper than {MAX_JSON_DEPTH} levels.")
    try:
        return json.loads(raw)
    except RecursionError:  # unbalanced input the pre-scan let through
        raise JsonTooDeep(f"The JSON nests deeper than {MAX_JSON_DEPTH} levels.") from None


def first_unstorable(value: Any, path: str) -> str | None:
    """The dotted path of the first string (or object key) in a parsed JSON value holding NUL or a
    lone surrogate, or None. Iterative, so the depth of the value does not matter."""
    pending: list[tuple[Any, str]] = [(value, path)]
    while pending:
        item, where = pending.pop()
        if isinstance(item, str):
            if unstorable(item):
                return where
        elif isinstance(item, dict):
            for key, child in item.items():
                if unstorable(key):
                    return f"{where}.{key.encode('unicode_escape').decode('ascii')}"
                pending.append((child, f"{where}.{key}"))
        elif isinstance(item, list):
            pending.extend((child, f"{where}.{index}") for index, child in enumerate(item))
    return None


def _unstorable_error(field: str, where: str) -> UnprocessableInput:
    return UnprocessableInput.for_field(
        field, f"{where} contains NUL or an unpaired surrogate, which cannot be stored.", UNSTORABLE_CODE
    )


def _too_deep_error() -> UnprocessableInput:
    return UnprocessableInput.for_field(
        "body", f"The JSON nests deeper than {MAX_JSON_DEPTH} levels.", TOO_DEEP_CODE
    )


def check_json_body(body: bytes, *, field: str = "body") -> None:
    """Raise a 422 for a JSON body nested too deep or holding a string PostgreSQL cannot store.
    Parses only when an escape of NUL or a surrogate appears, so ordinary bodies are scanned once."""
    if exceeds_json_depth(body):
        raise _too_deep_error()
    if not _SUSPECT_ESCAPE.search(body):
        return  # raw NUL and raw surrogates are not valid JSON/UTF-8: the parser refuses them
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return  # the route's own parse reports the syntax error
    where = first_unstorable(document, field)
    if where is not None:
        raise _unstorable_error(where, "The value")


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def check_request(scope: Scope, body: bytes | None) -> None:
    """Raise a 422 naming the first field of the request that holds input the platform refuses."""
    if unstorable(scope.get("path", "")):
        raise _unstorable_error("path", "The path")
    query = scope.get("query_string", b"").decode("latin-1")
    for name, value in parse_qsl(query, keep_blank_values=True):
        if unstorable(name) or unstorable(value):
            raise _unstorable_error(f"query.{name.encode('unicode_escape').decode('ascii')}", "The value")
    for name, value in scope.get("headers", []):
        if b"\x00" in value:
            raise _unstorable_error(f"header.{name.decode('latin-1')}", "The header")
    if body is None:
        return
    media_type = _media_type(scope)
    if _is_json(media_type) or (not media_type and body):
        check_json_body(body)
    elif media_type == "application/x-www-form-urlencoded":
        text = body.decode("latin-1")
        for name, value in parse_qsl(text, keep_blank_values=True):
            if unstorable(name) or unstorable(value):
                raise _unstorable_error(f"body.{name.encode('unicode_escape').decode('ascii')}", "The field")
    elif media_type == "text/csv" and b"\x00" in body:
        line = body[: body.index(b"\x00")].count(b"\n") + 1
        raise _unstorable_error("body", f"Line {line} of the CSV")


def _media_type(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            return str(value.decode("latin-1")).partition(";")[0].strip().lower()
    return ""


_BODY_MEDIA_TYPES = ("application/json", "application/x-www-form-urlencoded", "text/csv")


def _reads_body(scope: Scope) -> bool:
    if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
        return False
    media_type = _media_type(scope)
    return not media_type or media_type in _BODY_MEDIA_TYPES or _is_json(media_type)


class HostileInputMiddleware:
    """Check every request with :func:`check_request` before the app sees it. A body it checks is
    read whole (the body-size limit, outside this middleware, bounds it) and replayed to the app,
    except on the POST routes whose path matches ``streamed_paths``: those read their bodies as they
    arrive and make the body's checks themselves (the completion intake); their path, query and
    headers are still checked here."""

    def __init__(self, app: ASGIApp, *, streamed_paths: re.Pattern[str] | None = None) -> None:
        self.app = app
        self.streamed_paths = streamed_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body: bytes | None = None
        streamed = (
            self.streamed_paths is not None
            and scope.get("method") == "POST"
            and self.streamed_paths.fullmatch(scope.get("path", "")) is not None
        )
        if _reads_body(scope) and not streamed:
            chunks = []
            more = True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    break
                chunks.append(message.get("body", b""))
                more = message.get("more_body", False)
            body = b"".join(chunks)
        try:
            check_request(scope, body)
        except UnprocessableInput as error:
            await _send_problem(scope, send, error)
            return
        if body is None:
            await self.app(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _send_problem(scope: Scope, send: Send, error: UnprocessableInput) -> None:
    path = scope.get("path", "")
    problem = Problem(
        type=error.type_uri(),
        title=error.title,
        status=error.status,
        detail=error.detail,
        instance=path.encode("unicode_escape").decode("ascii"),
        request_id=correlation_id.get(),
        errors=error.errors,
    )
    body = json.dumps(problem.model_dump(mode="json", exclude_none=True)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": error.status,
            "headers": [
                (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _data_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """Last line: a value the database refused (out of range, unstorable) that no schema bound
    caught is the caller's input, a 422, not a 500. Logged, since a schema should have caught it."""
    assert isinstance(exc, DataError)
    logger.warning("database_refused_input", error=type(exc.orig).__name__)
    return problem_response(
        request, UnprocessableInput("A value in the request is out of range or cannot be stored.")
    )


def install_hostile_input_guards(app: FastAPI, *, streamed_paths: re.Pattern[str] | None = None) -> None:
    """Add the middleware (call before the body-size limit is added, so that limit stays outside
    it and bounds what it reads) and the database-refusal handler. ``streamed_paths``: POST routes
    that check their own bodies as they stream them in."""
    app.add_middleware(HostileInputMiddleware, streamed_paths=streamed_paths)
    app.add_exception_handler(DataError, _data_error_handler)
