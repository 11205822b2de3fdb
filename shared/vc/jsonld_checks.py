"""The checks every JSON-LD document passes before it is canonicalized, whichever canonicalizer
turns it into RDF (shared/vc/canonicalize.py says what they refuse and why), and the bounds on the
work one document may cause (`Limits`).

- `DocumentWalk`: one pass over the JSON document before any JSON-LD processing, for what
  processing would lose (control characters, numbers processors write differently, keyword-like
  keys, unbundled or null contexts, inline contexts over their bounds, depth and size).
- `check_iri`, `check_language_tag`: every IRI and language tag of the result, wherever it came
  from: an IRI under `UNDEFINED_TERM_VOCAB` or `RELATIVE_IRI_BASE` is an undefined term or a
  relative reference (`UndefinedTerm`), an ill-formed one is `UnsupportedDocument`.
- `check_expanded`: the same on a pyld expanded document.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from shared.vc.contexts import ContextSet
from shared.vc.errors import ContextNotBundled, DocumentTooComplex, UndefinedTerm, UnsupportedDocument

UNDEFINED_TERM_VOCAB = "urn:omc:undefined-term:"
RELATIVE_IRI_SCHEME = "omc-relative-iri:"
RELATIVE_IRI_BASE = RELATIVE_IRI_SCHEME + "//document/"
SENTINEL_CONTEXT: Mapping[str, Any] = {"@vocab": UNDEFINED_TERM_VOCAB}

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
    # CPU seconds the labelling thread spent (CPU time, not wall time: a busy machine must not
    # refuse a legitimate credential).
    max_deep_iterations: int = 2_000
    max_permuted_blank_nodes: int = 6
    max_labelling_seconds: float = 1.0
    # Inline contexts: context objects (top-level, embedded and scoped) and term definitions in all
    # of them. Their JSON values count towards `max_values` as well; these bound the work a context
    # adds at every node it is applied to.
    max_inline_contexts: int = 16
    max_inline_terms: int = 200


# --- checks before processing -------------------------------------------------------------------


class DocumentWalk:
    """One pass over the JSON document before expansion, for what expansion would lose."""

    def __init__(self, contexts: ContextSet, limits: Limits, *, collect_strings: bool = False) -> None:
        self.contexts = contexts
        self.limits = limits
        self.values = 0
        self.inline_contexts = 0
        self.inline_terms = 0
        self.context_urls: set[str] = set()  # every context URL the document names
        self.keywords: set[str] = set()  # every keyword used as a key in the document's body
        # Every key and string value of the body, when asked for: the terms it may use.
        self.strings: set[str] | None = set() if collect_strings else None

    def document(self, document: Mapping[str, Any]) -> dict[str, Any]:
        """The document to expand: checked, with the undefined-term context first."""
        if not isinstance(document, Mapping):
            raise UnsupportedDocument("a JSON-LD document must be a JSON object")
        if "@context" not in document:
            raise UnsupportedDocument("the document has no @context")
        self.value(document, 1)
        context = document["@context"]
        return {
            **document,
            "@context": [SENTINEL_CONTEXT, *(context if isinstance(context, list) else [context])],
        }

    def context(self, value: Any, depth: int) -> None:
        """An `@context` value: bundled URLs and bounded inline context objects, in a list or not."""
        items = value if isinstance(value, list) else [value]
        if isinstance(value, list):
            self.values += 1
            depth += 1
        for item in items:
            self.count(depth)
            if isinstance(item, str):
                if item not in self.contexts:
                    raise ContextNotBundled(item)
                self.context_urls.add(item)
            elif isinstance(item, Mapping):
                self.inline_context(item, depth)
            elif item is None:
                raise UnsupportedDocument(
                    "a null @context is not accepted: it would drop every term defined before it"
                )
            else:
                raise UnsupportedDocument(
                    "an @context must be a context URL, a context object or a list of them"
                )

    def inline_context(self, context: Mapping[str, Any], depth: int) -> None:
        self.inline_contexts += 1
        if self.inline_contexts > self.limits.max_inline_contexts:
            raise DocumentTooComplex(
                f"the document has more than {self.limits.max_inline_contexts} inline contexts"
            )
        for key, item in context.items():
            if not isinstance(key, str):
                raise UnsupportedDocument("JSON object keys must be strings")
            _check_string(key)
            if key == "@import":
                self.count(depth + 1)
                if not isinstance(item, str):
                    raise UnsupportedDocument("@import must name a context URL")
                if item not in self.contexts:
                    raise ContextNotBundled(item)
            elif key == "@context":
                self.context(item, depth + 1)
            elif key == "@vocab" and item is None:
                raise UnsupportedDocument(
                    "@vocab: null is not accepted: undefined terms would be dropped without a trace"
                )
            elif key == "@direction":
                raise UnsupportedDocument(
                    "@direction is not accepted: JSON-LD processors do not agree on its RDF form"
                )
            elif key.startswith("@"):
                self.value(item, depth + 1)
            else:
                self.term_definition(key, item, depth + 1)

    def term_definition(self, term: str, definition: Any, depth: int) -> None:
        self.inline_terms += 1
        if self.inline_terms > self.limits.max_inline_terms:
            raise DocumentTooComplex(
                f"the inline contexts define more than {self.limits.max_inline_terms} terms"
            )
        if definition is None or (isinstance(definition, Mapping) and definition.get("@id", "") is None):
            raise UndefinedTerm(term, kind="term defined as null (its values would not be signed)")
        if not isinstance(definition, Mapping):
            self.value(definition, depth)
            return
        self.count(depth)
        for key, item in definition.items():
            if not isinstance(key, str):
                raise UnsupportedDocument("JSON object keys must be strings")
            _check_string(key)
            if key == "@context":
                self.context(item, depth + 1)
            elif key == "@direction":
                raise UnsupportedDocument(
                    "@direction is not accepted: JSON-LD processors do not agree on its RDF form"
                )
            else:
                self.value(item, depth + 1)

    def count(self, depth: int) -> None:
        self.values += 1
        if self.values > self.limits.max_values:
            raise DocumentTooComplex(f"the document has more than {self.limits.max_values} JSON values")
        if depth > self.limits.max_depth:
            raise DocumentTooComplex(f"the document is nested deeper than {self.limits.max_depth} levels")

    def value(self, value: Any, depth: int) -> None:
        self.count(depth)
        if isinstance(value, str):
            _check_string(value)
            if self.strings is not None:
                self.strings.add(value)
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
                self.context(item, depth + 1)
                continue
            if self.strings is not None:
                self.strings.add(key)
            if key == "@direction":
                raise UnsupportedDocument(
                    "@direction is not accepted: JSON-LD processors do not agree on its RDF form"
                )
            if key.startswith("@"):
                if key not in _BODY_KEYWORDS:
                    raise UndefinedTerm(key, kind="keyword")
                self.keywords.add(key)
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


def check_iri(iri: Any) -> None:
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


def check_expanded(value: Any) -> None:
    """Everything in the expanded document that toRdf would drop if it were not well-formed."""
    if isinstance(value, list):
        for item in value:
            check_expanded(item)
    elif isinstance(value, dict):
        if "@value" in value:
            check_value_object(value)
            return
        for key, item in value.items():
            if key in ("@id", "@type"):
                for iri in item if isinstance(item, list) else [item]:
                    check_iri(iri)
            elif key == "@reverse":
                for property_, values in item.items():
                    check_iri(property_)
                    check_expanded(values)
            else:
                if not key.startswith("@"):
                    check_iri(key)
                check_expanded(item)


def check_language_tag(language: Any) -> None:
    """A language tag N-Quads can write (its LANGTAG production), or UnsupportedDocument."""
    if not isinstance(language, str) or not _LANGUAGE_TAG.match(language):
        raise UnsupportedDocument(f"{language!r} is not a well-formed language tag")


def check_value_object(value: Mapping[str, Any]) -> None:
    language = value.get("@language")
    if language is not None:
        check_language_tag(language)
    datatype = value.get("@type")
    if datatype is not None and datatype != "@json":
        check_iri(datatype)


def too_many_quads(limits: Limits) -> DocumentTooComplex:
    return DocumentTooComplex(f"the document makes more than {limits.max_quads} RDF quads")
