"""Decentralized identifiers for issuers: did:key (Ed25519) and did:web, and finding the public key a
proof's `verificationMethod` names.

- did:key (W3C CCG did:key v0.7): `did:key:` + the key's Multikey (`z6Mk...`); its DID document is
  derived from the identifier alone, so it resolves without I/O. Used by tests and for ad-hoc keys.
- did:web (W3C CCG did:web): `did:web:<host>[%3A<port>][:<path>...]`, whose DID document is served
  at `https://<host>[:<port>]/<path>/did.json`, or `/.well-known/did.json` without a path.
  `did_web_url` gives that address; `did_web_document` builds the document an organisation
  publishes. Fetching it is the service's job (an HTTP `DidResolver`); here `StaticDidResolver`
  serves documents it is given.

A verifier gets keys through `resolve_verification_key(resolver, verification_method, purpose)`,
which checks what the DID document says: the method belongs to the DID, is listed under the proof
purpose (e.g. `assertionMethod`), and is an Ed25519 Multikey.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol
from urllib.parse import quote, unquote

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from shared.vc.contexts import DID_V1, MULTIKEY_V1
from shared.vc.errors import DidError
from shared.vc.multikey import multikey_to_public_key, public_key_to_multikey

DID_DOCUMENT_CONTEXT: tuple[str, ...] = (DID_V1, MULTIKEY_V1)
VERIFICATION_RELATIONSHIPS = (
    "authentication",
    "assertionMethod",
    "keyAgreement",
    "capabilityInvocation",
    "capabilityDelegation",
)
# Key types whose `publicKeyMultibase` holds an Ed25519 public Multikey.
_ED25519_MULTIBASE_TYPES = frozenset({"Multikey", "Ed25519VerificationKey2020"})
# A host name (LDH labels) or IPv4 address; did:web allows no user info, IPv6 literal or path tricks.
_HOST = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
)
_PATH_SEGMENT = re.compile(r"^[A-Za-z0-9._~!$&'()*+,;=@-]+$")


def split_did_url(did_url: str) -> tuple[str, str | None]:
    """`did:web:example.ca#key-1` -> (`did:web:example.ca`, `key-1`). Paths and queries are refused."""
    did, _, fragment = did_url.partition("#")
    if not did.startswith("did:") or any(character in did for character in "/?"):
        raise DidError(f"{did_url!r} is not a DID URL of the form did:<method>:<id>[#<fragment>]")
    return did, (fragment or None)


# --- did:key ------------------------------------------------------------------------------------


def did_key_from_public_key(key: Ed25519PublicKey) -> str:
    return "did:key:" + public_key_to_multikey(key)


def did_key_verification_method(key: Ed25519PublicKey) -> str:
    """The DID URL of the key's verification method: `did:key:z6Mk...#z6Mk...`."""
    multikey = public_key_to_multikey(key)
    return f"did:key:{multikey}#{multikey}"


def public_key_from_did_key(did: str) -> Ed25519PublicKey:
    if not did.startswith("did:key:"):
        raise DidError(f"{did!r} is not a did:key")
    return multikey_to_public_key(did.removeprefix("did:key:"))


def did_key_document(did: str) -> dict[str, Any]:
    """The DID document a did:key stands for (did:key v0.7 §3.1.2, Multikey representation)."""
    key = public_key_from_did_key(did)
    multikey = public_key_to_multikey(key)
    method_id = f"{did}#{multikey}"
    return {
        "@context": list(DID_DOCUMENT_CONTEXT),
        "id": did,
        "verificationMethod": [
            {"id": method_id, "type": "Multikey", "controller": did, "publicKeyMultibase": multikey}
        ],
        "authentication": [method_id],
        "assertionMethod": [method_id],
        "capabilityInvocation": [method_id],
        "capabilityDelegation": [method_id],
    }


# --- did:web ------------------------------------------------------------------------------------


def did_web(host: str, *path: str, port: int | None = None) -> str:
    """`did_web("issuer.example.ca", "orgs", "uoft", port=8443)` ->
    `did:web:issuer.example.ca%3A8443:orgs:uoft`."""
    if not _HOST.match(host):
        raise DidError(f"{host!r} is not a host name")
    if port is not None and not 0 < port < 65536:
        raise DidError(f"port {port} is out of range")
    for segment in path:
        if not _PATH_SEGMENT.match(segment) or segment in (".", ".."):
            raise DidError(f"{segment!r} is not a did:web path segment")
    authority = host.lower() + (quote(f":{port}") if port is not None else "")
    return ":".join(("did:web", authority, *path))


def did_web_url(did: str) -> str:
    """The HTTPS URL of a did:web's DID document (did:web §3.2 Read)."""
    if not did.startswith("did:web:"):
        raise DidError(f"{did!r} is not a did:web")
    authority, *path = did.removeprefix("did:web:").split(":")
    host, _, port = unquote(authority).partition(":")
    if not _HOST.match(host) or (port and not (port.isdigit() and 0 < int(port) < 65536)):
        raise DidError(f"{did!r} does not name a host (and optional port)")
    segments = [unquote(segment) for segment in path]
    for segment in segments:
        if not _PATH_SEGMENT.match(segment) or segment in (".", ".."):
            raise DidError(f"{did!r} has an invalid path segment {segment!r}")
    location = host.lower() + (f":{port}" if port else "")
    suffix = "/".join(segments) if segments else ".well-known"
    return f"https://{location}/{suffix}/did.json"


def did_web_document(
    did: str, keys: Mapping[str, Ed25519PublicKey], *, also_known_as: Sequence[str] = ()
) -> dict[str, Any]:
    """The DID document one organisation publishes: one Multikey verification method per key
    (`keys` maps the fragment, e.g. `key-2026-11`, to the public key), each usable to sign
    credentials (`assertionMethod`) and to authenticate. Retired keys that must still verify
    credentials issued earlier stay in `keys`."""
    if not keys:
        raise DidError("a DID document needs at least one key")
    did_web_url(did)  # validates the DID
    methods = []
    for fragment, key in keys.items():
        if not fragment or "#" in fragment:
            raise DidError(f"{fragment!r} is not a key fragment")
        methods.append(
            {
                "id": f"{did}#{fragment}",
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": public_key_to_multikey(key),
            }
        )
    document: dict[str, Any] = {"@context": list(DID_DOCUMENT_CONTEXT), "id": did}
    if also_known_as:
        document["alsoKnownAs"] = list(also_known_as)
    ids = [method["id"] for method in methods]
    document |= {"verificationMethod": methods, "assertionMethod": ids, "authentication": list(ids)}
    return document


# --- resolution ---------------------------------------------------------------------------------


class DidResolver(Protocol):
    async def resolve(self, did: str) -> Mapping[str, Any]:
        """The DID document of `did`, or DidError when it cannot be had."""
        ...


class StaticDidResolver:
    """did:key from the identifier itself, anything else from the documents given."""

    def __init__(self, documents: Iterable[Mapping[str, Any]] = ()) -> None:
        self._documents = {document["id"]: document for document in documents}

    async def resolve(self, did: str) -> Mapping[str, Any]:
        if did.startswith("did:key:"):
            return did_key_document(did)
        try:
            return self._documents[did]
        except KeyError:
            raise DidError(f"{did!r} could not be resolved") from None


async def resolve_verification_key(
    resolver: DidResolver, verification_method: str, proof_purpose: str
) -> Ed25519PublicKey:
    """The Ed25519 key of `verification_method` (a DID URL), once its DID document shows that the
    method belongs to the DID and may be used for `proof_purpose`."""
    if proof_purpose not in VERIFICATION_RELATIONSHIPS:
        raise DidError(f"{proof_purpose!r} is not a verification relationship")
    did, fragment = split_did_url(verification_method)
    if fragment is None:
        raise DidError(f"{verification_method!r} names no verification method (no #fragment)")
    document = await resolver.resolve(did)
    if document.get("id") != did:
        raise DidError(f"the DID document of {did!r} is about {document.get('id')!r}")

    def absolute(reference: str) -> str:
        return did + reference if reference.startswith("#") else reference

    methods: dict[str, Mapping[str, Any]] = {}
    for entry in [*_list(document.get("verificationMethod")), *_list(document.get(proof_purpose))]:
        if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
            methods[absolute(entry["id"])] = entry
    authorised = {
        absolute(entry if isinstance(entry, str) else entry.get("id", ""))
        for entry in _list(document.get(proof_purpose))
        if isinstance(entry, str | Mapping)
    }
    if verification_method not in authorised:
        raise DidError(f"{verification_method!r} is not listed under {proof_purpose} in the DID document")
    method = methods.get(verification_method)
    if method is None:
        raise DidError(f"the DID document of {did!r} has no verification method {verification_method!r}")
    if method.get("controller") != did:
        raise DidError(f"{verification_method!r} is controlled by {method.get('controller')!r}, not {did!r}")
    if method.get("type") not in _ED25519_MULTIBASE_TYPES or not isinstance(
        method.get("publicKeyMultibase"), str
    ):
        raise DidError(f"{verification_method!r} is not an Ed25519 Multikey")
    return multikey_to_public_key(method["publicKeyMultibase"])


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
