"""did:key and did:web: identifiers, DID documents, Multikeys, and resolving a proof's key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shared.vc.canonicalize import OxigraphCanonicalizer, PyldCanonicalizer
from shared.vc.did import (
    StaticDidResolver,
    did_key_document,
    did_key_from_public_key,
    did_key_verification_method,
    did_web,
    did_web_document,
    did_web_url,
    public_key_from_did_key,
    resolve_verification_key,
)
from shared.vc.errors import DidError
from shared.vc.multikey import (
    multikey_to_private_key,
    multikey_to_public_key,
    private_key_to_multikey,
    public_key_bytes,
    public_key_to_multikey,
)
from tests.support import vc_vectors

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OLD_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
DID = "did:web:issuer.omc.example.ca:orgs:seneca"


def test_multikeys_round_trip_and_have_the_ed25519_prefixes() -> None:
    public = public_key_to_multikey(KEY.public_key())
    secret = private_key_to_multikey(KEY)
    assert public.startswith("z6Mk")
    assert secret.startswith("z3u2")
    assert public_key_bytes(multikey_to_public_key(public)) == public_key_bytes(KEY.public_key())
    assert public_key_bytes(multikey_to_private_key(secret).public_key()) == public_key_bytes(
        KEY.public_key()
    )


@pytest.mark.parametrize(
    "value",
    [
        "6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",  # no multibase prefix
        "z0OIl",  # not base58
        "z" + "1" * 10,  # too short
        vc_vectors.SECRET_KEY_MULTIBASE,  # a secret key where a public one is expected
    ],
)
def test_malformed_public_multikeys_are_refused(value: str) -> None:
    with pytest.raises(DidError):
        multikey_to_public_key(value)


def test_did_key_from_the_vector_key() -> None:
    key = multikey_to_private_key(vc_vectors.SECRET_KEY_MULTIBASE).public_key()
    did = did_key_from_public_key(key)
    assert did == f"did:key:{vc_vectors.PUBLIC_KEY_MULTIBASE}"
    assert public_key_bytes(public_key_from_did_key(did)) == public_key_bytes(key)
    assert did_key_verification_method(key) == vc_vectors.VERIFICATION_METHOD
    document = did_key_document(did)
    assert document["id"] == did
    assert document["assertionMethod"] == [vc_vectors.VERIFICATION_METHOD]
    assert document["verificationMethod"][0]["publicKeyMultibase"] == vc_vectors.PUBLIC_KEY_MULTIBASE


@pytest.mark.parametrize(
    ("did", "url"),
    [
        # the examples of the did:web method specification
        ("did:web:w3c-ccg.github.io", "https://w3c-ccg.github.io/.well-known/did.json"),
        ("did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json"),
        ("did:web:example.com%3A3000:user:alice", "https://example.com:3000/user/alice/did.json"),
        ("did:web:Issuer.OMC.example.ca:orgs:seneca", "https://issuer.omc.example.ca/orgs/seneca/did.json"),
    ],
)
def test_did_web_maps_to_the_https_url_of_its_document(did: str, url: str) -> None:
    assert did_web_url(did) == url


@pytest.mark.parametrize(
    "did",
    [
        "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
        "did:web:",
        "did:web:user@evil.example",
        "did:web:example.com%2Fevil",
        "did:web:example.com:..:admin",
        "did:web:example.com%3A99999",
        "did:web:example.com%3Ahttp",
        "did:web:exa mple.com",
    ],
)
def test_did_web_urls_are_only_made_from_well_formed_identifiers(did: str) -> None:
    with pytest.raises(DidError):
        did_web_url(did)


def test_did_web_builder() -> None:
    assert did_web("issuer.omc.example.ca", "orgs", "seneca") == DID
    assert did_web("localhost", "orgs", "x", port=8443) == "did:web:localhost%3A8443:orgs:x"
    assert (
        did_web_url(did_web("localhost", "orgs", "x", port=8443)) == "https://localhost:8443/orgs/x/did.json"
    )
    for host, path in (("bad host", ()), ("example.ca", ("a/b",)), ("example.ca", ("..",))):
        with pytest.raises(DidError):
            did_web(host, *path)


def organisation_document() -> dict[str, Any]:
    return did_web_document(DID, {"key-2026-11": KEY.public_key(), "key-2025-01": OLD_KEY.public_key()})


def test_did_web_document_lists_each_key_as_a_multikey_for_assertions() -> None:
    document = organisation_document()
    assert document["@context"] == ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"]
    assert document["id"] == DID
    assert [method["id"] for method in document["verificationMethod"]] == [
        f"{DID}#key-2026-11",
        f"{DID}#key-2025-01",
    ]
    assert {method["type"] for method in document["verificationMethod"]} == {"Multikey"}
    assert {method["controller"] for method in document["verificationMethod"]} == {DID}
    assert document["assertionMethod"] == [f"{DID}#key-2026-11", f"{DID}#key-2025-01"]


def test_did_documents_use_only_defined_terms() -> None:
    for document in (organisation_document(), did_key_document(did_key_from_public_key(KEY.public_key()))):
        assert PyldCanonicalizer().canonicalize(document) == OxigraphCanonicalizer().canonicalize(document)


async def test_keys_resolve_through_the_did_document() -> None:
    resolver = StaticDidResolver([organisation_document()])
    for fragment, key in (("key-2026-11", KEY), ("key-2025-01", OLD_KEY)):
        found = await resolve_verification_key(resolver, f"{DID}#{fragment}", "assertionMethod")
        assert public_key_bytes(found) == public_key_bytes(key.public_key())
    did_key_method = did_key_verification_method(KEY.public_key())
    found = await resolve_verification_key(resolver, did_key_method, "assertionMethod")
    assert public_key_bytes(found) == public_key_bytes(KEY.public_key())


def with_changes(**changes: Any) -> dict[str, Any]:
    document = organisation_document()
    document.update(changes)
    return document


@pytest.mark.parametrize(
    ("document", "method", "purpose", "reason"),
    [
        (organisation_document(), f"{DID}#key-9", "assertionMethod", "not listed under assertionMethod"),
        (organisation_document(), f"{DID}#key-2026-11", "keyAgreement", "not listed under keyAgreement"),
        (organisation_document(), f"{DID}#key-2026-11", "signing", "not a verification relationship"),
        (with_changes(id="did:web:other.example"), f"{DID}#key-2026-11", "assertionMethod", "is about"),
        (
            with_changes(
                verificationMethod=[
                    {
                        **organisation_document()["verificationMethod"][0],
                        "controller": "did:web:other.example",
                    }
                ]
            ),
            f"{DID}#key-2026-11",
            "assertionMethod",
            "controlled by",
        ),
        (
            with_changes(
                verificationMethod=[
                    {**organisation_document()["verificationMethod"][0], "type": "JsonWebKey2020"}
                ]
            ),
            f"{DID}#key-2026-11",
            "assertionMethod",
            "not an Ed25519 Multikey",
        ),
        (
            with_changes(verificationMethod=[]),
            f"{DID}#key-2026-11",
            "assertionMethod",
            "has no verification method",
        ),
        (
            organisation_document(),
            "did:web:elsewhere.example#key-1",
            "assertionMethod",
            "could not be resolved",
        ),
        (organisation_document(), f"{DID}/path#key-1", "assertionMethod", "not a DID URL"),
    ],
)
async def test_a_method_the_did_document_does_not_vouch_for_is_refused(
    document: dict[str, Any], method: str, purpose: str, reason: str
) -> None:
    with pytest.raises(DidError) as raised:
        await resolve_verification_key(AnswersWith(document), method, purpose)
    assert reason in str(raised.value)


class AnswersWith:
    """A resolver that answers every did:web with one document, whatever its id."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    async def resolve(self, did: str) -> Mapping[str, Any]:
        if did != DID:
            return await StaticDidResolver().resolve(did)
        return self.document


async def test_relative_method_ids_and_embedded_methods_resolve() -> None:
    method = {
        "id": "#key-1",
        "type": "Multikey",
        "controller": DID,
        "publicKeyMultibase": public_key_to_multikey(KEY.public_key()),
    }
    document = {"@context": ["https://www.w3.org/ns/did/v1"], "id": DID, "assertionMethod": [method]}
    found = await resolve_verification_key(StaticDidResolver([document]), f"{DID}#key-1", "assertionMethod")
    assert public_key_bytes(found) == public_key_bytes(KEY.public_key())
