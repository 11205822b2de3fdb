"""Examples of the success answers (and the VC-API's 400 verification results), by operationId, status
and media type; merged into the contracts by shared.web.openapi and checked against their schemas by
tests/test_openapi_examples.py. The services' own modules hold most of them; the identifiers are shared,
so that a batch, its credential and the credential's verification tell one story."""

from __future__ import annotations

from typing import Any

from shared.web.openapi_response_examples_issuer import ISSUER_RESPONSE_EXAMPLES
from shared.web.openapi_response_examples_quality import QUALITY_RESPONSE_EXAMPLES
from shared.web.openapi_response_examples_registry import REGISTRY_RESPONSE_EXAMPLES

# Lakeshore College, its micro-credential, and the batch and credential of the issuer's examples.
_COLLEGE = "61f29506-aa89-42f0-950c-059108b7eb34"
_MICRO_CREDENTIAL = "225097c6-d558-4ffb-9597-379128cb742f"
_BATCH = "c1043323-de38-4c8a-b113-416fb7d624ee"
_COMPLETION = "fe63d35a-42eb-4530-8bc0-9b8880f288d6"
_CREDENTIAL = "cc98279a-e5d8-48c4-ad36-6b656184fea4"
_REJECTED_COMPLETION = "6b5c4d3e-2f1a-4b0c-9d8e-7f6a5b4c3d2e"
_ISSUER = "http://127.0.0.1:8003"

_TOKEN_AND_CALLER_EXAMPLES: dict[tuple[str, ...], Any] = {
    ("issue_token", "200"): {
        "access_token": "eyJhbGciOiJFZERTQSIsImtpZCI6IjIwMjYtMTEifQ.eyJzdWIiOiJvbWNfM243UXgifQ.c2lnbmF0dXJl",
        "token_type": "Bearer",
        "expires_in": 900,
        "scope": "sis",
    },
    ("get_caller", "200"): {
        "client_id": "omc_3n7Qx",
        "organisation_id": _COLLEGE,
        "organisation_kind": "institution",
        "roles": ["sis"],
    },
}
_INTAKE_EXAMPLES: dict[tuple[str, ...], Any] = {
    ("receive_completions", "202"): {
        "id": _BATCH,
        "status_url": f"{_ISSUER}/v1/completion-batches/{_BATCH}",
        "received": 2,
        "accepted": 2,
        "duplicates": 0,
        "records": [
            {
                "index": 0,
                "sis_completion_id": "SIS-2026-000123",
                "outcome": "accepted",
                "completion_id": _COMPLETION,
            },
            {
                "index": 1,
                "sis_completion_id": "SIS-2026-000124",
                "outcome": "accepted",
                "completion_id": _REJECTED_COMPLETION,
            },
        ],
    },
    ("get_completion_batch", "200"): {
        "id": _BATCH,
        "organisation_id": _COLLEGE,
        "source": "json",
        "received_at": "2026-12-07T07:00:31.487686Z",
        "counts": {"pending": 0, "issued": 1, "rejected": 1, "failed": 0},
        "done": True,
        "completions": [
            {
                "id": _COMPLETION,
                "sis_completion_id": "SIS-2026-000123",
                "micro_credential_id": _MICRO_CREDENTIAL,
                "version": 1,
                "completed_on": "2026-12-07",
                "state": "issued",
                "reason": None,
                "attempts": 1,
                "credential_id": _CREDENTIAL,
                "updated_at": "2026-12-07T07:00:32.372430Z",
            },
            {
                "id": _REJECTED_COMPLETION,
                "sis_completion_id": "SIS-2026-000124",
                "micro_credential_id": _MICRO_CREDENTIAL,
                "version": 2,
                "completed_on": "2026-12-07",
                "state": "rejected",
                "reason": "version 2 has no recorded IQAP approval",
                "attempts": 1,
                "credential_id": None,
                "updated_at": "2026-12-07T07:00:32.372430Z",
            },
        ],
        "next_cursor": None,
    },
    ("create_claim", "201"): {
        "claim_id": "4c3b2a19-0f8e-4d7c-a6b5-c4d3e2f1a0b9",
        "credential_id": _CREDENTIAL,
        "url": f"{_ISSUER}/v1/claims/l_uKZol1-IkQYHLFO7i9Ea-g2a6TeJG6WKn4GgUpFXc/credential.json",
        "exchange_url": f"{_ISSUER}/exchanges/l_uKZol1-IkQYHLFO7i9Ea-g2a6TeJG6WKn4GgUpFXc",
        "expires_at": "2027-01-06T07:05:12Z",
    },
    # The wallets' protocols (docs/wallets-ob3.md, docs/wallets-openid4vci.md).
    ("ob3_register_client", "201"): {
        "client_id": "u8Xq2mT0cV7pL4sN9aR1eW6yB3dK5hJ0fG2iZ8oQ7nM",
        "client_secret": "Zr4pN8wQ1xT6vB0mS3kL7yH2cF9dJ5aE8uG1iO4qW7e",
        "client_id_issued_at": 1796140800,
        "client_secret_expires_at": 0,
        "client_name": "Example Wallet",
        "client_uri": "https://wallet.example/",
        "logo_uri": "https://wallet.example/logo.png",
        "tos_uri": "https://wallet.example/terms",
        "policy_uri": "https://wallet.example/privacy",
        "software_id": "c88b6ed8-269e-448e-99be-7e2ff47167d1",
        "software_version": "1.4.0",
        "redirect_uris": ["https://wallet.example/ob3/callback"],
        "token_endpoint_auth_method": "client_secret_basic",
        "grant_types": ["authorization_code", "refresh_token"],
        "response_types": ["code"],
        "scope": "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly",
    },
    ("ob3_token", "200"): {
        "access_token": "Hk3sP9vL2qX7mT0wB5nR8cY1eJ4gU6aD9fZ2iO7kW3s",
        "token_type": "Bearer",
        "expires_in": 3600,
        "scope": "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly",
        "refresh_token": "Qe7tY2uI5oP8aS1dF4gH7jK0lZ3xC6vB9nM2qW5eR8t",
    },
    ("credential_offer_by_reference", "200"): {
        "credential_issuer": _ISSUER,
        "credential_configuration_ids": ["omc_ldp_vc", "omc_jwt_vc_json"],
        "grants": {
            "urn:ietf:params:oauth:grant-type:pre-authorized_code": {
                "pre-authorized_code": "SplxlOBeZQQYbYS6WxSbIA-pre-authorized-code",
                "tx_code": {
                    "input_mode": "numeric",
                    "length": 6,
                    "description": "Enter the code your institution sent you by e-mail.",
                },
            }
        },
    },
    ("oid4vci_token", "200"): {
        "access_token": "eyJhbGciOiJub25lIn0-oid4vci-access-token",
        "token_type": "Bearer",
        "expires_in": 600,
    },
    ("oid4vci_nonce", "200"): {"c_nonce": "wKI4LT17ac15ES9bw8ac4-fresh-nonce"},
    ("oid4vci_credential", "202"): {"transaction_id": "8xLOxBtZp8-transaction-id", "interval": 5},
}


# By service, since operationIds are unique within a service only (each has its `get_health`, and
# `list_designations` is a registry list and a qa_api page); then by (operationId, status) for
# `application/json`, or (operationId, status, media type) for another media type.
RESPONSE_EXAMPLES: dict[str, dict[tuple[str, ...], Any]] = {
    "registry_api": {**REGISTRY_RESPONSE_EXAMPLES, **_TOKEN_AND_CALLER_EXAMPLES},
    "qa_api": {
        **QUALITY_RESPONSE_EXAMPLES,
        ("get_caller", "200"): _TOKEN_AND_CALLER_EXAMPLES[("get_caller", "200")],
    },
    "credential_issuer": {
        **ISSUER_RESPONSE_EXAMPLES,
        **_INTAKE_EXAMPLES,
        ("get_caller", "200"): _TOKEN_AND_CALLER_EXAMPLES[("get_caller", "200")],
    },
}


def response_example(
    service: str, operation_id: str, status: str, media_type: str = "application/json"
) -> Any | None:
    """The example answer of ``service``'s ``operation_id`` with ``status`` in ``media_type``, if one
    is written here."""
    examples = RESPONSE_EXAMPLES.get(service, {})
    if media_type == "application/json":
        return examples.get((operation_id, status))
    return examples.get((operation_id, status, media_type))
