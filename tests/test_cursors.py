"""Every keyset-paged list refuses a cursor it did not issue with a 422 naming `query.after`."""

from __future__ import annotations

import base64
import json

import pytest

from tests.support.platform import Platform

LISTS = [
    ("qa_api", "/v1/ledger/entries"),
    ("qa_api", "/v1/reviews"),
    ("qa_api", "/v1/decisions"),
    ("qa_api", "/v1/approvals"),
    ("qa_api", "/v1/partnerships"),
    ("qa_api", "/v1/designations"),
    ("qa_api", "/v1/deqar/decisions"),
    ("registry_api", "/v1/catalogue/changes"),
    ("registry_api", "/v1/organisations"),
]


def forged(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps([value]).encode()).decode().rstrip("=")


@pytest.mark.parametrize(("service", "path"), LISTS)
@pytest.mark.parametrize("value", ["abc", -1, 2**70, 1.5, True, None], ids=str)
async def test_a_forged_cursor_is_a_422_not_a_500(
    platform: Platform, service: str, path: str, value: object
) -> None:
    response = await platform.http.get(f"{platform.urls[service]}{path}", params={"after": forged(value)})
    if path == "/v1/organisations" and isinstance(value, str):
        assert response.status_code == 200, "a slug cursor is a string"
        return
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["field"] == "query.after"
