"""The bundled JSON-LD contexts: the files are the ones recorded in their README, the loader serves
only them, and nothing is fetched."""

from __future__ import annotations

import hashlib
import re
import socket
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from shared.vc.contexts import (
    BUNDLED_FILES,
    CREDENTIALS_V2,
    OPEN_BADGES_V3,
    bundled_contexts,
    read_bundled_file,
)
from shared.vc.errors import ContextNotBundled

CONTEXTS_DIR = Path(__file__).resolve().parents[1] / "shared" / "vc" / "contexts"


def readme_rows() -> dict[str, tuple[str, str]]:
    """context URL -> (file, SHA-256) from the table in contexts/README.md."""
    rows = {}
    for line in (CONTEXTS_DIR / "README.md").read_text().splitlines():
        match = re.match(r"^\| `(https://[^`]+)` \| `([^`]+)` \| `([0-9a-f]{64})` \|", line)
        if match:
            rows[match.group(1)] = (match.group(2), match.group(3))
    return rows


def test_every_bundled_file_is_recorded_in_the_readme_with_its_hash() -> None:
    rows = readme_rows()
    assert set(rows) == set(BUNDLED_FILES)
    for url, name in BUNDLED_FILES.items():
        assert rows[url][0] == name
        assert hashlib.sha256(read_bundled_file(name)).hexdigest() == rows[url][1], name
    assert {path.name for path in CONTEXTS_DIR.glob("*.json")} == set(BUNDLED_FILES.values())


def test_the_loader_serves_bundled_contexts_as_pyld_remote_documents() -> None:
    contexts = bundled_contexts()
    remote = contexts.load_document(CREDENTIALS_V2)
    assert remote["documentUrl"] == CREDENTIALS_V2
    assert remote["document"]["@context"]["VerifiableCredential"]["@id"] == (
        "https://www.w3.org/2018/credentials#VerifiableCredential"
    )
    assert "AchievementSubject" in contexts.document(OPEN_BADGES_V3)["@context"]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.w3.org/2018/credentials/examples/v1",
        "https://evil.example/context.json",
        "http://www.w3.org/ns/credentials/v2",  # not the https URL that is bundled
        "file:///etc/passwd",
    ],
)
def test_the_loader_refuses_any_other_url_naming_it(url: str) -> None:
    with pytest.raises(ContextNotBundled) as raised:
        bundled_contexts().load_document(url)
    assert raised.value.url == url
    assert url in str(raised.value)


def test_pyld_with_the_loader_never_opens_a_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even called directly (without the checks of shared.vc.canonicalize), pyld gets the
    refusal from the loader rather than trying the network."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        attempts.append(args)
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    document = {"@context": "https://contexts.example/unbundled", "name": "x"}
    with pytest.raises(jsonld.JsonLdError) as raised:
        jsonld.expand(document, {"documentLoader": bundled_contexts().load_document})
    cause: BaseException | None = raised.value
    while cause is not None and not isinstance(cause, ContextNotBundled):
        cause = cause.__cause__
    assert isinstance(cause, ContextNotBundled)
    assert attempts == []


def test_context_sets_do_not_share_resolved_contexts() -> None:
    """pyld's own cache is process-wide and keyed by URL; each set keeps its own, so a context added
    to one set for a test is never seen through another."""
    extra = bundled_contexts().with_extra({"https://contexts.example/x": {"@context": {"x": "urn:x"}}})
    assert "https://contexts.example/x" in extra
    assert "https://contexts.example/x" not in bundled_contexts()
    assert extra.pyld_cache is not bundled_contexts().pyld_cache
