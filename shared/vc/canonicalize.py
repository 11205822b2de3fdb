"""RDF Dataset Canonicalization (RDFC-1.0) of JSON-LD documents: the canonical N-Quads that
`eddsa-rdfc-2022` hashes.

Three implementations, byte-identical on every document they accept (tests/test_vc_canonicalize.py
checks a corpus, platform-issued credentials and the W3C RDFC-1.0 test suite):

- `oxigraph-jsonld` (shared/vc/oxigraph_jsonld.py), the default (`default_canonicalizer()`):
  pyoxigraph's JSON-LD parser and RDFC-1.0, in Rust, with contexts pruned to the terms a document
  can use; it leaves inline contexts and rarer JSON-LD features to the pyld one;
- `PyldCanonicalizer`: pyld's JSON-LD 1.1 expansion and toRdf, pyld's URDNA2015 labelling;
- `OxigraphCanonicalizer`: pyld's expansion and toRdf, pyoxigraph's RDFC-1.0 labelling.

docs/performance.md ("Credential signing and verification") has the figures.

Every document goes through the same checks (shared/vc/jsonld_checks.py), so all refuse the same
documents:

- Every context URL, wherever it appears (a document's `@context`, a scoped context, `@import`),
  must be a bundled one (`ContextNotBundled`); nothing is fetched. Inline context objects are
  accepted (VC Data Model 2.0 allows them after the first context) under `InlineContexts` bounds,
  and refused where they would drop signed data without a trace: a `null` context (it would also
  remove the undefined-term context below), `@vocab: null`, a term defined as `null`, `@direction`.
  Redefining a protected term (VC 2.0's, Open Badges') is JSON-LD's own error, refused as such.
- Nothing may be dropped silently from what is signed while a JSON reader still sees it, as JSON-LD
  "safe mode" demands (`UndefinedTerm`). The document is expanded with a context
  `{"@vocab": UNDEFINED_TERM_VOCAB}` placed before its own, so every undefined property, type or
  `@vocab`-typed value expands to an IRI under that prefix instead of vanishing, and with base IRI
  `RELATIVE_IRI_BASE`, so every relative IRI reference becomes visible too. The expanded form (pyld)
  or the quads (oxigraph-jsonld) are then checked: every property, type, `@id` and datatype must be
  a well-formed absolute IRI (or blank node) outside those two prefixes, every language tag
  well-formed. Keys that look like keywords but
  are not (`@foo`) and blank-node properties (`_:p`) are refused before expansion.
- Values that JSON-LD processors do not turn into the same RDF are refused (`UnsupportedDocument`):
  `@direction`, control characters other than tab, line feed and carriage return, integers outside
  +-(2**53 - 1) (RFC 7493), fractional numbers whose 16-digit form differs from their shortest form
  (JavaScript-derived processors such as pyld and jsonld.js write the former, Rust ones the latter),
  and string values typed `xsd:double`.
- Work is bounded (`DocumentTooComplex`, limits in `Limits`): the document's depth and number of JSON
  values before processing, the number of quads after, and the blank-node labelling, the one step
  whose cost does not follow the size of the input (RDFC-1.0 §6, "dataset poisoning"): a cap on the
  recursive Hash N-Degree Quads calls, on the blank nodes it permutes at once, and on its time
  (shared/vc/rdfc.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Protocol

from pyld import jsonld
from pyld.context_resolver import ContextResolver
from pyld.identifier_issuer import IdentifierIssuer

from shared.vc.contexts import ContextSet, bundled_contexts
from shared.vc.errors import UnsupportedDocument, VcError
from shared.vc.jsonld_checks import (
    RELATIVE_IRI_BASE,
    RELATIVE_IRI_SCHEME,
    UNDEFINED_TERM_VOCAB,
    DocumentWalk,
    Limits,
    check_expanded,
    too_many_quads,
)
from shared.vc.oxigraph_jsonld import OxigraphJsonLdCanonicalizer
from shared.vc.rdfc import canonical_n_quads, first_degree_hashes_unique, label_and_serialize, oxigraph_quads

__all__ = [
    "RELATIVE_IRI_BASE",
    "RELATIVE_IRI_SCHEME",
    "UNDEFINED_TERM_VOCAB",
    "Canonicalizer",
    "Limits",
    "OxigraphJsonLdCanonicalizer",
    "first_degree_hashes_unique",
    "oxigraph_quads",
]


class Canonicalizer(Protocol):
    name: str

    def canonicalize(self, document: Mapping[str, Any]) -> str:
        """The RDFC-1.0 canonical N-Quads of a JSON-LD document, or a VcError."""
        ...


# --- JSON-LD to RDF (both implementations) ------------------------------------------------------


class _BundledOnlyCache:
    """pyld's shared context cache, kept for bundled context URLs only: a document's inline contexts
    are resolved for that document alone (pyld keeps them per operation), so no caller can fill the
    cache the bundled contexts live in."""

    def __init__(self, contexts: ContextSet) -> None:
        self._contexts = contexts

    def get(self, key: str, default: Any = None) -> Any:
        return self._contexts.pyld_cache.get(key, default)

    def __setitem__(self, key: str, value: Any) -> None:
        if key in self._contexts:
            self._contexts.pyld_cache[key] = value


def _to_rdf(
    document: Mapping[str, Any], contexts: ContextSet, limits: Limits
) -> dict[str, list[dict[str, Any]]]:
    """The checked document as a pyld RDF dataset (graph name -> triples)."""
    prepared = DocumentWalk(contexts, limits).document(document)
    options: dict[str, Any] = {
        "base": RELATIVE_IRI_BASE,
        "documentLoader": contexts.load_document,
        "contextResolver": ContextResolver(_BundledOnlyCache(contexts), contexts.load_document),
        "processingMode": "json-ld-1.1",
        "produceGeneralizedRdf": False,
        "rdfDirection": None,
    }
    processor = jsonld.JsonLdProcessor()
    try:
        with contexts.lock:
            expanded = processor.expand(prepared, options)
        check_expanded(expanded)
        # The rest of pyld's toRdf (JsonLdProcessor.to_rdf), without expanding a second time.
        issuer = IdentifierIssuer("_:b")
        node_map: dict[str, Any] = {"@default": {}}
        processor._create_node_map(expanded, node_map, "@default", issuer)
        dataset: dict[str, list[dict[str, Any]]] = {}
        quads = 0
        for graph_name, graph in sorted(node_map.items()):
            dataset[graph_name] = processor._graph_to_rdf(graph, issuer, options)
            quads += len(dataset[graph_name])
            if quads > limits.max_quads:
                raise too_many_quads(limits)
    except jsonld.JsonLdError as error:
        cause = _vc_cause(error)
        if cause is not None:
            raise cause from None
        raise UnsupportedDocument(f"not valid JSON-LD: {_jsonld_message(error)}") from None
    return dataset


def _vc_cause(error: BaseException) -> VcError | None:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, VcError):
            return seen
        seen = seen.__cause__
    return None


def _jsonld_message(error: BaseException) -> str:
    messages = []
    seen: BaseException | None = error
    while seen is not None:
        messages.append(str(getattr(seen, "message", None) or seen).strip())
        seen = seen.__cause__
    return " ".join(messages)


# --- the two implementations --------------------------------------------------------------------


class PyldCanonicalizer:
    """Blank nodes labelled and N-Quads written by pyld's URDNA2015."""

    name = "pyld"

    def __init__(self, contexts: ContextSet | None = None, limits: Limits | None = None) -> None:
        self.contexts = contexts or bundled_contexts()
        self.limits = limits or Limits()

    def canonicalize(self, document: Mapping[str, Any]) -> str:
        return label_and_serialize(_to_rdf(document, self.contexts, self.limits), self.limits)


class OxigraphCanonicalizer:
    """Blank nodes labelled and N-Quads written by pyoxigraph's RDFC-1.0. Oxigraph's labelling has
    no bound on its work, so a dataset whose blank nodes are not all told apart by their
    first-degree hashes (the only case where RDFC-1.0 recurses) is labelled by the bounded pyld
    labeller instead; the result is the same RDFC-1.0 output either way."""

    name = "oxigraph"

    def __init__(self, contexts: ContextSet | None = None, limits: Limits | None = None) -> None:
        self.contexts = contexts or bundled_contexts()
        self.limits = limits or Limits()

    def canonicalize(self, document: Mapping[str, Any]) -> str:
        # A dataset is a set: the same quad stated twice (a node embedded in two places) is one.
        return canonical_n_quads(oxigraph_quads(_to_rdf(document, self.contexts, self.limits)), self.limits)


# --- choice -------------------------------------------------------------------------------------


def oxigraph_jsonld_canonicalizer(
    contexts: ContextSet | None = None, limits: Limits | None = None
) -> OxigraphJsonLdCanonicalizer:
    """pyoxigraph end to end, with the pyld canonicalizer for what is left to it."""
    contexts = contexts or bundled_contexts()
    limits = limits or Limits()
    return OxigraphJsonLdCanonicalizer(contexts, limits, PyldCanonicalizer(contexts, limits))


CANONICALIZERS: Mapping[str, Callable[..., Canonicalizer]] = {
    PyldCanonicalizer.name: PyldCanonicalizer,
    OxigraphCanonicalizer.name: OxigraphCanonicalizer,
    OxigraphJsonLdCanonicalizer.name: oxigraph_jsonld_canonicalizer,
}
DEFAULT_CANONICALIZER = OxigraphJsonLdCanonicalizer.name


@cache
def default_canonicalizer() -> Canonicalizer:
    """The canonicalizer the platform signs and verifies with (one per process)."""
    return CANONICALIZERS[DEFAULT_CANONICALIZER]()
