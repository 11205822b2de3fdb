"""The wallet's key proof (OpenID4VCI 1.0 Appendix F.1, proof type `jwt`): a JWT of type
`openid4vci-proof+jwt` whose header names the holder's key (exactly one of `jwk`, or `kid` as a
did:key / did:jwk DID URL), signed by that key, with the credential issuer as `aud`, a recent
`iat` and a nonce of the nonce endpoint. The checked key becomes the holder's DID (did:key as
given, did:jwk otherwise) that the credential is bound to."""

from __future__ import annotations

import base64
import json
import time
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, EllipticCurvePublicKey
from joserfc import jws
from joserfc.errors import JoseError, SecurityWarning
from joserfc.jwk import ECKey, OKPKey

from services.credential_issuer.services.wallets.oid4vci.errors import Oid4vciError, invalid_proof
from services.credential_issuer.services.wallets.oid4vci.metadata import PROOF_ALGORITHMS
from shared.vc.errors import DidError
from shared.vc.multikey import decode_base58btc, multikey_to_public_key

PROOF_TYPE = "openid4vci-proof+jwt"
MAX_AGE_SECONDS = 300
"""A proof older than this is refused (its nonce has expired by then anyway)."""
MAX_CLOCK_SKEW_SECONDS = 60
_P256_PUB_CODEC = b"\x80\x24"
_PUBLIC_MEMBERS = {"OKP": ("crv", "kty", "x"), "EC": ("crv", "kty", "x", "y")}


@dataclass(frozen=True)
class KeyProof:
    holder_did: str
    nonce: str


def _b64url_json(value: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))


def did_jwk(jwk: Mapping[str, Any]) -> str:
    """did:jwk of the public members of ``jwk`` (in lexicographic order)."""
    members = {name: jwk[name] for name in _PUBLIC_MEMBERS[str(jwk["kty"])]}
    encoded = json.dumps(members, separators=(",", ":"), sort_keys=True).encode()
    return "did:jwk:" + base64.urlsafe_b64encode(encoded).rstrip(b"=").decode()


def _import_public(jwk: Mapping[str, Any]) -> OKPKey | ECKey:
    if "d" in jwk:
        raise invalid_proof("The proof's jwk must be a public key (it carries a private member `d`).")
    kty, crv = jwk.get("kty"), jwk.get("crv")
    try:
        if kty == "OKP" and crv == "Ed25519":
            return OKPKey.import_key(dict(jwk))
        if kty == "EC" and crv == "P-256":
            return ECKey.import_key(dict(jwk))
    except (JoseError, ValueError, TypeError, KeyError) as error:
        raise invalid_proof(f"The proof's key cannot be read: {error!r}") from None
    raise invalid_proof("The proof's key must be Ed25519 (OKP) or P-256 (EC).")


def _key_of_kid(kid: str) -> tuple[str, OKPKey | ECKey]:
    """(holder DID, key) of a did:key or did:jwk DID URL."""
    did = kid.partition("#")[0]
    try:
        if did.startswith("did:jwk:"):
            jwk = _b64url_json(did.removeprefix("did:jwk:"))
            if not isinstance(jwk, dict):
                raise ValueError("not a JWK")
            return did, _import_public(jwk)
        if did.startswith("did:key:z"):
            multikey = did.removeprefix("did:key:")
            raw = decode_base58btc(multikey[1:]) if multikey.startswith("z") else b""
            if raw.startswith(_P256_PUB_CODEC):
                point = EllipticCurvePublicKey.from_encoded_point(SECP256R1(), raw[len(_P256_PUB_CODEC) :])
                return did, ECKey.import_key(point)
            return did, OKPKey.import_key(multikey_to_public_key(multikey))
    except (DidError, ValueError, TypeError, json.JSONDecodeError) as error:
        raise invalid_proof(f"The proof's kid {kid!r} names no usable key: {error}") from None
    raise invalid_proof("The proof's kid must be a did:key or did:jwk DID URL (or give the key as jwk).")


def _header_of(proof_jwt: str) -> dict[str, Any]:
    try:
        header = _b64url_json(proof_jwt.split(".", 1)[0])
    except (ValueError, json.JSONDecodeError):
        raise invalid_proof("The proof's JOSE header is not base64url JSON.") from None
    if not isinstance(header, dict):
        raise invalid_proof("The proof's JOSE header must be a JSON object.")
    if header.get("typ") != PROOF_TYPE:
        raise invalid_proof(f"The proof's typ must be {PROOF_TYPE!r}.")
    if header.get("alg") not in PROOF_ALGORITHMS:
        raise invalid_proof(f"The proof's alg must be one of {', '.join(PROOF_ALGORITHMS)}.")
    if "crit" in header:
        raise invalid_proof("The proof's header has critical extensions this issuer does not understand.")
    named = [name for name in ("jwk", "kid", "x5c", "key_attestation", "trust_chain") if name in header]
    if named not in (["jwk"], ["kid"]):
        raise invalid_proof("The proof's header must name its key by exactly one of jwk or kid.")
    return header


def _holder_key(header: Mapping[str, Any]) -> tuple[str, OKPKey | ECKey]:
    """(holder DID, public key) named by the proof's header."""
    if "jwk" in header:
        if not isinstance(header["jwk"], dict):
            raise invalid_proof("The proof's jwk must be a JSON object.")
        key = _import_public(header["jwk"])  # first: it refuses what did_jwk could not name
        return did_jwk(header["jwk"]), key
    if not isinstance(header["kid"], str):
        raise invalid_proof("The proof's kid must be a string.")
    return _key_of_kid(header["kid"])


def _check_claims(claims: Mapping[str, Any], *, audience: str, now: float) -> str:
    """The proof's nonce, once its audience and age are right."""
    aud = claims.get("aud")
    if aud not in (audience, [audience]):
        raise invalid_proof(f"The proof's aud must be the credential issuer {audience!r}.")
    issued_at = claims.get("iat")
    if not isinstance(issued_at, int | float) or isinstance(issued_at, bool):
        raise invalid_proof("The proof must carry iat (seconds since the epoch).")
    if issued_at > now + MAX_CLOCK_SKEW_SECONDS or issued_at < now - MAX_AGE_SECONDS:
        raise invalid_proof("The proof's iat is not recent: make a new proof with a new nonce.")
    nonce = claims.get("nonce")
    if not isinstance(nonce, str) or not nonce:
        raise Oid4vciError("invalid_nonce", "The proof must carry a c_nonce of the nonce endpoint.")
    return nonce


def check_key_proof(proof_jwt: Any, *, audience: str, now: float | None = None) -> KeyProof:
    """The holder's DID and the proof's nonce, once the JWT is of the right type, signed by the key its
    header names, for this issuer and recent. The nonce is left for the caller to use up."""
    if not isinstance(proof_jwt, str) or proof_jwt.count(".") != 2:
        raise invalid_proof("A jwt proof must be a compact JWS (header.payload.signature).")
    header = _header_of(proof_jwt)
    holder, key = _holder_key(header)
    try:
        with warnings.catch_warnings():
            # RFC 9864 deprecates "EdDSA" (for "Ed25519"); wallets still sign with it.
            warnings.simplefilter("ignore", SecurityWarning)
            token = jws.deserialize_compact(proof_jwt, key, algorithms=[str(header["alg"])])
        claims = json.loads(token.payload)
    except (JoseError, ValueError):
        raise invalid_proof("The proof's signature does not verify with the key its header names.") from None
    if not isinstance(claims, dict):
        raise invalid_proof("The proof's payload must be a JSON object.")
    nonce = _check_claims(claims, audience=audience, now=time.time() if now is None else now)
    return KeyProof(holder_did=holder, nonce=nonce)
