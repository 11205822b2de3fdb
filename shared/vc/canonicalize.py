"""RDF Dataset Canonicalization (RDFC-1.0) of JSON-LD documents: the canonical N-Quads that
`eddsa-rdfc-2022` hashes.

Both implementations turn the JSON-LD into RDF with pyld (JSON-LD 1.1 expansion and toRdf, with the
bundled contexts only) and differ in who labels the blank nodes and writes the N-Quads:

- `PyldCanonicalizer`: pyld's URDNA2015 (the algorithm RDFC-1.0 standardised);
- `OxigraphCanonicalizer`: pyoxigraph's RDFC-1.0, in Rust.

They give byte-identical output on every document they accept (tests/test_vc_canonicalize.py
checks a corpus). pyoxigraph's own JSON-LD parser was measured too (bench/canonicalize.py): it is
no faster than pyld's expansion on credentials, whose type-scoped contexts it reprocesses at every
node, and it drops ill-formed IRIs without a trace, which the checks below need to see.
`default_canonicalizer()` is the one the platform uses; docs/performance.md has the figures.

Every document goes through the same checks, so both refuse the same documents:

- Every `@context` must be a bundled context URL (`ContextNotBundled`); inline context objects are
  refused. Nothing is fetched.
- Nothing may be dropped silently from what is signed while a JSON reader still sees it, as JSON-LD
  "safe mode" demands (`UndefinedTerm`). The document is expanded with a context
  `{"@vocab": UNDEFINED_TERM_VOCAB}` placed before its own, so every undefined property, type or
  `@vocab`-typed value expands to an IRI under that prefix instead of vanishing, and with base IRI
  `RELATIVE_IRI_BASE`, so every relative IRI reference becomes visible too. The expanded form is then
  checked: every property, type, `@id` and datatype must be a well-formed absolute IRI (or blank
  node) outside those two prefixes, every language tag well-formed. Keys that look like keywords but
  are not (`@foo`) and blank-node properties (`_:p`) are refused before expansion.
- Values that JSON-LD processors do not turn into the same RDF are refused (`UnsupportedDocument`):
  `@direction`, control characters other than tab, line feed and carriage return, integers outside
  +-(2**53 - 1) (RFC 7493), fractional numbers whose 16-digit form differs from their shortest form
  (JavaScript-derived processors such as pyld and jsonld.js write the former, Rust ones the latter),
  and string values typed `xsd:double`.
- Work is bounded (`DocumentTooComplex`, limits in `Limits`): the document's depth and number of JSON
  values before processing, the number of quads after, and the blank-node labelling, the one step
  whose cost does not follow the size of the input (RDFC-1.0 §6, "dataset poisoning"): a cap on the
  recursive Hash N-Degree Quads calls, on the blank nodes it permutes at once, and on its time.
"""

from __future__ import annotations

import math
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any, Protocol

import pyoxigraph as ox
from pyld import jsonld
from pyld.canon import URDNA2015
from pyld.context_resolver import ContextResolver
from pyld.identifier_issuer import IdentifierIssuer

from shared.vc.contexts import ContextSet, bundled_contexts
from shared.vc.errors import (
    ContextNotBundled,
    DocumentTooComplex,
    UndefinedTerm,
    UnsupportedDocument,
    VcError,
)

UNDEFINED_TERM_VOCAB = "urn:omc:undefined-term:"
RELATIVE_IRI_SCHEME = "omc-relative-iri:"
RELATIVE_IRI_BASE = RELATIVE_IRI_SCHEME + "//document/"
_SENTINEL_CONTEXT: Mapping[str, Any] = {"@vocab": UNDEFINED_TERM_VOCAB}

# Keywords a document body may use (JSON-LD 1.1 §9); `@direction` is refused on its own.
_BODY_KEYWORDS = frozenset(
    {"@context", "@id", "@type", "@value", "@language", "@list", "@set", "@graph", "@included"}
    | {"@index", "@reverse", "@nest", "@json", "@none"}
)
_FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# Characters N-Quads does not allow in an IRI (IRIREF); toRdf drops IRIs that contain them.
_INVALID_IRI_CHARACTERS = re.compile('[\x00-\x20<>"{}|^`\\\\]')
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")  # N-Quads LANGTAG
_MAX_SAFE_INTEGER = 2**53 - 1
_XSD_DOUBLE = "http://www.w3.org/2001/XMLSchema#double"


@dataclass(frozen=True)
class Limits:
    """Bounds on the work one document may cause.

    pyld's expansion cannot be interrupted, so its time is bounded by the size of its input:
    `max_values` JSON values (objects, arrays and scalars). At worst (every object typed, each type
    bringing a scoped context) expansion costs 0.1 to 0.3 ms per value on the project's machine, so
    the default keeps it under a second. The largest realistic Open Badges credential, 1EdTech's
    complete example with four embedded endorsements, has 553 values and makes 332 quads with 42
    blank nodes; the credentials the platform issues have about 60 values and 40 quads."""

    max_depth: int = 32
    max_values: int = 2_000
    max_quads: int = 4_000
    # Blank-node labelling: recursive Hash N-Degree Quads calls, blank nodes permuted together,
    # seconds spent.
    max_deep_iterations: int = 2_000
    max_permuted_blank_nodes: int = 6
    max_labelling_seconds: float = 1.0


class Canonicalizer(Protocol):
    name: str

    def canonicalize(self, document: Mapping[str, Any]) -> str:
        """The RDFC-1.0 canonical N-Quads of a JSON-LD document, or a VcError."""
        ...


# --- checks before processing -------------------------------------------------------------------


class _Walk:
    """One pass over the JSON document before expansion, for what expansion would lose."""

    def __init__(self, contexts: ContextSet, limits: Limits) -> None:
        self.contexts = contexts
        self.limits = limits
        self.values = 0

    def document(self, document: Mapping[str, Any]) -> dict[str, Any]:
        """The document to expand: checked, with the undefined-term context first."""
        if not isinstance(document, Mapping):
            raise UnsupportedDocument("a JSON-LD document must be a JSON object")
        if "@context" not in document:
            raise UnsupportedDocument("the document has no @context")
        self.value(document, 1)
        return {**document, "@context": [_SENTINEL_CONTEXT, *self.context_urls(document["@context"])]}

    def context_urls(self, value: Any) -> list[str]:
        items = value if isinstance(value, list) else [value]
        for item in items:
            if not isinstance(item, str):
                raise UnsupportedDocument(
                    "an @context must be a context URL or a list of them; inline contexts are not accepted"
                )
            if item not in self.contexts:
                raise ContextNotBundled(item)
        return list(items)

    def value(self, value: Any, depth: int) -> None:
        self.values += 1
        if self.values > self.limits.max_values:
            raise DocumentTooComplex(f"the document has more than {self.limits.max_values} JSON values")
        if depth > self.limits.max_depth:
            raise DocumentTooComplex(f"the document is nested deeper than {self.limits.max_depth} levels")
        if isinstance(value, str):
            _check_string(value)
        elif isinstance(value, bool) or value is None:
            pass
        elif isinstance(value, int):
            if abs(value) > _MAX_SAFE_INTEGER:
                raise UnsupportedDocument(f"integer {value} is outside +-(2**53 - 1); send it as a string")
        elif isinstance(value, float):
            _check_number(value)
        elif isinstance(value, list):
            for item in value:
                self.value(item, depth + 1)
        elif isinstance(value, Mapping):
            self.object(value, depth)
        else:
            raise UnsupportedDocument(f"not a JSON value: {type(value).__name__}")

    def object(self, value: Mapping[str, Any], depth: int) -> None:
        for key, item in value.items():
            if not isinstance(key, str):
                raise UnsupportedDocument("JSON object keys must be strings")
            _check_string(key)
            if key == "@context":
                self.context_urls(item)
                continue
            if key == "@direction":
                raise UnsupportedDocument(
                    "@direction is not accepted: JSON-LD processors do not agree on its RDF form"
                )
            if key.startswith("@") and key not in _BODY_KEYWORDS:
                raise UndefinedTerm(key, kind="keyword")
            if key.startswith("_:"):
                raise UndefinedTerm(key, kind="blank-node property")
            if key == "@value" and isinstance(item, str) and _is_xsd_double(value.get("@type")):
                raise UnsupportedDocument(
                    "a string value typed xsd:double is not accepted; send the number as a JSON number"
                )
            self.value(item, depth + 1)


def _is_xsd_double(type_: Any) -> bool:
    return type_ in (_XSD_DOUBLE, "xsd:double")


def _check_string(value: str) -> None:
    match = _FORBIDDEN_CHARACTERS.search(value)
    if match:
        raise UnsupportedDocument(
            f"character U+{ord(match.group()):04X} is not accepted in a JSON-LD document "
            "(control characters other than tab, line feed and carriage return, or a lone surrogate)"
        )


def _check_number(value: float) -> None:
    if not math.isfinite(value):
        raise UnsupportedDocument("numbers must be finite")
    if value.is_integer():
        if abs(value) > _MAX_SAFE_INTEGER:
            raise UnsupportedDocument(f"number {value!r} is outside +-(2**53 - 1); send it as a string")
        return
    if _sixteen_digit_double(value) != _shortest_double(value):
        raise UnsupportedDocument(
            f"number {value!r} has no xsd:double form that JSON-LD processors agree on "
            "(more than 15 significant digits); round it or send it as a string"
        )


def _sixteen_digit_double(value: float) -> str:
    """xsd:double as pyld and jsonld.js write it: 16 significant digits, trailing zeros removed."""
    return re.sub(r"(\d)0*E\+?(-)?0*(\d)", r"\1E\2\3", f"{value:1.15E}")


def _shortest_double(value: float) -> str:
    """xsd:double from the shortest decimal that reads back as `value` (what Rust writes)."""
    sign, digits, exponent = Decimal(repr(value)).normalize().as_tuple()
    assert isinstance(exponent, int)
    mantissa = "".join(map(str, digits))
    scientific_exponent = exponent + len(mantissa) - 1
    fraction = mantissa[1:] or "0"
    return f"{'-' if sign else ''}{mantissa[0]}.{fraction}E{scientific_exponent}"


# --- checks after expansion ---------------------------------------------------------------------


def _check_iri(iri: Any) -> None:
    if not isinstance(iri, str):
        raise UnsupportedDocument(f"{iri!r} is not an IRI")
    if iri.startswith("_:"):
        return
    if iri.startswith(UNDEFINED_TERM_VOCAB):
        raise UndefinedTerm(iri[len(UNDEFINED_TERM_VOCAB) :])
    if iri.startswith(RELATIVE_IRI_SCHEME):
        reference = iri[len(RELATIVE_IRI_BASE) :] if iri.startswith(RELATIVE_IRI_BASE) else iri
        raise UndefinedTerm(reference, kind="relative IRI reference (an identifier must be an absolute IRI)")
    if not _ABSOLUTE_IRI.match(iri) or _INVALID_IRI_CHARACTERS.search(iri):
        raise UnsupportedDocument(f"{iri!r} is not a well-formed absolute IRI")


def _check_expanded(value: Any) -> None:
    """Everything in the expanded document that toRdf would drop if it were not well-formed."""
    if isinstance(value, list):
        for item in value:
            _check_expanded(item)
    elif isinstance(value, dict):
        if "@value" in value:
            _check_value_object(value)
            return
        for key, item in value.items():
            if key in ("@id", "@type"):
                for iri in item if isinstance(item, list) else [item]:
                    _check_iri(iri)
            elif key == "@reverse":
                for property_, values in item.items():
                    _check_iri(property_)
                    _check_expanded(values)
            else:
                if not key.startswith("@"):
                    _check_iri(key)
                _check_expanded(item)


def _check_value_object(value: Mapping[str, Any]) -> None:
    language = value.get("@language")
    if language is not None and not _LANGUAGE_TAG.match(language):
        raise UnsupportedDocument(f"{language!r} is not a well-formed language tag")
    datatype = value.get("@type")
    if datatype is not None and datatype != "@json":
        _check_iri(datatype)


def _too_many_quads(limits: Limits) -> DocumentTooComplex:
    return DocumentTooComplex(f"the document makes more than {limits.max_quads} RDF quads")


# --- blank-node labelling with bounded work -----------------------------------------------------


class _BoundedURDNA2015(URDNA2015):  # type: ignore[misc]
    """pyld's URDNA2015 with the RDFC-1.0 §6 safeguards: Hash N-Degree Quads, the only part that
    can grow faster than the input, may run at most `max_deep_iterations` times, permute at most
    `max_permuted_blank_nodes` related blank nodes at once, and stop at a deadline."""

    def __init__(self, limits: Limits) -> None:
        super().__init__()
        self._limits = limits
        self._deep_iterations = 0
        self._deadline = time.monotonic() + limits.max_labelling_seconds

    def hash_n_degree_quads(self, id_: str, issuer: IdentifierIssuer) -> Any:
        self._deep_iterations += 1
        if self._deep_iterations > self._limits.max_deep_iterations:
            raise DocumentTooComplex(
                f"labelling the blank nodes needs more than {self._limits.max_deep_iterations} "
                "deep iterations (RDFC-1.0 §6)"
            )
        if time.monotonic() > self._deadline:
            raise DocumentTooComplex(
                f"labelling the blank nodes took more than {self._limits.max_labelling_seconds} s"
            )
        return super().hash_n_degree_quads(id_, issuer)

    def create_hash_to_related(self, id_: str, issuer: IdentifierIssuer) -> dict[str, list[str]]:
        related: dict[str, list[str]] = super().create_hash_to_related(id_, issuer)
        largest = max((len(nodes) for nodes in related.values()), default=0)
        if largest > self._limits.max_permuted_blank_nodes:
            raise DocumentTooComplex(
                f"labelling the blank nodes would permute {largest} indistinguishable blank nodes "
                f"(at most {self._limits.max_permuted_blank_nodes}; RDFC-1.0 §6)"
            )
        return related


def _label_and_serialize(dataset: dict[str, list[dict[str, Any]]], limits: Limits) -> str:
    result: str = _BoundedURDNA2015(limits).main(dataset, {"format": "application/n-quads"})
    return result


# --- JSON-LD to RDF (both implementations) ------------------------------------------------------


def _to_rdf(
    document: Mapping[str, Any], contexts: ContextSet, limits: Limits
) -> dict[str, list[dict[str, Any]]]:
    """The checked document as a pyld RDF dataset (graph name -> triples)."""
    prepared = _Walk(contexts, limits).document(document)
    options: dict[str, Any] = {
        "base": RELATIVE_IRI_BASE,
        "documentLoader": contexts.load_document,
        "contextResolver": ContextResolver(contexts.pyld_cache, contexts.load_document),
        "processingMode": "json-ld-1.1",
        "produceGeneralizedRdf": False,
        "rdfDirection": None,
    }
    processor = jsonld.JsonLdProcessor()
    try:
        with contexts.lock:
            expanded = processor.expand(prepared, options)
        _check_expanded(expanded)
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
                raise _too_many_quads(limits)
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
        return _label_and_serialize(_to_rdf(document, self.contexts, self.limits), self.limits)


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
        triples = _to_rdf(document, self.contexts, self.limits)
        # A dataset is a set: the same quad stated twice (a node embedded in two places) is one.
        dataset = ox.Dataset(_oxigraph_quads(triples))
        if not first_degree_hashes_unique(dataset):
            return _label_and_serialize(triples, self.limits)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        return "".join(sorted(f"{quad} .\n" for quad in dataset))


def _oxigraph_term(term: Mapping[str, Any]) -> Any:
    kind, value = term["type"], term["value"]
    if kind == "IRI":
        return ox.NamedNode(value)
    if kind == "blank node":
        return ox.BlankNode(value.removeprefix("_:"))
    if "language" in term:
        return ox.Literal(value, language=term["language"])
    return ox.Literal(value, datatype=ox.NamedNode(term["datatype"]))


def _oxigraph_quads(dataset: Mapping[str, list[dict[str, Any]]]) -> list[ox.Quad]:
    quads = []
    for graph_name, triples in dataset.items():
        graph: Any
        if graph_name == "@default":
            graph = ox.DefaultGraph()
        elif graph_name.startswith("_:"):
            graph = ox.BlankNode(graph_name.removeprefix("_:"))
        else:
            graph = ox.NamedNode(graph_name)
        for triple in triples:
            quads.append(
                ox.Quad(
                    _oxigraph_term(triple["subject"]),
                    _oxigraph_term(triple["predicate"]),
                    _oxigraph_term(triple["object"]),
                    graph,
                )
            )
    return quads


def first_degree_hashes_unique(quads: Iterable[ox.Quad]) -> bool:
    """Whether RDFC-1.0's first-degree hashes tell every blank node apart. Two blank nodes have
    equal hashes exactly when their quads, written with the node itself as `a` and every other
    blank node as `z`, are the same list, so the lists themselves are compared."""
    signatures: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for quad in quads:
        terms = (quad.subject, quad.predicate, quad.object, quad.graph_name)
        blank = {term.value for term in terms if isinstance(term, ox.BlankNode)}
        for node in blank:
            signatures[node].append(
                tuple(
                    ("a" if term.value == node else "z") if isinstance(term, ox.BlankNode) else str(term)
                    for term in terms
                )
            )
    keys = [tuple(sorted(signature)) for signature in signatures.values()]
    return len(set(keys)) == len(keys)


# --- choice -------------------------------------------------------------------------------------

CANONICALIZERS: Mapping[str, Callable[..., Canonicalizer]] = {
    PyldCanonicalizer.name: PyldCanonicalizer,
    OxigraphCanonicalizer.name: OxigraphCanonicalizer,
}
DEFAULT_CANONICALIZER = PyldCanonicalizer.name


@cache
def default_canonicalizer() -> Canonicalizer:
    return CANONICALIZERS[DEFAULT_CANONICALIZER]()
