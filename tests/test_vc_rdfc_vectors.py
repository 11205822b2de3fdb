"""The W3C RDFC-1.0 test suite (tests/data/rdf-canon/) through the labelling every canonicalizer
ends with (shared.vc.rdfc.canonical_n_quads: pyoxigraph's RDFC-1.0, or the bounded pyld labeller
when first-degree hashes tie) and through the bounded pyld labeller alone: byte for byte."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from shared.vc.errors import DocumentTooComplex
from shared.vc.jsonld_checks import Limits
from shared.vc.rdfc import canonical_n_quads, first_degree_hashes_unique, label_and_serialize, pyld_dataset

VECTORS = Path(__file__).parent / "data" / "rdf-canon"
MANIFEST: list[dict[str, Any]] = json.loads((VECTORS / "manifest.json").read_text())["entries"]
EVALUATIONS = [entry for entry in MANIFEST if entry["type"] == "RDFC10EvalTest"]
NEGATIVE = [entry for entry in MANIFEST if entry["type"] == "RDFC10NegativeEvalTest"]
# The platform's own bounds: every evaluation test of the suite runs within them, and its poison
# graph does not.
LIMITS = Limits()


def quads(entry: dict[str, Any]) -> list[ox.Quad]:
    text = (VECTORS / Path(entry["action"]).name).read_text(encoding="utf-8")
    return list(ox.parse(text, format=ox.RdfFormat.N_QUADS))


def expected(entry: dict[str, Any]) -> str:
    return (VECTORS / Path(entry["result"]).name).read_text(encoding="utf-8")


def test_the_copied_suite_is_whole() -> None:
    assert len(EVALUATIONS) == 63
    assert len(NEGATIVE) == 1
    labelled = {first_degree_hashes_unique(quads(entry)) for entry in EVALUATIONS}
    assert labelled == {True, False}  # both labelling paths are exercised


@pytest.mark.parametrize("entry", EVALUATIONS, ids=[entry["id"] for entry in EVALUATIONS])
def test_canonical_n_quads_match_the_w3c_suite_byte_for_byte(entry: dict[str, Any]) -> None:
    assert canonical_n_quads(quads(entry), LIMITS) == expected(entry), entry["name"]


@pytest.mark.parametrize("entry", EVALUATIONS, ids=[entry["id"] for entry in EVALUATIONS])
def test_the_bounded_pyld_labeller_matches_the_w3c_suite_byte_for_byte(entry: dict[str, Any]) -> None:
    dataset = pyld_dataset(ox.Dataset(quads(entry)))
    assert label_and_serialize(dataset, LIMITS) == expected(entry), entry["name"]


@pytest.mark.parametrize("entry", NEGATIVE, ids=[entry["id"] for entry in NEGATIVE])
def test_the_poison_graph_of_the_suite_is_refused(entry: dict[str, Any]) -> None:
    with pytest.raises(DocumentTooComplex):
        canonical_n_quads(quads(entry), LIMITS)
