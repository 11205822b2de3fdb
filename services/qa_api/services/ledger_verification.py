"""Which ledger entry was changed: the chain walk that names it.

Each entry's hash is committed to twice after it is written: by the next entry's `previous_hash`
(hashed into that entry) and by every signed checkpoint whose tree includes it. So an entry whose
content was edited and whose `entry_hash` was recomputed to match still shows, and is named:

- with a successor: the successor still matches its own hash, so its `previous_hash` is what was
  chained to, and the edited entry is the one whose hash disagrees with it (not the successor,
  whose link merely looks broken);
- as the newest entry under a checkpoint: the signed root no longer comes out of the recomputed
  hashes. The edit lies between the last checkpoint that still holds and the first that does not;
  the first entry of that range is named, with the range (with checkpoints every minute, the range
  is the few entries of one minute, often one).

What no check can name: an entry no successor and no checkpoint covers yet, and a chain rewritten
wholesale after its last holding checkpoint is only known to lie in the range (docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from shared.schemas.ledger import BrokenEntry

CONTENT_CHANGED = "content does not match entry_hash"
LINK_CHANGED = "previous_hash does not match the entry before"


class Link(Protocol):
    """What the walk reads of an entry (a LedgerEntry has it)."""

    @property
    def seq(self) -> int: ...
    @property
    def previous_hash(self) -> str: ...
    @property
    def entry_hash(self) -> str: ...


class ChainLink(NamedTuple):
    seq: int
    previous_hash: str
    entry_hash: str


@dataclass
class _Suspect:
    """A link that broke between ``before`` and ``after``, both matching their own hashes: either
    ``before`` was rewritten (content and hash), or ``after``'s previous_hash was (and its hash). The
    link after ``after`` decides: if it holds, ``after`` is as it was chained to; ``before`` changed."""

    before: Link
    after: Link


class ChainWalk:
    """Fed every entry in order with its recomputed hash; :attr:`broken` is the first entry found
    changed, once :meth:`finish` has been called."""

    def __init__(self, genesis_hash: str) -> None:
        self.broken: BrokenEntry | None = None
        self._previous: Link | None = None
        self._previous_hash = genesis_hash
        self._expected_seq = 1
        self._suspect: _Suspect | None = None

    def add_rows(self, rows: Sequence[Sequence[Any]], recomputed: Sequence[str]) -> None:
        """Rows of (seq, previous_hash, entry_hash, ...) in order with their recomputed hashes: the
        intact run (the common case) in a tight loop, anything else through :meth:`add`."""
        expected, previous_hash = self._expected_seq, self._previous_hash
        for index, row in enumerate(rows):
            seq, previous, stored = row[0], row[1], row[2]
            if (
                seq == expected
                and previous == previous_hash
                and recomputed[index] == stored
                and self._suspect is None
                and self.broken is None
            ):
                expected, previous_hash = seq + 1, stored
                continue
            if index:
                before = rows[index - 1]
                self._previous = ChainLink(before[0], before[1], before[2])
            self._expected_seq, self._previous_hash = expected, previous_hash
            self.add(ChainLink(seq, previous, stored), recomputed[index])
            expected, previous_hash = self._expected_seq, self._previous_hash
        if rows:
            last = rows[-1]
            if self._previous is None or self._previous.seq != last[0]:
                self._previous = ChainLink(last[0], last[1], last[2])
        self._expected_seq, self._previous_hash = expected, previous_hash

    def add(self, entry: Link, recomputed: str) -> None:
        if self.broken is not None:
            return
        intact = recomputed == entry.entry_hash
        if self._suspect is not None:
            suspect, self._suspect = self._suspect, None
            if entry.previous_hash == suspect.after.entry_hash:
                self.broken = _rewritten(suspect.before, suspect.after.seq)
            else:
                self.broken = BrokenEntry(
                    seq=suspect.after.seq,
                    reason="previous_hash and entry_hash were rewritten: the entry after it chained "
                    "to a different hash",
                )
            return
        if entry.seq != self._expected_seq:
            self.broken = BrokenEntry(
                seq=entry.seq, reason=f"sequence jumps from {self._expected_seq - 1} to {entry.seq}"
            )
        elif entry.previous_hash != self._previous_hash:
            if intact and self._previous is not None:
                self._suspect = _Suspect(self._previous, entry)
            else:
                self.broken = BrokenEntry(seq=entry.seq, reason=LINK_CHANGED)
        elif not intact:
            self.broken = BrokenEntry(seq=entry.seq, reason=CONTENT_CHANGED)
        self._previous, self._previous_hash, self._expected_seq = entry, entry.entry_hash, entry.seq + 1

    def finish(self) -> None:
        """The newest entry was reached: a pending suspect had no later link to decide it; the entry
        before, rewritten, is the likelier (an edit of content, not of a link)."""
        if self._suspect is not None and self.broken is None:
            self.broken = _rewritten(self._suspect.before, self._suspect.after.seq)
        self._suspect = None


def _rewritten(entry: Link, successor_seq: int) -> BrokenEntry:
    return BrokenEntry(
        seq=entry.seq,
        reason=f"content and entry_hash were rewritten: entry {successor_seq} chained to a different hash",
    )


def outside_checkpoint(first_seq: int, tree_size: int) -> BrokenEntry:
    """The first entry of the range a checkpoint no longer holds over (the chain itself links)."""
    where = f"entry {first_seq}" if first_seq == tree_size else f"one of entries {first_seq}..{tree_size}"
    return BrokenEntry(
        seq=first_seq,
        reason=f"{where} differs from what checkpoint {tree_size} signed (content and hashes rewritten)",
    )


def missing_under_checkpoint(first_missing: int, tree_size: int) -> BrokenEntry:
    """The ledger ends before the checkpoint's tree does: its newest entries were removed."""
    return BrokenEntry(
        seq=first_missing,
        reason=f"entries {first_missing}..{tree_size}, signed by checkpoint {tree_size}, are missing",
    )
