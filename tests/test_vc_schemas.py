"""Open Badges 3.0 JSON Schema validation of the credentials the platform issues."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shared.vc.data_integrity import ProofOptions, add_proof
from shared.vc.schemas import (
    ACHIEVEMENT_CREDENTIAL_SCHEMA,
    OpenBadgeSchemaError,
    open_badge_errors,
    validate_open_badge,
)
from tests.support.jsonld_corpus import ISSUER_DID, open_badge_credential, rich_open_badge_credential

SCHEMAS_DIR = Path(__file__).resolve().parents[1] / "shared" / "vc" / "schemas"


def test_the_bundled_schema_is_the_recorded_file() -> None:
    readme = (SCHEMAS_DIR / "README.md").read_text()
    recorded = re.search(rf"`{re.escape(ACHIEVEMENT_CREDENTIAL_SCHEMA)}` \| `([0-9a-f]{{64}})`", readme)
    assert recorded is not None
    digest = hashlib.sha256((SCHEMAS_DIR / ACHIEVEMENT_CREDENTIAL_SCHEMA).read_bytes()).hexdigest()
    assert digest == recorded.group(1)


@pytest.mark.parametrize("make", [open_badge_credential, rich_open_badge_credential])
def test_issued_credentials_conform_signed_or_not(make: Any) -> None:
    credential = make()
    validate_open_badge(credential)
    key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    signed = add_proof(credential, key, ProofOptions(verification_method=f"{ISSUER_DID}#key-1"))
    validate_open_badge(signed)
    assert open_badge_errors(signed) == []


def without(path: tuple[Any, ...]) -> dict[str, Any]:
    credential = open_badge_credential()
    target = credential
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]
    return credential


def changed(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    credential = open_badge_credential()
    target = credential
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return credential


@pytest.mark.parametrize(
    ("credential", "expected"),
    [
        (without(("issuer",)), "'issuer' is a required property"),
        (without(("validFrom",)), "'validFrom' is a required property"),
        (without(("credentialSubject",)), "'credentialSubject' is a required property"),
        (changed(("validFrom",), "22 November 2026"), "$.validFrom: '22 November 2026' is not a 'date-time'"),
        (
            changed(("@context",), ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]),
            "$['@context']",
        ),
        (changed(("type",), ["VerifiableCredential"]), "$.type"),
        (
            changed(("credentialSubject", "achievement", "achievementType"), "Nanodegree"),
            "$.credentialSubject.achievement.achievementType",
        ),
    ],
)
def test_credentials_that_break_the_schema_are_reported_with_their_path(
    credential: dict[str, Any], expected: str
) -> None:
    errors = open_badge_errors(credential)
    assert any(expected in error for error in errors), errors
    with pytest.raises(OpenBadgeSchemaError) as raised:
        validate_open_badge(credential)
    assert raised.value.errors == errors
