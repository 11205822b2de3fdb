"""The examples in the contracts are valid: each validates against its operation's schema; every
request body of every operation has one, in each media type it accepts; and every operation's main
success answer (its lowest 2xx, in each JSON media type) has one, but for a short list of reasoned
exceptions."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from shared.db.migrations import PROJECT_ROOT
from shared.vc.data_integrity import verify

# The bodies integrators send most: guards against an operation being renamed from under its example.
INTEGRATOR_OPERATIONS = {
    "registry_api": {
        "issue_token",
        "create_micro_credential",
        "save_micro_credential_draft",
        "import_micro_credentials",
        "add_credit_transfer",
        "create_organisation",
        "update_organisation",
        "set_approved_qualification_types",
        "create_api_client",
    },
    "credential_issuer": {
        "receive_completions",
        "revoke_credential",
        "suspend_credential",
        "unsuspend_credential",
    },
}


_FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def _contract(service: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((PROJECT_ROOT / "openapi" / f"{service}.json").read_text())
    return document


def _bodies(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (operation["operationId"], media_type, content)
        for path_item in document["paths"].values()
        for operation in path_item.values()
        for media_type, content in operation.get("requestBody", {}).get("content", {}).items()
    ]


@pytest.mark.parametrize("service", ["registry_api", "qa_api", "credential_issuer"])
def test_every_example_validates_against_its_schema(service: str) -> None:
    document = _contract(service)
    checked = 0
    for operation_id, media_type, content in _bodies(document):
        if "example" not in content or media_type == "text/csv":
            continue
        schema = {**content["schema"], "components": document["components"]}
        errors = list(
            jsonschema.Draft202012Validator(schema, format_checker=_FORMATS).iter_errors(content["example"])
        )
        assert not errors, (operation_id, media_type, [e.message for e in errors])
        checked += 1
    assert checked >= len(INTEGRATOR_OPERATIONS.get(service, ()))


@pytest.mark.parametrize("service", ["registry_api", "qa_api", "credential_issuer"])
def test_every_request_body_has_an_example_for_each_media_type(service: str) -> None:
    bodies = _bodies(_contract(service))
    missing = [
        (operation_id, media_type) for operation_id, media_type, content in bodies if "example" not in content
    ]
    assert not missing
    named = {operation_id for operation_id, _, _ in bodies}
    assert INTEGRATOR_OPERATIONS.get(service, set()) <= named


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _answers(document: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(operationId, status, media type, content) of every JSON answer that is not a problem."""
    return [
        (operation["operationId"], status, media_type, content)
        for path_item in document["paths"].values()
        for operation in path_item.values()
        for status, response in operation["responses"].items()
        for media_type, content in response.get("content", {}).items()
        if _is_json(media_type) and media_type != "application/problem+json"
    ]


@pytest.mark.parametrize("service", ["registry_api", "qa_api", "credential_issuer"])
def test_answer_examples_validate_against_their_response_schema(service: str) -> None:
    document = _contract(service)
    checked = 0
    for operation_id, status, media_type, content in _answers(document):
        if "example" not in content:
            continue
        schema = {**content.get("schema", {}), "components": document["components"]}
        errors = list(
            jsonschema.Draft202012Validator(schema, format_checker=_FORMATS).iter_errors(content["example"])
        )
        assert not errors, (operation_id, status, media_type, [e.message for e in errors])
        checked += 1
    assert checked >= 20


# Operations whose main success answer is JSON but has no example, and why. Keep it short.
WITHOUT_SUCCESS_EXAMPLE: dict[str, dict[str, str]] = {
    "registry_api": {},
    "qa_api": {},
    "credential_issuer": {},
}


def _without_success_example(document: dict[str, Any]) -> set[str]:
    """operationIds whose lowest 2xx answer has a JSON media type without an example."""
    missing = set()
    for path_item in document["paths"].values():
        for operation in path_item.values():
            successes = sorted(status for status in operation["responses"] if status.startswith("2"))
            if not successes:
                continue
            content = operation["responses"][successes[0]].get("content", {})
            if any(_is_json(media_type) and "example" not in body for media_type, body in content.items()):
                missing.add(operation["operationId"])
    return missing


@pytest.mark.parametrize("service", ["registry_api", "qa_api", "credential_issuer"])
def test_every_main_success_answer_has_an_example(service: str) -> None:
    allowed = WITHOUT_SUCCESS_EXAMPLE[service]
    missing = _without_success_example(_contract(service))
    assert sorted(missing - allowed.keys()) == []
    # An exception that got its example, or whose operation is gone, leaves the list.
    assert sorted(allowed.keys() - missing) == []


def test_the_main_answers_of_an_sis_push_carry_examples() -> None:
    issuer = _contract("credential_issuer")
    intake = issuer["paths"]["/v1/institutions/{institution_id}/completions"]["post"]["responses"]["202"]
    batch = issuer["paths"]["/v1/completion-batches/{batch_id}"]["get"]["responses"]["200"]
    assert intake["content"]["application/json"]["example"]["accepted"] == 2
    assert batch["content"]["application/json"]["example"]["done"] is True
    token = _contract("registry_api")["paths"]["/oauth/token"]["post"]["responses"]["200"]
    assert token["content"]["application/json"]["example"]["token_type"] == "Bearer"


class _ExampleDidResolver:
    """Resolves only the DID of the contract's example DID document, to that document."""

    def __init__(self, did_document: dict[str, Any]) -> None:
        self._did_document = did_document

    async def resolve(self, did: str) -> dict[str, Any]:
        assert did == self._did_document["id"], did
        return self._did_document


async def test_the_signed_examples_are_genuine_and_verify_with_the_example_did_document() -> None:
    """The credentials in the issuer's contract were signed by the platform, not written by hand:
    their proofs verify against the example DID document's key."""
    paths = _contract("credential_issuer")["paths"]
    did_document = paths["/organisations/{organisation_id}/did.json"]["get"]["responses"]["200"]["content"]
    issued = paths["/credentials/issue"]["post"]["responses"]["201"]["content"]["application/json"]
    claimed = paths["/v1/claims/{token}/credential.json"]["get"]["responses"]["200"]["content"]
    status_list = paths["/v1/status-lists/{list_id}"]["get"]["responses"]["200"]["content"]
    resolver = _ExampleDidResolver(did_document["application/did+json"]["example"])
    for document in (
        issued["example"]["verifiableCredential"],
        claimed["application/vc+ld+json"]["example"],
        status_list["application/vc+ld+json"]["example"],
    ):
        result = await verify(document, resolver)
        assert result.verified, (document["id"], result)
