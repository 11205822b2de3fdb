"""The committed contracts in openapi/ are what the code generates, and follow the house rules."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ops.openapi_export import APP_BUILDERS, contract_path, render

SERVICES = list(APP_BUILDERS)
METHODS = {"get", "post", "put", "patch", "delete"}


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


@pytest.mark.parametrize("service", SERVICES)
def test_committed_contract_matches_the_code(service: str) -> None:
    committed = contract_path(service).read_text(encoding="utf-8")
    assert committed == render(service), f"openapi/{service}.json is stale: run `make openapi` and commit it"


@pytest.mark.parametrize("service", SERVICES)
def test_contract_is_openapi_3_1_with_stable_unique_operation_ids(service: str) -> None:
    document = json.loads(render(service))
    assert document["openapi"].startswith("3.1")
    ids = [operation["operationId"] for _, _, operation in operations(document)]
    assert len(ids) == len(set(ids))
    for operation_id in ids:
        assert operation_id.isidentifier(), operation_id
        assert "_" in operation_id, f"{operation_id}: name operations verb_noun"


# The VC-API verifiers answer a credential or presentation that does not verify with 400 and the
# same VerificationResult as a 200 (VC-API), not with a problem.
VC_API_RESULTS = {
    ("/credentials/verify", "post", "400"): "VerificationReport",
    ("/presentations/verify", "post", "400"): "PresentationVerificationReport",
}
# OpenID4VCI's token, credential and deferred credential endpoints answer errors in the OAuth shape
# the specification defines (`error`, `error_description`), which wallets read.
VC_API_RESULTS |= {
    (path, "post", status): "OAuthError"
    for path in ("/oid4vci/token", "/oid4vci/credential", "/oid4vci/deferred-credential")
    for status in ("400", "401")
    if (path, status) != ("/oid4vci/token", "401")
}


# The Open Badges 3.0 API answers its errors in its specifications' shapes (docs/wallets-ob3.md).
OB3_ERROR_SCHEMAS = {"#/components/schemas/ImsxStatusInfo", "#/components/schemas/OAuthErrorBody"}
# The learner's consent and authorised-applications pages answer these errors with an HTML page.
HTML_ERROR_PAGES = {
    ("/ims/ob/v3p0/auth/authorize", "get", "400"),
    ("/ims/ob/v3p0/auth/authorize", "post", "400"),
    ("/ims/ob/v3p0/auth/authorize", "post", "403"),
    ("/learner/clients/{client_id}/revocation", "post", "403"),
}


@pytest.mark.parametrize("service", SERVICES)
def test_every_error_response_is_declared_as_problem_json(service: str) -> None:
    document = json.loads(render(service))
    for path, method, operation in operations(document):
        errors = {
            status: response for status, response in operation["responses"].items() if status[0] in "45"
        }
        assert {"422", "500"} <= errors.keys(), (path, method)
        if operation.get("security"):
            assert {"401", "403"} <= errors.keys(), (path, method)
        for status, response in errors.items():
            result = VC_API_RESULTS.get((path, method, status))
            if result is not None:
                assert list(response["content"]) == ["application/json"], (path, status)
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": f"#/components/schemas/{result}"}, (path, status)
                continue
            if path.startswith("/ims/ob/v3p0/") and list(response["content"]) == ["application/json"]:
                assert response["content"]["application/json"]["schema"]["$ref"] in OB3_ERROR_SCHEMAS
                continue
            if list(response["content"]) == ["text/html"]:  # a page's own error page
                assert (path, method, status) in HTML_ERROR_PAGES, (path, method, status)
                continue
            assert list(response["content"]) == ["application/problem+json"], (path, method, status)
            assert response["content"]["application/problem+json"]["schema"] == {
                "$ref": "#/components/schemas/Problem"
            }
    assert "HTTPValidationError" not in document["components"]["schemas"]


# JSON bodies the contracts may leave untyped, (service, path, method, status, media type): reason.
# Keep it short and empty if possible: a generated client gets `Any` for each.
UNTYPED_JSON_ALLOWED: dict[tuple[str, str, str, str, str], str] = {}


def _untyped(schema: dict[str, Any]) -> bool:
    """An empty schema, or a bare object that names no properties, additionalProperties or $ref."""
    return not schema or (
        schema.get("type") == "object"
        and not {"properties", "additionalProperties", "$ref", "anyOf", "oneOf", "allOf"} & schema.keys()
    )


@pytest.mark.parametrize("service", SERVICES)
def test_every_json_response_is_typed(service: str) -> None:
    document = json.loads(render(service))
    untyped = [
        (service, path, method, status, media_type)
        for path, method, operation in operations(document)
        for status, response in operation["responses"].items()
        for media_type, body in response.get("content", {}).items()
        if "json" in media_type and _untyped(body.get("schema", {}))
    ]
    unexplained = [found for found in untyped if found not in UNTYPED_JSON_ALLOWED]
    assert not unexplained, f"give these responses a schema (a Pydantic model): {unexplained}"
    stale = [allowed for allowed in UNTYPED_JSON_ALLOWED if allowed[0] == service and allowed not in untyped]
    assert not stale, f"typed now: take them off UNTYPED_JSON_ALLOWED: {stale}"
