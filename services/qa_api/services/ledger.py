"""Reading and proving the ledger: pages with filters, verification of the whole chain and of the
signed checkpoints, new checkpoints, and inclusion proofs for single entries."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from joserfc.jwk import KeySet
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.errors import LedgerEntryNotFound, NoCheckpoint
from services.qa_api.repositories.ledger import LedgerFilters, LedgerRepository
from services.qa_api.services.checkpoint_keys import CheckpointKeys
from services.qa_api.services.merkle_nodes import MerkleNodes
from shared.ledger.hashing import GENESIS_HASH, entry_hash
from shared.ledger.merkle import inclusion_path_of, leaf_hash, range_root, roots_at
from shared.schemas.ledger import (
    BrokenEntry,
    Checkpoint,
    InclusionProof,
    LedgerEntry,
    LedgerPage,
    Verification,
)
from shared.signing import sign_json, signing_kid, verify_json
from shared.web.cursor import decode_position, encode_cursor

VERIFY_BATCH = 1000  # rows loaded on the event loop at a time; hashed off it


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
        self._verifying: asyncio.Task[Verification] | None = None
        self._nodes = MerkleNodes(sessions)

    async def page(self, filters: LedgerFilters, *, after: str | None, limit: int) -> LedgerPage:
        position = decode_position(after) if after else 0
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
        """The whole ledger verified (see :meth:`verify_now`), one verification at a time per process:
        a request that comes while one runs shares that one's answer instead of starting another (an
        answer begun at most one verification's time before it asked). The endpoint is public and a
        full verification costs minutes of CPU at a million entries: concurrent callers cost one."""
        if self._verifying is None or self._verifying.done():
            self._verifying = asyncio.create_task(self.verify_now())
        # shield: a caller that goes away does not cancel the verification the others wait for.
        return await asyncio.shield(self._verifying)

    async def verify_now(self) -> Verification:
        """Recompute every entry's hash and link, then every checkpoint's root and signature.

        A checkpoint holds when the entries it covers are exactly those signed: their recomputed
        hashes give its root and each stored entry_hash is its entry's. So an edit to the content of
        an entry, to its stored hash or to the whole chain after it breaks every checkpoint over it."""
        checked = 0
        previous, expected_seq = GENESIS_HASH, 1
        broken: BrokenEntry | None = None
        first_mismatch: int | None = None  # position (1-based) of the first entry whose hash is wrong
        leaves: list[bytes] = []
        async with self._sessions() as session:
            repository = LedgerRepository(session)
            async for batch in repository.stream(VERIFY_BATCH):
                # Hashing is CPU-bound (RFC 8785 is pure Python): off the event loop, so the worker
                # keeps answering other requests during a long verification.
                recomputed_hashes = await asyncio.to_thread(_recompute, batch)
                for entry, recomputed in zip(batch, recomputed_hashes, strict=True):
                    checked += 1
                    leaves.append(leaf_hash(recomputed))
                    if first_mismatch is None and recomputed != entry.entry_hash:
                        first_mismatch = checked
                    if broken is None:
                        broken = _check(entry, expected_seq, previous, recomputed)
                        previous, expected_seq = entry.entry_hash, entry.seq + 1
            checkpoints = await repository.checkpoints()
        key_set = await self._keys.key_set()
        sizes = [checkpoint.tree_size for checkpoint in checkpoints if checkpoint.tree_size <= len(leaves)]
        roots = await asyncio.to_thread(roots_at, leaves, sizes)
        first_bad_checkpoint = None
        for checkpoint in checkpoints:
            intact = first_mismatch is None or first_mismatch > checkpoint.tree_size
            if not (intact and self._checkpoint_holds(checkpoint, roots.get(checkpoint.tree_size), key_set)):
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
        """Sign the current root, unless the latest checkpoint already covers the whole ledger.
        Concurrent calls take turns (a lock of their own), so the later ones return the checkpoint
        the first signed; the key is loaded before the transaction, which holds one connection."""
        key = await self._keys.signing_key()
        async with self._sessions.begin() as session:
            repository = LedgerRepository(session)
            await repository.lock_checkpoints()
            size = await repository.size()
            latest = await repository.checkpoint()
            if latest is not None and latest.tree_size >= size:
                return latest
            if size == 0:
                raise NoCheckpoint("The ledger is empty; there is nothing to sign yet.")
            root_hash = (await range_root(0, size, self._nodes.perfect)).hex()
            signed_at = datetime.now(UTC)
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
        path = await inclusion_path_of(seq - 1, checkpoint.tree_size, self._nodes.perfect)
        return InclusionProof(
            seq=seq,
            leaf_index=seq - 1,
            entry_hash=entry.entry_hash,
            leaf_hash=leaf_hash(entry.entry_hash).hex(),
            audit_path=[node.hex() for node in path],
            checkpoint=checkpoint,
        )

    def _checkpoint_holds(
        self, checkpoint: Checkpoint, recomputed_root: bytes | None, key_set: KeySet
    ) -> bool:
        """``recomputed_root``: the root of the ledger's first tree_size entries (None: fewer exist)."""
        if recomputed_root is None or recomputed_root.hex() != checkpoint.root_hash:
            return False
        if signing_kid(checkpoint.signature) != checkpoint.kid:
            return False
        payload = verify_json(checkpoint.signature, key_set)
        expected = checkpoint_payload(
            checkpoint.tree_size, checkpoint.root_hash, checkpoint.signed_at, self._issuer
        )
        return payload == expected


def _recompute(batch: list[LedgerEntry]) -> list[str]:
    """Each entry's hash as its content gives it."""
    return [entry_hash(entry.hashed_body()) for entry in batch]


def _check(entry: LedgerEntry, expected_seq: int, previous: str, recomputed: str) -> BrokenEntry | None:
    if entry.seq != expected_seq:
        return BrokenEntry(seq=entry.seq, reason=f"sequence jumps from {expected_seq - 1} to {entry.seq}")
    if entry.previous_hash != previous:
        return BrokenEntry(seq=entry.seq, reason="previous_hash does not match the entry before")
    if recomputed != entry.entry_hash:
        return BrokenEntry(seq=entry.seq, reason="content does not match entry_hash")
    return None
