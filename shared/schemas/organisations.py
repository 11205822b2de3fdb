"""Organisations as the registry publishes them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Self

from pydantic import BaseModel, Field, model_validator

from shared.schemas.auth import OrganisationKind
from shared.schemas.common import Name, Slug


class OrganisationCreate(BaseModel):
    slug: Slug = Field(description="Stable short name, unique across the platform.")
    kind: OrganisationKind
    name_en: Name | None = Field(None, description="Official name in English.")
    name_fr: Name | None = Field(None, description="Official name in French.")

    @model_validator(mode="after")
    def _one_name_at_least(self) -> Self:
        if self.name_en is None and self.name_fr is None:
            raise ValueError("name_en or name_fr is required (either may be absent, not both)")
        return self


class Organisation(BaseModel):
    id: uuid.UUID
    slug: str
    kind: OrganisationKind
    name_en: str | None
    name_fr: str | None
    created_at: datetime
    updated_at: datetime


class OrganisationPage(BaseModel):
    items: list[Organisation]
    next_cursor: str | None = Field(
        None, description="Pass as `after` to get the next page; absent on the last."
    )
