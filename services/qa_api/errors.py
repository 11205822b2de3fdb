"""Errors particular to qa_api (the shared tree is in shared.errors)."""

from __future__ import annotations

from shared.errors import Conflict, Forbidden, NotFound


class LedgerEntryNotFound(NotFound):
    slug, title = "ledger-entry-not-found", "Ledger entry not found"


class NoCheckpoint(NotFound):
    slug, title = "checkpoint-not-found", "No checkpoint"


class ReviewNotFound(NotFound):
    slug, title = "review-not-found", "Review not found"


class DecisionNotFound(NotFound):
    slug, title = "decision-not-found", "Decision not found"


class WorkflowConflict(Conflict):
    """The case or decision is not in a state that allows this step."""

    slug, title = "workflow-conflict", "Not allowed in the current state"


class NotADomci(Forbidden):
    """The institution is not a DOMCI in good standing today: it cannot act through its IQAP."""

    slug, title = "not-a-domci", "Not a DOMCI in good standing"


class ApprovalNotFound(NotFound):
    slug, title = "approval-not-found", "Approval not found"


class AlreadyApproved(Conflict):
    slug, title = "already-approved", "The version already has an approval"


class PartnershipNotFound(NotFound):
    slug, title = "partnership-not-found", "Partnership review not found"


class AttestationNotFound(NotFound):
    slug, title = "attestation-not-found", "Attestation not found"


class DesignationNotFound(NotFound):
    slug, title = "designation-not-found", "Designation not found"


class NotAssignedAgency(Forbidden):
    """An EQAA user acting on a case of another agency."""

    slug, title = "not-assigned-agency", "Not the agency assigned to this case"
