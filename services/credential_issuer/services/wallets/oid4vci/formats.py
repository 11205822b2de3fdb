"""The learner's stored credential, bound to the wallet's key and secured in the format asked for.

Binding sets ``credentialSubject.id`` to the holder's DID; everything else (id, content, status
entry, endorsements) stays as stored, so revoking or suspending the credential applies to every copy
a wallet received. The organisation's current key signs, as the issuance worker does:
`ldp_vc` with an eddsa-rdfc-2022 Data Integrity proof (through the signing pool), `jwt_vc_json` as a
compact JWS (EdDSA, `kid` = the organisation's did:web verification method) whose `vc` claim is the
credential, with the JWT claims of the VC data model's JWT encoding (iss, sub, jti, nbf)."""

from __future__ import annotations

import copy
import time
import warnings
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from joserfc import jwt
from joserfc.errors import SecurityWarning
from joserfc.jwk import OKPKey

from services.credential_issuer.services.issuing_keys import SigningKey
from services.credential_issuer.services.signing_pool import SigningJob, SigningPool
from services.credential_issuer.services.wallets.oid4vci.metadata import CONFIGURATION_FORMATS


def bound_to_holder(document: dict[str, Any], holder_did: str) -> dict[str, Any]:
    """The stored credential without its proof, its subject now the holder's DID."""
    unsigned = copy.deepcopy(document)
    unsigned.pop("proof", None)
    subject = {name: value for name, value in unsigned["credentialSubject"].items() if name != "id"}
    unsigned["credentialSubject"] = {"id": holder_did, **subject}
    return unsigned


def without_holder(document: Mapping[str, Any]) -> dict[str, Any]:
    """The credential without its proof and its subject's id: what a holder-bound copy made by
    :func:`bound_to_holder` has in common with the credential it was made from."""
    unbound = {name: value for name, value in document.items() if name != "proof"}
    subject = unbound.get("credentialSubject")
    if isinstance(subject, Mapping):
        unbound["credentialSubject"] = {name: value for name, value in subject.items() if name != "id"}
    return unbound


def _epoch(value: str) -> int:
    return int(datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp())


async def secured(
    configuration_id: str,
    document: dict[str, Any],
    holder_did: str,
    key: SigningKey,
    signing: SigningPool,
) -> dict[str, Any] | str:
    """The credential for ``configuration_id``: a signed JSON-LD document or a compact JWS."""
    unsigned = bound_to_holder(document, holder_did)
    if CONFIGURATION_FORMATS[configuration_id] == "ldp_vc":
        raw = key.private_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        [signed] = await signing.sign(
            [SigningJob(unsigned, (raw, key.verification_method))], datetime.now(UTC).replace(microsecond=0)
        )
        return signed
    issuer = unsigned["issuer"]
    claims: dict[str, Any] = {
        "iss": issuer["id"] if isinstance(issuer, dict) else issuer,
        "sub": holder_did,
        "jti": unsigned["id"],
        "nbf": _epoch(unsigned["validFrom"]),
        "iat": int(time.time()),
        "vc": unsigned,
    }
    header = {"alg": "EdDSA", "typ": "JWT", "kid": key.verification_method}
    with warnings.catch_warnings():
        # RFC 9864 deprecates "EdDSA" for the fully-specified "Ed25519", which wallets do not know yet.
        warnings.simplefilter("ignore", SecurityWarning)
        return jwt.encode(header, claims, OKPKey.import_key(key.private_key), algorithms=["EdDSA"])
