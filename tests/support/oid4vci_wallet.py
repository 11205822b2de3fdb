"""A wallet written from OpenID for Verifiable Credential Issuance 1.0 alone (pre-authorized code
flow), to check the issuer from the outside: it imports nothing of the platform's code.

It resolves a credential offer link (by value or by reference), reads the issuer's and its
authorization server's metadata, exchanges the pre-authorized code and transaction code at the token
endpoint, gets a c_nonce, proves possession of its own key with a `jwt` proof (typ
openid4vci-proof+jwt, aud = the credential issuer) and asks for the credential, waiting at the
deferred credential endpoint when told to. Its key is its own: Ed25519 or P-256, made with joserfc.
"""

from __future__ import annotations

import base64
import json
import time
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import base58
import httpx
from joserfc import jws, jwt
from joserfc.errors import SecurityWarning
from joserfc.jwk import ECKey, OKPKey

PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
PROOF_TYPE = "openid4vci-proof+jwt"
OFFER_SCHEME = "openid-credential-offer://"
_ED25519_MULTICODEC = b"\xed\x01"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_json(value: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))


@dataclass
class WalletKey:
    """The holder's key pair and how a proof names it (``as_kid``: did:jwk DID URL in `kid`,
    else the public JWK in `jwk`)."""

    key: OKPKey | ECKey
    alg: str
    as_kid: bool = False

    @classmethod
    def ed25519(cls, *, as_kid: bool = False) -> WalletKey:
        # "Ed25519": the fully-specified JWS name of RFC 9864 (which deprecates "EdDSA").
        return cls(OKPKey.generate_key("Ed25519"), "Ed25519", as_kid)

    @classmethod
    def p256(cls, *, as_kid: bool = False) -> WalletKey:
        return cls(ECKey.generate_key("P-256"), "ES256", as_kid)

    @property
    def public_jwk(self) -> dict[str, Any]:
        return dict(self.key.as_dict(private=False))

    @property
    def did(self) -> str:
        """did:jwk of the public key (did:jwk method: base64url of the JWK's UTF-8 JSON)."""
        return "did:jwk:" + b64url(json.dumps(self.public_jwk, separators=(",", ":")).encode())

    def names_me(self, did: str) -> bool:
        """Whether ``did`` (a did:jwk) stands for this wallet's public key."""
        if not did.startswith("did:jwk:"):
            return False
        named = b64url_json(did.removeprefix("did:jwk:"))
        mine = self.public_jwk
        return all(named.get(member) == mine.get(member) for member in ("kty", "crv", "x", "y"))

    def proof(
        self, *, audience: str, nonce: str | None, issued_at: float | None = None, typ: str = PROOF_TYPE
    ) -> str:
        """A key proof JWT (OpenID4VCI 1.0 Appendix F.1). Anonymous pre-authorized access: no iss."""
        header: dict[str, Any] = {"typ": typ, "alg": self.alg}
        if self.as_kid:
            header["kid"] = f"{self.did}#0"
        else:
            header["jwk"] = self.public_jwk
        claims: dict[str, Any] = {
            "aud": audience,
            "iat": int(time.time() if issued_at is None else issued_at),
        }
        if nonce is not None:
            claims["nonce"] = nonce
        return jwt.encode(header, claims, self.key, algorithms=[self.alg])


@dataclass
class CredentialResult:
    status: int
    body: dict[str, Any]


@dataclass
class Wallet:
    http: httpx.AsyncClient
    key: WalletKey = field(default_factory=WalletKey.ed25519)

    # --- the offer ---------------------------------------------------------------------------------

    async def resolve_offer(self, link: str) -> dict[str, Any]:
        """The Credential Offer of an `openid-credential-offer://` link (§4.1): `credential_offer`
        by value, or `credential_offer_uri` fetched with GET."""
        assert link.startswith(OFFER_SCHEME), link
        query = parse_qs(urlsplit(link).query)
        if "credential_offer" in query:
            offer: dict[str, Any] = json.loads(query["credential_offer"][0])
            return offer
        response = await self.http.get(query["credential_offer_uri"][0])
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("application/json")
        fetched: dict[str, Any] = response.json()
        return fetched

    # --- metadata ----------------------------------------------------------------------------------

    async def issuer_metadata(self, credential_issuer: str) -> dict[str, Any]:
        """§12.2.2: the well-known suffix after the host, before any path of the issuer identifier."""
        parts = urlsplit(credential_issuer)
        url = f"{parts.scheme}://{parts.netloc}/.well-known/openid-credential-issuer{parts.path.rstrip('/')}"
        response = await self.http.get(url)
        assert response.status_code == 200, response.text
        metadata: dict[str, Any] = response.json()
        assert metadata["credential_issuer"] == credential_issuer
        return metadata

    async def token_endpoint(self, metadata: Mapping[str, Any]) -> str:
        """RFC 8414 §3 metadata of the (first) authorization server, or the issuer itself."""
        server = (metadata.get("authorization_servers") or [metadata["credential_issuer"]])[0]
        parts = urlsplit(server)
        url = (
            f"{parts.scheme}://{parts.netloc}/.well-known/oauth-authorization-server{parts.path.rstrip('/')}"
        )
        response = await self.http.get(url)
        assert response.status_code == 200, response.text
        as_metadata = response.json()
        assert as_metadata["issuer"] == server
        assert as_metadata.get("pre-authorized_grant_anonymous_access_supported") is True
        return str(as_metadata["token_endpoint"])

    # --- token, nonce, credential ------------------------------------------------------------------

    async def token(self, token_endpoint: str, code: str, tx_code: str | None) -> httpx.Response:
        form = {"grant_type": PRE_AUTHORIZED_GRANT, "pre-authorized_code": code}
        if tx_code is not None:
            form["tx_code"] = tx_code
        return await self.http.post(token_endpoint, data=form)

    async def nonce(self, metadata: Mapping[str, Any]) -> str:
        response = await self.http.post(str(metadata["nonce_endpoint"]))
        assert response.status_code == 200, response.text
        assert response.headers["cache-control"] == "no-store"
        return str(response.json()["c_nonce"])

    async def request_credential(
        self, metadata: Mapping[str, Any], access_token: str, configuration_id: str, proof_jwt: str
    ) -> httpx.Response:
        return await self.http.post(
            str(metadata["credential_endpoint"]),
            json={"credential_configuration_id": configuration_id, "proofs": {"jwt": [proof_jwt]}},
            headers={"Authorization": f"Bearer {access_token}"},
        )

    async def deferred(
        self, metadata: Mapping[str, Any], access_token: str, transaction_id: str
    ) -> httpx.Response:
        return await self.http.post(
            str(metadata["deferred_credential_endpoint"]),
            json={"transaction_id": transaction_id},
            headers={"Authorization": f"Bearer {access_token}"},
        )

    async def receive(self, link: str, tx_code: str) -> tuple[dict[str, Any], str, list[CredentialResult]]:
        """The whole flow for every configuration the offer names: (issuer metadata, access token,
        one credential response per configuration)."""
        offer = await self.resolve_offer(link)
        metadata = await self.issuer_metadata(offer["credential_issuer"])
        grant = offer["grants"][PRE_AUTHORIZED_GRANT]
        assert grant["tx_code"]["input_mode"] == "numeric"
        assert len(tx_code) == grant["tx_code"]["length"]
        response = await self.token(
            await self.token_endpoint(metadata), grant["pre-authorized_code"], tx_code
        )
        assert response.status_code == 200, response.text
        assert response.json()["token_type"].lower() == "bearer"
        access_token = str(response.json()["access_token"])
        results = []
        for configuration_id in offer["credential_configuration_ids"]:
            assert configuration_id in metadata["credential_configurations_supported"]
            proof = self.key.proof(audience=metadata["credential_issuer"], nonce=await self.nonce(metadata))
            answer = await self.request_credential(metadata, access_token, configuration_id, proof)
            results.append(CredentialResult(answer.status_code, answer.json()))
        return metadata, access_token, results


# --- checking a jwt_vc_json credential independently --------------------------------------------


async def verify_jwt_vc(http: httpx.AsyncClient, compact: str, did_web_base_url: str) -> dict[str, Any]:
    """The payload of a jwt_vc_json credential once its JWS verifies with the issuer's did:web key
    named by `kid` (the DID document fetched from ``did_web_base_url`` + the did:web path: the tests'
    services speak plain HTTP on loopback, so the did:web https rule is bent to the base URL)."""
    header = b64url_json(compact.split(".", maxsplit=1)[0])
    assert header["alg"] == "EdDSA", header
    did, _, fragment = str(header["kid"]).partition("#")
    assert did.startswith("did:web:"), did
    path = "/".join(did.removeprefix("did:web:").split(":")[1:])
    response = await http.get(f"{did_web_base_url.rstrip('/')}/{path}/did.json")
    assert response.status_code == 200, response.text
    document = response.json()
    [method] = [m for m in document["verificationMethod"] if m["id"] in (header["kid"], f"#{fragment}")]
    multikey = base58.b58decode(method["publicKeyMultibase"].removeprefix("z"))
    assert multikey.startswith(_ED25519_MULTICODEC)
    public = OKPKey.import_key({"kty": "OKP", "crv": "Ed25519", "x": b64url(multikey[2:])})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SecurityWarning)  # "EdDSA" is deprecated by RFC 9864 for "Ed25519"
        verified = jws.deserialize_compact(compact, public, algorithms=["EdDSA"])
    payload: dict[str, Any] = json.loads(verified.payload)
    assert payload["iss"] == did
    return payload


async def _main(link: str, tx_code: str) -> None:
    async with httpx.AsyncClient(timeout=60) as http:
        wallet = Wallet(http, WalletKey.ed25519())
        _, _, results = await wallet.receive(link, tx_code)
        for result in results:
            if result.status != 200:
                print(f"{result.status}: {json.dumps(result.body)}")
                continue
            credential = result.body["credentials"][0]["credential"]
            if isinstance(credential, str):  # jwt_vc_json: the claims, unverified (the tests verify it)
                claims = b64url_json(credential.split(".")[1])
                print(f"jwt_vc_json: {', '.join(claims['vc']['type'])} bound to {claims['sub'][:40]}...")
            else:
                subject = credential["credentialSubject"]["id"]
                print(f"ldp_vc: {', '.join(credential['type'])} bound to {subject[:40]}...")


if __name__ == "__main__":
    # `python -m tests.support.oid4vci_wallet '<openid-credential-offer://...>' <tx_code>`: the
    # walkthrough's wallet (docs/walkthroughs/wallet.md).
    import asyncio
    import sys

    asyncio.run(_main(sys.argv[1], sys.argv[2]))
