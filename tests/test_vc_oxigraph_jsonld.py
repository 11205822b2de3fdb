"""The default canonicalizer, pyoxigraph's JSON-LD parser with the platform's checks
(shared/vc/oxigraph_jsonld.py): it handles credentials itself, with contexts pruned to the terms they
use, and gives the same bytes as pyld; what it leaves to pyld (inline contexts, JSON literals,
contexts that clash) gets pyld's answer. The refusals (undefined terms, ill-formed IRIs and language
tags, bounds) are tested for every implementation in tests/test_vc_canonicalize.py."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from shared.vc.canonicalize import (
    DEFAULT_CANONICALIZER,
    OxigraphJsonLdCanonicalizer,
    PyldCanonicalizer,
    default_canonicalizer,
    oxigraph_jsonld_canonicalizer,
)
from shared.vc.contexts import (
    CREDENTIALS_V1,
    CREDENTIALS_V2,
    OPEN_BADGES_V3,
    OPEN_BADGES_V3_0_0,
    OPEN_BADGES_V3_EXTENSIONS,
    bundled_contexts,
)
from shared.vc.data_integrity import unsecured
from shared.vc.errors import UndefinedTerm, UnsupportedDocument
from tests.support.jsonld_corpus import corpus, open_badge_credential, rich_open_badge_credential

# Made by the platform's own code (the worker's document builder and signing code):
# bench/signing_credentials.py; the same files bench/signing.py measures.
BENCH_CREDENTIALS = Path(__file__).resolve().parents[1] / "bench" / "peer-js" / "credentials"


def platform_made() -> dict[str, dict[str, Any]]:
    documents = {}
    for name in ("reference-shape", "issued", "joint-award"):
        file = json.loads((BENCH_CREDENTIALS / f"{name}.json").read_text())
        documents[f"{name}, unsigned"] = file["unsigned"]
        documents[f"{name}, signed"] = file["signed"]
        proof = file["signed"]["proof"]
        documents[f"{name}, proof configuration"] = {
            **{key: value for key, value in proof.items() if key != "proofValue"},
            "@context": file["signed"]["@context"],
        }
    # A presentation of the joint award: `verifiableCredential` resets the context (VC 2.0 scopes
    # it with a null context), and the credential brings its own.
    documents["presentation of the joint award"] = {
        "@context": [CREDENTIALS_V2],
        "type": ["VerifiablePresentation"],
        "holder": "did:example:holder",
        "verifiableCredential": [documents["joint-award, signed"]],
    }
    return documents


def fresh() -> OxigraphJsonLdCanonicalizer:
    return oxigraph_jsonld_canonicalizer()


def test_the_platform_signs_and_verifies_with_it() -> None:
    assert OxigraphJsonLdCanonicalizer.name == DEFAULT_CANONICALIZER
    assert isinstance(default_canonicalizer(), OxigraphJsonLdCanonicalizer)


@pytest.mark.parametrize("name", sorted(platform_made()))
def test_platform_made_credentials_are_canonicalized_by_pyoxigraph_with_pyld_s_bytes(name: str) -> None:
    document = platform_made()[name]
    canonicalizer = fresh()
    assert canonicalizer.canonicalize(document) == PyldCanonicalizer().canonicalize(document)
    assert canonicalizer.left_to_pyld == 0


def test_the_test_corpus_needs_pyld_only_where_first_degree_hashes_tie_or_never() -> None:
    canonicalizer = fresh()
    for document in corpus().values():
        canonicalizer.canonicalize(document)
    assert canonicalizer.left_to_pyld == 0


def test_an_endorsement_s_embedded_context_is_processed_with_its_own_terms() -> None:
    """The endorsement's @context is pruned separately; its terms still resolve (no undefined
    term), and an undefined term inside it is still refused."""
    document = rich_open_badge_credential()
    assert fresh().canonicalize(document) == PyldCanonicalizer().canonicalize(document)
    document["issuer"]["endorsement"][0]["credentialSubject"]["mood"] = "pleased"
    with pytest.raises(UndefinedTerm) as raised:
        fresh().canonicalize(document)
    assert raised.value.term == "mood"


def test_a_term_the_pruned_context_lacks_is_an_undefined_term_not_a_silent_drop() -> None:
    """Pruning keeps only the terms a document names; a term defined in no bundled context is
    refused, and one defined there (but pruned from an unrelated document) is accepted."""
    with_alignment = open_badge_credential()
    with_alignment["credentialSubject"]["achievement"]["alignment"][0]["targetFramework"] = "OMC skills"
    assert fresh().canonicalize(with_alignment) == PyldCanonicalizer().canonicalize(with_alignment)
    misspelt = open_badge_credential()
    misspelt["credentialSubject"]["achievement"]["alignment"][0]["targetFramwork"] = "OMC skills"
    with pytest.raises(UndefinedTerm) as raised:
        fresh().canonicalize(misspelt)
    assert raised.value.term == "targetFramwork"


def inline_context() -> dict[str, Any]:
    document = open_badge_credential()
    document["@context"] = [*document["@context"], {"colour": "https://vocab.example/#colour"}]
    document["credentialSubject"]["colour"] = "blue"
    return document


def json_literal() -> dict[str, Any]:
    return {
        "@context": [CREDENTIALS_V2],
        "id": "urn:uuid:2b9d6f1a-4c3e-4b2a-9f1e-7d6c5b4a3f2e",
        "type": ["VerifiableCredential"],
        "credentialSchema": {
            "id": "urn:example:schema",
            "type": "JsonSchema",
            "jsonSchema": {"b": 1, "a": ["x"]},
        },
    }


@pytest.mark.parametrize(
    "document",
    [inline_context(), json_literal()],
    ids=["inline context", "JSON literal (@json)"],
)
def test_what_it_does_not_handle_gets_pyld_s_bytes(document: dict[str, Any]) -> None:
    canonicalizer = fresh()
    assert canonicalizer.canonicalize(document) == PyldCanonicalizer().canonicalize(document)
    assert canonicalizer.left_to_pyld == 1


@pytest.mark.parametrize(
    "contexts",
    [
        [CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_V3_0_0],
        [CREDENTIALS_V1, CREDENTIALS_V2, OPEN_BADGES_V3],
    ],
    ids=["two Open Badges versions", "VC 1.1 before VC 2.0"],
)
def test_bundled_contexts_that_clash_are_refused_as_pyld_refuses_them(contexts: list[str]) -> None:
    """Pruning would hide a clash on a protected term the document does not use; the full list of
    contexts is processed once, so the document is refused all the same, with pyld's message."""
    document = open_badge_credential()
    document["@context"] = contexts
    with pytest.raises(UnsupportedDocument) as ours:
        fresh().canonicalize(document)
    with pytest.raises(UnsupportedDocument) as theirs:
        PyldCanonicalizer().canonicalize(document)
    assert str(ours.value) == str(theirs.value)
    assert "protected term" in str(ours.value)


def test_pruned_contexts_are_memoised_per_context_and_terms() -> None:
    """Credentials of one shape share their pruned contexts; the memo is bounded."""
    canonicalizer = fresh()
    first, second = platform_made()["issued, unsigned"], platform_made()["issued, signed"]
    canonicalizer.canonicalize(first)
    cached = len(canonicalizer._pruned)
    canonicalizer.canonicalize(unsecured(second))
    assert len(canonicalizer._pruned) == cached
    assert canonicalizer._pruned.maxsize >= cached


def test_contexts_stay_bundled_ones_the_network_is_not_needed() -> None:
    """Every context of the platform's credentials is a bundled URL: what pyoxigraph reads is the
    bundled document, pruned (it has no document loader at all)."""
    for document in platform_made().values():
        contexts = document["@context"]
        assert all(url in bundled_contexts() for url in contexts)


def test_a_document_with_many_new_context_lists_goes_to_pyld() -> None:
    """Each new list of contexts is processed in full once; a document bringing many (here six
    embedded credentials, each with a list of its own) is left to pyld rather than make that step
    process contexts again and again."""
    document = rich_open_badge_credential()
    endorsement = document["issuer"]["endorsement"][0]
    lists = [
        [CREDENTIALS_V2],
        [CREDENTIALS_V2, OPEN_BADGES_V3],
        [CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_V3_EXTENSIONS],
        [CREDENTIALS_V2, OPEN_BADGES_V3_EXTENSIONS],
        [OPEN_BADGES_V3],
        [OPEN_BADGES_V3_EXTENSIONS, OPEN_BADGES_V3],
    ]
    document["issuer"]["endorsement"] = [{**endorsement, "@context": contexts} for contexts in lists]
    canonicalizer = fresh()
    assert canonicalizer.canonicalize(document) == PyldCanonicalizer().canonicalize(document)
    assert canonicalizer.left_to_pyld == 1


def test_threads_may_share_one_canonicalizer() -> None:
    """The verifier canonicalizes in worker threads with the process's one canonicalizer; its memos
    are shared between them."""
    canonicalizer = fresh()
    documents = list(platform_made().values()) + list(corpus().values())
    expected = [PyldCanonicalizer().canonicalize(document) for document in documents]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(3):
            assert list(pool.map(canonicalizer.canonicalize, documents)) == expected
