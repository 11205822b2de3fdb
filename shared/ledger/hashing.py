"""The hash of a ledger entry: SHA-256 over the RFC 8785 canonical JSON of everything in the entry
but its own hash. Each entry carries the previous entry's hash, so changing any entry breaks every
hash after it."""

from __future__ import annotations

import hashlib
from typing import Any

import rfc8785

GENESIS_HASH = "0" * 64
_SAFE = 2**53  # RFC 8785 numbers are IEEE 754 doubles: integers beyond this are not exact


def ensure_storable(value: Any) -> None:
    """Refuse floats of magnitude 2**53 or more: PostgreSQL's jsonb stores 1e16 as the integer
    10000000000000000, which has no RFC 8785 form, so the entry could never be verified again."""
    if isinstance(value, float) and abs(value) >= _SAFE:
        raise ValueError(f"{value!r} does not survive storage as jsonb; write it as a string")
    if isinstance(value, dict):
        for item in value.values():
            ensure_storable(item)
    elif isinstance(value, list):
        for item in value:
            ensure_storable(item)


def canonical_json(value: Any) -> bytes:
    """RFC 8785 JSON Canonicalization Scheme: one byte sequence per JSON value."""
    return rfc8785.dumps(value)


def entry_hash(body: dict[str, Any]) -> str:
    """``body``: the entry as published, without ``entry_hash``."""
    if "entry_hash" in body:
        raise ValueError("the entry hash is not part of what it hashes")
    return hashlib.sha256(canonical_json(body)).hexdigest()
