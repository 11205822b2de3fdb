"""A DOMCI's IQAP approval of one submitted micro-credential version, and what it checked."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from shared.schemas.micro_credentials import PartnerRole

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)]


class ApprovalCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    micro_credential_id: uuid.UUID
    version: int = Field(ge=1, le=100_000, description="A version the registry holds as `submitted`.")
    approved_on: date = Field(
        description="When the IQAP approved it: not in the future, and within a period in which the "
        "institution was a DOMCI in good standing."
    )
    reviewer: ShortText = Field(description="Who approved: the committee or officer, as the IQAP names them.")
    labour_market_need: LongText = Field(
        description="How the employer or labour-market need was assessed (framework benchmark e)."
    )
    notes: LongText | None = None


class PartnershipCheck(BaseModel):
    """A partner the version names, and the approved partnership review that covers it."""

    partner_id: uuid.UUID
    role: PartnerRole
    partnership_id: uuid.UUID
    partnership_seq: int


class ApprovalChecks(BaseModel):
    """What the approval verified against the OMC framework, as it stood when it was recorded."""

    qualification_type: str
    oqf_level: int | None = None
    eligible_qualification_types: list[str] = Field(
        description="The provider type's eligible OMC types that the institution is also approved for."
    )
    learning_outcomes: int = Field(description="How many learning outcomes the version states.")
    assessment_methods: list[str]
    instructional_hours: Decimal
    hours_outside_guideline: bool
    hours_rationale: str | None = None
    labour_market_need: str
    partnerships: list[PartnershipCheck] = Field(default_factory=list)
    designation_id: uuid.UUID = Field(description="The designation in force on approved_on.")
    designation_seq: int
    metadata_sha256: str = Field(
        description="SHA-256 (hex) of the RFC 8785 canonical JSON of the approved version's metadata."
    )


class Approval(BaseModel):
    id: uuid.UUID = Field(description="Also the event id the registry applied it under.")
    institution_id: uuid.UUID
    micro_credential_id: uuid.UUID
    version: int
    approved_on: date
    reviewer: str
    checks: ApprovalChecks
    seq: int = Field(description="The ledger entry (`approval.recorded`) that records it.")
    approval_reference: str = Field(
        description="What the registry shows as the version's approval reference."
    )


class ApprovalPage(BaseModel):
    items: list[Approval]
    next_cursor: str | None = None


def approval_reference(seq: int) -> str:
    return f"qa ledger entry {seq}"
