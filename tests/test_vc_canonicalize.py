"""RDFC-1.0 canonicalization: the W3C vector, agreement of the two implementations on a corpus,
refusal of undefined terms and of documents the processors do not agree on, and bounded work."""

from __future__ import annotations

import copy
import socket
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox
import pytest

from shared.vc.canonicalize import (
    DEFAULT_CANONICALIZER,
    Canonicalizer,
    Limits,
    OxigraphCanonicalizer,
    PyldCanonicalizer,
    _to_rdf,
    default_canonicalizer,
    first_degree_hashes_unique,
    oxigraph_jsonld_canonicalizer,
    oxigraph_quads,
)
from shared.vc.contexts import CREDENTIALS_V2, ContextSet, bundled_contexts
from shared.vc.data_integrity import ProofOptions, add_proof
from shared.vc.did import did_key_document, did_key_from_public_key, did_web, did_web_document
from shared.vc.errors import (
    ContextNotBundled,
    DocumentTooComplex,
    UndefinedTerm,
    UnsupportedDocument,
    VcError,
)
from shared.vc.multikey import multikey_to_private_key
from tests.support import vc_vectors
from tests.support.jsonld_corpus import ISSUER_DID, corpus, open_badge_credential

IMPLEMENTATIONS: dict[str, Callable[..., Canonicalizer]] = {
    "pyld": PyldCanonicalizer,
    "oxigraph": OxigraphCanonicalizer,
    "oxigraph-jsonld": oxigraph_jsonld_canonicalizer,
}


@pytest.fixture(params=sorted(IMPLEMENTATIONS))
def make(request: pytest.FixtureRequest) -> Callable[..., Canonicalizer]:
    return IMPLEMENTATIONS[request.param]


def signing_key() -> Any:
    return multikey_to_private_key(vc_vectors.SECRET_KEY_MULTIBASE)


def agreement_corpus() -> dict[str, dict[str, Any]]:
    documents = corpus()
    key = signing_key()
    options = ProofOptions(
        verification_method=f"{ISSUER_DID}#key-1", id="urn:uuid:0b7c8a4e-1111-4d3a-9d6c-5f1e2d3c4b5a"
    )
    signed = add_proof(open_badge_credential(), key, options, PyldCanonicalizer())
    documents["signed credential (proof graph)"] = signed
    documents["proof set"] = add_proof(signed, key, ProofOptions(verification_method=f"{ISSUER_DID}#key-2"))
    documents["W3C vector, unsigned"] = vc_vectors.unsigned_credential()
    documents["W3C vector, proof set"] = vc_vectors.signed_proof_set()
    documents["did:key document"] = did_key_document(did_key_from_public_key(key.public_key()))
    documents["did:web document"] = did_web_document(
        did_web("issuer.omc.example.ca", "orgs", "seneca"), {"key-1": key.public_key()}
    )
    return documents


@pytest.mark.parametrize("name", sorted(agreement_corpus()))
def test_every_implementation_gives_identical_bytes(name: str) -> None:
    document = agreement_corpus()[name]
    pyld = PyldCanonicalizer(vc_vectors.VECTOR_CONTEXTS).canonicalize(document)
    for make in IMPLEMENTATIONS.values():
        assert make(vc_vectors.VECTOR_CONTEXTS).canonicalize(document) == pyld
    assert pyld.endswith(" .\n")
    lines = pyld.removesuffix("\n").split("\n")  # not splitlines(): U+2028 may be inside a literal
    assert lines == sorted(set(lines))  # sorted, no quad twice


def test_the_corpus_exercises_both_blank_node_labelling_paths() -> None:
    """The oxigraph implementation hands datasets whose blank nodes share first-degree hashes to
    the bounded labeller; the corpus must contain both kinds or the agreement test proves less."""
    outcomes = set()
    for document in agreement_corpus().values():
        dataset = _to_rdf(document, vc_vectors.VECTOR_CONTEXTS, Limits())
        outcomes.add(first_degree_hashes_unique(ox.Dataset(oxigraph_quads(dataset))))
    assert outcomes == {True, False}


def test_the_w3c_vector_document_canonicalizes_to_the_published_n_quads(
    make: Callable[..., Canonicalizer],
) -> None:
    canonicalizer = make(vc_vectors.VECTOR_CONTEXTS)
    assert canonicalizer.canonicalize(vc_vectors.unsigned_credential()) == vc_vectors.CANONICAL_DOCUMENT
    configuration = {**vc_vectors.PROOF_OPTIONS, "@context": vc_vectors.unsigned_credential()["@context"]}
    assert canonicalizer.canonicalize(configuration) == vc_vectors.CANONICAL_PROOF_CONFIGURATION


def test_key_order_and_compaction_choices_do_not_change_the_output(
    make: Callable[..., Canonicalizer],
) -> None:
    canonicalizer = make()
    document = open_badge_credential()
    reordered = dict(reversed(list(copy.deepcopy(document).items())))
    reordered["type"] = list(reversed(reordered["type"]))
    reordered["credentialSchema"] = reordered["credentialSchema"][0]  # a single value for a one-item array
    assert canonicalizer.canonicalize(reordered) == canonicalizer.canonicalize(document)


def test_the_default_is_the_declared_implementation() -> None:
    assert default_canonicalizer().name == DEFAULT_CANONICALIZER


# --- refusals -------------------------------------------------------------------------------------


def with_subject(**fields: Any) -> dict[str, Any]:
    document = open_badge_credential()
    document["credentialSubject"].update(fields)
    return document


def undefined_type() -> dict[str, Any]:
    document = open_badge_credential()
    document["type"] = [*document["type"], "MysteryCredential"]
    return document


def undefined_vocab_value() -> dict[str, Any]:
    document = open_badge_credential()
    document["proof"] = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "verificationMethod": f"{ISSUER_DID}#key-1",
        "proofPurpose": "assertionMethodd",
    }
    return document


def nested_undefined() -> dict[str, Any]:
    document = open_badge_credential()
    document["credentialSubject"]["achievement"]["criteria"]["passMark"] = 50
    return document


@pytest.mark.parametrize(
    ("document", "term"),
    [
        (with_subject(favouriteColour="blue"), "favouriteColour"),
        (nested_undefined(), "passMark"),
        (undefined_type(), "MysteryCredential"),
        (undefined_vocab_value(), "assertionMethodd"),
        (with_subject(id="learner-42"), "learner-42"),
        (with_subject(**{"@foo": "bar"}), "@foo"),
        (with_subject(**{"_:p": "bar"}), "_:p"),
    ],
    ids=[
        "property",
        "nested property",
        "type",
        "@vocab value",
        "relative IRI",
        "keyword-like key",
        "blank-node property",
    ],
)
def test_undefined_terms_are_refused_naming_the_term(
    make: Callable[..., Canonicalizer], document: dict[str, Any], term: str
) -> None:
    with pytest.raises(UndefinedTerm) as raised:
        make().canonicalize(document)
    assert raised.value.term == term
    assert repr(term) in str(raised.value)


def test_the_same_document_without_the_undefined_term_is_accepted(make: Callable[..., Canonicalizer]) -> None:
    document = with_subject(favouriteColour="blue")
    del document["credentialSubject"]["favouriteColour"]
    assert make().canonicalize(document) == make().canonicalize(open_badge_credential())


@pytest.mark.parametrize(
    "where",
    ["top level", "nested (an endorsement's @context)"],
)
def test_an_unbundled_context_is_refused_without_touching_the_network(
    make: Callable[..., Canonicalizer], where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "https://contexts.example/extra-terms.jsonld"

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    document = open_badge_credential()
    if where == "top level":
        document["@context"] = [*document["@context"], url]
    else:
        document["issuer"]["endorsement"] = [
            {"@context": [CREDENTIALS_V2, url], "type": ["VerifiableCredential", "EndorsementCredential"]}
        ]
    with pytest.raises(ContextNotBundled) as raised:
        make().canonicalize(document)
    assert raised.value.url == url
    assert url in str(raised.value)


def fractional(value: float) -> dict[str, Any]:
    document = open_badge_credential()
    document["credentialSubject"]["achievement"]["creditsAvailable"] = value
    return document


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"name": "no context"}, "no @context"),
        (with_subject(achievement={"@context": None, "name": "x"}), "null @context"),
        (with_subject(name={"@value": "مرحبا", "@language": "ar", "@direction": "rtl"}), "@direction"),
        (open_badge_credential(name={"@value": "x", "@language": "not a tag!"}), "language tag"),
        (open_badge_credential(name="bell\x07"), "U+0007"),
        (open_badge_credential(name="form feed\x0c"), "U+000C"),
        (open_badge_credential(name="lone surrogate \ud800"), "U+D800"),
        (fractional(0.1 + 0.2), "agree on"),
        (fractional(float("nan")), "finite"),
        (fractional(2.0**60), "2**53"),
        (with_subject(achievement={"type": ["Achievement"], "creditsAvailable": 2**60}), "2**53"),
        (
            with_subject(
                achievement={
                    "type": ["Achievement"],
                    "creditsAvailable": {"@value": "1.5", "@type": "http://www.w3.org/2001/XMLSchema#double"},
                }
            ),
            "xsd:double",
        ),
        (with_subject(id="https://example.ca/learners/a b"), "learners/a b"),
        (open_badge_credential(name={1, 2}), "not a JSON value"),
    ],
    ids=[
        "no @context",
        "@context null",
        "@direction",
        "ill-formed language tag",
        "control character",
        "form feed",
        "lone surrogate",
        "16-digit double",
        "NaN",
        "large float",
        "large integer",
        "xsd:double string",
        "invalid IRI",
        "not JSON",
    ],
)
def test_documents_the_processors_do_not_agree_on_are_refused(
    make: Callable[..., Canonicalizer], document: dict[str, Any], message: str
) -> None:
    with pytest.raises(UnsupportedDocument) as raised:
        make().canonicalize(document)
    assert message in str(raised.value)


def test_numbers_with_an_agreed_double_form_are_accepted_and_agree() -> None:
    for value in (0.1, 1.5, 43.6532, -79.3832, 2.5e-7, 3.0, -0.0, 2.0**53 - 1):
        outputs = {make().canonicalize(fractional(value)) for make in IMPLEMENTATIONS.values()}
        assert len(outputs) == 1


# --- bounded work -------------------------------------------------------------------------------


def nested(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"type": ["Profile"], "name": "leaf"}
    for _ in range(depth):
        node = {"type": ["Profile"], "parentOrg": node}
    document = open_badge_credential()
    document["issuer"]["parentOrg"] = node
    return document


def test_depth_is_bounded(make: Callable[..., Canonicalizer]) -> None:
    make(limits=Limits(max_depth=40)).canonicalize(nested(30))
    with pytest.raises(DocumentTooComplex, match="deeper than 40"):
        make(limits=Limits(max_depth=40)).canonicalize(nested(40))


def test_the_number_of_json_values_is_bounded(make: Callable[..., Canonicalizer]) -> None:
    document = open_badge_credential()
    document["credentialSubject"]["achievement"]["tag"] = [f"tag {n}" for n in range(500)]
    with pytest.raises(DocumentTooComplex, match="more than 300 JSON values"):
        make(limits=Limits(max_values=300)).canonicalize(document)


def test_the_number_of_quads_is_bounded(make: Callable[..., Canonicalizer]) -> None:
    assert len(make().canonicalize(open_badge_credential()).splitlines()) > 30
    with pytest.raises(DocumentTooComplex, match="more than 30 RDF quads"):
        make(limits=Limits(max_quads=30)).canonicalize(open_badge_credential())


def poison(cliques: int, size: int) -> dict[str, Any]:
    """Blank nodes in cliques, every node linked to the others of its clique: no first-degree hash
    tells any of them apart, the shape RDFC-1.0 §6 warns about."""
    nodes = []
    for clique in range(cliques):
        members = [f"_:c{clique}n{n}" for n in range(size)]
        for member in members:
            nodes.append({"@id": member, "knows": [{"@id": other} for other in members if other != member]})
    return {"@context": [CREDENTIALS_V2, vc_vectors.EXAMPLES_CONTEXT_URL], "@graph": nodes}


def test_a_small_poison_graph_is_labelled_the_same_by_both() -> None:
    contexts = vc_vectors.VECTOR_CONTEXTS
    document = poison(cliques=2, size=3)
    assert PyldCanonicalizer(contexts).canonicalize(document) == OxigraphCanonicalizer(contexts).canonicalize(
        document
    )


@pytest.mark.parametrize(
    ("document", "limits", "message"),
    [
        (poison(cliques=1, size=8), Limits(), "permute 7 indistinguishable blank nodes"),
        (poison(cliques=12, size=4), Limits(max_deep_iterations=50), "more than 50 deep iterations"),
        (poison(cliques=2, size=3), Limits(max_labelling_seconds=0.0), "took more than 0.0 s"),
    ],
    ids=["too many to permute", "too many deep iterations", "deadline"],
)
def test_blank_node_labelling_work_is_bounded(
    make: Callable[..., Canonicalizer], document: dict[str, Any], limits: Limits, message: str
) -> None:
    with pytest.raises(DocumentTooComplex, match=message):
        make(vc_vectors.VECTOR_CONTEXTS, limits).canonicalize(document)


def test_every_refusal_is_a_vc_error() -> None:
    for error in (
        ContextNotBundled("u"),
        UndefinedTerm("t"),
        UnsupportedDocument("x"),
        DocumentTooComplex("y"),
    ):
        assert isinstance(error, VcError)
        assert isinstance(error, ValueError)


def test_a_context_set_limits_what_a_canonicalizer_accepts(make: Callable[..., Canonicalizer]) -> None:
    only_v2 = ContextSet({CREDENTIALS_V2: bundled_contexts().document(CREDENTIALS_V2)})
    with pytest.raises(ContextNotBundled):
        make(only_v2).canonicalize(open_badge_credential())
