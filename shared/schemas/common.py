"""Small types reused across areas."""

from __future__ import annotations

from typing import Annotated, Any

from annotated_types import Ge, Le
from pydantic import StringConstraints

Slug = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=2, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$"
    ),
]
"""Lower-case letters, digits and hyphens: a stable short name such as `ocqas` or `george-brown`."""

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1

Int32 = Annotated[int, Ge(INT32_MIN), Le(INT32_MAX)]
"""An integer a PostgreSQL `integer` column holds: larger input is a 422 naming the field, not a 500."""

Int64 = Annotated[int, Ge(INT64_MIN), Le(INT64_MAX)]
"""An integer a PostgreSQL `bigint` column holds (ledger sequence numbers, tree sizes)."""

OqfLevel = Annotated[int, Ge(1), Le(13)]
"""A level (column) of the Ontario Qualifications Framework."""


def left_out_when_unset(schema: dict[str, Any]) -> None:
    """`json_schema_extra` of a body whose optional fields are left out rather than sent as null:
    each optional property loses its `null` branch and its null default, so the contract says what
    the wire carries."""
    required = set(schema.get("required", []))
    for name, prop in schema.get("properties", {}).items():
        branches = prop.get("anyOf")
        if name in required or not branches or {"type": "null"} not in branches:
            continue
        rest = [branch for branch in branches if branch != {"type": "null"}]
        del prop["anyOf"]
        if len(rest) == 1:
            prop.update(rest[0])
        else:
            prop["anyOf"] = rest
        if prop.get("default", ...) is None:
            del prop["default"]
