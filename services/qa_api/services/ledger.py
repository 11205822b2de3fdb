"""Reading and proving the ledger: pages with filters, verification of the whole chain and of the
signed checkpoints, new checkpoints, and inclusion proofs for single entries."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.errors import LedgerEntryNotFound, NoCheckpoint
from services.qa_api.repositories.ledger import LedgerFilters, LedgerRepository
from services.qa_api.services.checkpoint_keys import CheckpointKeys
from shared.ledger.hashing import GENESIS_HASH, entry_hash
from shared.ledger.merkle import inclusion_path, leaf_hash, root
from shared.schemas.ledger import (
    BrokenEntry,
    Checkpoint,
    InclusionProof,
    LedgerEntry,
    LedgerPage,
    Verification,
)
from shared.signing import sign_json, verify_json
from shared.web.cursor import decode_cursor, encode_cursor

VERIFY_BATCH = 5000


def checkpoint_payload(tree_size: int, root_hash: str, signed_at: datetime, issuer: str) -> dict[str, object]:
    return {
        "tree_size": tree_size,
        "root_hash": root_hash,
        "signed_at": signed_at.isoformat(),
        "issuer": issuer,
    }


class LedgerService:
    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], keys: CheckpointKeys, *, issuer: str
    ) -> None:
        self._sessions = sessions
        self._keys = keys
        self._issuer = issuer

    async def page(self, filters: LedgerFilters, *, after: str | None, limit: int) -> LedgerPage:
        position = int(decode_cursor(after, arity=1)[0]) if after else 0
        async with self._sessions() as session:
            items = await LedgerRepository(session).page(filters, after=position, limit=limit + 1)
        has_more = len(items) > limit
        items = items[:limit]
        return LedgerPage(items=items, next_cursor=encode_cursor(items[-1].seq) if has_more else None)

    async def entry(self, seq: int) -> LedgerEntry:
        async with self._sessions() as session:
            found = await LedgerRepository(session).get(seq)
        if found is None:
            raise LedgerEntryNotFound(f"No ledger entry {seq}.")
        return found

    async def verify(self) -> Verification:
        """Recompute every entry's hash and link, then every checkpoint's root and signature."""
        checked = 0
        previous, expected_seq = GENESIS_HASH, 1
        broken: BrokenEntry | None = None
        hashes: list[str] = []
        async with self._sessions() as session:
            repository = LedgerRepository(session)
            async for batch in repository.stream(VERIFY_BATCH):
                for entry in batch:
                    checked += 1
                    hashes.append(entry.entry_hash)
                    if broken is not None:
                        continue
                    broken = _check(entry, expected_seq, previous)
                    previous, expected_seq = entry.entry_hash, entry.seq + 1
            checkpoints = await repository.checkpoints()
        key_set = await self._keys.key_set()
        first_bad_checkpoint = None
        for checkpoint in checkpoints:
            if not self._checkpoint_holds(checkpoint, hashes, key_set):
                first_bad_checkpoint = checkpoint.tree_size
                break
        return Verification(
            entries_checked=checked,
            valid=broken is None and first_bad_checkpoint is None,
            first_broken=broken,
            checkpoints_checked=len(checkpoints),
            first_broken_checkpoint=first_bad_checkpoint,
        )

    async def create_checkpoint(self) -> Checkpoint:
        """Sign the current root, unless the latest checkpoint already covers the whole ledger."""
        async with self._sessions.begin() as session:
            repository = LedgerRepository(session)
            size = await repository.size()
            latest = await repository.checkpoint()
            if latest is not None and latest.tree_size >= size:
                return latest
            if size == 0:
                raise NoCheckpoint("The ledger is empty; there is nothing to sign yet.")
            hashes = await repository.hashes(size)
            root_hash = root([leaf_hash(value) for value in hashes]).hex()
            signed_at = datetime.now(UTC)
            key = await self._keys.signing_key()
            checkpoint = Checkpoint(
                tree_size=size,
                root_hash=root_hash,
                signed_at=signed_at,
                kid=key.kid or "",
                signature=sign_json(checkpoint_payload(size, root_hash, signed_at, self._issuer), key),
            )
            await repository.add_checkpoint(checkpoint)
        return checkpoint

    async def checkpoint(self, tree_size: int | None) -> Checkpoint:
        async with self._sessions() as session:
            found = await LedgerRepository(session).checkpoint(tree_size)
        if found is None:
            raise NoCheckpoint("No such checkpoint." if tree_size else "No checkpoint has been signed yet.")
        return found

    async def proof(self, seq: int, tree_size: int | None) -> InclusionProof:
        """Audit path from entry ``seq`` to a checkpoint (the one asked for, or the first covering it)."""
        async with self._sessions() as session:
            repository = LedgerRepository(session)
            entry = await repository.get(seq)
            if entry is None:
                raise LedgerEntryNotFound(f"No ledger entry {seq}.")
            checkpoint = await (
                repository.checkpoint(tree_size) if tree_size else repository.checkpoint_covering(seq)
            )
            if checkpoint is None or checkpoint.tree_size < seq:
                raise NoCheckpoint(f"No checkpoint covers entry {seq} yet; ask again after the next one.")
            leaves = [leaf_hash(value) for value in await repository.hashes(checkpoint.tree_size)]
        return InclusionProof(
            seq=seq,
            leaf_index=seq - 1,
            entry_hash=entry.entry_hash,
            leaf_hash=leaves[seq - 1].hex(),
            audit_path=[node.hex() for node in inclusion_path(seq - 1, leaves)],
            checkpoint=checkpoint,
        )

    def _checkpoint_holds(self, checkpoint: Checkpoint, hashes: list[str], key_set: object) -> bool:
        if checkpoint.tree_size > len(hashes):
            return False
        recomputed = root([leaf_hash(value) for value in hashes[: checkpoint.tree_size]]).hex()
        payload = verify_json(checkpoint.signature, key_set)  # type: ignore[arg-type]
        expected = checkpoint_payload(
            checkpoint.tree_size, checkpoint.root_hash, checkpoint.signed_at, self._issuer
        )
        return recomputed == checkpoint.root_hash and payload == expected


def _check(entry: LedgerEntry, expected_seq: int, previous: str) -> BrokenEntry | None:
    if entry.seq != expected_seq:
        return BrokenEntry(seq=entry.seq, reason=f"sequence jumps from {expected_seq - 1} to {entry.seq}")
    if entry.previous_hash != previous:
        return BrokenEntry(seq=entry.seq, reason="previous_hash does not match the entry before")
    if entry_hash(entry.hashed_body()) != entry.entry_hash:
        return BrokenEntry(seq=entry.seq, reason="content does not match entry_hash")
    return None
