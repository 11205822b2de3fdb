"""Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite (W3C VC Data Integrity EdDSA
Cryptosuites v1.0, §3.3), and proof sets (VC Data Integrity 1.0, §2.1.2).

Creating a proof (§3.3.1-§3.3.5):

1. proof configuration = the proof options (`type` DataIntegrityProof, `cryptosuite`, `created`,
   `verificationMethod`, `proofPurpose`, optional `id`) with the document's `@context`;
2. hash data = SHA-256(RDFC-1.0 of the proof configuration) || SHA-256(RDFC-1.0 of the document
   without `proof`);
3. `proofValue` = multibase base58btc (`z...`) of the Ed25519 signature of the hash data.

A proof set is a `proof` list whose members each sign the document without any proof, so each
verifies on its own (a joint award: the issuer's proof and the partner's). `add_proof` adds one to a
document that may already have one; `verify` checks every proof and reports each.

Verification (§3.3.2) recomputes the hash data from the received document and the proof without
`proofValue`, and checks the signature with the key the `verificationMethod` resolves to through a
`DidResolver` (shared.vc.did), which also checks the key may make proofs for that purpose.
A document the canonicalizer refuses (undefined terms, unbundled contexts...) raises its VcError;
a proof that does not verify is reported, not raised.

`Ed25519Signature2020` (W3C CCG, the suite eddsa-rdfc-2022 was standardised from) computes the same
hash data the same way and differs only in naming: proof `type` Ed25519Signature2020 and no
`cryptosuite`. Wallets still answer DIDAuth with it, so a verifier may opt in to it
(`accepted_types`); the platform's own credentials are signed with eddsa-rdfc-2022 only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from rfc3339_validator import validate_rfc3339

from shared.vc.canonicalize import Canonicalizer, default_canonicalizer
from shared.vc.did import DidResolver, resolve_verification_key, split_did_url
from shared.vc.errors import DidError, InvalidProofOptions, VcError
from shared.vc.multikey import decode_base58btc, encode_base58btc

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
ED25519_SIGNATURE_2020 = "Ed25519Signature2020"
DATA_INTEGRITY_ONLY: frozenset[str] = frozenset({PROOF_TYPE})
WITH_ED25519_SIGNATURE_2020: frozenset[str] = frozenset({PROOF_TYPE, ED25519_SIGNATURE_2020})
ASSERTION_METHOD = "assertionMethod"
SIGNATURE_BYTES = 64


def xsd_datetime(moment: datetime) -> str:
    """`2026-11-22T18:30:00Z`: UTC, whole seconds, as Data Integrity examples write `created`."""
    if moment.tzinfo is None:
        raise InvalidProofOptions("proof timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ProofOptions:
    verification_method: str
    proof_purpose: str = ASSERTION_METHOD
    created: datetime | None = None  # None: now
    id: str | None = None  # e.g. urn:uuid:...; lets other proofs refer to this one
    proof_type: str = PROOF_TYPE  # or ED25519_SIGNATURE_2020 (no cryptosuite member)
    challenge: str | None = None  # DIDAuth: what the verifier asked to be signed
    domain: str | None = None

    def configuration(self) -> dict[str, Any]:
        split_did_url(self.verification_method)
        if self.proof_type not in WITH_ED25519_SIGNATURE_2020:
            raise InvalidProofOptions(f"unknown proof type {self.proof_type!r}")
        config: dict[str, Any] = {"type": self.proof_type}
        if self.proof_type == PROOF_TYPE:
            config["cryptosuite"] = CRYPTOSUITE
        if self.id is not None:
            config["id"] = self.id
        config |= {
            "created": xsd_datetime(self.created or datetime.now(UTC)),
            "verificationMethod": self.verification_method,
            "proofPurpose": self.proof_purpose,
        }
        if self.challenge is not None:
            config["challenge"] = self.challenge
        if self.domain is not None:
            config["domain"] = self.domain
        return config


def unsecured(document: Mapping[str, Any]) -> dict[str, Any]:
    """The document without its proofs: what every proof of a proof set signs."""
    return {key: value for key, value in document.items() if key != "proof"}


def proofs_of(document: Mapping[str, Any]) -> list[Any]:
    proof = document.get("proof")
    if proof is None:
        return []
    return list(proof) if isinstance(proof, list) else [proof]


def hash_data(canonical_proof_configuration: str, document_hash: bytes) -> bytes:
    """§3.3.4: SHA-256 of the canonical proof configuration, then that of the document."""
    return hashlib.sha256(canonical_proof_configuration.encode("utf-8")).digest() + document_hash


def document_hash(document: Mapping[str, Any], canonicalizer: Canonicalizer) -> bytes:
    return hashlib.sha256(canonicalizer.canonicalize(document).encode("utf-8")).digest()


def create_proof(
    document: Mapping[str, Any],
    private_key: Ed25519PrivateKey,
    options: ProofOptions,
    canonicalizer: Canonicalizer | None = None,
) -> dict[str, Any]:
    """An `eddsa-rdfc-2022` proof over `document` without its proofs (§3.3.1)."""
    canonicalizer = canonicalizer or default_canonicalizer()
    body = unsecured(document)
    if "@context" not in body:
        raise InvalidProofOptions("the document has no @context")
    configuration = options.configuration()
    canonical_configuration = canonicalizer.canonicalize({**configuration, "@context": body["@context"]})
    signature = private_key.sign(hash_data(canonical_configuration, document_hash(body, canonicalizer)))
    return {**configuration, "proofValue": encode_base58btc(signature)}


def add_proof(
    document: Mapping[str, Any],
    private_key: Ed25519PrivateKey,
    options: ProofOptions,
    canonicalizer: Canonicalizer | None = None,
) -> dict[str, Any]:
    """A copy of `document` secured with one more proof: `proof` becomes the proof when there was
    none, and a proof set (a list) otherwise."""
    proof = create_proof(document, private_key, options, canonicalizer)
    existing = proofs_of(document)
    return {**document, "proof": [*existing, proof] if existing else proof}


@dataclass(frozen=True)
class ProofResult:
    index: int  # position in the proof set (0 for a single proof)
    verified: bool
    verification_method: str | None
    proof_purpose: str | None
    created: str | None
    error: str | None = None  # why it does not verify

    @property
    def controller(self) -> str | None:
        """The DID whose key made the proof."""
        if self.verification_method is None:
            return None
        return self.verification_method.partition("#")[0]


@dataclass(frozen=True)
class VerificationResult:
    proofs: tuple[ProofResult, ...]

    @property
    def verified(self) -> bool:
        """Every proof verifies, and there is at least one."""
        return bool(self.proofs) and all(result.verified for result in self.proofs)

    def verified_controllers(self) -> frozenset[str]:
        return frozenset(r.controller for r in self.proofs if r.verified and r.controller is not None)


class _ProofRejected(Exception):
    pass


def _check_proof_options(
    proof: Mapping[str, Any], expected_purpose: str, accepted_types: frozenset[str] = DATA_INTEGRITY_ONLY
) -> bytes:
    """The signature, once the proof is one this suite verifies; _ProofRejected otherwise."""
    proof_type = proof.get("type")
    if proof_type not in accepted_types:
        raise _ProofRejected(
            f"proof type is {proof_type!r}, not {' or '.join(map(repr, sorted(accepted_types)))}"
        )
    if proof_type == PROOF_TYPE and proof.get("cryptosuite") != CRYPTOSUITE:
        raise _ProofRejected(f"cryptosuite is {proof.get('cryptosuite')!r}, not {CRYPTOSUITE!r}")
    if proof_type == ED25519_SIGNATURE_2020 and "cryptosuite" in proof:
        raise _ProofRejected(f"an {ED25519_SIGNATURE_2020} proof has no cryptosuite")
    if proof.get("proofPurpose") != expected_purpose:
        raise _ProofRejected(f"proof purpose is {proof.get('proofPurpose')!r}, not {expected_purpose!r}")
    if not isinstance(proof.get("verificationMethod"), str):
        raise _ProofRejected("the proof has no verificationMethod")
    created = proof.get("created")
    if created is not None and not (isinstance(created, str) and validate_rfc3339(created)):
        raise _ProofRejected(f"created {created!r} is not an XML Schema dateTime with a time zone")
    if "previousProof" in proof:
        raise _ProofRejected("proof chains (previousProof) are not supported")
    value = proof.get("proofValue")
    if not isinstance(value, str):
        raise _ProofRejected("the proof has no proofValue")
    try:
        signature = decode_base58btc(value)
    except DidError as error:
        raise _ProofRejected(f"proofValue: {error}") from None
    if len(signature) != SIGNATURE_BYTES:
        raise _ProofRejected(
            f"proofValue is {len(signature)} bytes, an Ed25519 signature is {SIGNATURE_BYTES}"
        )
    return signature


def verify_proof(
    document: Mapping[str, Any],
    proof: Mapping[str, Any],
    public_key: Ed25519PublicKey,
    canonicalizer: Canonicalizer | None = None,
    *,
    expected_purpose: str = ASSERTION_METHOD,
    unsecured_hash: bytes | None = None,
    accepted_types: frozenset[str] = DATA_INTEGRITY_ONLY,
) -> str | None:
    """None when `proof` is a valid `eddsa-rdfc-2022` proof of `document` (with or without its
    `proof` member) by `public_key`, else why not (§3.3.2). `unsecured_hash` is the SHA-256 of the
    canonical unsecured document, when already known (the same for every proof of a set)."""
    canonicalizer = canonicalizer or default_canonicalizer()
    try:
        signature = _check_proof_options(proof, expected_purpose, accepted_types)
    except _ProofRejected as rejected:
        return str(rejected)
    body = unsecured(document)
    options = {key: value for key, value in proof.items() if key != "proofValue"}
    if "@context" in options:
        # §3.3.2 step 6: a proof that carries a context must name the document's first contexts.
        own = options["@context"] if isinstance(options["@context"], list) else [options["@context"]]
        theirs = body.get("@context")
        theirs = theirs if isinstance(theirs, list) else [theirs]
        if theirs[: len(own)] != own:
            return "the proof's @context does not start the document's @context"
        body["@context"] = options["@context"]
        unsecured_hash = None
    options["@context"] = body.get("@context")
    try:
        canonical_configuration = canonicalizer.canonicalize(options)
    except VcError as error:
        return f"proof options: {error}"
    if unsecured_hash is None:
        unsecured_hash = document_hash(body, canonicalizer)
    try:
        public_key.verify(signature, hash_data(canonical_configuration, unsecured_hash))
    except InvalidSignature:
        return "the signature does not match the document and proof options"
    return None


async def verify(
    document: Mapping[str, Any],
    resolver: DidResolver,
    canonicalizer: Canonicalizer | None = None,
    *,
    expected_purpose: str = ASSERTION_METHOD,
    accepted_types: frozenset[str] = DATA_INTEGRITY_ONLY,
) -> VerificationResult:
    """Verify every proof of `document` independently. Raises the canonicalizer's VcError when the
    document itself cannot be processed (every proof would fail the same way)."""
    canonicalizer = canonicalizer or default_canonicalizer()
    proofs = proofs_of(document)
    body_hash = document_hash(unsecured(document), canonicalizer) if proofs else None
    results = []
    for index, proof in enumerate(proofs):
        if not isinstance(proof, Mapping):
            results.append(ProofResult(index, False, None, None, None, "a proof must be a JSON object"))
            continue
        method = proof.get("verificationMethod")
        method = method if isinstance(method, str) else None
        purpose, created = proof.get("proofPurpose"), proof.get("created")
        error: str | None
        try:
            _check_proof_options(proof, expected_purpose, accepted_types)
            key = await resolve_verification_key(resolver, method or "", expected_purpose)
        except _ProofRejected as rejected:
            error = str(rejected)
        except DidError as failure:
            error = f"verification method: {failure}"
        else:
            error = verify_proof(
                document,
                proof,
                key,
                canonicalizer,
                expected_purpose=expected_purpose,
                unsecured_hash=body_hash,
                accepted_types=accepted_types,
            )
        results.append(
            ProofResult(
                index=index,
                verified=error is None,
                verification_method=method,
                proof_purpose=purpose if isinstance(purpose, str) else None,
                created=created if isinstance(created, str) else None,
                error=error,
            )
        )
    return VerificationResult(tuple(results))
