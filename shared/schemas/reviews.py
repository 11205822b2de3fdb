"""EQAP reviews: an institution's submission to its assigned EQAA, the desk review, the panel report
and the agency's decisions (endorsement terms, conditions, supersession)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, StringConstraints, model_validator

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
ConditionId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")]

STANDARD = "The organisation's IQAP appropriately accommodates micro-credentials."
RENEWAL_NOTICE_MONTHS = 6
"""renewal_due = term_end minus this many months: when the renewal submission is expected."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Cycle(StrEnum):
    INITIAL = "initial"
    RENEWAL = "renewal"
    FOCUSED = "focused"
    FOLLOW_UP = "follow-up"


class ReviewStatus(StrEnum):
    SUBMITTED = "submitted"
    DESK_REVIEW = "desk_review"
    PANEL_REPORT = "panel_report"
    DECIDED = "decided"


class Document(_Strict):
    title: ShortText
    sha256: Sha256 = Field(description="SHA-256 of the document, 64 lower-case hex digits.")
    url: AnyHttpUrl


class Evidence(_Strict):
    explanation: Text
    documents: list[Document] = Field(default_factory=list, max_length=50)


class Benchmarks(_Strict):
    """The seven benchmarks of the standard; each must be addressed."""

    a: Evidence = Field(description="How the quality of micro-credentials is assured within the IQAP.")
    b: Evidence = Field(description="How curriculum and learning outcomes are developed.")
    c: Evidence = Field(description="How learning outcomes are assessed.")
    d: Evidence = Field(description="How micro-credentials are linked to the appropriate OQF level.")
    e: Evidence = Field(description="How employer and labour-market needs are assessed and incorporated.")
    f: Evidence = Field(description="How duration is assigned.")
    g: Evidence = Field(
        description="How partnerships with employers, industry and professional associations ensure quality."
    )


class Submission(_Strict):
    standard: Evidence = Field(description=f"How the IQAP meets the standard: “{STANDARD}”")
    benchmarks: Benchmarks


class ReviewOpen(_Strict):
    institution_id: uuid.UUID = Field(description="The caller's own organisation.")
    cycle: Cycle
    submitted_on: date = Field(description="Not in the future.")
    submission: Submission


class DeskReview(_Strict):
    reviewed_on: date = Field(description="On or after the submission; not in the future.")
    reviewers: list[ShortText] = Field(min_length=1, max_length=20)
    summary: Text


class Finding(StrEnum):
    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"


class BenchmarkFinding(_Strict):
    finding: Finding
    commentary: Text | None = None
    recommendations: list[Text] = Field(default_factory=list, max_length=50)

    @model_validator(mode="after")
    def _recommend_unless_met(self) -> Self:
        if self.finding is not Finding.MET and not self.recommendations:
            raise ValueError("a benchmark not fully met needs at least one recommendation")
        return self


class BenchmarkFindings(_Strict):
    a: BenchmarkFinding
    b: BenchmarkFinding
    c: BenchmarkFinding
    d: BenchmarkFinding
    e: BenchmarkFinding
    f: BenchmarkFinding
    g: BenchmarkFinding


class ConflictOfInterest(_Strict):
    """Every member declares: `none`, or `declared` with what the conflict is. A member without a
    declaration (an undeclared conflict) cannot sit on the panel, so the declaration is required."""

    status: Literal["none", "declared"]
    description: Text | None = Field(None, description="Required when declared; absent when none.")

    @model_validator(mode="after")
    def _described(self) -> Self:
        if self.status == "declared" and self.description is None:
            raise ValueError("a declared conflict of interest needs a description")
        if self.status == "none" and self.description is not None:
            raise ValueError("no description when no conflict is declared")
        return self


class PanelMember(_Strict):
    name: ShortText
    role: ShortText = Field(description="e.g. `chair`, `member`, `external reviewer`.")
    conflict_of_interest: ConflictOfInterest


class PanelReport(_Strict):
    reported_on: date = Field(description="On or after the desk review; not in the future.")
    members: list[PanelMember] = Field(min_length=1, max_length=20)
    findings: BenchmarkFindings
    summary: Text

    @model_validator(mode="after")
    def _distinct_members(self) -> Self:
        names = [member.name.casefold() for member in self.members]
        if len(set(names)) != len(names):
            raise ValueError("each panel member is listed once")
        return self


class Outcome(StrEnum):
    ENDORSED = "endorsed"
    ENDORSED_WITH_CONDITIONS = "endorsed_with_conditions"
    DEFERRED = "deferred"
    NOT_ENDORSED = "not_endorsed"

    @property
    def endorses(self) -> bool:
        return self in (Outcome.ENDORSED, Outcome.ENDORSED_WITH_CONDITIONS)


class ConditionStatus(StrEnum):
    OPEN = "open"
    MET = "met"
    NOT_MET = "not_met"


class ConditionCreate(_Strict):
    id: ConditionId = Field(description="Short code, unique within the decision, e.g. `c1`.")
    text: Text
    due_on: date = Field(description="After the decision, not after the term's end.")
    evidence_required: Text


class Condition(ConditionCreate):
    status: ConditionStatus = ConditionStatus.OPEN
    evidence: Evidence | None = Field(None, description="What the agency relied on to change the status.")
    status_on: date | None = Field(None, description="When the status last changed.")


class DecisionCreate(_Strict):
    """An endorsement carries a term of 5 to 7 years starting on or after the decision; conditions
    only with `endorsed_with_conditions` (at least one)."""

    outcome: Outcome
    decided_on: date = Field(
        description="On or after the submission and the panel report; not in the future."
    )
    term_start: date | None = Field(None, description="Endorsements only; on or after decided_on.")
    term_end: date | None = Field(None, description="Endorsements only; 5 to 7 years after term_start.")
    conditions: list[ConditionCreate] = Field(default_factory=list, max_length=50)


class ConditionUpdate(_Strict):
    condition_id: ConditionId
    status: Literal[ConditionStatus.MET, ConditionStatus.NOT_MET]
    recorded_on: date = Field(description="On or after the decision; not in the future.")
    evidence: Evidence


class SupersessionKind(StrEnum):
    APPEAL = "appeal"
    WITHDRAWAL = "withdrawal"


class SupersessionCreate(_Strict):
    """An appeal outcome that changes the decision (a new decision with `outcome` replaces it), or
    the withdrawal of an endorsement (nothing replaces it)."""

    kind: SupersessionKind
    recorded_on: date = Field(description="On or after the decision; not in the future.")
    reason: Text
    outcome: Outcome | None = Field(None, description="Appeals only: the outcome after the appeal.")
    term_start: date | None = None
    term_end: date | None = None
    conditions: list[ConditionCreate] = Field(default_factory=list, max_length=50)


class Supersession(BaseModel):
    kind: str = Field(description="`condition_update`, `appeal` or `withdrawal`.")
    recorded_on: date
    reason: str | None = None
    replaced_by: uuid.UUID | None = Field(None, description="The decision that replaced this one, if any.")


class DecisionStatus(StrEnum):
    IN_FORCE = "in_force"
    SUPERSEDED = "superseded"


class Decision(BaseModel):
    id: uuid.UUID
    review_id: uuid.UUID
    institution_id: uuid.UUID
    agency_slug: str
    outcome: Outcome
    decided_on: date
    term_start: date | None
    term_end: date | None
    renewal_due: date | None = Field(
        description=f"term_end minus {RENEWAL_NOTICE_MONTHS} months: when the renewal review is due."
    )
    conditions: list[Condition]
    status: DecisionStatus
    seq: int = Field(description="The ledger entry that recorded this decision.")
    superseded_by_seq: int | None = Field(description="The ledger entry that superseded it, if any.")
    supersession: Supersession | None


class Review(BaseModel):
    id: uuid.UUID
    institution_id: uuid.UUID
    agency_slug: str
    cycle: Cycle
    status: ReviewStatus
    standard: str = STANDARD
    submitted_on: date
    submission: Submission
    desk_review: DeskReview | None
    panel_report: PanelReport | None
    decisions: list[Decision] = Field(
        description="Every decision on the case, oldest first, superseded ones included."
    )
    opened_seq: int
    last_seq: int
    updated_at: datetime


class ReviewPage(BaseModel):
    items: list[Review]
    next_cursor: str | None = None


class DecisionPage(BaseModel):
    items: list[Decision]
    next_cursor: str | None = None


class SupersessionResult(BaseModel):
    superseded: Decision
    replacement: Decision | None
