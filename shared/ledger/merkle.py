"""Merkle trees over ledger entry hashes as in RFC 9162 (Certificate Transparency 2.0), section 2.1:
leaf hash = SHA-256(0x00 || entry hash), node hash = SHA-256(0x01 || left || right). An inclusion
proof shows that entry m is the m-th leaf of the tree whose root a signed checkpoint states."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Iterable, Sequence


def leaf_hash(entry_hash_hex: str) -> bytes:
    return hashlib.sha256(b"\x00" + bytes.fromhex(entry_hash_hex)).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def root(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[n]) of RFC 9162 §2.1.1 over leaf hashes; the empty tree's root is SHA-256("")."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    level = list(leaves)
    # Bottom-up with the odd node carried up unpaired gives the same tree as the recursive split.
    while len(level) > 1:
        paired = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0]


def roots_at(leaves: Sequence[bytes], sizes: Iterable[int]) -> dict[int, bytes]:
    """MTH of the first ``n`` leaves for every ``n`` in ``sizes`` (each at most len(leaves)), in one
    pass: a stack of the perfect subtrees so far, folded right to left at each size asked for. Costs
    O(len(leaves) + len(sizes) * log len(leaves)) instead of a full tree per size."""
    wanted = set(sizes)
    if any(not 0 <= size <= len(leaves) for size in wanted):
        raise IndexError("tree size outside the leaves given")
    found = {0: root([])} if 0 in wanted else {}
    stack: list[tuple[int, bytes]] = []  # (height, hash), heights strictly decreasing
    for count, leaf in enumerate(leaves, start=1):
        height, node = 0, leaf
        while stack and stack[-1][0] == height:
            node = node_hash(stack.pop()[1], node)
            height += 1
        stack.append((height, node))
        if count in wanted:
            folded = stack[-1][1]
            for _, left in reversed(stack[:-1]):
                folded = node_hash(left, folded)
            found[count] = folded
    return found


def inclusion_path(index: int, leaves: Sequence[bytes]) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 §2.1.3.1: the sibling hashes from leaf ``index`` up to the root."""
    if not 0 <= index < len(leaves):
        raise IndexError("leaf index outside the tree")
    path: list[bytes] = []
    lo, hi, m = 0, len(leaves), index
    stack: list[bytes] = []
    while hi - lo > 1:
        k = _split(hi - lo)
        if m < k:
            stack.append(root(leaves[lo + k : hi]))
            hi = lo + k
        else:
            stack.append(root(leaves[lo : lo + k]))
            lo, m = lo + k, m - k
    path.extend(reversed(stack))
    return path


def verify_inclusion(
    index: int, tree_size: int, leaf: bytes, path: Sequence[bytes], expected_root: bytes
) -> bool:
    """RFC 9162 §2.1.3.2: does ``path`` prove ``leaf`` at ``index`` in the tree of ``tree_size``?"""
    if not 0 <= index < tree_size:
        return False
    fn, sn = index, tree_size - 1
    result = leaf
    for sibling in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            result = node_hash(sibling, result)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            result = node_hash(result, sibling)
        fn >>= 1
        sn >>= 1
    return sn == 0 and result == expected_root


PerfectRoot = Callable[[int, int], Awaitable[bytes]]
"""The root of the perfect subtree over leaves [start, start + 2**height), by (start, height)."""


async def range_root(lo: int, hi: int, perfect: PerfectRoot) -> bytes:
    """MTH(D[lo:hi]) of RFC 9162 §2.1.1, asking ``perfect`` for every aligned perfect subtree: the
    RFC's split only ever makes those and a right edge, so O(log n) subtrees make any root."""
    size = hi - lo
    if size <= 0:
        return hashlib.sha256(b"").digest()
    if size & (size - 1) == 0 and lo % size == 0:
        return await perfect(lo, size.bit_length() - 1)
    k = _split(size)
    return node_hash(await range_root(lo, lo + k, perfect), await range_root(lo + k, hi, perfect))


async def inclusion_path_of(index: int, tree_size: int, perfect: PerfectRoot) -> list[bytes]:
    """:func:`inclusion_path` of leaf ``index`` in the tree of the first ``tree_size`` leaves, with
    its siblings made by :func:`range_root` instead of from every leaf."""
    if not 0 <= index < tree_size:
        raise IndexError("leaf index outside the tree")
    siblings: list[bytes] = []
    lo, hi, m = 0, tree_size, index
    while hi - lo > 1:
        k = _split(hi - lo)
        if m < k:
            siblings.append(await range_root(lo + k, hi, perfect))
            hi = lo + k
        else:
            siblings.append(await range_root(lo, lo + k, perfect))
            lo, m = lo + k, m - k
    return list(reversed(siblings))


async def consistency_proof_of(first: int, second: int, perfect: PerfectRoot) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 9162 §2.1.4.1: the nodes that show the tree of the first ``first``
    leaves is a prefix of the tree of ``second`` leaves (0 < first <= second)."""
    if not 0 < first <= second:
        raise IndexError("consistency needs 0 < first <= second")

    async def subproof(m: int, lo: int, hi: int, complete: bool) -> list[bytes]:
        if m == hi - lo:
            return [] if complete else [await range_root(lo, hi, perfect)]
        k = _split(hi - lo)
        if m <= k:
            return [*await subproof(m, lo, lo + k, complete), await range_root(lo + k, hi, perfect)]
        return [*await subproof(m - k, lo + k, hi, False), await range_root(lo, lo + k, perfect)]

    return await subproof(first, 0, second, True)


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 §2.1.4.2: does ``proof`` show the tree of ``first`` leaves (root ``first_root``) is
    a prefix of the tree of ``second`` leaves (root ``second_root``)? A monitor that kept an earlier
    signed checkpoint checks each later one with this: a history rewritten under the earlier one
    cannot give a proof that holds."""
    if not 0 < first <= second:
        return False
    if first == second:
        return not proof and first_root == second_root
    path = list(proof)
    if first & (first - 1) == 0:  # an exact power of two: the first tree is a node of the second
        path.insert(0, first_root)
    if not path:
        return False
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for node in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(node, fr)
            sr = node_hash(node, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, node)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == first_root and sr == second_root
