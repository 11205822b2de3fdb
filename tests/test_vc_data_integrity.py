"""`eddsa-rdfc-2022` Data Integrity proofs: the W3C test vectors byte for byte, signing and verifying
Open Badges credentials, tampering, and proof sets (joint awards)."""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shared.vc import data_integrity as di
from shared.vc.canonicalize import (
    Canonicalizer,
    OxigraphCanonicalizer,
    PyldCanonicalizer,
    oxigraph_jsonld_canonicalizer,
)
from shared.vc.did import StaticDidResolver, did_key_verification_method, did_web_document
from shared.vc.errors import InvalidProofOptions, UndefinedTerm
from shared.vc.multikey import (
    decode_base58btc,
    encode_base58btc,
    multikey_to_private_key,
    public_key_to_multikey,
)
from shared.vc.schemas import validate_open_badge
from tests.support import vc_vectors, wallet_vectors
from tests.support.jsonld_corpus import ISSUER_DID, PARTNER_DID, open_badge_credential

IMPLEMENTATIONS: dict[str, Callable[..., Canonicalizer]] = {
    "pyld": PyldCanonicalizer,
    "oxigraph": OxigraphCanonicalizer,
    "oxigraph-jsonld": oxigraph_jsonld_canonicalizer,
}
ISSUER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PARTNER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32, 64)))
ISSUER_METHOD = f"{ISSUER_DID}#key-1"
PARTNER_METHOD = f"{PARTNER_DID}#key-1"
CREATED = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)


@pytest.fixture(params=sorted(IMPLEMENTATIONS))
def canonicalizer(request: pytest.FixtureRequest) -> Canonicalizer:
    return IMPLEMENTATIONS[request.param](vc_vectors.VECTOR_CONTEXTS)


def resolver() -> StaticDidResolver:
    return StaticDidResolver(
        [
            did_web_document(ISSUER_DID, {"key-1": ISSUER_KEY.public_key()}),
            did_web_document(PARTNER_DID, {"key-1": PARTNER_KEY.public_key()}),
        ]
    )


def issue(
    document: dict[str, Any] | None = None, canonicalizer: Canonicalizer | None = None
) -> dict[str, Any]:
    options = di.ProofOptions(verification_method=ISSUER_METHOD, created=CREATED)
    return di.add_proof(document or open_badge_credential(), ISSUER_KEY, options, canonicalizer)


# --- W3C test vectors -----------------------------------------------------------------------------


def test_the_vector_key_pair_is_the_published_one() -> None:
    key = multikey_to_private_key(vc_vectors.SECRET_KEY_MULTIBASE)
    assert public_key_to_multikey(key.public_key()) == vc_vectors.PUBLIC_KEY_MULTIBASE
    assert did_key_verification_method(key.public_key()) == vc_vectors.VERIFICATION_METHOD


def test_the_vector_hashes_and_signature_match_byte_for_byte(canonicalizer: Canonicalizer) -> None:
    document = vc_vectors.unsigned_credential()
    configuration = {**vc_vectors.PROOF_OPTIONS, "@context": document["@context"]}
    canonical_configuration = canonicalizer.canonicalize(configuration)
    assert canonical_configuration == vc_vectors.CANONICAL_PROOF_CONFIGURATION
    assert (
        hashlib.sha256(canonical_configuration.encode()).hexdigest()
        == vc_vectors.PROOF_CONFIGURATION_HASH_HEX
    )
    document_hash = di.document_hash(document, canonicalizer)
    assert document_hash.hex() == vc_vectors.DOCUMENT_HASH_HEX
    hash_data = di.hash_data(canonical_configuration, document_hash)
    assert hash_data.hex() == vc_vectors.HASH_DATA_HEX
    signature = multikey_to_private_key(vc_vectors.SECRET_KEY_MULTIBASE).sign(hash_data)
    assert signature.hex() == vc_vectors.SIGNATURE_HEX
    assert encode_base58btc(signature) == vc_vectors.PROOF_VALUE


def test_signing_the_vector_document_gives_the_published_signed_credential(
    canonicalizer: Canonicalizer,
) -> None:
    options = di.ProofOptions(
        verification_method=vc_vectors.VERIFICATION_METHOD,
        created=datetime(2023, 2, 24, 23, 36, 38, tzinfo=UTC),
    )
    key = multikey_to_private_key(vc_vectors.SECRET_KEY_MULTIBASE)
    signed = di.add_proof(vc_vectors.unsigned_credential(), key, options, canonicalizer)
    assert signed == vc_vectors.signed_credential()
    assert list(signed["proof"]) == list(vc_vectors.signed_credential()["proof"])


async def test_the_published_signed_credential_verifies(canonicalizer: Canonicalizer) -> None:
    result = await di.verify(vc_vectors.signed_credential(), StaticDidResolver(), canonicalizer)
    assert result.verified
    assert [proof.verification_method for proof in result.proofs] == [vc_vectors.VERIFICATION_METHOD]


async def test_the_published_proof_set_verifies_proof_by_proof(canonicalizer: Canonicalizer) -> None:
    result = await di.verify(vc_vectors.signed_proof_set(), StaticDidResolver(), canonicalizer)
    assert [proof.verified for proof in result.proofs] == [True, True]
    assert result.verified_controllers() == {f"did:key:{key}" for key in vc_vectors.PROOF_SET_KEYS}


async def test_a_published_proof_set_member_signed_again_reproduces_its_value(
    canonicalizer: Canonicalizer,
) -> None:
    published = vc_vectors.signed_proof_set()["proof"][1]
    key = multikey_to_private_key(vc_vectors.PROOF_SET_KEYS[list(vc_vectors.PROOF_SET_KEYS)[1]])
    options = di.ProofOptions(
        verification_method=published["verificationMethod"],
        created=datetime(2023, 2, 24, 23, 36, 38, tzinfo=UTC),
        id=published["id"],
    )
    proof = di.create_proof(vc_vectors.unsigned_credential(), key, options, canonicalizer)
    assert proof == published


# --- Open Badges credentials ------------------------------------------------------------------------


async def test_an_open_badge_credential_is_signed_and_verifies(canonicalizer: Canonicalizer) -> None:
    signed = issue(canonicalizer=canonicalizer)
    validate_open_badge(signed)
    proof = signed["proof"]
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["verificationMethod"] == ISSUER_METHOD
    assert proof["proofPurpose"] == "assertionMethod"
    assert proof["created"] == "2026-11-22T15:30:00Z"
    assert proof["proofValue"].startswith("z")
    assert len(decode_base58btc(proof["proofValue"])) == 64
    result = await di.verify(signed, resolver(), canonicalizer)
    assert result.verified
    assert result.proofs[0].controller == ISSUER_DID


def test_both_implementations_make_the_same_proof() -> None:
    signed = [issue(canonicalizer=make()) for make in IMPLEMENTATIONS.values()]
    assert signed[0] == signed[1]


def test_created_defaults_to_now_in_utc_whole_seconds() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    proof = di.create_proof(
        open_badge_credential(), ISSUER_KEY, di.ProofOptions(verification_method=ISSUER_METHOD)
    )
    created = datetime.strptime(proof["created"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert before <= created <= datetime.now(UTC)


def test_proof_options_are_checked() -> None:
    with pytest.raises(InvalidProofOptions, match="timezone-aware"):
        di.create_proof(
            open_badge_credential(),
            ISSUER_KEY,
            di.ProofOptions(verification_method=ISSUER_METHOD, created=datetime(2026, 1, 1)),
        )
    with pytest.raises(ValueError, match="not a DID URL"):
        di.create_proof(
            open_badge_credential(), ISSUER_KEY, di.ProofOptions(verification_method="https://x/key")
        )


def tamper(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target = document
        for step in path[:-1]:
            target = target[step]
        if value is DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return change


DELETE = object()
TAMPERING = {
    "name": tamper(("name",), "Data Analytics Advanced"),
    "validFrom": tamper(("validFrom",), "2020-01-01T00:00:00Z"),
    "issuer id": tamper(("issuer", "id"), PARTNER_DID),
    "issuer name": tamper(("issuer", "name"), "Another College"),
    "learner identity hash": tamper(("credentialSubject", "identifier", 0, "identityHash"), "sha256$00"),
    "achievement id": tamper(("credentialSubject", "achievement", "id"), "https://registry.example/other"),
    "achievement credits": tamper(("credentialSubject", "achievement", "creditsAvailable"), 15.0),
    "criteria": tamper(("credentialSubject", "achievement", "criteria", "narrative"), "Attend once."),
    "type removed": tamper(("type",), ["VerifiableCredential"]),
    "status index": tamper(("credentialStatus", "statusListIndex"), "1"),
    "field removed": tamper(("credentialSubject", "achievement", "description"), DELETE),
    "field added": tamper(("description",), "An extra claim in a defined term."),
    "proof created": tamper(("proof", "created"), "2026-11-23T15:30:00Z"),
    "proof id added": tamper(("proof", "id"), "urn:uuid:6a1d4b1c-95f4-4e11-8c1a-4d5b2c7e9f10"),
    "proof value": tamper(("proof", "proofValue"), None),
}


@pytest.mark.parametrize("change", sorted(TAMPERING))
async def test_changing_any_signed_field_fails_verification(
    canonicalizer: Canonicalizer, change: str
) -> None:
    signed = issue(canonicalizer=canonicalizer)
    assert (await di.verify(signed, resolver(), canonicalizer)).verified
    tampered = copy.deepcopy(signed)
    if change == "proof value":
        value = tampered["proof"]["proofValue"]
        tampered["proof"]["proofValue"] = value[:-1] + ("2" if value[-1] != "2" else "3")
    else:
        TAMPERING[change](tampered)
    assert tampered != signed
    result = await di.verify(tampered, resolver(), canonicalizer)
    assert not result.verified
    assert result.proofs[0].error is not None


async def test_a_tampered_document_with_an_undefined_term_is_refused(canonicalizer: Canonicalizer) -> None:
    signed = issue(canonicalizer=canonicalizer)
    signed["credentialSubject"]["favouriteColour"] = "blue"
    with pytest.raises(UndefinedTerm, match="favouriteColour"):
        await di.verify(signed, resolver(), canonicalizer)


async def test_an_undefined_term_in_a_proof_fails_that_proof(canonicalizer: Canonicalizer) -> None:
    signed = issue(canonicalizer=canonicalizer)
    signed["proof"]["note"] = "unsigned"
    result = await di.verify(signed, resolver(), canonicalizer)
    assert not result.verified
    assert "undefined term 'note'" in (result.proofs[0].error or "")


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("type", "Ed25519Signature2020", "proof type"),
        ("cryptosuite", "eddsa-jcs-2022", "cryptosuite"),
        ("proofPurpose", "authentication", "proof purpose"),
        ("created", "yesterday", "created"),
        ("verificationMethod", 42, "no verificationMethod"),
        ("previousProof", "urn:uuid:1", "proof chains"),
        ("proofValue", "u" + "A" * 86, "base58btc"),
        ("proofValue", "z" + "2" * 40, "an Ed25519 signature is 64"),
    ],
)
async def test_proofs_this_suite_cannot_verify_are_reported(
    canonicalizer: Canonicalizer, field: str, value: Any, reason: str
) -> None:
    signed = issue(canonicalizer=canonicalizer)
    signed["proof"][field] = value
    result = await di.verify(signed, resolver(), canonicalizer)
    assert not result.verified
    assert reason in (result.proofs[0].error or "")


@pytest.mark.parametrize(
    ("method", "reason"),
    [
        (f"{ISSUER_DID}#key-9", "not listed under assertionMethod"),
        ("did:web:unknown.example.ca#key-1", "could not be resolved"),
        (PARTNER_METHOD, "signature does not match"),  # a real key, but not the one that signed
        (ISSUER_DID, "no #fragment"),
    ],
)
async def test_a_proof_whose_method_does_not_give_the_signing_key_fails(
    canonicalizer: Canonicalizer, method: str, reason: str
) -> None:
    signed = issue(canonicalizer=canonicalizer)
    signed["proof"]["verificationMethod"] = method
    result = await di.verify(signed, resolver(), canonicalizer)
    assert not result.verified
    assert reason in (result.proofs[0].error or "")


async def test_a_proof_may_carry_the_documents_context(canonicalizer: Canonicalizer) -> None:
    """§3.3.2: a proof with its own @context verifies when the document's context starts with it."""
    signed = issue(canonicalizer=canonicalizer)
    signed["proof"]["@context"] = signed["@context"]
    assert (await di.verify(signed, resolver(), canonicalizer)).verified
    signed["proof"]["@context"] = [signed["@context"][1]]
    result = await di.verify(signed, resolver(), canonicalizer)
    assert result.proofs[0].error == "the proof's @context does not start the document's @context"


async def test_a_document_without_proof_does_not_verify() -> None:
    result = await di.verify(open_badge_credential(), resolver())
    assert result.proofs == ()
    assert not result.verified


# --- proof sets -----------------------------------------------------------------------------------


def joint_award(canonicalizer: Canonicalizer) -> dict[str, Any]:
    """A credential awarded jointly: the issuer signs, then the partner adds its own proof."""
    signed = issue(canonicalizer=canonicalizer)
    partner = di.ProofOptions(
        verification_method=PARTNER_METHOD, created=CREATED, id="urn:uuid:partner-proof"
    )
    return di.add_proof(signed, PARTNER_KEY, partner, canonicalizer)


async def test_a_proof_set_with_two_keys_verifies_each_proof(canonicalizer: Canonicalizer) -> None:
    document = joint_award(canonicalizer)
    assert isinstance(document["proof"], list)
    assert len(document["proof"]) == 2
    validate_open_badge(document)
    result = await di.verify(document, resolver(), canonicalizer)
    assert result.verified
    assert [proof.controller for proof in result.proofs] == [ISSUER_DID, PARTNER_DID]
    # each proof signs the document without any proof: the first one is unchanged by the second
    assert document["proof"][0] == issue(canonicalizer=canonicalizer)["proof"]


async def test_removing_one_proof_leaves_the_other_verifying(canonicalizer: Canonicalizer) -> None:
    document = joint_award(canonicalizer)
    for kept in (0, 1):
        alone = {**document, "proof": [document["proof"][kept]]}
        result = await di.verify(alone, resolver(), canonicalizer)
        assert [proof.verified for proof in result.proofs] == [True]


async def test_altering_one_proof_fails_that_proof_only(canonicalizer: Canonicalizer) -> None:
    document = joint_award(canonicalizer)
    for altered in (0, 1):
        changed = copy.deepcopy(document)
        changed["proof"][altered]["created"] = "2027-01-01T00:00:00Z"
        result = await di.verify(changed, resolver(), canonicalizer)
        assert [proof.verified for proof in result.proofs] == [i != altered for i in (0, 1)]
        assert not result.verified
        assert result.verified_controllers() == {[ISSUER_DID, PARTNER_DID][1 - altered]}


async def test_a_proof_set_member_that_is_not_an_object_fails_alone(canonicalizer: Canonicalizer) -> None:
    document = joint_award(canonicalizer)
    document["proof"].append("not a proof")
    result = await di.verify(document, resolver(), canonicalizer)
    assert [proof.verified for proof in result.proofs] == [True, True, False]
    assert result.proofs[2].error == "a proof must be a JSON object"


# --- Ed25519Signature2020: DIDAuth as wallets send it -----------------------------------------------


async def test_a_wallets_ed25519signature2020_presentation_verifies_when_that_suite_is_accepted() -> None:
    presentation = wallet_vectors.reference_presentation()
    result = await di.verify(
        presentation,
        StaticDidResolver(),
        expected_purpose="authentication",
        accepted_types=di.WITH_ED25519_SIGNATURE_2020,
    )
    assert result.verified, result.proofs
    assert result.verified_controllers() == {wallet_vectors.HOLDER}

    refused = await di.verify(presentation, StaticDidResolver(), expected_purpose="authentication")
    assert not refused.verified
    assert "Ed25519Signature2020" in (refused.proofs[0].error or "")


@pytest.mark.parametrize(
    ("member", "value"),
    [
        ("challenge", "another-challenge"),
        ("domain", "https://elsewhere.example"),
        ("cryptosuite", "eddsa-rdfc-2022"),
    ],
)
async def test_an_altered_ed25519signature2020_proof_fails(member: str, value: str) -> None:
    presentation = wallet_vectors.reference_presentation()
    presentation["proof"][member] = value
    result = await di.verify(
        presentation,
        StaticDidResolver(),
        expected_purpose="authentication",
        accepted_types=di.WITH_ED25519_SIGNATURE_2020,
    )
    assert not result.verified


def test_our_ed25519signature2020_proof_is_the_reference_implementations_byte_for_byte() -> None:
    key = Ed25519PrivateKey.from_private_bytes(wallet_vectors.SEED)
    method = did_key_verification_method(key.public_key())
    reference = wallet_vectors.reference_presentation()
    assert method == reference["proof"]["verificationMethod"]
    ours = di.add_proof(
        di.unsecured(reference),
        key,
        di.ProofOptions(
            verification_method=method,
            proof_purpose="authentication",
            created=datetime(2026, 11, 22, 12, 0, tzinfo=UTC),
            proof_type=di.ED25519_SIGNATURE_2020,
            challenge=wallet_vectors.CHALLENGE,
            domain=wallet_vectors.DOMAIN,
        ),
    )
    assert ours["proof"] == reference["proof"]
