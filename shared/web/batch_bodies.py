"""Request bodies that carry a batch as JSON or as CSV (the registry's bulk import, the issuer's
completion intake): the media types, reading the Content-Type, the JSON parse, and the OpenAPI
request body that offers both."""

from __future__ import annotations

import json
from typing import Any

from shared.errors import UnprocessableInput, UnsupportedMediaType
from shared.web.hostile_input import MAX_JSON_DEPTH

JSON_MEDIA_TYPE = "application/json"
CSV_MEDIA_TYPE = "text/csv"


def media_type_of(content_type: str | None) -> tuple[str, dict[str, str]]:
    """The media type (lower case) and its parameters (names lower case, values unquoted)."""
    kind, _, rest = (content_type or "").partition(";")
    parameters = {}
    for parameter in rest.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip():
            parameters[name.strip().lower()] = value.strip().strip('"')
    return kind.strip().lower(), parameters


_UTF8_NAMES = {"utf-8", "utf8"}


def require_utf8_charset(parameters: dict[str, str]) -> None:
    """415 when the Content-Type declares a CSV charset other than UTF-8 (none means UTF-8): bytes
    that happen to decode would still be read wrongly."""
    charset = parameters.get("charset", "utf-8").lower()
    if charset not in _UTF8_NAMES:
        raise UnsupportedMediaType(f"Send the CSV as UTF-8 (charset=utf-8), not {charset}.")


def json_document(body: bytes) -> Any:
    """The parsed body; 422 on the field `body` when it is not JSON or nests too deep. The
    hostile-input middleware has already refused a JSON body nested deeper than MAX_JSON_DEPTH
    (without parsing), so this parses once; RecursionError is the backstop for any other way in."""
    try:
        return json.loads(body)
    except RecursionError:
        raise UnprocessableInput.for_field(
            "body", f"The JSON nests deeper than {MAX_JSON_DEPTH} levels.", "json_too_deep"
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise UnprocessableInput.for_field(
            "body", f"The body is not valid JSON: {error}.", "json_invalid"
        ) from None


def json_or_csv_request_body(json_schema: dict[str, Any]) -> dict[str, Any]:
    """`openapi_extra` for a route that reads its body itself, as JSON (``json_schema``) or CSV."""
    return {
        "requestBody": {
            "required": True,
            "content": {
                JSON_MEDIA_TYPE: {"schema": json_schema},
                CSV_MEDIA_TYPE: {"schema": {"type": "string", "description": "UTF-8 CSV, header on line 1."}},
            },
        }
    }
