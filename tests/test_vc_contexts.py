"""The bundled JSON-LD contexts: the files are the ones recorded in their README, the loader serves
only them, and nothing is fetched."""

from __future__ import annotations

import hashlib
import re
import socket
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from shared.vc.canonicalize import PyldCanonicalizer
from shared.vc.contexts import (
    BUNDLED_FILES,
    CLR_V2_0_0,
    CLR_V2_0_1,
    CREDENTIALS_EXAMPLES_V2,
    CREDENTIALS_V1,
    CREDENTIALS_V2,
    OPEN_BADGES_V3,
    OPEN_BADGES_V3_0_0,
    OPEN_BADGES_V3_0_1,
    OPEN_BADGES_V3_0_2,
    bundled_contexts,
    read_bundled_file,
)
from shared.vc.errors import ContextNotBundled, DocumentTooComplex, UndefinedTerm, UnsupportedDocument

CONTEXTS_DIR = Path(__file__).resolve().parents[1] / "shared" / "vc" / "contexts"


def readme_rows() -> dict[str, tuple[str, str]]:
    """context URL -> (file, SHA-256) from the table in contexts/README.md."""
    rows = {}
    for line in (CONTEXTS_DIR / "README.md").read_text().splitlines():
        match = re.match(r"^\| `(https://[^`]+)` \| `([^`]+)` \| `([0-9a-f]{64})` \|", line)
        if match:
            rows[match.group(1)] = (match.group(2), match.group(3))
    return rows


def test_every_bundled_file_is_recorded_in_the_readme_with_its_hash() -> None:
    rows = readme_rows()
    assert set(rows) == set(BUNDLED_FILES)
    for url, name in BUNDLED_FILES.items():
        assert rows[url][0] == name
        assert hashlib.sha256(read_bundled_file(name)).hexdigest() == rows[url][1], name
    assert {path.name for path in CONTEXTS_DIR.glob("*.json")} == set(BUNDLED_FILES.values())


def test_the_loader_serves_bundled_contexts_as_pyld_remote_documents() -> None:
    contexts = bundled_contexts()
    remote = contexts.load_document(CREDENTIALS_V2)
    assert remote["documentUrl"] == CREDENTIALS_V2
    assert remote["document"]["@context"]["VerifiableCredential"]["@id"] == (
        "https://www.w3.org/2018/credentials#VerifiableCredential"
    )
    assert "AchievementSubject" in contexts.document(OPEN_BADGES_V3)["@context"]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.w3.org/2018/credentials/examples/v1",
        "https://evil.example/context.json",
        "http://www.w3.org/ns/credentials/v2",  # not the https URL that is bundled
        "file:///etc/passwd",
    ],
)
def test_the_loader_refuses_any_other_url_naming_it(url: str) -> None:
    with pytest.raises(ContextNotBundled) as raised:
        bundled_contexts().load_document(url)
    assert raised.value.url == url
    assert url in str(raised.value)


def test_pyld_with_the_loader_never_opens_a_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even called directly (without the checks of shared.vc.canonicalize), pyld gets the
    refusal from the loader rather than trying the network."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        attempts.append(args)
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    document = {"@context": "https://contexts.example/unbundled", "name": "x"}
    with pytest.raises(jsonld.JsonLdError) as raised:
        jsonld.expand(document, {"documentLoader": bundled_contexts().load_document})
    cause: BaseException | None = raised.value
    while cause is not None and not isinstance(cause, ContextNotBundled):
        cause = cause.__cause__
    assert isinstance(cause, ContextNotBundled)
    assert attempts == []


def test_context_sets_do_not_share_resolved_contexts() -> None:
    """pyld's own cache is process-wide and keyed by URL; each set keeps its own, so a context added
    to one set for a test is never seen through another."""
    extra = bundled_contexts().with_extra({"https://contexts.example/x": {"@context": {"x": "urn:x"}}})
    assert "https://contexts.example/x" in extra
    assert "https://contexts.example/x" not in bundled_contexts()
    assert extra.pyld_cache is not bundled_contexts().pyld_cache


# Each published context, as a verifier meets it: a credential naming it expands with the terms it
# defines (an Open Badges credential for OB 3.0.x, a Comprehensive Learner Record for CLR 2.0).
# Open Badges 3.0.0 and 3.0.1 were written for VC 1.1: they redefine terms that VC 2.0 protects
# (`name`, `description`), so credentials using them name the VC 1.1 context.
@pytest.mark.parametrize(
    ("context", "credential_type", "expanded_type"),
    [
        (
            OPEN_BADGES_V3_0_0,
            "OpenBadgeCredential",
            "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential",
        ),
        (
            OPEN_BADGES_V3_0_1,
            "OpenBadgeCredential",
            "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential",
        ),
        (
            OPEN_BADGES_V3_0_2,
            "OpenBadgeCredential",
            "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential",
        ),
        (
            OPEN_BADGES_V3,
            "OpenBadgeCredential",
            "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential",
        ),
        (CLR_V2_0_0, "ClrCredential", "https://purl.imsglobal.org/spec/vc/clr/vocab.html#ClrCredential"),
        (CLR_V2_0_1, "ClrCredential", "https://purl.imsglobal.org/spec/vc/clr/vocab.html#ClrCredential"),
        (
            CREDENTIALS_EXAMPLES_V2,
            "ExampleDegreeCredential",
            "https://www.w3.org/ns/credentials/examples#ExampleDegreeCredential",
        ),
    ],
)
def test_each_bundled_credential_context_defines_its_types(
    context: str, credential_type: str, expanded_type: str
) -> None:
    base = CREDENTIALS_V1 if context in (OPEN_BADGES_V3_0_0, OPEN_BADGES_V3_0_1) else CREDENTIALS_V2
    document = {
        "@context": [base, context],
        "type": ["VerifiableCredential", credential_type],
        "issuer": "did:example:issuer",
        "credentialSubject": {"id": "did:example:subject"},
    }
    quads = PyldCanonicalizer().canonicalize(document)
    assert f"<{expanded_type}>" in quads


def _with_inline(context: Any) -> dict[str, Any]:
    return {
        "@context": [CREDENTIALS_V2, context],
        "type": ["VerifiableCredential"],
        "issuer": "did:example:issuer",
        "credentialSubject": {"id": "did:example:subject", "colour": "teal"},
    }


def test_inline_contexts_are_processed_and_kept_out_of_the_shared_cache() -> None:
    canonicalizer = PyldCanonicalizer(bundled_contexts().with_extra({}))
    quads = canonicalizer.canonicalize(_with_inline({"colour": "https://vocab.example/#colour"}))
    assert '<https://vocab.example/#colour> "teal"' in quads
    cached = set(canonicalizer.contexts.pyld_cache.keys())
    assert cached <= set(BUNDLED_FILES), cached


@pytest.mark.parametrize(
    ("context", "error", "words"),
    [
        (
            {"colour": {"@id": "https://vocab.example/#c", "@context": "https://evil.example/c"}},
            ContextNotBundled,
            "evil.example",
        ),
        ({"@import": "https://evil.example/i"}, ContextNotBundled, "evil.example"),
        ({"@vocab": None}, UnsupportedDocument, "@vocab: null"),
        ({"colour": None}, UndefinedTerm, "defined as null"),
        ({"colour": {"@id": None}}, UndefinedTerm, "defined as null"),
        (
            {"colour": {"@id": "https://vocab.example/#c", "@context": None}},
            UnsupportedDocument,
            "null @context",
        ),
        ({"id": "https://evil.example/id"}, UnsupportedDocument, "protected term"),
        ({f"t{i}": f"urn:t{i}" for i in range(201)}, DocumentTooComplex, "more than 200 terms"),
    ],
)
def test_inline_contexts_that_would_escape_the_checks_are_refused(
    context: Any, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=re.escape(words)):
        PyldCanonicalizer().canonicalize(_with_inline(context))


def test_inline_context_objects_are_counted() -> None:
    document = _with_inline({"colour": "urn:c"})
    document["@context"] = [CREDENTIALS_V2, *({f"x{i}": f"urn:x{i}"} for i in range(17)), {"colour": "urn:c"}]
    with pytest.raises(DocumentTooComplex, match="more than 16 inline contexts"):
        PyldCanonicalizer().canonicalize(document)
