"""Micro-credential metadata as institutions write it and the catalogue publishes it.

Every field is validated on its own; rules that need the database (eligibility of the level, partner
organisations) are checked by the registry's services.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Self

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, StringConstraints, model_validator

HOURS_GUIDELINE_MIN = Decimal(12)
HOURS_GUIDELINE_MAX = Decimal(40)

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
NocCode = Annotated[str, StringConstraints(pattern=r"^\d{5}$")]
CipCode = Annotated[str, StringConstraints(pattern=r"^\d{2}\.\d{4}$")]
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LocalizedText(_Strict):
    """Text in English and/or French: either may be absent, not both."""

    en: LongText | None = None
    fr: LongText | None = None

    @model_validator(mode="after")
    def _one_language_at_least(self) -> Self:
        if self.en is None and self.fr is None:
            raise ValueError("give the text in English (en) or French (fr), or both")
        return self


class Competency(_Strict):
    framework: ShortText = Field(description="e.g. `ESCO`, `OaSIS`, `CCRS`.")
    uri: AnyHttpUrl | None = Field(None, description="e.g. an ESCO skill URI.")
    label: ShortText | None = None


class LearningOutcome(_Strict):
    statement: LocalizedText
    competencies: list[Competency] = Field(default_factory=list, max_length=50)


class AssessmentType(StrEnum):
    EXAM = "exam"
    PROJECT = "project"
    PORTFOLIO = "portfolio"
    PRACTICAL = "practical_demonstration"
    ASSIGNMENT = "assignment"
    PRESENTATION = "presentation"
    QUIZ = "quiz"
    WORKPLACE = "workplace_observation"
    OTHER = "other"


class GradingScheme(StrEnum):
    PASS_FAIL = "pass_fail"  # noqa: S105 (a grading scheme, not a secret)
    PERCENTAGE = "percentage"
    LETTER = "letter"
    COMPETENCY_LEVELS = "competency_levels"


class AssessmentMethod(_Strict):
    type: AssessmentType
    description: LongText | None = None
    weight_percent: Decimal | None = Field(None, ge=0, le=100)


class Assessment(_Strict):
    methods: list[AssessmentMethod] = Field(min_length=1, max_length=30)
    grading_scheme: GradingScheme
    summative: bool = Field(description="A summative assessment decides the award.")

    @model_validator(mode="after")
    def _weights_add_up(self) -> Self:
        weights = [method.weight_percent for method in self.methods if method.weight_percent is not None]
        if weights and (len(weights) != len(self.methods) or sum(weights) != 100):
            raise ValueError("weight_percent must be given for every method and add up to 100, or for none")
        return self


class DeliveryMode(StrEnum):
    ONLINE_SYNCHRONOUS = "online_synchronous"
    ONLINE_ASYNCHRONOUS = "online_asynchronous"
    IN_PERSON = "in_person"
    HYBRID = "hybrid"


class LearningFormat(StrEnum):
    COHORT = "cohort"
    LEARNER_PACED = "learner_paced"
    COMPETENCY_BASED = "competency_based"


class Price(_Strict):
    amount: Decimal = Field(ge=0, le=1_000_000, decimal_places=2)
    currency: CurrencyCode = "CAD"


class Offering(_Strict):
    start_date: date
    end_date: date
    delivery_mode: DeliveryMode | None = None
    location: ShortText | None = None

    @model_validator(mode="after")
    def _ends_after_start(self) -> Self:
        if self.end_date < self.start_date:
            raise ValueError("end_date must not be before start_date")
        return self


class PartnerRole(StrEnum):
    CO_AWARDING = "co_awarding"
    JOINT_DELIVERY = "joint_delivery"
    DELIVERY = "delivery_by_partner"


class Partner(_Strict):
    organisation_id: uuid.UUID = Field(description="An alternate provider registered in the registry.")
    role: PartnerRole


class EndorserType(StrEnum):
    EMPLOYER = "employer"
    INDUSTRY_ASSOCIATION = "industry_association"
    PROFESSIONAL_BODY = "professional_body"


class Endorsement(_Strict):
    endorser_name: ShortText
    endorser_type: EndorserType
    organisation_id: uuid.UUID | None = None
    attests: LongText = Field(description="What the endorser vouches for, e.g. labour-market relevance.")


class MicroCredentialMetadata(_Strict):
    """What an institution says about one version of a micro-credential."""

    title: LocalizedText
    description: LocalizedText | None = None
    languages_of_instruction: list[LanguageCode] = Field(default_factory=list, max_length=10)
    qualification_type: str | None = Field(
        None, max_length=16, description="OMC type code (`cert`...`doc`); required to submit for IQAP review."
    )
    instructional_hours: Decimal | None = Field(None, gt=0, le=10_000)
    hours_rationale: LongText | None = Field(
        None, description="Why the hours fall outside the 12-40 h guideline; required then to submit."
    )
    learner_effort_hours: Decimal | None = Field(None, gt=0, le=20_000)
    duration_weeks: Decimal | None = Field(None, gt=0, le=520)
    learning_outcomes: list[LearningOutcome] = Field(default_factory=list, max_length=100)
    assessment: Assessment | None = None
    prerequisites: LongText | None = None
    ideal_learner_profile: LongText | None = None
    delivery_modes: list[DeliveryMode] = Field(default_factory=list, max_length=4)
    formats: list[LearningFormat] = Field(default_factory=list, max_length=3)
    noc_codes: list[NocCode] = Field(default_factory=list, max_length=50, description="NOC 2021, 5 digits.")
    cip_codes: list[CipCode] = Field(default_factory=list, max_length=50, description="CIP 2021, `NN.NNNN`.")
    price: Price | None = None
    osap_eligible: bool | None = None
    offerings: list[Offering] = Field(default_factory=list, max_length=200)
    partners: list[Partner] = Field(default_factory=list, max_length=20)
    endorsements: list[Endorsement] = Field(default_factory=list, max_length=50)
    url: AnyHttpUrl | None = Field(None, description="The institution's page for this micro-credential.")

    @property
    def hours_outside_guideline(self) -> bool:
        hours = self.instructional_hours
        return hours is not None and not (HOURS_GUIDELINE_MIN <= hours <= HOURS_GUIDELINE_MAX)


def teer_of(noc_code: str) -> int:
    """NOC 2021: the second digit of a five-digit code is its TEER category."""
    return int(noc_code[1])


class VersionStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    PUBLISHED = "published"
    SUSPENDED = "suspended"
    RETIRED = "retired"
    SUPERSEDED = "superseded"


CourseCode = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$"
    ),
]


class MicroCredentialCreate(_Strict):
    course_code: CourseCode = Field(description="The institution's own code; unique within the institution.")
    iqap: bool = Field(
        True,
        description="True: goes through the institution's IQAP and may become an OMC. False: listed outside "
        "the IQAP, never carries the OMC mark.",
    )
    metadata: MicroCredentialMetadata


class DerivedFacts(BaseModel):
    """What the registry derives from the metadata; never written by clients."""

    hours_outside_guideline: bool
    teer_categories: list[int] = Field(description="TEER of each NOC code, in the same order.")
    oqf_level: int | None = None


class MicroCredentialVersion(BaseModel):
    micro_credential_id: uuid.UUID
    version: int
    status: VersionStatus
    iqap: bool
    metadata: MicroCredentialMetadata
    derived: DerivedFacts
    approval_reference: str | None = Field(None, description="The quality ledger entry that approved it.")
    submitted_at: datetime | None = None
    approved_at: datetime | None = None
    published_at: datetime | None = None
    created_at: datetime
    updated_at: datetime


class MicroCredential(BaseModel):
    """The owner's view: identity and every version (superseded ones included)."""

    id: uuid.UUID
    organisation_id: uuid.UUID
    course_code: str
    published_version: int | None
    versions: list[MicroCredentialVersion]


class CreditBasis(StrEnum):
    AGREEMENT = "agreement"
    PRECEDENT = "precedent"


class CreditTransferCreate(_Strict):
    """OMC+: a stacking agreement or precedent giving the micro-credential credit value somewhere."""

    receiving_institution_id: uuid.UUID | None = None
    receiving_institution_name: ShortText | None = None
    program: ShortText
    credits: Decimal = Field(gt=0, le=1000)
    basis: CreditBasis
    valid_from: date
    valid_until: date | None = None

    @model_validator(mode="after")
    def _named_and_ordered(self) -> Self:
        if self.receiving_institution_id is None and self.receiving_institution_name is None:
            raise ValueError("name the receiving institution (receiving_institution_id or _name)")
        if self.valid_until is not None and self.valid_until < self.valid_from:
            raise ValueError("valid_until must not be before valid_from")
        return self


class CreditTransfer(CreditTransferCreate):
    id: uuid.UUID
    micro_credential_id: uuid.UUID
    created_at: datetime

    def current_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


class VersionApproval(_Strict):
    """Sent by the quality ledger when a DOMCI's IQAP approves a submitted version."""

    event_id: uuid.UUID = Field(description="The ledger's event id; applying it twice changes nothing.")
    approved_on: date
    approval_reference: ShortText = Field(description="The ledger entry that records the approval.")
