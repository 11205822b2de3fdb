"""Roots of the ledger's perfect Merkle subtrees, memoised in the process.

The ledger is append-only, so the root of a complete subtree (leaves [i * 2**h, (i + 1) * 2**h)) never
changes once its last entry exists. A proof or a new checkpoint needs O(log n) such roots
(`shared.ledger.merkle.range_root`); with them memoised, only the first request after start-up (or
over new entries) reads and hashes the entries under them, in one query per missing subtree. Roots of
height >= MEMO_HEIGHT are kept (about 2n / 2**MEMO_HEIGHT of them: 8,000 at a million entries);
smaller subtrees are recomputed from at most 2**MEMO_HEIGHT hashes.

Nothing here is trusted by verification, which recomputes everything from the entries: a memo that
disagreed with the table (an entry edited by a superuser) gives proofs of the history as it was
signed, and `GET /v1/ledger/verification` still reports the edit.
"""

from __future__ import annotations

import asyncio

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.qa_api.repositories.ledger import LedgerRepository
from shared.ledger.merkle import leaf_hash, node_hash

MEMO_HEIGHT = 8


class MerkleNodes:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, memo_height: int = MEMO_HEIGHT) -> None:
        self._sessions = sessions
        self._memo_height = memo_height
        self._memo: dict[tuple[int, int], bytes] = {}

    def memoised(self) -> int:
        return len(self._memo)

    async def perfect(self, start: int, height: int) -> bytes:
        """Root of the perfect subtree over leaves [start, start + 2**height) (0-based leaf index)."""
        found = self._memo.get((start, height))
        if found is not None:
            return found
        half = 1 << (height - 1) if height else 0
        if height > MEMO_HEIGHT and (
            (start, height - 1) in self._memo or (start + half, height - 1) in self._memo
        ):
            value = node_hash(
                await self.perfect(start, height - 1), await self.perfect(start + half, height - 1)
            )
            self._memo[(start, height)] = value
            return value
        async with self._sessions() as session:
            hashes = await LedgerRepository(session).hashes_between(start + 1, start + (1 << height))
        if len(hashes) != 1 << height:
            raise LookupError(f"the ledger has no complete subtree at leaf {start} of height {height}")
        roots = await asyncio.to_thread(_subtree_roots, start, height, hashes, self._memo_height)
        self._memo.update((key, value) for key, value in roots.items() if key[1] >= self._memo_height)
        return roots[(start, height)]


def _subtree_roots(
    start: int, height: int, hashes: list[str], memo_height: int
) -> dict[tuple[int, int], bytes]:
    """Every aligned subtree root inside [start, start + 2**height), bottom-up, by (start, height)."""
    level = [leaf_hash(value) for value in hashes]
    roots: dict[tuple[int, int], bytes] = {}
    for current in range(height + 1):
        if current:
            level = [node_hash(level[i], level[i + 1]) for i in range(0, len(level), 2)]
        if current >= memo_height or current == height:
            width = 1 << current
            roots.update(((start + i * width, current), value) for i, value in enumerate(level))
    return roots
