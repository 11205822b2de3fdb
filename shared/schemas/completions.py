"""Completions as a student information system (SIS) pushes them to the credential issuer, and the
intake job that reports what became of each record."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

MAX_SIS_ID_LENGTH = 128
SisId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_SIS_ID_LENGTH)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Email = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, to_lower=True, max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
    ),
]
StudentNumber = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
Grade = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=16)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Learner(_Strict):
    """Kept by the issuer to deliver the credential; the credential itself carries only a salted hash
    of the e-mail address, never the student number."""

    name: Name | None = None
    email: Email | None = None
    student_number: StudentNumber | None = None

    @model_validator(mode="after")
    def _identified(self) -> Self:
        if self.email is None and self.student_number is None:
            raise ValueError("give the learner's email or student_number (or both)")
        return self


class OutcomeResult(_Strict):
    outcome: int = Field(ge=1, le=100, description="Number of the learning outcome in the version (from 1).")
    achieved: bool


class CompletionResult(_Strict):
    status: Literal["pass", "fail"]
    grade: Grade | None = Field(None, description="A letter or other grade, as the institution records it.")
    score: Decimal | None = Field(None, ge=0, le=100, description="A percentage.")
    outcomes: list[OutcomeResult] = Field(default_factory=list, max_length=100)


class CompletionRecord(_Strict):
    sis_completion_id: SisId = Field(
        description="The SIS's own id of this completion: a record pushed again with it is a duplicate."
    )
    learner: Learner
    micro_credential_id: uuid.UUID
    version: int = Field(ge=1, le=1_000_000, description="The micro-credential version completed.")
    completed_on: date
    result: CompletionResult
    credits_earned: Decimal | None = Field(None, ge=0, le=1000, max_digits=7, decimal_places=2)

    @model_validator(mode="after")
    def _not_in_the_future(self) -> Self:
        if self.completed_on > date.today():
            raise ValueError("completed_on is in the future")
        return self


class CompletionBatchCreate(BaseModel):
    """The JSON form of an intake request. The CSV form (`text/csv`) has one record per line."""

    completions: list[dict[str, Any]] = Field(
        min_length=1,
        description="Completion records (see CompletionRecord); each is validated on its own and a bad "
        "one is reported with its index.",
    )


class CompletionState(StrEnum):
    PENDING = "pending"
    ISSUED = "issued"
    REJECTED = "rejected"
    FAILED = "failed"


class IntakeOutcome(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"


class RecordOutcome(BaseModel):
    index: int = Field(description="Position in the request (JSON) or data line number from 1 (CSV).")
    sis_completion_id: str
    outcome: IntakeOutcome = Field(
        description="`duplicate`: a completion with this SIS id was received before; nothing changed."
    )
    completion_id: uuid.UUID


class CompletionStatus(BaseModel):
    id: uuid.UUID
    sis_completion_id: str
    micro_credential_id: uuid.UUID
    version: int
    completed_on: date
    state: CompletionState
    reason: str | None = Field(None, description="Why it was rejected (the quality ledger's reasons).")
    attempts: int
    credential_id: uuid.UUID | None = None
    updated_at: datetime


class BatchReceipt(BaseModel):
    """The 202 answer to an intake request."""

    id: uuid.UUID
    status_url: str
    received: int
    accepted: int
    duplicates: int
    records: list[RecordOutcome]


class CompletionBatch(BaseModel):
    """The intake job: the completions first received in this batch and what became of them."""

    id: uuid.UUID
    organisation_id: uuid.UUID
    source: Literal["json", "csv"]
    received_at: datetime
    counts: dict[CompletionState, int] = Field(description="Completions of this batch by state.")
    done: bool = Field(description="No completion of this batch is still pending.")
    completions: list[CompletionStatus] = Field(
        description="One page of the batch's completions, in the order of their SIS completion ids."
    )
    next_cursor: str | None = Field(
        None, description="Pass as `after` for the next page of completions; null on the last page."
    )


class IssuingKey(BaseModel):
    organisation_id: uuid.UUID
    did: str
    verification_method: str
    public_key_multibase: str
    created_at: datetime
    retired_at: datetime | None = None
