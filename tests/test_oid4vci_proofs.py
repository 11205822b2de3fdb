"""Hostile key proofs: whatever a wallet sends as its `jwt` proof, the issuer answers the
specification's `invalid_proof` (or `invalid_nonce`), never an error of its own."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import pytest

from services.credential_issuer.services.wallets.oid4vci.errors import Oid4vciError
from services.credential_issuer.services.wallets.oid4vci.proofs import check_key_proof
from tests.support.oid4vci_wallet import WalletKey

AUDIENCE = "https://issuer.example.ca"
TYP = "openid4vci-proof+jwt"


def _b64(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


HOSTILE_HEADERS = [
    {"typ": TYP, "alg": "EdDSA", "jwk": {"kty": "OKP"}},
    {"typ": TYP, "alg": "EdDSA", "jwk": {"kty": "RSA", "n": "AQAB", "e": "AQAB"}},
    {"typ": TYP, "alg": "EdDSA", "jwk": {"kty": "OKP", "crv": "Ed25519", "x": 123}},
    {"typ": TYP, "alg": "EdDSA", "jwk": {"kty": "OKP", "crv": "Ed25519", "x": "!!"}},
    {"typ": TYP, "alg": "ES256", "jwk": {"kty": "EC", "crv": "P-256", "x": "AA", "y": "AA"}},
    {"typ": TYP, "alg": "EdDSA", "jwk": {"kty": "OKP", "crv": "Ed25519", "x": "AA", "d": "AA"}},
    {"typ": TYP, "alg": "ES256", "kid": "did:key:zDnaXXXX"},
    {"typ": TYP, "alg": "ES256", "kid": "did:key:z"},
    {"typ": TYP, "alg": "ES256", "kid": "did:jwk:!!!"},
    {"typ": TYP, "alg": "ES256", "kid": "did:jwk:" + _b64([1, 2])},
    {"typ": TYP, "alg": "ES256", "kid": "did:jwk:" + _b64({"kty": "EC"})},
    {"typ": TYP, "alg": "EdDSA", "kid": "did:web:issuer.example.ca#key-1"},
    {"typ": TYP, "alg": "ES256", "kid": 5},
    {"typ": TYP, "alg": "ES256", "jwk": "not an object"},
    {"typ": TYP, "alg": "none", "jwk": {"kty": "OKP", "crv": "Ed25519", "x": "AA"}},
    {"typ": TYP, "alg": "HS256", "jwk": {"kty": "oct", "k": "AA"}},
    {"typ": TYP, "alg": "EdDSA"},
    {"typ": TYP, "alg": "EdDSA", "kid": "did:key:z6Mk", "jwk": {"kty": "OKP"}},
    {"typ": TYP, "alg": "EdDSA", "x5c": ["AA"]},
    {"typ": TYP, "alg": "EdDSA", "crit": ["b64"], "kid": "did:key:z6Mk"},
    [1, 2, 3],
]


@pytest.mark.parametrize("header", HOSTILE_HEADERS, ids=[str(n) for n in range(len(HOSTILE_HEADERS))])
@pytest.mark.parametrize("rest", [".e30.AAAA", "." + _b64({"aud": AUDIENCE}) + ".", ".!!.!!"])
def test_a_hostile_header_is_an_invalid_proof(header: Any, rest: str) -> None:
    with pytest.raises(Oid4vciError) as raised:
        check_key_proof(_b64(header) + rest, audience=AUDIENCE)
    assert raised.value.error == "invalid_proof"


@pytest.mark.parametrize("value", ["a.b.c", "!!.!!.!!", "..", "a.b", "....", 5, None, ["a.b.c"]])
def test_what_is_no_compact_jws_is_an_invalid_proof(value: Any) -> None:
    with pytest.raises(Oid4vciError) as raised:
        check_key_proof(value, audience=AUDIENCE)
    assert raised.value.error == "invalid_proof"


def test_a_good_proof_names_its_holder_and_its_nonce_and_one_without_nonce_is_invalid_nonce() -> None:
    key = WalletKey.p256()
    proof = check_key_proof(key.proof(audience=AUDIENCE, nonce="n-1"), audience=AUDIENCE)
    assert proof.nonce == "n-1"
    assert key.names_me(proof.holder_did)
    with pytest.raises(Oid4vciError) as raised:
        check_key_proof(key.proof(audience=AUDIENCE, nonce=None), audience=AUDIENCE)
    assert raised.value.error == "invalid_nonce"
    future = key.proof(audience=AUDIENCE, nonce="n-2", issued_at=time.time() + 3600)
    with pytest.raises(Oid4vciError) as raised:
        check_key_proof(future, audience=AUDIENCE)
    assert raised.value.error == "invalid_proof"
