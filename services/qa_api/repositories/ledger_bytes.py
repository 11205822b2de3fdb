"""The exact bytes a ledger entry's hash covers, assembled without a generic canonicaliser.

An entry's hash is SHA-256 over the RFC 8785 canonical JSON of the entry without its hash
(:meth:`LedgerEntry.hashed_body`). Every member but ``payload`` has a fixed shape (strings, UUIDs,
an integer, a UTC timestamp), so their canonical form is a template: members in RFC 8785 order
(sorted), strings escaped as RFC 8785 escapes them. ``payload`` is canonicalised once, when the
entry is appended, and stored as that text (a ``json`` column keeps it byte for byte), so
verification hashes the stored bytes instead of parsing and canonicalising every payload again.

Two assemblers of the same bytes: :func:`entry_bytes` in Python (appending, the bench's generator)
and :data:`ENTRY_BYTES_SQL` in PostgreSQL (verification streams them). Both are checked against
``canonical_json(entry.hashed_body())`` in tests/test_ledger_bytes.py, and :data:`_SHAPE` stops the
service at import if the entry's schema gains a member the templates do not know.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from shared.ledger.hashing import canonical_json
from shared.schemas.ledger import Actor, LedgerEntry, Subjects

_SHAPE = (
    ("actor", "entry_hash", "event_type", "payload", "previous_hash", "recorded_at", "seq", "subjects"),
    ("client_id", "organisation_id"),
    ("agency_slug", "institution_id", "micro_credential_id", "micro_credential_version"),
)
if (
    tuple(sorted(LedgerEntry.model_fields)),
    tuple(sorted(Actor.model_fields)),
    tuple(sorted(Subjects.model_fields)),
) != _SHAPE:  # pragma: no cover - a schema change must come with new templates
    raise RuntimeError("LedgerEntry's members changed: update ledger_bytes' templates")


def timestamp_text(moment: datetime) -> str:
    """A UTC timestamp as the entry's JSON gives it (Pydantic): seconds, then microseconds only
    when there are any, then ``Z``."""
    moment = moment.astimezone(UTC)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{moment.microsecond:06d}Z" if moment.microsecond else f"{text}Z"


def _string(value: str) -> bytes:
    """RFC 8785 string: printable ASCII without a quote or backslash stands as it is (the usual
    client ids, event types and slugs); anything else goes through the canonicaliser."""
    if value.isascii() and value.isprintable() and '"' not in value and "\\" not in value:
        return b'"' + value.encode() + b'"'
    return canonical_json(value)


def _uuid_or_null(value: uuid.UUID | None) -> bytes:
    return b"null" if value is None else b'"' + str(value).encode() + b'"'


@dataclass(frozen=True)
class EntryParts:
    """The hashed bytes before ``previous_hash`` and after ``seq``: what does not depend on where
    the entry lands in the chain, prepared before the append lock is taken."""

    head: bytes  # actor, event_type, payload
    tail: bytes  # subjects

    @classmethod
    def of(cls, *, event_type: str, actor: Actor, subjects: Subjects, payload_json: bytes) -> EntryParts:
        version = subjects.micro_credential_version
        head = b"".join(
            (
                b'{"actor":{"client_id":',
                _string(actor.client_id),
                b',"organisation_id":"',
                str(actor.organisation_id).encode(),
                b'"},"event_type":',
                _string(event_type),
                b',"payload":',
                payload_json,
                b',"previous_hash":',
            )
        )
        tail = b"".join(
            (
                b',"subjects":{"agency_slug":',
                b"null" if subjects.agency_slug is None else _string(subjects.agency_slug),
                b',"institution_id":',
                _uuid_or_null(subjects.institution_id),
                b',"micro_credential_id":',
                _uuid_or_null(subjects.micro_credential_id),
                b',"micro_credential_version":',
                b"null" if version is None else str(version).encode(),
                b"}}",
            )
        )
        return cls(head, tail)

    def bytes(self, *, seq: int, recorded_at: datetime, previous_hash: str) -> bytes:
        """The whole entry's hashed bytes, once its place in the chain is known."""
        return b"".join(
            (
                self.head,
                _string(previous_hash),
                b',"recorded_at":"',
                timestamp_text(recorded_at).encode(),
                b'","seq":',
                str(seq).encode(),
                self.tail,
            )
        )


def entry_bytes(
    *,
    seq: int,
    recorded_at: datetime,
    event_type: str,
    actor: Actor,
    subjects: Subjects,
    payload_json: bytes,
    previous_hash: str,
) -> bytes:
    """``canonical_json(entry.hashed_body())`` from the members, with ``payload_json`` the payload's
    canonical JSON (``canonical_json(payload)``)."""
    parts = EntryParts.of(event_type=event_type, actor=actor, subjects=subjects, payload_json=payload_json)
    return parts.bytes(seq=seq, recorded_at=recorded_at, previous_hash=previous_hash)


def digest_hex(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _sql_uuid(column: str) -> str:
    return f"""coalesce('"' || {column}::text || '"', 'null')"""


_UTC = "recorded_at at time zone 'UTC'"

# The same bytes from a row of qa.ledger_entries (as bytea). to_json escapes a string as RFC 8785
# does (\" \\ \b \f \n \r \t, other controls as \u00xx in lower case, the rest as is); json keeps the
# payload's text as written. A row whose payload text is not canonical (written before the column
# was json) gives other bytes: verification then recomputes that entry the slow way.
ENTRY_BYTES_SQL = f"""convert_to(
    '{{"actor":{{"client_id":' || to_json(actor_client_id)::text
    || ',"organisation_id":"' || actor_organisation_id::text
    || '"}},"event_type":' || to_json(event_type)::text
    || ',"payload":' || payload::text
    || ',"previous_hash":' || to_json(previous_hash)::text
    || ',"recorded_at":"' || to_char({_UTC}, 'YYYY-MM-DD"T"HH24:MI:SS')
    || case when extract(microseconds from {_UTC})::bigint % 1000000 = 0 then ''
            else to_char({_UTC}, '.US') end
    || 'Z","seq":' || seq::text
    || ',"subjects":{{"agency_slug":' || coalesce(to_json(agency_slug)::text, 'null')
    || ',"institution_id":' || {_sql_uuid("institution_id")}
    || ',"micro_credential_id":' || {_sql_uuid("micro_credential_id")}
    || ',"micro_credential_version":' || coalesce(micro_credential_version::text, 'null')
    || '}}}}', 'UTF8')"""
