"""A DOMCI's IQAP review of an alternate provider's program and of the partnership with it."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)]


class PartnershipMode(StrEnum):
    JOINT_DELIVERY = "joint_delivery"
    DELIVERY_BY_PARTNER = "delivery_by_partner"


class PartnershipOutcome(StrEnum):
    APPROVED = "approved"
    NOT_APPROVED = "not_approved"


class PartnershipFindings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    summary: LongText = Field(description="What the review found about the program and the partnership.")
    reviewer: ShortText | None = Field(None, description="Who reviewed (committee or officer).")
    conditions: list[ShortText] = Field(default_factory=list, max_length=30)


class PartnershipReviewCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    partner_id: uuid.UUID = Field(description="An alternate provider registered in the registry.")
    program: ShortText = Field(description="The partner's program (or part of it) that was reviewed.")
    mode: PartnershipMode
    outcome: PartnershipOutcome
    reviewed_on: date = Field(description="When the IQAP decided; not in the future.")
    valid_until: date | None = Field(
        None, description="Last day the approval holds (inclusive); absent: until reviewed again."
    )
    findings: PartnershipFindings

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.valid_until is not None and self.valid_until < self.reviewed_on:
            raise ValueError("valid_until must not be before reviewed_on")
        return self


class Partnership(BaseModel):
    """One review. The latest review of a partner in a mode, on or before a day, decides that day."""

    id: uuid.UUID
    institution_id: uuid.UUID
    partner_id: uuid.UUID
    program: str
    mode: PartnershipMode
    outcome: PartnershipOutcome
    reviewed_on: date
    valid_until: date | None
    findings: PartnershipFindings
    seq: int = Field(description="The ledger entry (`partnership.reviewed`) that records it.")


class PartnershipPage(BaseModel):
    items: list[Partnership]
    next_cursor: str | None = None
