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
            assert list(response["content"]) == ["application/problem+json"], (path, method, status)
            assert response["content"]["application/problem+json"]["schema"] == {
                "$ref": "#/components/schemas/Problem"
            }
    assert "HTTPValidationError" not in document["components"]["schemas"]
