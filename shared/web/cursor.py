"""Opaque keyset-pagination cursors: the sort key of the last item, base64url-encoded JSON."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from shared.errors import UnprocessableInput


def encode_cursor(*key: Any) -> str:
    return (
        base64.urlsafe_b64encode(json.dumps(list(key), separators=(",", ":")).encode()).decode().rstrip("=")
    )


def decode_cursor(cursor: str, *, arity: int, field: str = "query.after") -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise UnprocessableInput.for_field(
            field, "The cursor is not one this service issued.", "invalid_cursor"
        ) from None
    if not isinstance(key, list) or len(key) != arity:
        raise UnprocessableInput.for_field(
            field, "The cursor is not one this service issued.", "invalid_cursor"
        )
    return key


def decode_position(cursor: str, *, field: str = "query.after") -> int:
    """A cursor holding one sequence position (a non-negative integer below 2**63)."""
    (position,) = decode_cursor(cursor, arity=1, field=field)
    if isinstance(position, bool) or not isinstance(position, int) or not 0 <= position < 2**63:
        raise UnprocessableInput.for_field(
            field, "The cursor is not one this service issued.", "invalid_cursor"
        )
    return position
