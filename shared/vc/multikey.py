"""Ed25519 keys as Multikey strings, and multibase base58btc.

A Multikey (W3C Controlled Identifiers 1.0, §2.2.2) is `z` + base58btc(multicodec prefix + key
bytes). The multicodec prefixes are unsigned varints: `ed25519-pub` 0xed -> bytes 0xed 0x01,
`ed25519-priv` 0x1300 -> bytes 0x80 0x26. Public Multikeys therefore start with `z6Mk`, secret ones
with `z3u2`.
"""

from __future__ import annotations

import base58
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from shared.vc.errors import DidError

BASE58BTC_PREFIX = "z"
ED25519_PUB_CODEC = b"\xed\x01"
ED25519_PRIV_CODEC = b"\x80\x26"
ED25519_KEY_BYTES = 32


def encode_base58btc(data: bytes) -> str:
    """Multibase base58btc: `z` followed by the Bitcoin-alphabet base58 of `data`."""
    return BASE58BTC_PREFIX + base58.b58encode(data).decode("ascii")


def decode_base58btc(value: str) -> bytes:
    if not value.startswith(BASE58BTC_PREFIX):
        raise DidError(f"not a multibase base58btc value (it must start with 'z'): {value[:16]!r}")
    try:
        return base58.b58decode(value[1:])
    except ValueError as error:
        raise DidError(f"invalid base58btc value {value[:16]!r}: {error}") from None


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_key_to_multikey(key: Ed25519PublicKey) -> str:
    return encode_base58btc(ED25519_PUB_CODEC + public_key_bytes(key))


def multikey_to_public_key(value: str) -> Ed25519PublicKey:
    raw = decode_base58btc(value)
    if not raw.startswith(ED25519_PUB_CODEC) or len(raw) != len(ED25519_PUB_CODEC) + ED25519_KEY_BYTES:
        raise DidError(f"{value[:16]!r}... is not an Ed25519 public Multikey (ed25519-pub, 32 bytes)")
    return Ed25519PublicKey.from_public_bytes(raw[len(ED25519_PUB_CODEC) :])


def private_key_to_multikey(key: Ed25519PrivateKey) -> str:
    seed = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return encode_base58btc(ED25519_PRIV_CODEC + seed)


def multikey_to_private_key(value: str) -> Ed25519PrivateKey:
    raw = decode_base58btc(value)
    if not raw.startswith(ED25519_PRIV_CODEC) or len(raw) != len(ED25519_PRIV_CODEC) + ED25519_KEY_BYTES:
        raise DidError("not an Ed25519 secret Multikey (ed25519-priv, 32 bytes)")
    return Ed25519PrivateKey.from_private_bytes(raw[len(ED25519_PRIV_CODEC) :])
