"""Why the verifiable-credential core refuses a document, a key or a DID.

    VcError (ValueError)
    ├── ContextNotBundled        an @context URL that is not one of the bundled contexts
    ├── UndefinedTerm            a property, type or value that no context defines (or a relative IRI)
    ├── UnsupportedDocument      JSON-LD the platform does not accept (inline contexts, @direction...)
    ├── DocumentTooComplex       over a limit on depth, size, quads or canonicalization work
    ├── InvalidProofOptions      a proof cannot be created with these options
    └── DidError                 a malformed DID or key, or one that does not resolve to a usable key

These are library errors with messages fit for a client; a service maps them to its problem types
(422 for all of them when the document came from the client). Whether a proof verifies is not an
error: `shared.vc.data_integrity.verify` reports it per proof.
"""

from __future__ import annotations


class VcError(ValueError):
    """Base of every refusal by shared.vc."""


class ContextNotBundled(VcError):
    def __init__(self, url: str) -> None:
        super().__init__(
            f"JSON-LD context {url!r} is not one of the bundled contexts; contexts are never fetched"
        )
        self.url = url


class UndefinedTerm(VcError):
    def __init__(self, term: str, *, kind: str = "term") -> None:
        super().__init__(f"undefined {kind} {term!r}: no @context of the document defines it")
        self.term = term
        self.kind = kind


class UnsupportedDocument(VcError):
    pass


class DocumentTooComplex(VcError):
    pass


class InvalidProofOptions(VcError):
    pass


class DidError(VcError):
    pass
