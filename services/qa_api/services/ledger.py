"""Reading and proving the ledger: pages with filters, verification of the whole chain and of the
signed checkpoints, new checkpoints, and inclusion proofs for single entries."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from hashlib import sha256
from typing import Any

from joserfc.jwk import KeySet
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.errors import LedgerEntryNotFound, NoCheckpoint
from services.qa_api.repositories.ledger import LedgerFilters, LedgerRepository
from services.qa_api.services.checkpoint_keys import CheckpointKeys
from services.qa_api.services.ledger_verification import (
    ChainWalk,
    missing_under_checkpoint,
    outside_checkpoint,
)
from services.qa_api.services.merkle_nodes import MerkleNodes
from shared.errors import UnprocessableInput
from shared.ledger.hashing import GENESIS_HASH, entry_hash
from shared.ledger.merkle import consistency_proof_of, inclusion_path_of, leaf_hash, range_root, roots_at
from shared.schemas.ledger import (
    Checkpoint,
    ConsistencyProof,
    InclusionProof,
    LedgerEntry,
    LedgerPage,
    Verification,
)
from shared.signing import sign_json, signing_kid, verify_json
from shared.web.cursor import decode_position, encode_cursor

VERIFY_BATCH = 10_000  # rows read at a time (about 10 MB); hashed off the event loop
TAIL_POLL_SECONDS = 1.0  # how often the checkpoint loop looks for new entries when all are covered


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
        an entry, to its stored hash or to the whole chain after it breaks every checkpoint over it.
        ``first_broken`` names the entry changed (:mod:`ledger_verification`): an entry rewritten with
        a recomputed hash is named by its successor's link, or by the checkpoints over it."""
        checked = 0
        walk = ChainWalk(GENESIS_HASH)
        first_mismatch: int | None = None  # position (1-based) of the first entry whose hash is wrong
        leaves: list[bytes] = []
        async with self._sessions() as session:
            repository = LedgerRepository(session)
            batches = aiter(repository.stream_bytes(VERIFY_BATCH))
            batch = await anext(batches, None)
            while batch is not None:
                # The next batch is read while this one is hashed off the event loop (the worker
                # keeps answering other requests during a long verification).
                upcoming = asyncio.ensure_future(anext(batches, None))
                recomputed = await asyncio.to_thread(_digests, batch)
                following = await upcoming
                await _recompute_the_slow_way(repository, batch, recomputed)
                mismatch = await asyncio.to_thread(_absorb, batch, recomputed, walk, leaves)
                if first_mismatch is None and mismatch is not None:
                    first_mismatch = checked + mismatch
                checked += len(batch)
                batch = following
            checkpoints = await repository.checkpoints()
        walk.finish()
        key_set = await self._keys.key_set()
        sizes = [checkpoint.tree_size for checkpoint in checkpoints if checkpoint.tree_size <= len(leaves)]
        roots = await asyncio.to_thread(roots_at, leaves, sizes)
        broken = walk.broken
        first_bad_checkpoint = None
        last_holding = 0
        for checkpoint in checkpoints:
            intact = first_mismatch is None or first_mismatch > checkpoint.tree_size
            recomputed_root = roots.get(checkpoint.tree_size)
            if intact and self._checkpoint_holds(checkpoint, recomputed_root, key_set):
                last_holding = checkpoint.tree_size
                continue
            first_bad_checkpoint = checkpoint.tree_size
            if broken is None and self._signature_holds(checkpoint, key_set):
                # Signed as stored, yet the entries no longer give its root: rewritten, or removed.
                broken = (
                    outside_checkpoint(last_holding + 1, checkpoint.tree_size)
                    if recomputed_root is not None
                    else missing_under_checkpoint(checked + 1, checkpoint.tree_size)
                )
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
        signed = await self._sign(max_delay=None)
        assert isinstance(signed, Checkpoint)
        return signed

    async def seal_tail(self, max_delay: timedelta) -> float:
        """Sign a checkpoint when some entry is not covered by one and the newest checkpoint in the
        database is ``max_delay`` old or more (or there is none): timed from the database, so every
        qa_api process, however often restarted, keeps the same rhythm, and processes running side
        by side sign once (they take turns and look again under the lock). An entry therefore waits
        at most ``max_delay`` for a checkpoint while any qa_api runs. Returns the seconds until it
        is worth looking again."""
        try:
            outcome = await self._sign(max_delay=max_delay)
        except NoCheckpoint:  # an empty ledger
            return min(max_delay.total_seconds(), TAIL_POLL_SECONDS)
        if isinstance(outcome, Checkpoint):
            # Nothing uncovered (or just signed): new entries may come at any moment.
            return min(max_delay.total_seconds(), TAIL_POLL_SECONDS)
        return outcome

    async def _sign(self, *, max_delay: timedelta | None) -> Checkpoint | float:
        """The new (or still covering) checkpoint, or, when ``max_delay`` is given and the newest
        checkpoint is younger than it, the seconds until it is not."""
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
            now = datetime.now(UTC)
            if max_delay is not None and latest is not None and now - latest.signed_at < max_delay:
                return (latest.signed_at + max_delay - now).total_seconds()
            root_hash = (await range_root(0, size, self._nodes.perfect)).hex()
            checkpoint = Checkpoint(
                tree_size=size,
                root_hash=root_hash,
                signed_at=now,
                kid=key.kid or "",
                signature=sign_json(checkpoint_payload(size, root_hash, now, self._issuer), key),
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

    async def consistency(self, first: int, second: int | None) -> ConsistencyProof:
        """RFC 9162 consistency proof from the tree of ``first`` entries to a signed checkpoint (the
        one of ``second`` entries, or the latest): what a monitor that kept an earlier checkpoint
        asks for each new one (docs/architecture.md)."""
        async with self._sessions() as session:
            checkpoint = await LedgerRepository(session).checkpoint(second)
        if checkpoint is None:
            raise NoCheckpoint("No such checkpoint." if second else "No checkpoint has been signed yet.")
        if first > checkpoint.tree_size:
            raise UnprocessableInput.for_field(
                "query.first",
                f"Beyond the checkpoint's tree_size ({checkpoint.tree_size}).",
                "beyond_checkpoint",
            )
        path = await consistency_proof_of(first, checkpoint.tree_size, self._nodes.perfect)
        first_root = await range_root(0, first, self._nodes.perfect)
        return ConsistencyProof(
            first=first,
            second=checkpoint.tree_size,
            first_root=first_root.hex(),
            consistency_path=[node.hex() for node in path],
            checkpoint=checkpoint,
        )

    def _checkpoint_holds(
        self, checkpoint: Checkpoint, recomputed_root: bytes | None, key_set: KeySet
    ) -> bool:
        """``recomputed_root``: the root of the ledger's first tree_size entries (None: fewer exist)."""
        if recomputed_root is None or recomputed_root.hex() != checkpoint.root_hash:
            return False
        return self._signature_holds(checkpoint, key_set)

    def _signature_holds(self, checkpoint: Checkpoint, key_set: KeySet) -> bool:
        """The stored checkpoint is what its key signed (whatever the entries say now)."""
        if signing_kid(checkpoint.signature) != checkpoint.kid:
            return False
        payload = verify_json(checkpoint.signature, key_set)
        expected = checkpoint_payload(
            checkpoint.tree_size, checkpoint.root_hash, checkpoint.signed_at, self._issuer
        )
        return payload == expected


def _digests(rows: list[Any]) -> list[str]:
    """SHA-256 (hex) of each row's hashed bytes (its fourth column)."""
    return [sha256(row[3]).hexdigest() for row in rows]


async def _recompute_the_slow_way(
    repository: LedgerRepository, rows: list[Any], recomputed: list[str]
) -> None:
    """Entries whose stored bytes do not give their hash are recomputed from their content with the
    generic canonicaliser (RFC 8785 over the parsed payload): an entry written before the payload
    was kept as its canonical text (its json text is jsonb's rendering) verifies this way; a changed
    entry fails both ways. Rare, so one query for the batch's few."""
    suspects = {row[0]: index for index, row in enumerate(rows) if recomputed[index] != row[2]}
    if not suspects:
        return
    for entry in await repository.get_many(list(suspects)):
        recomputed[suspects[entry.seq]] = entry_hash(entry.hashed_body())


def _absorb(rows: list[Any], recomputed: list[str], walk: ChainWalk, leaves: list[bytes]) -> int | None:
    """Feed a batch to the walk and its leaves to ``leaves``; the 1-based index in the batch of the
    first entry whose hash is wrong, if any."""
    walk.add_rows(rows, recomputed)
    leaves.extend([leaf_hash(digest) for digest in recomputed])
    for index, row in enumerate(rows):
        if recomputed[index] != row[2]:
            return index + 1
    return None
