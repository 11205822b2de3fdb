"""Structured logging: structlog renders JSON lines carrying the request id of the current request.

Secrets never reach the log: the one-time claim token in a claim URL, query parameters that carry
a token, code or secret, and event fields named like credentials (Authorization, client_secret...)
are replaced by `<redacted>` before any line is written, in uvicorn's access log as in ours.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import IO, Any

import structlog
from asgi_correlation_id import correlation_id
from structlog.types import EventDict, WrappedLogger

REDACTED = "<redacted>"

# Path segments that are bearer secrets: the claim token of `/v1/claims/{token}/credential.json`
# of the VC-API exchange `/exchanges/{token}`, and the reference of an OpenID4VCI credential offer.
_SECRET_PATH_SEGMENT = re.compile(r"(/v1/claims/|/exchanges/|/oid4vci/credential-offers/)[^/?#\s]+")
# Names of query parameters and log fields whose value is a credential (`token`, `code`,
# `client_secret`, `access_token`, `Authorization`...); `status_code` and `course_code` are not.
_SECRET_NAME = re.compile(
    r"^(?:[a-z]+[_-])?(?:token|secret|password|authorization|api[_-]?key|assertion)$|^code$", re.IGNORECASE
)


_SECRET_QUERY_VALUE = re.compile(r"([?&])([A-Za-z_-]+)=([^&#\s\"']*)")


def redact_url(text: str) -> str:
    """``text`` (a path, a URL, or a log message holding some) with claim tokens and the values of
    secret-looking query parameters replaced by REDACTED."""
    text = _SECRET_PATH_SEGMENT.sub(lambda match: match.group(1) + REDACTED, text)
    return _SECRET_QUERY_VALUE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}={REDACTED}" if _SECRET_NAME.search(m.group(2)) else m.group(0),
        text,
    )


def _redact_value(name: str, value: Any) -> Any:
    if _SECRET_NAME.search(name):
        return REDACTED
    if isinstance(value, str):
        return redact_url(value)
    if isinstance(value, dict):
        return {key: _redact_value(str(key), item) for key, item in value.items()}
    return value


def _redact_event(_: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
    """Fields named like secrets are redacted; URLs in the others (and in the message) lose their
    claim tokens and secret query values."""
    for name in list(event_dict):
        if name == "event" and isinstance(event_dict[name], str):
            event_dict[name] = redact_url(event_dict[name])
        elif name not in ("event", "timestamp", "level", "logger", "request_id"):
            event_dict[name] = _redact_value(name, event_dict[name])
    return event_dict


class RedactMessages(logging.Filter):
    """Standard-library records (uvicorn's access log, httpx's request log) with their message
    redacted by :func:`redact_url` before it is rendered."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_url(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def _add_request_id(_: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
    request_id = correlation_id.get()
    if request_id is not None:
        event_dict.setdefault("request_id", request_id)
    return event_dict


def configure_logging(
    *, service: str, level: str = "INFO", json_lines: bool = True, stream: IO[str] | None = None
) -> None:
    """Route structlog and the standard library (uvicorn, sqlalchemy) through one JSON renderer,
    with secrets redacted, to ``stream`` (standard error by default)."""
    shared_processors: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _add_request_id,
        _redact_event,
        structlog.processors.StackInfoRenderer(),
    ]
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer() if json_lines else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[*shared_processors, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared_processors,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            lambda _, __, event: {**event, "service": service},
            renderer,
        ],
    )
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter)
    # On the handler, so that it sees uvicorn's record before the formatter renders its message.
    handler.addFilter(RedactMessages())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
        # uvicorn sets its own loggers' levels from --log-level; the service's setting wins.
        logger.setLevel(level.upper())
