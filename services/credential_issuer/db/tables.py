"""Tables of the `issuer` schema. Only credential_issuer's repositories touch them.

Completions are stored before the intake answers; a unique (organisation, SIS completion id) makes
a retried push a no-op, and a unique completion id on credentials makes issuing twice impossible.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.db.metadata import schema_metadata

SCHEMA = "issuer"

metadata = schema_metadata(SCHEMA)


class Base(DeclarativeBase):
    metadata = metadata


class IssuingKeyRow(Base):
    """An organisation's Ed25519 key; the private half sealed with the master key. Retired keys stay
    listed in the DID document so earlier credentials keep verifying."""

    __tablename__ = "issuing_keys"
    __table_args__ = (Index(None, "organisation_id", "created_at"),)

    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    public_multibase: Mapped[str] = mapped_column(String(128))
    private_key_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class IdempotencyKeyRow(Base):
    """IETF Idempotency-Key header: the request's fingerprint and, once done, the stored reply."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (PrimaryKeyConstraint("organisation_id", "key"), Index(None, "created_at"))

    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    key: Mapped[str] = mapped_column(String(255))
    request_fingerprint: Mapped[str] = mapped_column(String(64))
    response_status: Mapped[int | None] = mapped_column(Integer)
    response_body: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class BatchRow(Base):
    """One intake request (a job): its completions are processed asynchronously."""

    __tablename__ = "batches"

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID, index=True)
    client_id: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(8), doc="json or csv")
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CompletionRow(Base):
    __tablename__ = "completions"
    __table_args__ = (
        UniqueConstraint("organisation_id", "sis_completion_id"),
        CheckConstraint("state in ('pending', 'issued', 'rejected', 'failed')", name="state_known"),
        Index("ix_completions_due", "next_attempt_at", postgresql_where="state = 'pending'"),
        # The job resource pages a batch's completions in this order.
        Index(None, "batch_id", "sis_completion_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    batch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(BatchRow.id))
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    sis_completion_id: Mapped[str] = mapped_column(String(128))
    learner: Mapped[dict[str, Any]] = mapped_column(JSONB, doc="Name and contact as given; never published.")
    micro_credential_id: Mapped[uuid.UUID] = mapped_column(UUID)
    micro_credential_version: Mapped[int] = mapped_column(Integer)
    completed_on: Mapped[date] = mapped_column(Date)
    result: Mapped[dict[str, Any]] = mapped_column(JSONB)
    credits_earned: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    state: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class StatusListRow(Base):
    """A W3C Bitstring Status List of one organisation for one purpose (revocation or suspension)."""

    __tablename__ = "status_lists"
    __table_args__ = (
        CheckConstraint("purpose in ('revocation', 'suspension')", name="purpose_known"),
        Index(None, "organisation_id", "purpose"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    purpose: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer, doc="Number of entries (bits); at least 131,072.")
    status_bits: Mapped[bytes] = mapped_column(
        LargeBinary, doc="Bit i set: credential at index i has the status."
    )
    allocation_bits: Mapped[bytes] = mapped_column(LargeBinary, doc="Bit i set: index i is in use.")
    allocated: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CredentialRow(Base):
    """An issued credential: the signed document, its status entries and its delivery to the learner."""

    __tablename__ = "credentials"
    __table_args__ = (Index(None, "organisation_id", "issued_at"),)

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    completion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(CompletionRow.id), unique=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(UUID)
    micro_credential_id: Mapped[uuid.UUID] = mapped_column(UUID)
    micro_credential_version: Mapped[int] = mapped_column(Integer)
    document: Mapped[dict[str, Any]] = mapped_column(JSONB)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revocation_list_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(StatusListRow.id))
    revocation_index: Mapped[int] = mapped_column(Integer)
    suspension_list_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(StatusListRow.id))
    suspension_index: Mapped[int] = mapped_column(Integer)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    suspended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status_reason: Mapped[str | None] = mapped_column(Text)


class ClaimRow(Base):
    """A one-time claim link for the learner's wallet (only the token's hash is stored)."""

    __tablename__ = "claims"

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    credential_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(CredentialRow.id), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    redeemed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
