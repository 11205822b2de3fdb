"""Standing on a date: was the institution a DOMCI, was the version an approved OMC; with the ledger
entries that prove it."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, Field

from shared.schemas.approvals import Approval
from shared.schemas.designations import Designation
from shared.schemas.ledger import LedgerEntry


class Standing(BaseModel):
    on: date
    institution_id: uuid.UUID
    micro_credential_id: uuid.UUID | None = None
    version: int | None = None
    valid: bool = Field(
        description="True when the institution was a DOMCI in good standing on `on` and, if a version was "
        "asked about, that version had been approved as an OMC by then."
    )
    domci: bool = Field(description="The designation covering `on` was `designated`.")
    approved_omc: bool | None = Field(None, description="Absent when no version was asked about.")
    designation: Designation | None = Field(
        None, description="The ministry's decision in force on `on`: the latest whose period covers it."
    )
    approval: Approval | None = None
    chain: list[LedgerEntry] = Field(
        description="The ledger entries the answer rests on, in ledger order: the agency's decision, the "
        "designation, the approval. Recompute each entry_hash to check them."
    )
    reasons: list[str] = Field(description="Why `valid` is false; empty when it is true.")
