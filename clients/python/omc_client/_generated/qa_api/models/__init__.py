""" Contains all the data models used in inputs/outputs """

from .actor import Actor
from .approval import Approval
from .approval_checks import ApprovalChecks
from .approval_create import ApprovalCreate
from .approval_page import ApprovalPage
from .attestation import Attestation
from .attestation_create import AttestationCreate
from .attestation_page import AttestationPage
from .benchmark_finding import BenchmarkFinding
from .benchmark_findings import BenchmarkFindings
from .benchmarks import Benchmarks
from .broken_entry import BrokenEntry
from .checkpoint import Checkpoint
from .condition import Condition
from .condition_create import ConditionCreate
from .condition_status import ConditionStatus
from .condition_update import ConditionUpdate
from .condition_update_status import ConditionUpdateStatus
from .conflict_of_interest import ConflictOfInterest
from .conflict_of_interest_status import ConflictOfInterestStatus
from .consistency_proof import ConsistencyProof
from .cycle import Cycle
from .decision import Decision
from .decision_create import DecisionCreate
from .decision_page import DecisionPage
from .decision_status import DecisionStatus
from .designation import Designation
from .designation_create import DesignationCreate
from .designation_page import DesignationPage
from .desk_review import DeskReview
from .document import Document
from .evidence import Evidence
from .field_error import FieldError
from .finding import Finding
from .health_status import HealthStatus
from .inclusion_proof import InclusionProof
from .json_web_key import JsonWebKey
from .json_web_key_set import JsonWebKeySet
from .ledger_entry import LedgerEntry
from .ledger_entry_payload import LedgerEntryPayload
from .ledger_page import LedgerPage
from .ministry_decision import MinistryDecision
from .organisation_kind import OrganisationKind
from .outcome import Outcome
from .panel_member import PanelMember
from .panel_report import PanelReport
from .partner_role import PartnerRole
from .partnership import Partnership
from .partnership_check import PartnershipCheck
from .partnership_findings import PartnershipFindings
from .partnership_mode import PartnershipMode
from .partnership_outcome import PartnershipOutcome
from .partnership_page import PartnershipPage
from .partnership_review_create import PartnershipReviewCreate
from .principal import Principal
from .problem import Problem
from .readiness import Readiness
from .readiness_dependencies import ReadinessDependencies
from .review import Review
from .review_open import ReviewOpen
from .review_page import ReviewPage
from .review_status import ReviewStatus
from .role import Role
from .standing import Standing
from .subjects import Subjects
from .submission import Submission
from .supersession import Supersession
from .supersession_create import SupersessionCreate
from .supersession_kind import SupersessionKind
from .supersession_result import SupersessionResult
from .verification import Verification

__all__ = (
    "Actor",
    "Approval",
    "ApprovalChecks",
    "ApprovalCreate",
    "ApprovalPage",
    "Attestation",
    "AttestationCreate",
    "AttestationPage",
    "BenchmarkFinding",
    "BenchmarkFindings",
    "Benchmarks",
    "BrokenEntry",
    "Checkpoint",
    "Condition",
    "ConditionCreate",
    "ConditionStatus",
    "ConditionUpdate",
    "ConditionUpdateStatus",
    "ConflictOfInterest",
    "ConflictOfInterestStatus",
    "ConsistencyProof",
    "Cycle",
    "Decision",
    "DecisionCreate",
    "DecisionPage",
    "DecisionStatus",
    "Designation",
    "DesignationCreate",
    "DesignationPage",
    "DeskReview",
    "Document",
    "Evidence",
    "FieldError",
    "Finding",
    "HealthStatus",
    "InclusionProof",
    "JsonWebKey",
    "JsonWebKeySet",
    "LedgerEntry",
    "LedgerEntryPayload",
    "LedgerPage",
    "MinistryDecision",
    "OrganisationKind",
    "Outcome",
    "PanelMember",
    "PanelReport",
    "PartnerRole",
    "Partnership",
    "PartnershipCheck",
    "PartnershipFindings",
    "PartnershipMode",
    "PartnershipOutcome",
    "PartnershipPage",
    "PartnershipReviewCreate",
    "Principal",
    "Problem",
    "Readiness",
    "ReadinessDependencies",
    "Review",
    "ReviewOpen",
    "ReviewPage",
    "ReviewStatus",
    "Role",
    "Standing",
    "Subjects",
    "Submission",
    "Supersession",
    "SupersessionCreate",
    "SupersessionKind",
    "SupersessionResult",
    "Verification",
)
