"""Hostile input on every route of every service: NUL and lone surrogates, integers beyond their
column, JSON nested 10,000 deep. Each gets a 4xx problem naming the field, never a 500, and the
service keeps answering. The routes are read from the apps, so a new route is swept too."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from services.credential_issuer.api.completions import STREAMED_PATHS
from shared.schemas.auth import OrganisationKind, Role
from shared.web.hostile_input import MAX_JSON_DEPTH, exceeds_json_depth, loads_bounded
from tests.support.platform import Platform

SERVICES = ["registry_api", "qa_api", "credential_issuer"]
PROBLEM = "application/problem+json"
DEEP_JSON = b"[" * 10_000 + b"]" * 10_000
DEEP_OBJECT = b'{"a":' * 10_000 + b"1" + b"}" * 10_000


def app_of(platform: Platform, service: str) -> FastAPI:
    """The service's app built from the running platform's settings (not started): its routes."""
    from services.credential_issuer.main import create_app as issuer
    from services.qa_api.main import create_app as qa
    from services.registry_api.main import create_app as registry

    if service == "registry_api":
        return registry(platform.registry)
    if service == "qa_api":
        return qa(platform.qa)
    return issuer(platform.issuer)


def operations(platform: Platform, service: str) -> list[tuple[str, str, dict[str, Any]]]:
    spec = app_of(platform, service).openapi()
    return [
        (method.upper(), path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    ]


def fill_path(path: str, value: str) -> str:
    return re.sub(r"\{[^}]+\}", value, path)


def field_names(response: httpx.Response) -> list[str]:
    return [error["field"] for error in response.json().get("errors", [])]


def assert_refused(response: httpx.Response, field: str, code: str | None = None) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    assert field in field_names(response), response.text
    if code is not None:
        assert code in [error["code"] for error in response.json()["errors"]]


def test_the_depth_prescan_counts_nesting_not_brackets_in_strings() -> None:
    at_limit = b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH
    assert not exceeds_json_depth(at_limit)
    assert exceeds_json_depth(b"[" + at_limit + b"]")
    assert exceeds_json_depth(b'{"a": ' + b'[{"b": ' * 40 + b"1" + b"}]" * 40 + b"}")
    assert not exceeds_json_depth(b'{"text": "' + b"[" * 500 + b'\\" {"}')
    assert not exceeds_json_depth(b"[[], [[]], {}, []]")
    # An escaped backslash ends no string; an escaped quote does not end one.
    assert exceeds_json_depth(b'{"a": "\\\\", "b": ' + b"[" * 70 + b"]" * 70 + b"}")
    assert not exceeds_json_depth(b'{"a": "\\"' + b"[" * 70 + b'", "b": 1}')
    with pytest.raises(ValueError, match="deeper"):
        loads_bounded(DEEP_JSON)
    with pytest.raises(ValueError, match="deeper"):
        loads_bounded(b"[" * 10_000)  # unbalanced: the parser alone would recurse
    assert loads_bounded('{"a": [1, {"b": "x"}]}') == {"a": [1, {"b": "x"}]}


@pytest.mark.parametrize("service", SERVICES)
async def test_nul_in_any_path_or_query_parameter_is_a_422_naming_it(
    platform: Platform, service: str
) -> None:
    base = platform.urls[service]
    checked = 0
    for method, path, operation in operations(platform, service):
        if "{" in path:
            response = await platform.http.request(method, base + fill_path(path, "a%00b"))
            assert_refused(response, "path")
            checked += 1
        for parameter in operation.get("parameters", []):
            if parameter["in"] != "query":
                continue
            url = base + fill_path(path, "00000000-0000-4000-8000-000000000000")
            response = await platform.http.request(method, url, params={parameter["name"]: "x\x00y"})
            assert_refused(response, f"query.{parameter['name']}", "unstorable_character")
            checked += 1
    assert checked > 5
    assert (await platform.http.get(f"{base}/health")).status_code == 200


@pytest.mark.parametrize("service", SERVICES)
async def test_nul_in_a_header_is_refused(platform: Platform, service: str) -> None:
    # httpx refuses to send NUL in a header, so the raw request is written by hand.
    host, port = platform.urls[service].removeprefix("http://").split(":")
    import asyncio

    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Thing: a\x00b\r\nConnection: close\r\n\r\n")
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), timeout=30)
    writer.close()
    status = int(answer.split(b" ", 2)[1])
    assert status in (400, 422), answer[:200]


@pytest.mark.parametrize("service", SERVICES)
async def test_every_json_body_refuses_deep_nesting_and_unstorable_strings(
    platform: Platform, service: str
) -> None:
    base = platform.urls[service]
    bodies = 0
    for method, path, operation in operations(platform, service):
        content = operation.get("requestBody", {}).get("content", {})
        if not any(media.endswith("json") for media in content):
            continue
        url = base + fill_path(path, "00000000-0000-4000-8000-000000000000")
        if method == "POST" and STREAMED_PATHS.fullmatch(url.removeprefix(base)):
            continue  # reads its body only once the caller is known: checked with a caller below
        headers = {"Content-Type": "application/json"}
        for deep in (DEEP_JSON, DEEP_OBJECT):
            assert_refused(
                await platform.http.request(method, url, content=deep, headers=headers),
                "body",
                "json_too_deep",
            )
        nul = json.dumps({"name_en": "a\x00b", "items": [{"x": "\ud800"}]})
        response = await platform.http.request(method, url, content=nul.encode(), headers=headers)
        assert response.status_code == 422, f"{method} {path}: {response.text}"
        assert set(field_names(response)) & {"body.name_en", "body.items.0.x"}, response.text
        bodies += 1
    assert bodies >= 1
    assert (await platform.http.get(f"{base}/health")).status_code == 200


async def test_a_valid_surrogate_pair_is_kept(platform: Platform) -> None:
    headers = await platform.auth(platform.admin)
    body = json.dumps(
        {"slug": f"emoji-{id(platform) % 10_000}", "kind": "portal", "name_en": "Portail \U0001f600"}
    )
    assert "\\ud83d\\ude00" in body
    response = await platform.http.post(
        f"{platform.registry.public_url}/v1/organisations",
        content=body.encode(),
        headers={**headers, "Content-Type": "application/json"},
    )
    assert response.status_code in (201, 409), response.text
    if response.status_code == 201:
        assert response.json()["name_en"] == "Portail \U0001f600"


async def test_a_stored_field_with_nul_is_named(platform: Platform) -> None:
    response = await platform.http.post(
        f"{platform.registry.public_url}/v1/organisations",
        json={"slug": "nul-name", "kind": "portal", "name_en": "Evil\x00Co"},
        headers=await platform.auth(platform.admin),
    )
    assert_refused(response, "body.name_en", "unstorable_character")


@pytest.mark.parametrize(
    ("service", "path", "params", "field"),
    [
        ("registry_api", "/v1/catalogue/micro-credentials", {"oqf_level": "2147483648"}, "query.oqf_level.0"),
        (
            "registry_api",
            "/v1/catalogue/micro-credentials",
            {"oqf_level": "-2147483649"},
            "query.oqf_level.0",
        ),
        ("registry_api", "/v1/catalogue/micro-credentials", {"limit": str(2**70)}, "query.limit"),
        ("registry_api", "/v1/catalogue/micro-credentials", {"hours_min": "1e308"}, "query.hours_min"),
        ("qa_api", f"/v1/ledger/entries/{2**63}", {}, "path.seq"),
        ("qa_api", f"/v1/ledger/entries/{2**63}/proof", {}, "path.seq"),
        ("qa_api", "/v1/ledger/entries/1/proof", {"tree_size": str(2**63)}, "query.tree_size"),
        ("qa_api", f"/v1/ledger/checkpoints/{2**64}", {}, "path.tree_size"),
        ("qa_api", "/v1/ledger/entries", {"limit": str(2**63)}, "query.limit"),
        (
            "registry_api",
            f"/v1/catalogue/micro-credentials/00000000-0000-4000-8000-000000000000/versions/{2**31}",
            {},
            "path.version",
        ),
    ],
)
async def test_integers_beyond_their_column_are_a_422_naming_the_field(
    platform: Platform, service: str, path: str, params: dict[str, str], field: str
) -> None:
    response = await platform.http.get(platform.urls[service] + path, params=params)
    assert_refused(response, field)


@pytest.mark.parametrize("service", SERVICES)
async def test_no_integer_parameter_of_a_public_route_reaches_the_database_out_of_range(
    platform: Platform, service: str
) -> None:
    """Every integer path or query parameter, at 2^63: a 422 naming it (public routes), or at
    least no 500 where authentication answers first."""
    base = platform.urls[service]
    for method, path, operation in operations(platform, service):
        public = not operation.get("security")
        for parameter in operation.get("parameters", []):
            schema = parameter.get("schema", {})
            kinds = {schema.get("type"), schema.get("items", {}).get("type")} | {
                option.get("type") for option in schema.get("anyOf", [])
            }
            if "integer" not in kinds or parameter["in"] not in ("path", "query"):
                continue
            url_path = fill_path(path, "00000000-0000-4000-8000-000000000000")
            params = {}
            if parameter["in"] == "path":
                url_path = path.replace("{" + parameter["name"] + "}", str(2**63))
                url_path = fill_path(url_path, "00000000-0000-4000-8000-000000000000")
            else:
                params = {parameter["name"]: str(2**63)}
            response = await platform.http.request(method, base + url_path, params=params)
            assert response.status_code < 500, f"{method} {path} {parameter['name']}: {response.text}"
            if public:
                assert response.status_code == 422, f"{method} {path}: {response.text}"
                assert any(parameter["name"] in name for name in field_names(response)), response.text


@pytest.fixture
async def institution(platform: Platform) -> dict[str, Any]:
    organisation = await platform.new_organisation(OrganisationKind.INSTITUTION)
    return {
        "id": organisation["id"],
        "registrar": await platform.auth(await platform.new_client(organisation["id"], [Role.INSTITUTION])),
        "sis": await platform.auth(await platform.new_client(organisation["id"], [Role.SIS])),
    }


@pytest.mark.parametrize("body", [DEEP_JSON, DEEP_OBJECT], ids=["array", "object"])
async def test_the_bulk_import_and_the_completion_intake_refuse_deep_json(
    platform: Platform, institution: dict[str, Any], body: bytes
) -> None:
    imports = f"{platform.registry.public_url}/v1/organisations/{institution['id']}/micro-credentials/import"
    completions = f"{platform.issuer.public_url}/v1/institutions/{institution['id']}/completions"
    for url, headers in ((imports, institution["registrar"]), (completions, institution["sis"])):
        response = await platform.http.post(
            url, content=body, headers={**headers, "Content-Type": "application/json"}
        )
        assert_refused(response, "body", "json_too_deep")
    assert (await platform.http.get(f"{platform.issuer.public_url}/health")).status_code == 200


async def test_the_streamed_intake_refuses_unstorable_strings_and_keeps_surrogate_pairs(
    platform: Platform, institution: dict[str, Any]
) -> None:
    completions = f"{platform.issuer.public_url}/v1/institutions/{institution['id']}/completions"
    headers = {**institution["sis"], "Content-Type": "application/json"}
    for body, field in (
        (json.dumps({"name_en": "a\x00b", "items": [{"x": "\ud800"}]}), "body"),
        (json.dumps({"completions": [{"sis_completion_id": "\udc00"}]}), "body"),
        (
            json.dumps({"completions": [{"sis_completion_id": "S-1"}, {"learner": {"name": "a\x00"}}]}),
            "body.completions.1.learner.name",
        ),
    ):
        response = await platform.http.post(completions, content=body.encode(), headers=headers)
        assert_refused(response, field, "unstorable_character")
    paired = json.dumps({"completions": [{"sis_completion_id": "S-\U0001f600"}]})
    assert "\\ud83d\\ude00" in paired
    response = await platform.http.post(completions, content=paired.encode(), headers=headers)
    # The pair decodes: the record is refused for its missing fields, not for the surrogates.
    assert response.status_code == 422, response.text
    assert "unstorable_character" not in response.text
    assert "body.completions.0.version" in field_names(response)


async def test_a_csv_with_nul_names_its_line(platform: Platform, institution: dict[str, Any]) -> None:
    imports = f"{platform.registry.public_url}/v1/organisations/{institution['id']}/micro-credentials/import"
    completions = f"{platform.issuer.public_url}/v1/institutions/{institution['id']}/completions"
    csv = b"course_code,title_en\nA-1,Fine\nA-2,Bad\x00title\n"
    for url, headers in ((imports, institution["registrar"]), (completions, institution["sis"])):
        response = await platform.http.post(url, content=csv, headers={**headers, "Content-Type": "text/csv"})
        assert_refused(response, "body", "unstorable_character")
        assert "Line 3" in response.json()["errors"][0]["message"]


async def test_the_verification_page_survives_deep_and_unstorable_json(platform: Platform) -> None:
    url = f"{platform.issuer.public_url}/verify"
    pasted = await platform.http.post(url, data={"credential_json": DEEP_JSON.decode()})
    assert pasted.status_code == 422
    assert pasted.headers["content-type"].startswith("text/html")
    uploaded = await platform.http.post(
        url, files={"credential_file": ("deep.json", DEEP_OBJECT, "application/json")}
    )
    assert uploaded.status_code == 422
    assert uploaded.headers["content-type"].startswith("text/html")
    escaped = await platform.http.post(
        url, files={"credential_json": (None, '{"@context": ["\\ud800"], "name": "\\u0000"}')}
    )
    assert escaped.status_code == 422, escaped.text
    raw_surrogate = await platform.http.post(
        url, files={"credential_json": (None, b'{"name": "\xed\xa0\x80"}')}
    )
    assert raw_surrogate.status_code < 500
    nul_field = await platform.http.post(url, data={"credential_json": "{\x00}"})
    assert_refused(nul_field, "body.credential_json", "unstorable_character")
    assert (await platform.http.get(url)).status_code == 200
