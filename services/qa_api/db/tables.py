"""Tables of the `qa` schema. Only qa_api's repositories touch them.

`ledger_entries` is the source of truth and append-only (a trigger refuses UPDATE, DELETE and
TRUNCATE). The other tables are projections of it, written in the same transaction as the entry
that justifies them, for queries the log alone would answer slowly.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.db.metadata import schema_metadata

SCHEMA = "qa"

metadata = schema_metadata(SCHEMA)


class Base(DeclarativeBase):
    metadata = metadata


class LedgerEntryRow(Base):
    __tablename__ = "ledger_entries"
    __table_args__ = (
        Index(None, "institution_id", "seq"),
        Index(None, "agency_slug", "seq"),
        Index(None, "micro_credential_id", "seq"),
        Index(None, "event_type", "seq"),
        Index(None, "recorded_at"),
    )

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    event_type: Mapped[str] = mapped_column(String(64))
    actor_organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    actor_client_id: Mapped[str] = mapped_column(String(64))
    institution_id: Mapped[uuid.UUID | None] = mapped_column(UUID)
    agency_slug: Mapped[str | None] = mapped_column(String(64))
    micro_credential_id: Mapped[uuid.UUID | None] = mapped_column(UUID)
    micro_credential_version: Mapped[int | None] = mapped_column(Integer)
    # json, not jsonb: the exact canonical text the entry was hashed over (verification hashes it).
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class LedgerCheckpointRow(Base):
    """A signed statement of the ledger's Merkle root at a size (RFC 9162-style tree head)."""

    __tablename__ = "ledger_checkpoints"

    tree_size: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    root_hash: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    kid: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(Text, doc="JWS compact serialisation over the checkpoint.")


class SigningKeyRow(Base):
    """Ed25519 keys that sign checkpoints; the private half sealed with the master key."""

    __tablename__ = "signing_keys"

    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_jwk: Mapped[dict[str, Any]] = mapped_column(JSONB)
    private_key_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class OutboxRow(Base):
    """Events for the registry, written with their ledger entry and delivered by the relay."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index(
            "ix_outbox_pending",
            "next_attempt_at",
            postgresql_where="delivered_at is null and failed_at is null",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, doc="The ledger entry this event comes from.")
    kind: Mapped[str] = mapped_column(String(32))
    path: Mapped[str] = mapped_column(Text, doc="Registry endpoint the event is POSTed to.")
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    failed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)


class ReviewRow(Base):
    """An EQAP case: an agency's review of one institution's IQAP for micro-credentials, per cycle."""

    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint("cycle in ('initial', 'renewal', 'focused', 'follow-up')", name="cycle_known"),
        CheckConstraint(
            "status in ('submitted', 'desk_review', 'panel_report', 'decided')", name="status_known"
        ),
        Index(None, "institution_id"),
        Index(None, "agency_slug"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    institution_id: Mapped[uuid.UUID] = mapped_column(UUID)
    agency_slug: Mapped[str] = mapped_column(String(64))
    cycle: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    submission: Mapped[dict[str, Any]] = mapped_column(JSONB)
    desk_review: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    panel: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    submitted_on: Mapped[date] = mapped_column(Date)
    opened_seq: Mapped[int] = mapped_column(BigInteger)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class DecisionRow(Base):
    """An agency's decision on a review. Never overwritten: a later event supersedes it."""

    __tablename__ = "decisions"
    __table_args__ = (
        CheckConstraint(
            "outcome in ('endorsed', 'endorsed_with_conditions', 'deferred', 'not_endorsed')",
            name="outcome_known",
        ),
        CheckConstraint("status in ('in_force', 'superseded')", name="status_known"),
        CheckConstraint(
            "term_end is null or (term_end >= term_start + interval '5 years' "
            "and term_end <= term_start + interval '7 years')",
            name="term_5_to_7_years",
        ),
        Index(None, "institution_id"),
        Index(None, "agency_slug"),
        # The standing query's "not yet replacing" check looks up a decision's predecessors by it.
        Index(None, "superseded_by_seq"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(ReviewRow.id))
    institution_id: Mapped[uuid.UUID] = mapped_column(UUID)
    agency_slug: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(32))
    decided_on: Mapped[date] = mapped_column(Date)
    term_start: Mapped[date | None] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    conditions: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    status: Mapped[str] = mapped_column(String(16))
    superseded_by_seq: Mapped[int | None] = mapped_column(BigInteger)
    supersession: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    seq: Mapped[int] = mapped_column(BigInteger)


class AttestationRow(Base):
    """The institution's attestation to the ministry that its IQAP was endorsed."""

    __tablename__ = "attestations"

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    institution_id: Mapped[uuid.UUID] = mapped_column(UUID, index=True)
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(DecisionRow.id))
    attested_on: Mapped[date] = mapped_column(Date)
    statement: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(BigInteger)


class DesignationRow(Base):
    """The ministry's DOMCI decisions; each is also sent to the registry (its id is the event id)."""

    __tablename__ = "designations"
    __table_args__ = (
        CheckConstraint(
            "status in ('designated', 'refused', 'suspended', 'revoked', 'lapsed')", name="status_known"
        ),
        Index(None, "institution_id", "effective_from"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    institution_id: Mapped[uuid.UUID] = mapped_column(UUID)
    status: Mapped[str] = mapped_column(String(16))
    effective_from: Mapped[date] = mapped_column(Date)
    effective_until: Mapped[date | None] = mapped_column(Date)
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey(DecisionRow.id))
    attestation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey(AttestationRow.id))
    reason: Mapped[str | None] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(BigInteger)


class ApprovalRow(Base):
    """A DOMCI's IQAP approval of one micro-credential version (its id is the registry event id)."""

    __tablename__ = "approvals"
    __table_args__ = (UniqueConstraint("micro_credential_id", "version"), Index(None, "institution_id"))

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    institution_id: Mapped[uuid.UUID] = mapped_column(UUID)
    micro_credential_id: Mapped[uuid.UUID] = mapped_column(UUID)
    version: Mapped[int] = mapped_column(Integer)
    approved_on: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(Text)
    checks: Mapped[dict[str, Any]] = mapped_column(JSONB)
    seq: Mapped[int] = mapped_column(BigInteger)


class PartnershipRow(Base):
    """A DOMCI's review of an alternate provider's program and the partnership."""

    __tablename__ = "partnerships"
    __table_args__ = (
        CheckConstraint("mode in ('joint_delivery', 'delivery_by_partner')", name="mode_known"),
        CheckConstraint("outcome in ('approved', 'not_approved')", name="outcome_known"),
        Index(None, "institution_id", "partner_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    institution_id: Mapped[uuid.UUID] = mapped_column(UUID)
    partner_id: Mapped[uuid.UUID] = mapped_column(UUID)
    program: Mapped[str] = mapped_column(Text)
    mode: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(16))
    reviewed_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    findings: Mapped[dict[str, Any]] = mapped_column(JSONB)
    seq: Mapped[int] = mapped_column(BigInteger)
