"""The JSON-LD contexts the platform knows, served from files in the package, never fetched.

`bundled_contexts()` is the set every service uses (files and sources: contexts/README.md). A
`ContextSet` answers a JSON-LD processor's request for a context URL with the bundled document and
refuses every other URL with `ContextNotBundled`; no code path here opens a network connection.
Tests may add contexts of their own with `with_extra`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from cachetools import LRUCache

from shared.vc.errors import ContextNotBundled

CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"
CREDENTIALS_EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2"
OPEN_BADGES_V3_0_0 = "https://purl.imsglobal.org/spec/ob/v3p0/context.json"
OPEN_BADGES_V3_0_1 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json"
OPEN_BADGES_V3_0_2 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"
OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CLR_V2_0_0 = "https://purl.imsglobal.org/spec/clr/v2p0/context.json"
CLR_V2_0_1 = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
OPEN_BADGES_V3_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"
DID_V1 = "https://www.w3.org/ns/did/v1"
CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1"
ED25519_SIGNATURE_2020_V1 = "https://w3id.org/security/suites/ed25519-2020/v1"

BUNDLED_FILES: Mapping[str, str] = {
    CREDENTIALS_V2: "credentials-v2.json",
    CREDENTIALS_EXAMPLES_V2: "credentials-examples-v2.json",
    OPEN_BADGES_V3_0_0: "ob-v3p0-context-3.0.0.json",
    OPEN_BADGES_V3_0_1: "ob-v3p0-context-3.0.1.json",
    OPEN_BADGES_V3_0_2: "ob-v3p0-context-3.0.2.json",
    OPEN_BADGES_V3: "ob-v3p0-context-3.0.3.json",
    CLR_V2_0_0: "clr-v2p0-context-2.0.0.json",
    CLR_V2_0_1: "clr-v2p0-context-2.0.1.json",
    OPEN_BADGES_V3_EXTENSIONS: "ob-v3p0-extensions.json",
    DATA_INTEGRITY_V2: "data-integrity-v2.json",
    MULTIKEY_V1: "multikey-v1.json",
    DID_V1: "did-v1.json",
    CREDENTIALS_V1: "credentials-v1.json",
    ED25519_SIGNATURE_2020_V1: "ed25519-signature-2020-v1.json",
}

# The @context of an Open Badges 3.0 credential issued by the platform.
OPEN_BADGE_CONTEXT: tuple[str, ...] = (CREDENTIALS_V2, OPEN_BADGES_V3)


class ContextSet:
    """An immutable map from context URL to context document, and the document loader over it.

    Each set keeps its own cache of contexts resolved by pyld (the library's default cache is
    process-wide and keyed by URL alone, which would let one set see another's contexts). pyld's
    caches are not thread-safe, so `lock` serialises pyld work on one set.
    """

    def __init__(self, documents: Mapping[str, Mapping[str, Any]]) -> None:
        for url, document in documents.items():
            if not isinstance(document, Mapping) or "@context" not in document:
                raise ValueError(f"context document for {url!r} has no @context")
        self._documents: dict[str, Mapping[str, Any]] = dict(documents)
        self.pyld_cache: LRUCache[str, Any] = LRUCache(maxsize=100)
        self.lock = threading.Lock()

    def __contains__(self, url: object) -> bool:
        return url in self._documents

    def __iter__(self) -> Any:
        return iter(self._documents)

    def urls(self) -> frozenset[str]:
        return frozenset(self._documents)

    def document(self, url: str) -> Mapping[str, Any]:
        """The context document (the whole JSON document, with its `@context` member)."""
        try:
            return self._documents[url]
        except KeyError:
            raise ContextNotBundled(url) from None

    def with_extra(self, documents: Mapping[str, Mapping[str, Any]]) -> ContextSet:
        return ContextSet({**self._documents, **documents})

    def load_document(self, url: str, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """pyld's documentLoader: a RemoteDocument for a bundled URL, ContextNotBundled otherwise.

        The `static` tag lets pyld keep the resolved context in this set's cache between calls.
        """
        return {
            "contextUrl": None,
            "documentUrl": url,
            "document": self.document(url),
            "tag": "static",
        }


def read_bundled_file(name: str) -> bytes:
    return (resources.files("shared.vc") / "contexts" / name).read_bytes()


@cache
def bundled_contexts() -> ContextSet:
    """The platform's contexts, read once from the package."""
    return ContextSet({url: json.loads(read_bundled_file(name)) for url, name in BUNDLED_FILES.items()})
