"""Errors particular to qa_api (the shared tree is in shared.errors)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound


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
