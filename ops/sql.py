"""Quoting for the SQL that operations build as text (role, schema and database names, passwords):
statements such as CREATE ROLE take no bind parameters."""

from __future__ import annotations


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
