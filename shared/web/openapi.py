"""OpenAPI conventions: operationIds are route names, and every error is declared as problem+json."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from shared.schemas.problems import PROBLEM_MEDIA_TYPE, Problem

# Errors any route can answer with, whatever it declares itself.
_COMMON_ERRORS = {
    "422": "Invalid input; `errors` names each failing field",
    "500": "Unexpected error; quote the request id",
}
_AUTHENTICATED_ERRORS = {"401": "Missing, forged, expired or wrong-audience token", "403": "Role not allowed"}


def operation_id(route: APIRoute) -> str:
    """Stable operationIds for generated clients: the route's explicit name."""
    return route.name


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries declaring problem+json for the given statuses."""
    return {status: {"model": Problem, "content": {PROBLEM_MEDIA_TYPE: {}}} for status in statuses}


def install_openapi(app: FastAPI) -> None:
    def build() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        problem_ref = {"$ref": "#/components/schemas/Problem"}
        components.setdefault(
            "Problem", Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        )
        for defs_name, definition in components["Problem"].pop("$defs", {}).items():
            components.setdefault(defs_name, definition)
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                responses = operation.setdefault("responses", {})
                errors = dict(_COMMON_ERRORS)
                if "requestBody" in operation:
                    errors["413"] = "Request body too large"
                if operation.get("security"):
                    errors.update(_AUTHENTICATED_ERRORS)
                for status, description in errors.items():
                    responses.setdefault(status, {"description": description})
                for status, response in responses.items():
                    if status.startswith(("4", "5")):
                        response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": problem_ref}}
                        response.setdefault("description", "Problem")
        app.openapi_schema = schema
        return schema

    app.openapi = build  # type: ignore[method-assign]
