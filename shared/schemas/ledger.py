"""The quality ledger as clients see it: entries, checkpoints, inclusion proofs, verification."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class Actor(BaseModel):
    organisation_id: uuid.UUID
    client_id: str


class Subjects(BaseModel):
    """What an entry is about, for filtering; absent members do not apply."""

    institution_id: uuid.UUID | None = None
    agency_slug: str | None = None
    micro_credential_id: uuid.UUID | None = None
    micro_credential_version: int | None = None


class LedgerEntry(BaseModel):
    seq: int = Field(description="Position in the ledger, from 1, without gaps.")
    recorded_at: datetime
    event_type: str = Field(description="e.g. `review.opened`, `designation.decided`, `approval.recorded`.")
    actor: Actor
    subjects: Subjects
    payload: dict[str, Any]
    previous_hash: str = Field(description="entry_hash of the entry before (64 zeros for the first).")
    entry_hash: str = Field(description="SHA-256 (hex) of the RFC 8785 canonical JSON of the other members.")

    def hashed_body(self) -> dict[str, Any]:
        """Exactly what entry_hash covers."""
        return self.model_dump(mode="json", exclude={"entry_hash"})


class LedgerPage(BaseModel):
    items: list[LedgerEntry]
    next_cursor: str | None = None


class Checkpoint(BaseModel):
    """The ledger's Merkle root at a size, signed by the service (JWS, Ed25519; key in its JWKS)."""

    tree_size: int
    root_hash: str
    signed_at: datetime
    kid: str
    signature: str = Field(
        description="Compact JWS whose payload is {tree_size, root_hash, signed_at, issuer}."
    )


class InclusionProof(BaseModel):
    """RFC 9162 audit path from one entry's leaf to a checkpoint's root."""

    seq: int
    leaf_index: int = Field(description="seq - 1.")
    entry_hash: str
    leaf_hash: str = Field(description="SHA-256(0x00 || entry_hash).")
    audit_path: list[str]
    checkpoint: Checkpoint


class ConsistencyProof(BaseModel):
    """RFC 9162 consistency proof: the tree of ``first`` entries is a prefix of the checkpoint's."""

    first: int
    second: int = Field(description="tree_size of `checkpoint`.")
    first_root: str = Field(description="MTH of the first `first` entries, as the ledger holds them now.")
    consistency_path: list[str] = Field(description="PROOF(first, D[second]), hex, RFC 9162 §2.1.4.1.")
    checkpoint: Checkpoint


class BrokenEntry(BaseModel):
    seq: int
    reason: str


class Verification(BaseModel):
    entries_checked: int
    valid: bool
    first_broken: BrokenEntry | None = None
    checkpoints_checked: int
    first_broken_checkpoint: int | None = Field(
        None, description="tree_size of the first checkpoint that fails."
    )
