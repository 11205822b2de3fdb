"""OpenID for Verifiable Credential Issuance 1.0: the credential issuer is its own authorization
server for the pre-authorized code grant. Offers are made by the institution; wallets exchange the
code (and the transaction code sent by another channel) for an access token, prove possession of
their key with a `jwt` proof over a fresh nonce, and receive the OMC credential bound to that key
(docs/wallets-openid4vci.md)."""
