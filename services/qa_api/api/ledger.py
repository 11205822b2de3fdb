"""The ledger, public: read it, verify it, and prove any entry against a signed checkpoint."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response, status

from services.qa_api.dependencies import CheckpointSigner, Keys, Ledger
from services.qa_api.repositories.ledger import LedgerFilters
from shared.schemas.auth import JsonWebKeySet
from shared.schemas.common import Int64
from shared.schemas.ledger import (
    Checkpoint,
    ConsistencyProof,
    InclusionProof,
    LedgerEntry,
    LedgerPage,
    Verification,
)
from shared.web.openapi import problem_responses
from shared.web.pagination import PageSize

router = APIRouter(tags=["ledger"])
Seq = Annotated[Int64, Path(ge=1)]


@router.get("/v1/ledger/entries", name="list_ledger_entries", summary="Ledger entries in order, with filters")
async def list_ledger_entries(
    ledger: Ledger,
    limit: PageSize,
    after: Annotated[
        str | None, Query(max_length=512, description="`next_cursor` of the previous page.")
    ] = None,
    institution: uuid.UUID | None = None,
    agency: Annotated[str | None, Query(max_length=64, description="EQAA slug, e.g. `ocqas`.")] = None,
    micro_credential: uuid.UUID | None = None,
    event_type: Annotated[str | None, Query(max_length=64)] = None,
    recorded_from: date | None = None,
    recorded_until: date | None = None,
) -> LedgerPage:
    filters = LedgerFilters(
        institution_id=institution,
        agency_slug=agency,
        micro_credential_id=micro_credential,
        event_type=event_type,
        recorded_from=recorded_from,
        recorded_until=recorded_until,
    )
    return await ledger.page(filters, after=after, limit=limit)


@router.get("/v1/ledger/entries/{seq}", name="get_ledger_entry", responses=problem_responses(404))
async def get_ledger_entry(seq: Seq, ledger: Ledger) -> LedgerEntry:
    return await ledger.entry(seq)


@router.get(
    "/v1/ledger/entries/{seq}/proof",
    name="get_inclusion_proof",
    summary="RFC 9162 inclusion proof of one entry in a signed checkpoint (default: the first covering it)",
    responses=problem_responses(404),
)
async def get_inclusion_proof(
    seq: Seq, ledger: Ledger, tree_size: Annotated[Int64 | None, Query(ge=1)] = None
) -> InclusionProof:
    return await ledger.proof(seq, tree_size)


@router.get(
    "/v1/ledger/consistency",
    name="get_consistency_proof",
    summary="RFC 9162 consistency proof from the first `first` entries to a signed checkpoint",
    description="For monitors that keep the checkpoints they saw: with `first` = the tree_size of a "
    "checkpoint kept earlier and `second` = a later checkpoint's tree_size (default: the latest), "
    "`shared.ledger.merkle.verify_consistency(first, second, kept_root, checkpoint.root_hash, path)` "
    "holds only if the later checkpoint extends the earlier history unchanged.",
    responses=problem_responses(404, 422),
)
async def get_consistency_proof(
    ledger: Ledger,
    first: Annotated[int, Query(ge=1, le=2**62)],
    second: Annotated[int | None, Query(ge=1, le=2**62)] = None,
) -> ConsistencyProof:
    return await ledger.consistency(first, second)


@router.get(
    "/v1/ledger/verification",
    name="verify_ledger",
    summary="Recompute the hash chain and every checkpoint; report the first broken entry",
)
async def verify_ledger(ledger: Ledger) -> Verification:
    return await ledger.verify()


@router.get("/v1/ledger/checkpoints/latest", name="get_latest_checkpoint", responses=problem_responses(404))
async def get_latest_checkpoint(ledger: Ledger) -> Checkpoint:
    return await ledger.checkpoint(None)


@router.get("/v1/ledger/checkpoints/{tree_size}", name="get_checkpoint", responses=problem_responses(404))
async def get_checkpoint(tree_size: Seq, ledger: Ledger) -> Checkpoint:
    return await ledger.checkpoint(tree_size)


@router.post(
    "/v1/ledger/checkpoints",
    name="create_checkpoint",
    status_code=status.HTTP_201_CREATED,
    summary="Sign a checkpoint now (admin, agencies, ministry); returns the latest if nothing changed",
    responses=problem_responses(404),
)
async def create_checkpoint(ledger: Ledger, _: CheckpointSigner) -> Checkpoint:
    return await ledger.create_checkpoint()


@router.get(
    "/.well-known/jwks.json",
    name="get_checkpoint_keys",
    summary="Keys that verify checkpoint signatures",
    response_model=JsonWebKeySet,
)
async def get_checkpoint_keys(keys: Keys, response: Response) -> dict[str, Any]:
    response.headers["Cache-Control"] = "public, max-age=300"
    return await keys.jwks()
