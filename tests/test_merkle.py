"""shared.ledger.merkle against a plain recursive transcription of RFC 9162 §2.1 (MTH and PATH), and
the RFC's inclusion verification: it accepts every true proof and refuses every altered one."""

from __future__ import annotations

import hashlib
import random

import pytest

from shared.ledger import merkle

SIZES = range(1, 65)


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _entries(size: int, seed: int = 0) -> list[str]:
    """``size`` distinct entry hashes (hex), as the ledger stores them."""
    return [_sha256(f"entry {seed}/{i}".encode()).hex() for i in range(size)]


def _largest_power_of_two_below(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def reference_mth(entries: list[str]) -> bytes:
    """MTH(D[n]), RFC 9162 §2.1.1, word for word: recursion on the split, raw entries as input."""
    n = len(entries)
    if n == 0:
        return _sha256(b"")
    if n == 1:
        return _sha256(b"\x00" + bytes.fromhex(entries[0]))
    k = _largest_power_of_two_below(n)
    return _sha256(b"\x01" + reference_mth(entries[:k]) + reference_mth(entries[k:]))


def reference_path(m: int, entries: list[str]) -> list[bytes]:
    """PATH(m, D[n]), RFC 9162 §2.1.3.1."""
    n = len(entries)
    if n == 1:
        return []
    k = _largest_power_of_two_below(n)
    if m < k:
        return [*reference_path(m, entries[:k]), reference_mth(entries[k:])]
    return [*reference_path(m - k, entries[k:]), reference_mth(entries[:k])]


def reference_shape(m: int, n: int) -> list[bool]:
    """For PATH(m, D[n]): whether each sibling, leaf upwards, is on the left."""
    if n == 1:
        return []
    k = _largest_power_of_two_below(n)
    if m < k:
        return [*reference_shape(m, k), False]
    return [*reference_shape(m - k, n - k), True]


def _leaves(entries: list[str]) -> list[bytes]:
    return [merkle.leaf_hash(entry) for entry in entries]


def test_leaf_hash_is_domain_separated_sha256() -> None:
    entry = _entries(1)[0]
    assert merkle.leaf_hash(entry) == _sha256(b"\x00" + bytes.fromhex(entry))
    assert merkle.leaf_hash(entry) != bytes.fromhex(entry)


def test_the_empty_tree_has_the_hash_of_the_empty_string() -> None:
    assert merkle.root([]) == _sha256(b"") == reference_mth([])


@pytest.mark.parametrize("size", SIZES)
def test_root_matches_the_rfc_definition(size: int) -> None:
    entries = _entries(size)
    assert merkle.root(_leaves(entries)) == reference_mth(entries)


@pytest.mark.parametrize("size", SIZES)
def test_every_inclusion_path_matches_the_rfc_and_verifies(size: int) -> None:
    entries = _entries(size)
    leaves = _leaves(entries)
    tree_root = reference_mth(entries)
    for index in range(size):
        path = merkle.inclusion_path(index, leaves)
        assert path == reference_path(index, entries), (size, index)
        assert merkle.verify_inclusion(index, size, leaves[index], path, tree_root), (size, index)


@pytest.mark.parametrize("size", SIZES)
def test_altered_proofs_are_refused(size: int) -> None:
    entries = _entries(size)
    leaves = _leaves(entries)
    tree_root = reference_mth(entries)
    stranger = merkle.leaf_hash(_sha256(b"not in the tree").hex())
    for index in range(size):
        path = reference_path(index, entries)
        verify = merkle.verify_inclusion
        assert not verify(index, size, stranger, path, tree_root), "wrong leaf"
        assert not verify(index, size, bytes.fromhex(entries[index]), path, tree_root), "entry hash, not leaf"
        assert not verify(index, size, leaves[index], path, _sha256(b"other root")), "wrong root"
        for other in range(size):
            if other != index:
                assert not verify(other, size, leaves[index], path, tree_root), ("wrong index", other)
        assert not verify(-1, size, leaves[index], path, tree_root), "negative index"
        assert not verify(size, size, leaves[index], path, tree_root), "index outside the tree"
        assert not verify(index, 0, leaves[index], path, tree_root), "empty tree"
        if path:
            assert not verify(index, size, leaves[index], path[:-1], tree_root), "truncated at the top"
            assert not verify(index, size, leaves[index], path[1:], tree_root), "truncated at the leaf"
            assert not verify(index, size, leaves[index], [], tree_root), "no path"
            for position in range(len(path)):
                flipped = [*path]
                flipped[position] = bytes([path[position][0] ^ 1]) + path[position][1:]
                assert not verify(index, size, leaves[index], flipped, tree_root), ("sibling", position)
        assert not verify(index, size, leaves[index], [*path, stranger], tree_root), "path too long"


@pytest.mark.parametrize("size", SIZES)
def test_a_proof_holds_for_another_size_only_where_the_tree_has_the_same_shape(size: int) -> None:
    """The path binds the tree size only through its shape: for an index whose path has the same
    length and the same left/right pattern in a tree of another size, the RFC's check cannot tell the
    sizes apart. That is why a checkpoint signs the size together with the root. Every other size
    must be refused."""
    entries = _entries(size)
    leaves = _leaves(entries)
    tree_root = reference_mth(entries)
    for index in range(size):
        path = reference_path(index, entries)
        for other_size in range(1, 2 * max(SIZES) + 1):
            if other_size == size:
                continue
            accepted = merkle.verify_inclusion(index, other_size, leaves[index], path, tree_root)
            same_shape = index < other_size and reference_shape(index, other_size) == reference_shape(
                index, size
            )
            assert accepted == same_shape, (size, index, other_size)


def test_random_trees_agree_with_the_rfc() -> None:
    """Property-style: larger random trees, random leaves, random indices."""
    rng = random.Random(9162)
    for trial in range(60):
        size = rng.randint(65, 600)
        entries = _entries(size, seed=trial)
        leaves = _leaves(entries)
        tree_root = merkle.root(leaves)
        assert tree_root == reference_mth(entries)
        for index in rng.sample(range(size), 5):
            path = merkle.inclusion_path(index, leaves)
            assert path == reference_path(index, entries)
            assert merkle.verify_inclusion(index, size, leaves[index], path, tree_root)
            assert not merkle.verify_inclusion(index, size + 1, leaves[index], path, tree_root) or (
                reference_shape(index, size + 1) == reference_shape(index, size)
            )


def test_changing_any_leaf_changes_the_root() -> None:
    entries = _entries(37)
    original = merkle.root(_leaves(entries))
    for index in range(len(entries)):
        changed = [*entries]
        changed[index] = _sha256(b"tampered").hex()
        assert merkle.root(_leaves(changed)) != original, index


def test_inclusion_path_refuses_an_index_outside_the_tree() -> None:
    leaves = _leaves(_entries(5))
    for index in (-1, 5, 6):
        with pytest.raises(IndexError):
            merkle.inclusion_path(index, leaves)
    with pytest.raises(IndexError):
        merkle.inclusion_path(0, [])


def test_roots_at_many_sizes_in_one_pass_match_the_rfc() -> None:
    entries = _entries(300, seed=7)
    leaves = _leaves(entries)
    sizes = [0, *range(1, 70), 127, 128, 129, 255, 256, 257, 299, 300]
    found = merkle.roots_at(leaves, sizes)
    assert set(found) == set(sizes)
    for size in sizes:
        assert found[size] == reference_mth(entries[:size]), size
    with pytest.raises(IndexError):
        merkle.roots_at(leaves, [301])


def _perfect_roots_of(entries: list[str], asked: list[tuple[int, int]]) -> merkle.PerfectRoot:
    """Perfect subtree roots by the RFC's own MTH, recording each (start, height) asked for."""

    async def perfect(start: int, height: int) -> bytes:
        asked.append((start, height))
        assert start % (1 << height) == 0, "only aligned perfect subtrees are asked for"
        return reference_mth(entries[start : start + (1 << height)])

    return perfect


@pytest.mark.parametrize("size", [*SIZES, 100, 255, 256, 257, 1000])
async def test_roots_and_paths_from_perfect_subtrees_match_the_rfc(size: int) -> None:
    entries = _entries(size, seed=3)
    asked: list[tuple[int, int]] = []
    perfect = _perfect_roots_of(entries, asked)
    assert await merkle.range_root(0, size, perfect) == reference_mth(entries)
    assert len(asked) <= size.bit_length(), "one perfect subtree per set bit of the size"
    for index in sorted({0, size // 3, size // 2, size - 1}):
        asked.clear()
        path = await merkle.inclusion_path_of(index, size, perfect)
        assert path == reference_path(index, entries)
        assert len(asked) <= 2 * size.bit_length(), "O(log n) subtrees per proof"
    with pytest.raises(IndexError):
        await merkle.inclusion_path_of(size, size, perfect)


def _perfect_from(entries: list[str]) -> merkle.PerfectRoot:
    async def perfect(start: int, height: int) -> bytes:
        return merkle.root(_leaves(entries[start : start + (1 << height)]))

    return perfect


async def test_consistency_proofs_verify_between_every_pair_of_sizes_and_refuse_a_changed_history() -> None:
    """RFC 9162 §2.1.4: every PROOF(m, D[n]) verifies against the two roots; the same proof fails
    for a first tree whose history differs (one leaf changed), and for altered proofs."""
    entries = _entries(40)
    perfect = _perfect_from(entries)
    roots = merkle.roots_at(_leaves(entries), range(1, 41))
    for second in range(1, 41):
        for first in range(1, second + 1):
            proof = await merkle.consistency_proof_of(first, second, perfect)
            assert merkle.verify_consistency(first, second, roots[first], roots[second], proof), (
                first,
                second,
            )
            if first == second:
                continue
            changed = list(entries[:first])
            changed[first // 2] = _sha256(b"rewritten").hex()
            assert not merkle.verify_consistency(
                first, second, merkle.root(_leaves(changed)), roots[second], proof
            ), (first, second)
            if proof:
                altered = [*proof[:-1], _sha256(b"x" + proof[-1])]
                assert not merkle.verify_consistency(first, second, roots[first], roots[second], altered)
    assert not merkle.verify_consistency(0, 4, roots[4], roots[4], [])
    assert not merkle.verify_consistency(5, 4, roots[4], roots[4], [])
