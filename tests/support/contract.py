"""Checks an answer against the committed contract (openapi/<service>.json): the body of a JSON
answer validates against the schema its operation declares for that status, so the contract's types
are the ones the routes really send."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import httpx
import jsonschema

from shared.db.migrations import PROJECT_ROOT


@functools.cache
def _contract(service: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((PROJECT_ROOT / "openapi" / f"{service}.json").read_text())
    return document


def _operation(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    for template, item in document["paths"].items():
        pattern = "^" + re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path) and method in item:
            operation: dict[str, Any] = item[method]
            return operation
    raise AssertionError(f"{method.upper()} {path} is not in the contract")


def assert_matches_contract(response: httpx.Response, service: str = "credential_issuer") -> Any:
    """The response's JSON body, after checking it against the schema its operation declares for
    its status and media type (a body-less answer must be declared without content)."""
    document = _contract(service)
    operation = _operation(
        document, response.request.method.lower(), urlsplit(str(response.request.url)).path
    )
    declared = operation["responses"].get(str(response.status_code))
    assert declared is not None, (operation["operationId"], response.status_code, "status not declared")
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    if not response.content:
        assert not declared.get("content"), (operation["operationId"], "declares a body; none was sent")
        return None
    assert media_type in declared.get("content", {}), (operation["operationId"], media_type)
    body = response.json()
    schema = {**declared["content"][media_type]["schema"], "components": document["components"]}
    errors = [error.message for error in jsonschema.Draft202012Validator(schema).iter_errors(body)]
    assert not errors, (operation["operationId"], response.status_code, errors[:5])
    return body


def checked_against_contract(
    base_url: str, path_prefixes: tuple[str, ...], service: str = "credential_issuer"
) -> Callable[[httpx.Response], Awaitable[None]]:
    """An httpx response hook: every JSON answer from ``base_url`` under one of ``path_prefixes``
    must match the contract (assert_matches_contract), whichever test sends the request."""

    async def check(response: httpx.Response) -> None:
        url = urlsplit(str(response.request.url))
        if not str(response.request.url).startswith(base_url) or not url.path.startswith(path_prefixes):
            return
        await response.aread()
        if "json" in response.headers.get("content-type", "") or not response.content:
            assert_matches_contract(response, service)

    return check
