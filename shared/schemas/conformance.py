"""Metadata conformance: which required elements a version has, against named profiles."""

from __future__ import annotations

import uuid
from enum import StrEnum

from pydantic import BaseModel, Field


class Profile(StrEnum):
    EU = "eu"
    AUSTRALIA = "australia"
    OMC = "omc"
    ECAMPUS = "ecampus"
    ONCAT = "oncat"


class ProfileResult(BaseModel):
    profile: Profile
    title: str
    met: bool
    present: list[str]
    missing: list[str] = Field(description="Required elements this version lacks, by name.")


class ConformanceReport(BaseModel):
    micro_credential_id: uuid.UUID
    version: int
    profiles: list[ProfileResult]


class MissingElementCount(BaseModel):
    element: str
    versions_missing_it: int


class ProfileSummary(BaseModel):
    profile: Profile
    title: str
    met: int
    total: int
    most_often_missing: list[MissingElementCount]


class InstitutionConformance(BaseModel):
    """For a registrar: how the institution's current versions fare, and what to fix first."""

    organisation_id: uuid.UUID
    micro_credentials: int
    profiles: list[ProfileSummary]
