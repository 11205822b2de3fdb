# ruff: noqa: E501  (a signed document is copied as produced, one value per line)
"""A DIDAuth presentation as the Digital Credentials Consortium's Learner Credential Wallet makes one:
VC 1.1 context, the holder's did:key, an `Ed25519Signature2020` proof with the verifier's challenge
and domain. Made with the reference implementation the wallet uses, not with this project's code:

    npm install @digitalbazaar/vc@7.3.0 @digitalbazaar/ed25519-signature-2020@5.4.0 \\
        @digitalbazaar/ed25519-verification-key-2020@4 @digitalbazaar/credentials-context@3 \\
        ed25519-signature-2020-context@1
    key = Ed25519VerificationKey2020.generate({seed: 32 bytes of 0x07})   // id did:key:<fp>#<fp>
    suite = new Ed25519Signature2020({key, date: '2026-11-22T12:00:00Z'})
    vc.signPresentation({presentation: vc.createPresentation({holder: did, version: 1.0}), suite,
                         documentLoader (the two bundled contexts), challenge: CHALLENGE, domain: DOMAIN})
"""

from __future__ import annotations

from typing import Any

SEED = bytes([7]) * 32
CHALLENGE = "omc-reference-challenge"
DOMAIN = "https://issuer.example"
HOLDER = "did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z"
CREATED = "2026-11-22T12:00:00Z"


def reference_presentation() -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/2018/credentials/v1",
            "https://w3id.org/security/suites/ed25519-2020/v1",
        ],
        "type": ["VerifiablePresentation"],
        "holder": HOLDER,
        "proof": {
            "type": "Ed25519Signature2020",
            "created": CREATED,
            "verificationMethod": f"{HOLDER}#{HOLDER.removeprefix('did:key:')}",
            "proofPurpose": "authentication",
            "challenge": CHALLENGE,
            "domain": DOMAIN,
            "proofValue": "zA4eYraXxkGWfgcQ7XVZysLb9m3VPgE3at3GYmPdh9BL1RsKncnwBmSzUzcYZyuwyTezsYkxk8sonjgp9VagnVmE",
        },
    }
