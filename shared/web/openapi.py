"""OpenAPI conventions: operationIds are route names, and every error is declared as problem+json."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from shared.schemas.problems import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE, Problem
from shared.web.openapi_examples import request_example
from shared.web.openapi_response_examples import response_example

# Errors any route can answer with, whatever it declares itself.
_COMMON_ERRORS = {
    "422": "Invalid input; `errors` names each failing field",
    "500": "Unexpected error; quote the request id",
    "503": "The database or another service did not answer; retry after `Retry-After` seconds",
}
_AUTHENTICATED_ERRORS = {"401": "Missing, forged, expired or wrong-audience token", "403": "Role not allowed"}


def operation_id(route: APIRoute) -> str:
    """Stable operationIds for generated clients: the route's explicit name."""
    return route.name


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries declaring problem+json for the given statuses."""
    return {status: {"model": Problem, "content": {PROBLEM_MEDIA_TYPE: {}}} for status in statuses}


# What FastAPI declares for errors, replaced here by Problem.
_PROBLEM_SCHEMAS = frozenset({"#/components/schemas/Problem", "#/components/schemas/HTTPValidationError"})


def _declares_own_body(response: dict[str, Any]) -> bool:
    """A 4xx that answers with a document of its own rather than a problem: the VC-API's 400
    VerificationResult (`application/json` with a schema other than Problem), or a page's HTML
    error page (`text/html`)."""
    content = response.get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    if schema and schema.get("$ref") not in _PROBLEM_SCHEMAS:
        return True
    return bool(content.get("text/html", {}).get("schema"))


# One example problem per status, so generated docs and clients show the body a caller will parse.
_PROBLEM_EXAMPLES: dict[str, tuple[str, str, str]] = {
    "400": ("bad-request", "Bad request", "The request could not be understood."),
    "401": ("unauthenticated", "Authentication required", "The access token has expired."),
    "403": ("forbidden", "Not allowed", "This operation needs one of the roles: registrar."),
    "404": ("not-found", "Not found", "No micro-credential 225097c6-d558-4ffb-9597-379128cb742f."),
    "409": ("conflict", "Conflict", "Version 2 is already submitted."),
    "413": ("payload-too-large", "Request body too large", "The body exceeds 1048576 bytes."),
    "415": ("unsupported-media-type", "Unsupported media type", "Send text/csv or application/json."),
    "422": ("validation-error", "Invalid input", "1 field failed validation."),
    "500": ("internal-error", "Internal server error", "Quote the request id to the operators."),
    "503": ("upstream-unavailable", "A service this request needs did not answer", "qa_api did not answer."),
}
_REQUEST_ID_HEADER = {
    "description": "The request's correlation id (the caller's `X-Request-ID` or a fresh one).",
    "schema": {"type": "string"},
}
_RETRY_AFTER_HEADER = {
    "description": "Seconds to wait before retrying.",
    "schema": {"type": "integer", "minimum": 0},
}


def _problem_example(status: str, path: str) -> dict[str, Any]:
    slug, title, detail = _PROBLEM_EXAMPLES.get(status, _PROBLEM_EXAMPLES["500"])
    example: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + slug,
        "title": title,
        "status": int(status),
        "detail": detail,
        "instance": path,
        "request_id": "6f1c2a4e9b8d4f0aa1c3e5b7d9f0a2c4",
    }
    if status == "422":
        example["errors"] = [
            {"field": "body.email", "message": "value is not a valid email address", "code": "value_error"}
        ]
    return example


def _declare_headers(operation: dict[str, Any]) -> None:
    """Declare the response headers the routes send (see the routers and shared.web.caching)."""
    parameters = operation.get("parameters", [])
    query = {p["name"] for p in parameters if p.get("in") == "query"}
    header_params = {p["name"].lower() for p in parameters if p.get("in") == "header"}
    responses: dict[str, Any] = operation.get("responses", {})
    for status, response in responses.items():
        headers = response.setdefault("headers", {})
        headers["X-Request-ID"] = _REQUEST_ID_HEADER
        if status in {"429", "503"}:
            headers["Retry-After"] = _RETRY_AFTER_HEADER
    success = responses.get("200")
    if success is not None and "304" in responses:
        success["headers"]["ETag"] = {
            "description": "Validator for `If-None-Match`; a match answers 304.",
            "schema": {"type": "string"},
        }
        success["headers"]["Cache-Control"] = {
            "description": "How long caches may keep the body.",
            "schema": {"type": "string"},
        }
    if success is not None and "after" in query:
        success["headers"]["Link"] = {
            "description": 'RFC 8288 link to the next page (`rel="next"`), absent on the last page.',
            "schema": {"type": "string"},
        }
    if "idempotency-key" in header_params:
        for status in ("201", "202"):
            if status in responses:
                responses[status]["headers"]["Location"] = {
                    "description": "Where to follow the created resource or job.",
                    "schema": {"type": "string", "format": "uri"},
                }
                responses[status]["headers"]["Idempotent-Replayed"] = {
                    "description": "`true` when this answer replays an earlier request with the same key.",
                    "schema": {"type": "string", "enum": ["true"]},
                }


_CONTEXT = {
    "description": "JSON-LD `@context`.",
    "anyOf": [{"type": "string"}, {"type": "array", "items": {}}, {"type": "object"}],
}
# Documents whose shape a standard fixes, served with their own media types.
_LINKED_DATA_SCHEMAS: dict[str, dict[str, Any]] = {
    "DidDocument": {
        "type": "object",
        "description": "A DID document (W3C DID Core 1.0), as did:web serves it.",
        "required": ["id"],
        "properties": {
            "@context": _CONTEXT,
            "id": {
                "type": "string",
                "description": "The DID, e.g. `did:web:issuer.example:organisations:…`.",
            },
            "controller": {"type": "string"},
            "verificationMethod": {
                "type": "array",
                "items": {"type": "object", "additionalProperties": True},
            },
            "assertionMethod": {"type": "array", "items": {}},
            "authentication": {"type": "array", "items": {}},
        },
        "additionalProperties": True,
    },
    "VerifiableCredential": {
        "type": "object",
        "description": "A W3C Verifiable Credential 2.0 secured with a Data Integrity proof (an Open Badges "
        "3.0 achievement credential, or a Bitstring Status List credential).",
        "required": ["@context", "type", "issuer", "credentialSubject"],
        "properties": {
            "@context": _CONTEXT,
            "id": {"type": "string"},
            "type": {"type": "array", "items": {"type": "string"}},
            "issuer": {"anyOf": [{"type": "string"}, {"type": "object", "additionalProperties": True}]},
            "validFrom": {"type": "string", "format": "date-time"},
            "validUntil": {"type": "string", "format": "date-time"},
            "credentialStatus": {
                "anyOf": [{"type": "object", "additionalProperties": True}, {"type": "array"}]
            },
            "credentialSubject": {"type": "object", "additionalProperties": True},
            "proof": {"anyOf": [{"type": "object", "additionalProperties": True}, {"type": "array"}]},
        },
        "additionalProperties": True,
    },
    "JsonLdDocument": {
        "type": "object",
        "description": "A JSON-LD document (here CTDL, the Credential Engine's vocabulary).",
        "required": ["@context"],
        "properties": {"@context": _CONTEXT, "@id": {"type": "string"}, "@type": {"type": "string"}},
        "additionalProperties": True,
    },
}
_SCHEMA_BY_MEDIA_TYPE = {
    "application/did+json": "DidDocument",
    "application/did+ld+json": "DidDocument",
    "application/vc+ld+json": "VerifiableCredential",
    "application/ld+json": "JsonLdDocument",
}


def _type_linked_data(responses: dict[str, Any], components: dict[str, Any]) -> None:
    """Give JSON-LD, DID and credential bodies their schema instead of a bare object; a JSON twin with
    no schema of its own (the same document as `application/json`) gets the same one."""
    for status, response in responses.items():
        content = response.get("content", {})
        if not status.startswith("2"):
            continue
        named = None
        for media_type, body in content.items():
            schema_name = _SCHEMA_BY_MEDIA_TYPE.get(media_type)
            if schema_name and body.get("schema", {}).get("$ref") is None:
                body["schema"] = {"$ref": f"#/components/schemas/{schema_name}"}
                components.setdefault(schema_name, _LINKED_DATA_SCHEMAS[schema_name])
                named = named or schema_name
        plain = content.get("application/json")
        if named and plain is not None and not plain.get("schema"):
            plain["schema"] = {"$ref": f"#/components/schemas/{named}"}


def _attach_examples(operation: dict[str, Any], service: str) -> None:
    """Request and response examples written in shared.web.openapi_*examples, by operationId (and
    ``service`` for responses), status and media type."""
    operation_id = operation.get("operationId", "")
    for media_type, body in operation.get("requestBody", {}).get("content", {}).items():
        example = request_example(operation_id, media_type)
        if example is not None:
            body["example"] = example
    for status, response in operation.get("responses", {}).items():
        for media_type, body in response.get("content", {}).items():
            example = response_example(service, operation_id, status, media_type)
            if example is not None:
                body["example"] = example


def _oauth2_scheme(token_url: str) -> dict[str, Any]:
    return {
        "type": "oauth2",
        "description": "OAuth 2.0 client credentials (RFC 6749 §4.4): POST client_id and client_secret "
        "to the registry's token endpoint; send the access token as `Authorization: Bearer <token>`.",
        "flows": {"clientCredentials": {"tokenUrl": token_url, "scopes": {}}},
    }


def install_openapi(app: FastAPI, *, service: str, token_url: str, server_url: str) -> None:
    """Build the contract of ``service`` once: OAuth2 client credentials with ``token_url``, public
    operations marked public, examples of requests and answers, problem+json with examples for
    errors, and the response headers routes send."""

    def build() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            separate_input_output_schemas=False,
            servers=[{"url": server_url}],
            license_info={"name": "Apache-2.0", "identifier": "Apache-2.0"},
        )
        schemes = schema.setdefault("components", {}).setdefault("securitySchemes", {})
        if schemes.pop("HTTPBearer", None) is not None:
            schemes["OAuth2"] = _oauth2_scheme(token_url)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        problem_ref = {"$ref": "#/components/schemas/Problem"}
        components.setdefault(
            "Problem", Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        )
        for defs_name, definition in components["Problem"].pop("$defs", {}).items():
            components.setdefault(defs_name, definition)
        for path, path_item in schema.get("paths", {}).items():
            for operation in path_item.values():
                operation["security"] = [
                    {"OAuth2": []} if "HTTPBearer" in requirement else requirement
                    for requirement in operation.get("security", [])
                ]
                _attach_examples(operation, service)
                responses = operation.setdefault("responses", {})
                errors = dict(_COMMON_ERRORS)
                if "requestBody" in operation:
                    errors["413"] = "Request body too large"
                if operation.get("security"):
                    errors.update(_AUTHENTICATED_ERRORS)
                for status, description in errors.items():
                    responses.setdefault(status, {"description": description})
                for status, response in responses.items():
                    if status.startswith(("4", "5")) and not _declares_own_body(response):
                        response["content"] = {
                            PROBLEM_MEDIA_TYPE: {
                                "schema": problem_ref,
                                "example": _problem_example(status, path),
                            }
                        }
                        response.setdefault("description", "Problem")
                _declare_headers(operation)
                _type_linked_data(responses, components)
        app.openapi_schema = schema
        return schema

    app.openapi = build  # type: ignore[method-assign]
