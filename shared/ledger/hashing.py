"""The hash of a ledger entry: SHA-256 over the RFC 8785 canonical JSON of everything in the entry
but its own hash. Each entry carries the previous entry's hash, so changing any entry breaks every
hash after it."""

from __future__ import annotations

import hashlib
from typing import Any

import rfc8785

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> bytes:
    """RFC 8785 JSON Canonicalization Scheme: one byte sequence per JSON value."""
    return rfc8785.dumps(value)


def entry_hash(body: dict[str, Any]) -> str:
    """``body``: the entry as published, without ``entry_hash``."""
    if "entry_hash" in body:
        raise ValueError("the entry hash is not part of what it hashes")
    return hashlib.sha256(canonical_json(body)).hexdigest()
