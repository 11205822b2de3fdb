"""DOMCI designation in the quality ledger: the institution's attestation to the ministry that its
IQAP was endorsed, and the ministry's decisions (the registry learns those from the ledger)."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Statement = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5000)]


class AttestationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision_id: uuid.UUID = Field(description="The caller's own endorsement decision, in force.")
    attested_on: date = Field(description="On or after the decision, within its term; not in the future.")
    statement: Statement


class Attestation(BaseModel):
    id: uuid.UUID
    institution_id: uuid.UUID
    decision_id: uuid.UUID
    attested_on: date
    statement: str
    seq: int


class MinistryDecision(StrEnum):
    """What the ministry decides. All but `refused` are sent to the registry."""

    DESIGNATED = "designated"
    REFUSED = "refused"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    LAPSED = "lapsed"


class DesignationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    institution_id: uuid.UUID
    status: MinistryDecision
    effective_from: date = Field(description="Not in the future; not before the institution's last decision.")
    effective_until: date | None = Field(
        None, description="`designated` and `suspended` only; after effective_from."
    )
    decision_id: uuid.UUID = Field(description="The institution's EQAA endorsement decision this rests on.")
    attestation_id: uuid.UUID | None = Field(
        None, description="Required to grant (`designated`): the institution's attestation of that decision."
    )
    reason: Statement

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.effective_until is not None and self.effective_until <= self.effective_from:
            raise ValueError("effective_until must be after effective_from")
        return self


class Designation(BaseModel):
    id: uuid.UUID = Field(description="Also the event id the registry records.")
    institution_id: uuid.UUID
    status: MinistryDecision
    effective_from: date
    effective_until: date | None
    decision_id: uuid.UUID | None
    attestation_id: uuid.UUID | None
    reason: str | None
    seq: int


class AttestationPage(BaseModel):
    items: list[Attestation]
    next_cursor: str | None = None


class DesignationPage(BaseModel):
    items: list[Designation]
    next_cursor: str | None = None
