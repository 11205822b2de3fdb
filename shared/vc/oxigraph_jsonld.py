"""RDFC-1.0 canonicalization with pyoxigraph end to end: its JSON-LD parser turns the document into
RDF and its RDFC-1.0 labels the blank nodes, both in Rust. It is the platform's default
(`shared.vc.canonicalize.default_canonicalizer`); docs/performance.md has the figures.

The safety rules of shared/vc/canonicalize.py hold unchanged, checked differently:

- Before parsing, the same `DocumentWalk` as the pyld path: bundled context URLs only (nothing is
  fetched: every URL is replaced by its bundled document before pyoxigraph sees the text), bounded
  depth and size, control characters, numbers, `@direction`, keyword-like and blank-node keys.
- The document is parsed with the same undefined-term context `{"@vocab": UNDEFINED_TERM_VOCAB}`
  first and the same base IRI `RELATIVE_IRI_BASE`, in pyoxigraph's *lenient* mode: strict mode
  drops ill-formed IRIs and language tags without a trace (as JSON-LD's toRdf says to), lenient
  mode keeps them. Every IRI, datatype and language tag of the resulting quads is then checked:
  an undefined term or relative reference is `UndefinedTerm`, an ill-formed one
  `UnsupportedDocument`, with the messages of the pyld path. Language tags are then written in
  lower case, as pyld and jsonld.js write them.
- Bounded work: the walk bounds the input (the contexts are the bundled ones, so the work per node
  is bounded too), the quads are counted as they are parsed, and the labelling is
  shared.vc.rdfc.canonical_n_quads (bounded).

pyoxigraph processes every context it is given in full, for every document (2-3 ms for VC 2.0 and
Open Badges 3.0 together, most of a signature). So each bundled context is given *pruned to the
terms the document can use*: the term definitions (at any depth, scoped contexts included) whose
term is one of the document's keys or string values or the prefix of one (a compact IRI, a
`@vocab` value, a type), closed over the terms those definitions name in turn (`xsd` in
`xsd:dateTime`); keyword entries (`@vocab`, `@protected`...) are always kept. Expansion only ever
looks terms up by those strings, so a pruned definition is one no lookup would have reached and the
RDF is the same (the corpus test checks it against pyld). Pruned contexts are memoised per context
and set of terms kept. Pruning could hide a clash between two protected definitions of a term
the document does not use (two bundled contexts stacked that a full processor would refuse); each
distinct list of context URLs is therefore processed in full once (memoised) to keep that refusal;
a document bringing more than `_MAX_NEW_CONTEXT_LISTS` new lists goes to pyld instead.

What pyoxigraph is not trusted with goes to the pyld canonicalizer (`fallback`), whose verdict
and output are then the answer: documents with inline contexts (protected-term redefinitions,
`@import`, `@propagate` and the rest of context processing stay pyld's), documents using
`@reverse`, `@nest`, `@index` or `@none`, JSON literals (`@json`), anything pyoxigraph reports as
an error (so a refusal carries pyld's message). The two agree byte for byte on every document both
accept (tests/test_vc_canonicalize.py, tests/test_vc_oxigraph_jsonld.py,
tests/test_vc_canonicalize_issued.py); `left_to_pyld` counts the documents handed over.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar

import pyoxigraph as ox
from cachetools import LRUCache

from shared.vc.contexts import ContextSet
from shared.vc.jsonld_checks import (
    RELATIVE_IRI_BASE,
    SENTINEL_CONTEXT,
    DocumentWalk,
    Limits,
    check_iri,
    check_language_tag,
    too_many_quads,
)
from shared.vc.rdfc import canonical_n_quads

# Keywords whose JSON-LD semantics are left to pyld (rare in credentials, subtle in processors).
_LEFT_TO_PYLD = frozenset({"@reverse", "@nest", "@index", "@none"})
_RDF_JSON = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"
# A context URL in the text pyoxigraph reads, before the bundled document takes its place. No
# accepted document has U+0000 in a string (DocumentWalk refuses it), so no value can look like one.
_PLACEHOLDER_MARK = "\x00"
_PRUNED_CACHE_SIZE = 512
K = TypeVar("K")
V = TypeVar("V")
# Context lists (a document's, an embedded credential's) processed in full for one document, at most.
_MAX_NEW_CONTEXT_LISTS = 4


class _Memo(Generic[K, V]):
    """A bounded least-recently-used map that threads may share (the verifier canonicalizes in
    worker threads; cachetools' LRUCache is not thread-safe, even to read)."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._cache: LRUCache[K, V] = LRUCache(maxsize=maxsize)
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            return self._cache.get(key)

    def __setitem__(self, key: K, value: V) -> None:
        with self._lock:
            self._cache[key] = value

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._cache

    def __len__(self) -> int:
        with self._lock:
            return len(self._cache)


class _LeftToPyld(Exception):
    """The document goes to the fallback canonicalizer."""


class OxigraphJsonLdCanonicalizer:
    """pyoxigraph's JSON-LD parser and RDFC-1.0 with the platform's checks; the pyld
    canonicalizer (`fallback`) for what is left to it (module docstring)."""

    name = "oxigraph-jsonld"

    def __init__(self, contexts: ContextSet, limits: Limits, fallback: Any) -> None:
        self.contexts = contexts
        self.limits = limits
        self.fallback = fallback  # a Canonicalizer over the same contexts and limits
        self.left_to_pyld = 0  # documents handed to the fallback (tests check credentials are not)
        # Context URL -> (its placeholder as JSON text, its bundled @context as JSON text): the
        # contexts are serialised once per canonicalizer, not once per document.
        self._context_texts: dict[str, tuple[str, str]] = {}
        self._context_terms: dict[str, _ContextTerms] = {}
        self._pruned: _Memo[tuple[str, frozenset[str]], str] = _Memo(_PRUNED_CACHE_SIZE)
        self._context_lists_checked: _Memo[tuple[str, ...], bool] = _Memo(_PRUNED_CACHE_SIZE)
        self._merged_terms: _Memo[frozenset[str], _ContextTerms] = _Memo(_PRUNED_CACHE_SIZE)
        self._kept: _Memo[tuple[frozenset[str], frozenset[str]], frozenset[str]] = _Memo(_PRUNED_CACHE_SIZE)

    def canonicalize(self, document: Mapping[str, Any]) -> str:
        """The RDFC-1.0 canonical N-Quads of a JSON-LD document, or a VcError."""
        walk = DocumentWalk(self.contexts, self.limits, collect_strings=True)
        walk.document(document)
        try:
            if walk.inline_contexts or walk.keywords & _LEFT_TO_PYLD:
                raise _LeftToPyld
            assert walk.strings is not None
            text = self._text(document, walk.context_urls, self._terms_used(walk.strings, walk.context_urls))
            quads = self._checked_quads(text)
        except _LeftToPyld:
            self.left_to_pyld += 1
            result: str = self.fallback.canonicalize(document)
            return result
        return canonical_n_quads(quads, self.limits)

    def _text(self, document: Mapping[str, Any], urls: Iterable[str], terms: frozenset[str]) -> str:
        """The document as JSON with the undefined-term context first and every context URL
        replaced by the bundled context itself, pruned to `terms` (pyoxigraph loads nothing)."""
        context = document["@context"]
        urls_first = context if isinstance(context, list) else [context]
        top = {**document, "@context": [SENTINEL_CONTEXT, *map(_placeholder, urls_first)]}
        text = json.dumps(_with_placeholders(top, top_level=True), ensure_ascii=False)
        self._check_context_lists(document)
        for url in urls:
            placeholder = json.dumps(_placeholder(url), ensure_ascii=False)
            text = text.replace(placeholder, self._pruned_context_text(url, terms))
        return text

    def _terms(self, url: str) -> _ContextTerms:
        terms = self._context_terms.get(url)
        if terms is None:
            terms = self._context_terms[url] = _ContextTerms(self.contexts.document(url)["@context"])
        return terms

    def _terms_used(self, strings: set[str], urls: Iterable[str]) -> frozenset[str]:
        """The terms of the contexts `urls` that expanding a document with these keys and string
        values can look up: those it names, and those their definitions name, transitively
        (memoised per set of contexts and terms named: documents of one shape share it)."""
        key = frozenset(urls)
        merged = self._merged_terms.get(key)
        if merged is None:
            merged = self._merged_terms[key] = _ContextTerms.merged([self._terms(url) for url in key])
        named = strings & merged.names
        named.update(
            prefix
            for string in strings
            if ":" in string
            if (prefix := string.partition(":")[0]) in merged.names
        )
        memo_key = (key, frozenset(named))
        kept = self._kept.get(memo_key)
        if kept is None:
            kept = self._kept[memo_key] = merged.closure(named)
        return kept

    def _pruned_context_text(self, url: str, terms: frozenset[str]) -> str:
        own = terms & self._terms(url).names
        text = self._pruned.get((url, own))
        if text is None:
            pruned = _pruned(self.contexts.document(url)["@context"], own)
            text = self._pruned[(url, own)] = json.dumps(pruned, ensure_ascii=False)
        return text

    def _check_context_lists(
        self, value: Any, outer: tuple[str, ...] = (), unseen: list[int] | None = None
    ) -> None:
        """Every list of context URLs in the document, after those in force around it, processed
        in full by pyoxigraph once (memoised): a clash pruning would hide is refused as before.
        A document bringing more than a few lists not seen before goes to pyld (whose context
        cache and bounds apply), so no document makes this step process contexts many times."""
        unseen = [0] if unseen is None else unseen
        if isinstance(value, list):
            for item in value:
                self._check_context_lists(item, outer, unseen)
            return
        if not isinstance(value, Mapping):
            return
        context = value.get("@context")
        if context is not None:
            urls = (*outer, *(context if isinstance(context, list) else [context]))
            if urls not in self._context_lists_checked:
                unseen[0] += 1
                if unseen[0] > _MAX_NEW_CONTEXT_LISTS:
                    raise _LeftToPyld
                full = [self.contexts.document(url)["@context"] for url in urls]
                try:
                    for _ in ox.parse(json.dumps({"@context": full}), format=ox.RdfFormat.JSON_LD):
                        pass
                except SyntaxError:
                    raise _LeftToPyld from None
                self._context_lists_checked[urls] = True
            outer = urls
        for key, item in value.items():
            if key != "@context" and isinstance(item, (Mapping, list)):
                self._check_context_lists(item, outer, unseen)

    def _checked_quads(self, text: str) -> list[ox.Quad]:
        quads: list[ox.Quad] = []
        checked: set[str] = set()
        try:
            for quad in ox.parse(text, format=ox.RdfFormat.JSON_LD, base_iri=RELATIVE_IRI_BASE, lenient=True):
                if len(quads) >= self.limits.max_quads:
                    raise too_many_quads(self.limits)
                _check_term(quad.subject, checked)
                _check_term(quad.predicate, checked)
                _check_term(quad.object, checked)
                _check_term(quad.graph_name, checked)
                quads.append(_lower_case_language(quad))
        except (SyntaxError, ValueError) as error:
            # pyoxigraph found the JSON-LD invalid: pyld decides, so the refusal reads as before.
            # (VcErrors are ValueErrors too: those are the checks' own verdicts, raised as such.)
            if isinstance(error, SyntaxError) or type(error) is ValueError:
                raise _LeftToPyld from None
            raise
        return quads


class _ContextTerms:
    """The terms a bundled context defines (at any depth) and the strings each definition names."""

    def __init__(self, context: Any) -> None:
        self.names: set[str] = set()
        self.named_by: dict[str, set[str]] = {}
        self.always_named: set[str] = set()  # named by keyword entries (@vocab, @base...)
        self._read(context)

    @classmethod
    def merged(cls, contexts: list[_ContextTerms]) -> _ContextTerms:
        """The terms of several contexts together."""
        merged = cls({})
        for context in contexts:
            merged.names |= context.names
            merged.always_named |= context.always_named
            for term, named in context.named_by.items():
                merged.named_by.setdefault(term, set()).update(named)
        return merged

    def closure(self, named: set[str]) -> frozenset[str]:
        """The terms `named` (and those keyword entries name) and, transitively, those their
        definitions name."""
        kept: set[str] = set()
        frontier = [term for term in named | self.always_named if term in self.names]
        while frontier:
            term = frontier.pop()
            if term not in kept:
                kept.add(term)
                frontier.extend(other for other in self.named_by.get(term, ()) if other in self.names)
        return frozenset(kept)

    def _read(self, context: Any) -> None:
        if isinstance(context, list):
            for item in context:
                self._read(item)
            return
        if not isinstance(context, Mapping):
            return
        for key, definition in context.items():
            if key.startswith("@"):
                if isinstance(definition, str):
                    self.always_named |= _named(definition)
                continue
            self.names.add(key)
            named = self.named_by.setdefault(key, set())
            if isinstance(definition, str):
                named |= _named(definition)
            elif isinstance(definition, Mapping):
                for member, item in definition.items():
                    if member == "@context":
                        self._read(item)
                    elif isinstance(item, str):
                        named |= _named(item)


def _named(string: str) -> set[str]:
    """The terms a string may stand for or start with: itself and its compact-IRI prefix."""
    return {string, string.partition(":")[0]}


def _pruned(context: Any, terms: frozenset[str]) -> Any:
    """The context with only the term definitions of `terms` (keyword entries kept), at any depth."""
    if isinstance(context, list):
        return [_pruned(item, terms) for item in context]
    if not isinstance(context, Mapping):
        return context
    pruned: dict[str, Any] = {}
    for key, definition in context.items():
        if key.startswith("@"):
            pruned[key] = definition
        elif key in terms:
            if isinstance(definition, Mapping) and "@context" in definition:
                pruned[key] = {**definition, "@context": _pruned(definition["@context"], terms)}
            else:
                pruned[key] = definition
    return pruned


def _placeholder(url: Any) -> Any:
    return _PLACEHOLDER_MARK + url if isinstance(url, str) else url


def _with_placeholders(value: Any, *, top_level: bool = False) -> Any:
    """A copy of the JSON value with every nested `@context` URL replaced by its placeholder."""
    if isinstance(value, Mapping):
        return {
            key: (
                item
                if top_level and key == "@context"
                else [_placeholder(url) for url in (item if isinstance(item, list) else [item])]
                if key == "@context"
                else _with_placeholders(item)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_with_placeholders(item) for item in value]
    return value


def _lower_case_language(quad: ox.Quad) -> ox.Quad:
    """The quad with its object's language tag in lower case, as pyld and jsonld.js write every
    tag (JSON-LD 1.1 lets processors normalise them; pyoxigraph keeps the case it was given)."""
    literal = quad.object
    if not isinstance(literal, ox.Literal) or literal.language is None or literal.language.islower():
        return quad
    lowered = ox.Literal(literal.value, language=literal.language.lower())
    return ox.Quad(quad.subject, quad.predicate, lowered, quad.graph_name)


def _check_term(term: Any, checked: set[str]) -> None:
    """The quad's IRIs, datatypes and language tags, each string checked once per document."""
    kind = type(term)
    if kind is ox.NamedNode:
        iri = term.value
        if iri not in checked:
            check_iri(iri)
            checked.add(iri)
    elif kind is ox.Literal:
        language = term.language
        if language is not None:
            check_language_tag(language)
            return
        datatype = term.datatype.value
        if datatype == _RDF_JSON:
            raise _LeftToPyld  # JSON literals: pyld's canonical JSON is the one the reference writes
        if datatype not in checked:
            check_iri(datatype)
            checked.add(datatype)
