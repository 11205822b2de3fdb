"""Tables of the `issuer` schema. Only credential_issuer's repositories touch them."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from shared.db.metadata import schema_metadata

SCHEMA = "issuer"

metadata = schema_metadata(SCHEMA)


class Base(DeclarativeBase):
    metadata = metadata
