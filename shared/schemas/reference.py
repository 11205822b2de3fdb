"""Reference data of the OMC framework: OQF levels, OMC qualification types, provider types, eligibility."""

from __future__ import annotations

from pydantic import BaseModel, Field

from shared.schemas.auth import OrganisationKind


class OqfLevel(BaseModel):
    level: int = Field(ge=1, le=13, description="Level (column) on the Ontario Qualifications Framework.")
    name_en: str
    name_fr: str
    typical_duration_en: str | None = None


class QualificationType(BaseModel):
    """One of the seven OMC qualification types (framework Table 1)."""

    code: str = Field(description="Stable code, e.g. `cert`, `bac`.")
    abbreviation_en: str = Field(description="e.g. `OMC (Bac)`.")
    abbreviation_fr: str = Field(description="e.g. `MCO (Bac)`.")
    name_en: str
    name_fr: str
    oqf_level: int = Field(ge=1, le=13)
    aligned_qualification_en: str = Field(
        description="The OQF qualification its curriculum and assessment align with."
    )


class ProviderType(BaseModel):
    """A kind of provider, its EQAA and the OMC types it may award (framework Table 2)."""

    code: str
    organisation_kind: OrganisationKind = Field(description="`institution` or `alternate_provider`.")
    name_en: str
    name_fr: str
    eqaa_slug: str | None = Field(description="Slug of the assigned EQAA; none: cannot become a DOMCI.")
    eligible_qualification_types: list[str] = Field(description="Codes of the OMC types it may award.")


class ReferenceDataSet(BaseModel):
    """The shipped file as a whole; its version is recorded when loaded."""

    version: str
    source: str | None = None
    oqf_levels: list[OqfLevel]
    qualification_types: list[QualificationType]
    provider_types: list[ProviderType]


class ReferenceDataVersion(BaseModel):
    name: str
    version: str
    checksum: str
