# ruff: noqa: E501  (test vectors are copied as published, one value per line)
"""Test vectors of W3C Data Integrity EdDSA Cryptosuites v1.0 (Recommendation, 2025-05-15):
https://www.w3.org/TR/vc-di-eddsa/#representation-eddsa-rdfc-2022 (Appendix A.1, eddsa-rdfc-2022)
and the proof-set vectors of its test-vector directory (TestVectors/proof-set-chain). Values are
copied from the specification; they must match byte for byte."""

from __future__ import annotations

from typing import Any

from shared.vc.contexts import CREDENTIALS_EXAMPLES_V2, bundled_contexts

EXAMPLES_CONTEXT_URL = CREDENTIALS_EXAMPLES_V2
# https://www.w3.org/ns/credentials/examples/v2 (VC Data Model 2.0): only a @vocab, so every term is
# defined. Bundled, as the W3C publishes it (shared/vc/contexts/README.md).
EXAMPLES_CONTEXT: dict[str, Any] = dict(bundled_contexts().document(EXAMPLES_CONTEXT_URL))
VECTOR_CONTEXTS = bundled_contexts()

PUBLIC_KEY_MULTIBASE = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
SECRET_KEY_MULTIBASE = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
VERIFICATION_METHOD = f"did:key:{PUBLIC_KEY_MULTIBASE}#{PUBLIC_KEY_MULTIBASE}"


def unsigned_credential() -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2", EXAMPLES_CONTEXT_URL],
        "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
        "type": ["VerifiableCredential", "AlumniCredential"],
        "name": "Alumni Credential",
        "description": "A minimum viable example of an Alumni Credential.",
        "issuer": "https://vc.example/issuers/5678",
        "validFrom": "2023-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
    }


PROOF_OPTIONS: dict[str, Any] = {
    "type": "DataIntegrityProof",
    "cryptosuite": "eddsa-rdfc-2022",
    "created": "2023-02-24T23:36:38Z",
    "verificationMethod": VERIFICATION_METHOD,
    "proofPurpose": "assertionMethod",
}

CANONICAL_DOCUMENT = (
    '<did:example:abcdefgh> <https://www.w3.org/ns/credentials/examples#alumniOf> "The School of Examples" .\n'
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    "<https://www.w3.org/2018/credentials#VerifiableCredential> .\n"
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    "<https://www.w3.org/ns/credentials/examples#AlumniCredential> .\n"
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/description> "
    '"A minimum viable example of an Alumni Credential." .\n'
    '<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/name> "Alumni Credential" .\n'
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#credentialSubject> "
    "<did:example:abcdefgh> .\n"
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#issuer> "
    "<https://vc.example/issuers/5678> .\n"
    "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#validFrom> "
    '"2023-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n'
)
DOCUMENT_HASH_HEX = "517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017"

CANONICAL_PROOF_CONFIGURATION = (
    '_:c14n0 <http://purl.org/dc/terms/created> "2023-02-24T23:36:38Z"'
    "^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"
    "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .\n"
    '_:c14n0 <https://w3id.org/security#cryptosuite> "eddsa-rdfc-2022"'
    "^^<https://w3id.org/security#cryptosuiteString> .\n"
    "_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .\n"
    f"_:c14n0 <https://w3id.org/security#verificationMethod> <{VERIFICATION_METHOD}> .\n"
)
PROOF_CONFIGURATION_HASH_HEX = "bea7b7acfbad0126b135104024a5f1733e705108f42d59668b05c0c50004c6b0"
HASH_DATA_HEX = PROOF_CONFIGURATION_HASH_HEX + DOCUMENT_HASH_HEX
SIGNATURE_HEX = (
    "4d8e53c2d5b3f2a7891753eb16ca993325bdb0d3cfc5be1093d0a18426f5ef85"
    "78cadc0fd4b5f4dd0d1ce0aefd15ab120b7a894d0eb094ffda4e6553cd1ed50d"
)
PROOF_VALUE = "z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme"


def signed_credential() -> dict[str, Any]:
    return {**unsigned_credential(), "proof": {**PROOF_OPTIONS, "proofValue": PROOF_VALUE}}


# TestVectors/proof-set-chain: two proofs over the same unsigned credential, by two keys.
PROOF_SET_KEYS = {
    "z6MktgKTsu1QhX6QPbyqG6geXdw6FQCZBPq7uQpieWbiQiG7": "z3u2W4YnTstS1nSSBAgZcYSJF43JuZ9uLV6bF38B1Bf8NugW",
    "z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E": "z3u2cfp4Q17kMGhNCh348a3yw3cUBiWK6RXRzyJE54sixMFn",
}


def signed_proof_set() -> dict[str, Any]:
    first, second = PROOF_SET_KEYS
    return {
        **unsigned_credential(),
        "proof": [
            {
                "type": "DataIntegrityProof",
                "id": "urn:uuid:26329423-bec9-4b2e-88cb-a7c7d9dc4544",
                "cryptosuite": "eddsa-rdfc-2022",
                "created": "2023-02-24T23:36:38Z",
                "verificationMethod": f"did:key:{first}#{first}",
                "proofPurpose": "assertionMethod",
                "proofValue": "z66vWyqwAghu52WbpRkCwFRTu6Msn92ArtjpJ3gGMSVoU5RADwBfszoDt1QWY8owqLPz4nTj7hAwV7xFti1p93zdr",
            },
            {
                "type": "DataIntegrityProof",
                "id": "urn:uuid:8cc9022b-6b14-4cf3-8571-74972c5feb54",
                "cryptosuite": "eddsa-rdfc-2022",
                "created": "2023-02-24T23:36:38Z",
                "verificationMethod": f"did:key:{second}#{second}",
                "proofPurpose": "assertionMethod",
                "proofValue": "z2scr94SNNrGpP2bE7ajvKWeUHm7HJ2edDkxpARvFAQ8V3USzwEzibqrXKaLHBrWostswsfvg82twQR88BgtnsrXY",
            },
        ],
    }
