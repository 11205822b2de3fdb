"""Secrets at rest: private keys are sealed with AES-256-GCM under a key derived from the master key."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_NONCE_BYTES = 12


def _derive_key(master_key: str, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(
        master_key.encode()
    )


def seal(plaintext: bytes, *, master_key: str, purpose: str) -> bytes:
    """Encrypt and authenticate; ``purpose`` binds the ciphertext to its use (a key for tokens...)."""
    nonce = os.urandom(_NONCE_BYTES)
    return nonce + AESGCM(_derive_key(master_key, purpose)).encrypt(nonce, plaintext, purpose.encode())


def unseal(sealed: bytes, *, master_key: str, purpose: str) -> bytes:
    nonce, ciphertext = sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:]
    return AESGCM(_derive_key(master_key, purpose)).decrypt(nonce, ciphertext, purpose.encode())


def new_client_secret() -> str:
    return secrets.token_urlsafe(32)


def hash_client_secret(secret: str) -> str:
    """SHA-256 suffices: secrets are 256 random bits we generate, never user-chosen passwords, so a
    slow password hash would add latency to every token request and no resistance to guessing."""
    return hashlib.sha256(secret.encode()).hexdigest()


def client_secret_matches(secret: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_client_secret(secret), stored_hash)
