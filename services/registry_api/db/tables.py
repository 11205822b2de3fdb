"""Tables of the `registry` schema. Only the registry's repositories touch them."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Computed,
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
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.db.metadata import schema_metadata

SCHEMA = "registry"

metadata = schema_metadata(SCHEMA)


class Base(DeclarativeBase):
    metadata = metadata


class ReferenceDataVersionRow(Base):
    __tablename__ = "reference_data_versions"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[str] = mapped_column(String(64))
    checksum: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class OqfLevelRow(Base):
    __tablename__ = "oqf_levels"

    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name_en: Mapped[str] = mapped_column(Text)
    name_fr: Mapped[str] = mapped_column(Text)
    typical_duration_en: Mapped[str | None] = mapped_column(Text)


class QualificationTypeRow(Base):
    __tablename__ = "qualification_types"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    abbreviation_en: Mapped[str] = mapped_column(String(32))
    abbreviation_fr: Mapped[str] = mapped_column(String(32))
    name_en: Mapped[str] = mapped_column(Text)
    name_fr: Mapped[str] = mapped_column(Text)
    oqf_level: Mapped[int] = mapped_column(ForeignKey(OqfLevelRow.level))
    aligned_qualification_en: Mapped[str] = mapped_column(Text)


class ProviderTypeRow(Base):
    __tablename__ = "provider_types"
    __table_args__ = (
        CheckConstraint(
            "organisation_kind in ('institution', 'alternate_provider')", name="kind_is_provider"
        ),
    )

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_kind: Mapped[str] = mapped_column(String(32))
    name_en: Mapped[str] = mapped_column(Text)
    name_fr: Mapped[str] = mapped_column(Text)
    eqaa_slug: Mapped[str | None] = mapped_column(String(64))


class EligibilityRow(Base):
    """Provider type -> OMC types it may award (framework Table 2), as data."""

    __tablename__ = "eligibility"

    provider_type: Mapped[str] = mapped_column(ForeignKey(ProviderTypeRow.code), primary_key=True)
    qualification_type: Mapped[str] = mapped_column(ForeignKey(QualificationTypeRow.code), primary_key=True)


class OrganisationRow(Base):
    __tablename__ = "organisations"
    __table_args__ = (
        CheckConstraint(
            "kind in ('platform', 'ministry', 'eqaa', 'institution', 'alternate_provider', 'portal')",
            name="kind_known",
        ),
        CheckConstraint("name_en is not null or name_fr is not null", name="has_name"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True, default=uuid.uuid4)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    name_en: Mapped[str | None] = mapped_column(Text)
    name_fr: Mapped[str | None] = mapped_column(Text)
    provider_type: Mapped[str | None] = mapped_column(ForeignKey(ProviderTypeRow.code))
    # "ctid" is a PostgreSQL system column name, hence the longer column name.
    ctid: Mapped[str | None] = mapped_column("credential_engine_ctid", String(48), unique=True)
    website: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    province: Mapped[str | None] = mapped_column(String(2))
    country: Mapped[str | None] = mapped_column(String(2))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ApprovedQualificationTypeRow(Base):
    """OMC types an institution has current government approval to award."""

    __tablename__ = "approved_qualification_types"

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(OrganisationRow.id), primary_key=True)
    qualification_type: Mapped[str] = mapped_column(ForeignKey(QualificationTypeRow.code), primary_key=True)
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class DesignationRow(Base):
    """DOMCI designation history, applied from the quality ledger's events (never edited)."""

    __tablename__ = "designations"
    __table_args__ = (
        CheckConstraint("status in ('designated', 'suspended', 'revoked', 'lapsed')", name="status_known"),
        Index(None, "organisation_id", "effective_from"),
    )

    event_id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(OrganisationRow.id))
    status: Mapped[str] = mapped_column(String(16))
    effective_from: Mapped[date] = mapped_column(Date)
    effective_until: Mapped[date | None] = mapped_column(Date)
    decision_reference: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class EndorsementTermRow(Base):
    """EQAA endorsement terms of institutions, one per agency decision, applied from the quality
    ledger's events: good standing on a day needs one covering it, besides the designation. Only
    `superseded_on` is ever set afterwards, once."""

    __tablename__ = "endorsement_terms"
    __table_args__ = (Index(None, "organisation_id", "term_start"),)

    decision_id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(OrganisationRow.id))
    term_start: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    superseded_on: Mapped[date | None] = mapped_column(Date)
    decision_reference: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ApiClientRow(Base):
    __tablename__ = "api_clients"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(OrganisationRow.id), index=True)
    name: Mapped[str] = mapped_column(Text)
    roles: Mapped[list[str]] = mapped_column(ARRAY(String(32)))
    secret_hash: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class TokenSigningKeyRow(Base):
    """Ed25519 keys that sign access tokens. The private half is encrypted with the master key."""

    __tablename__ = "token_signing_keys"

    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_jwk: Mapped[dict[str, Any]] = mapped_column(JSONB)
    private_key_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class MicroCredentialRow(Base):
    __tablename__ = "micro_credentials"
    __table_args__ = (UniqueConstraint("organisation_id", "course_code"),)

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True, default=uuid.uuid4)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(OrganisationRow.id))
    course_code: Mapped[str] = mapped_column(String(64))
    published_version: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


SEARCH_CONFIG_EN = "registry.omc_english"
SEARCH_CONFIG_FR = "registry.omc_french"
"""Text search configurations: PostgreSQL's english and french with accents removed (the `unaccent`
dictionary) before stemming, so "securite" and "SECURITE" find "Sécurité". Made by a migration."""

_SEARCH_EN = (
    f"to_tsvector('{SEARCH_CONFIG_EN}', "
    "coalesce(metadata #>> '{title,en}', '') || ' ' || "
    "coalesce(metadata #>> '{description,en}', '') || ' ' || "
    "coalesce(jsonb_path_query_array(metadata, '$.learning_outcomes[*].statement.en')::text, ''))"
)
_SEARCH_FR = (
    f"to_tsvector('{SEARCH_CONFIG_FR}', "
    "coalesce(metadata #>> '{title,fr}', '') || ' ' || "
    "coalesce(metadata #>> '{description,fr}', '') || ' ' || "
    "coalesce(jsonb_path_query_array(metadata, '$.learning_outcomes[*].statement.fr')::text, ''))"
)


HOURS_UNSTATED_LAST = 1_000_000
"""Sort key of a version without instructional hours, ascending: after every stated value."""
HOURS_UNSTATED_LAST_DESC = -1
"""The same, descending."""


class MicroCredentialVersionRow(Base):
    """One version's metadata, plus columns extracted from it for filtering and search."""

    __tablename__ = "micro_credential_versions"
    __table_args__ = (
        PrimaryKeyConstraint("micro_credential_id", "version"),
        CheckConstraint(
            "status in ('draft', 'submitted', 'approved', 'published', 'suspended', 'retired', 'superseded')",
            name="status_known",
        ),
        CheckConstraint("iqap or status not in ('submitted', 'approved')", name="only_iqap_is_reviewed"),
        # At most one version in preparation (draft, submitted or approved) per micro-credential.
        Index(
            "uq_micro_credential_versions_one_in_preparation",
            "micro_credential_id",
            unique=True,
            postgresql_where=text("status in ('draft', 'submitted', 'approved')"),
        ),
        Index("ix_micro_credential_versions_search_en", "search_en", postgresql_using="gin"),
        Index("ix_micro_credential_versions_search_fr", "search_fr", postgresql_using="gin"),
        # The catalogue's default order: a search page, first or deep, reads only the rows it returns.
        Index(
            "ix_micro_credential_versions_published_title",
            "title_sort",
            "micro_credential_id",
            postgresql_where=text("status = 'published'"),
        ),
        # The other orders, likewise (each read forwards or backwards: the tie-break on the id
        # follows the order's direction). The hours expressions are the catalogue's sort keys.
        Index(
            "ix_micro_credential_versions_published_at",
            "published_at",
            "micro_credential_id",
            postgresql_where=text("status = 'published'"),
        ),
        Index(
            "ix_micro_credential_versions_published_hours",
            text(f"coalesce(instructional_hours, {HOURS_UNSTATED_LAST})"),
            "micro_credential_id",
            postgresql_where=text("status = 'published'"),
        ),
        Index(
            "ix_micro_credential_versions_published_hours_desc",
            text(f"coalesce(instructional_hours, {HOURS_UNSTATED_LAST_DESC})"),
            "micro_credential_id",
            postgresql_where=text("status = 'published'"),
        ),
    )

    micro_credential_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(MicroCredentialRow.id))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    iqap: Mapped[bool] = mapped_column(Boolean)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", JSONB)
    qualification_type: Mapped[str | None] = mapped_column(ForeignKey(QualificationTypeRow.code))
    title_sort: Mapped[str] = mapped_column(Text)
    instructional_hours: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    delivery_modes: Mapped[list[str]] = mapped_column(ARRAY(String(32)))
    languages: Mapped[list[str]] = mapped_column(ARRAY(String(3)))
    noc_codes: Mapped[list[str]] = mapped_column(ARRAY(String(5)))
    cip_codes: Mapped[list[str]] = mapped_column(ARRAY(String(7)))
    partner_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(UUID))
    osap_eligible: Mapped[bool | None] = mapped_column(Boolean)
    last_offering_ends: Mapped[date | None] = mapped_column(Date)
    profiles_met: Mapped[list[str]] = mapped_column(ARRAY(String(32)))
    search_en: Mapped[str] = mapped_column(TSVECTOR, Computed(_SEARCH_EN, persisted=True))
    search_fr: Mapped[str] = mapped_column(TSVECTOR, Computed(_SEARCH_FR, persisted=True))
    approval_event_id: Mapped[uuid.UUID | None] = mapped_column(UUID, unique=True)
    approval_reference: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CreditTransferRow(Base):
    """OMC+: credit value granted by a receiving institution (agreement or precedent)."""

    __tablename__ = "credit_transfers"
    __table_args__ = (CheckConstraint("basis in ('agreement', 'precedent')", name="basis_known"),)

    id: Mapped[uuid.UUID] = mapped_column(UUID, primary_key=True, default=uuid.uuid4)
    micro_credential_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(MicroCredentialRow.id), index=True)
    receiving_institution_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey(OrganisationRow.id))
    receiving_institution_name: Mapped[str | None] = mapped_column(Text)
    program: Mapped[str] = mapped_column(Text)
    credits: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    basis: Mapped[str] = mapped_column(String(16))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CatalogueChangeRow(Base):
    """The change feed: one row per catalogue change, numbered in commit order."""

    __tablename__ = "catalogue_changes"
    __table_args__ = (CheckConstraint("kind in ('upsert', 'delete')", name="kind_known"),)

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    micro_credential_id: Mapped[uuid.UUID] = mapped_column(UUID)
    kind: Mapped[str] = mapped_column(String(8))
    version: Mapped[int | None] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
