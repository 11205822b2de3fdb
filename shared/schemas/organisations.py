"""Organisations as the registry publishes them, their DOMCI designation and approved levels."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Self

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from shared.schemas.auth import OrganisationKind
from shared.schemas.common import Name, Slug

Ctid = Annotated[
    str, StringConstraints(pattern=r"^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
]
Place = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]


class OrganisationDetails(BaseModel):
    """Fields an organisation's own registrar may correct (PATCH)."""

    model_config = ConfigDict(extra="forbid")

    name_en: Name | None = Field(None, description="Official name in English.")
    name_fr: Name | None = Field(None, description="Official name in French.")
    website: AnyHttpUrl | None = None
    city: Place | None = None
    province: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = Field(
        None, description="Two-letter province or territory code, e.g. `ON`."
    )
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = Field(
        None, description="ISO 3166-1 alpha-2, e.g. `CA`."
    )


class OrganisationCreate(OrganisationDetails):
    slug: Slug = Field(description="Stable short name, unique across the platform.")
    kind: OrganisationKind
    provider_type: str | None = Field(
        None,
        max_length=64,
        description="Code of a provider type (GET /v1/reference/provider-types); required for institutions "
        "and alternate providers, and its kind must match.",
    )
    ctid: Ctid | None = Field(
        None, description="Credential Engine CTID (`ce-<uuid>`); generated when absent."
    )

    @model_validator(mode="after")
    def _one_name_at_least(self) -> Self:
        if self.name_en is None and self.name_fr is None:
            raise ValueError("name_en or name_fr is required (either may be absent, not both)")
        return self


class DesignationStatus(StrEnum):
    DESIGNATED = "designated"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    LAPSED = "lapsed"


class DesignationEvent(BaseModel):
    """Sent by the quality ledger when the ministry grants, suspends, revokes or lets lapse a DOMCI
    designation. Applying the same event twice changes nothing."""

    model_config = ConfigDict(extra="forbid")

    event_id: uuid.UUID
    organisation_id: uuid.UUID
    status: DesignationStatus
    effective_from: date
    effective_until: date | None = None
    decision_reference: Annotated[str, StringConstraints(min_length=1, max_length=500)]

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.effective_until is not None and self.effective_until <= self.effective_from:
            raise ValueError("effective_until must be after effective_from")
        return self


class EndorsementTermEvent(BaseModel):
    """Sent by the quality ledger when an EQAA endorses an institution's IQAP (first review, renewal,
    appeal, a condition's update), and again when that endorsement is superseded: the days it counts
    for standing, both included. Standing needs, besides a `designated` designation, a term covering
    the day. One term per agency decision (`decision_id`); a term is recorded once and may later be
    closed by its supersession. Applying the same event twice changes nothing."""

    model_config = ConfigDict(extra="forbid")

    event_id: uuid.UUID
    decision_id: uuid.UUID = Field(description="The agency decision's id in the quality ledger.")
    organisation_id: uuid.UUID
    term_start: date = Field(
        description="First day it counts: the term's start, or for a decision replacing another, the "
        "day it replaced it."
    )
    term_end: date | None = Field(None, description="Last day of the term; none when open.")
    superseded_on: date | None = Field(
        None, description="The day the decision stopped applying (appeal, withdrawal, condition update)."
    )
    decision_reference: Annotated[str, StringConstraints(min_length=1, max_length=500)]

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.term_end is not None and self.term_end < self.term_start:
            raise ValueError("term_end must not be before term_start")
        return self


class EndorsementTerm(BaseModel):
    decision_id: uuid.UUID
    term_start: date
    term_end: date | None
    superseded_on: date | None
    decision_reference: str
    recorded_at: datetime


class Designation(BaseModel):
    event_id: uuid.UUID
    status: DesignationStatus
    effective_from: date
    effective_until: date | None
    decision_reference: str
    recorded_at: datetime


class DomciStanding(BaseModel):
    """Whether the organisation is a DOMCI in good standing on a day, and the record that says so."""

    on: date
    in_good_standing: bool
    designation: Designation | None = None
    endorsement_term: EndorsementTerm | None = Field(
        None, description="The EQAA endorsement term covering the day, when the ledger delivered one."
    )
    reason: str | None = Field(None, description="Why not in good standing, when not.")


class Organisation(BaseModel):
    id: uuid.UUID
    slug: str
    kind: OrganisationKind
    provider_type: str | None = None
    eqaa_slug: str | None = Field(None, description="The EQAA assigned to its provider type, if any.")
    ctid: str | None = None
    name_en: str | None
    name_fr: str | None
    website: str | None = None
    city: str | None = None
    province: str | None = None
    country: str | None = None
    approved_qualification_types: list[str] = Field(
        default_factory=list, description="OMC types it has current government approval to award."
    )
    created_at: datetime
    updated_at: datetime


class OrganisationPage(BaseModel):
    items: list[Organisation]
    next_cursor: str | None = Field(
        None, description="Pass as `after` to get the next page; absent on the last."
    )


class ApprovedQualificationTypes(BaseModel):
    model_config = ConfigDict(extra="forbid")

    qualification_types: list[Annotated[str, StringConstraints(max_length=16)]] = Field(max_length=7)
