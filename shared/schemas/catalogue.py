"""The public catalogue: what portals search, mirror and export."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from shared.schemas.micro_credentials import (
    CreditTransfer,
    LocalizedText,
    MicroCredentialMetadata,
    PartnerRole,
)


class Provider(BaseModel):
    id: uuid.UUID
    slug: str
    name_en: str | None
    name_fr: str | None
    provider_type: str | None
    eqaa_slug: str | None
    ctid: str | None
    in_good_standing: bool = Field(description="A DOMCI in good standing today.")


class CataloguePartner(BaseModel):
    """A partner organisation of the micro-credential (`metadata.partners`), named."""

    id: uuid.UUID
    slug: str
    kind: str = Field(description="Organisation kind: `alternate_provider` for every partner today.")
    provider_type: str | None = Field(description="Provider type code, e.g. `employer`.")
    name_en: str | None
    name_fr: str | None
    ctid: str | None
    role: PartnerRole = Field(description="`co_awarding`, `joint_delivery` or `delivery_by_partner`.")


class Qualification(BaseModel):
    code: str
    abbreviation_en: str
    abbreviation_fr: str
    name_en: str
    name_fr: str
    oqf_level: int


class CatalogueItem(BaseModel):
    """The published version of one micro-credential, as every portal sees it."""

    id: uuid.UUID
    version: int
    course_code: str
    provider: Provider
    title: LocalizedText
    qualification: Qualification | None
    omc_mark: bool = Field(
        description="Ontario Micro-Credential: approved through the IQAP of a DOMCI in good standing. "
        "Listings outside the IQAP never carry it."
    )
    omc_plus: bool = Field(description="At least one current credit-transfer agreement or precedent.")
    has_current_offering: bool = Field(description="An offering that has not ended yet.")
    hours_outside_guideline: bool
    teer_categories: list[int]
    profiles_met: list[str] = Field(
        description="Conformance profiles whose required elements are all present."
    )
    credit_transfers: list[CreditTransfer]
    partners: list[CataloguePartner] = Field(
        default_factory=list, description="The partners of `metadata.partners`, with their names."
    )
    metadata: MicroCredentialMetadata
    approval_reference: str | None
    published_at: datetime | None
    updated_at: datetime


class FacetValue(BaseModel):
    value: str
    count: int


class Facet(BaseModel):
    name: str
    values: list[FacetValue]


class CataloguePage(BaseModel):
    items: list[CatalogueItem]
    facets: list[Facet] = Field(default_factory=list, description="Only those asked for with `facet=`.")
    next_cursor: str | None = Field(
        None, description="Pass as `after` for the next page; absent on the last."
    )


class SortOrder(StrEnum):
    RELEVANCE = "relevance"
    TITLE = "title"
    TITLE_DESC = "-title"
    HOURS = "hours"
    HOURS_DESC = "-hours"
    PUBLISHED = "published"
    PUBLISHED_DESC = "-published"


class FacetName(StrEnum):
    QUALIFICATION_TYPE = "qualification_type"
    PROVIDER_TYPE = "provider_type"
    DELIVERY_MODE = "delivery_mode"
    LANGUAGE = "language"
    OMC_PLUS = "omc_plus"
    OMC_MARK = "omc_mark"
    HAS_CURRENT_OFFERING = "has_current_offering"
    OSAP = "osap"
    PROFILE = "conforms_to"


class CatalogueFilters(BaseModel):
    """Every filter of the search; lists mean "any of", and filters combine with AND."""

    q: str | None = None
    qualification_type: list[str] = Field(default_factory=list)
    oqf_level: list[int] = Field(default_factory=list)
    provider: list[uuid.UUID] = Field(default_factory=list)
    provider_type: list[str] = Field(default_factory=list)
    hours_min: float | None = None
    hours_max: float | None = None
    delivery_mode: list[str] = Field(default_factory=list)
    language: list[str] = Field(default_factory=list)
    noc: list[str] = Field(default_factory=list)
    cip: list[str] = Field(default_factory=list)
    partner: list[uuid.UUID] = Field(default_factory=list)
    omc_plus: bool | None = None
    omc_mark: bool | None = None
    osap: bool | None = None
    has_current_offering: bool | None = None
    conforms_to: list[str] = Field(default_factory=list)


class ChangeKind(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class CatalogueChange(BaseModel):
    seq: int = Field(description="Position in the feed; strictly increasing in commit order.")
    kind: ChangeKind
    micro_credential_id: uuid.UUID
    version: int | None
    occurred_at: datetime
    item: CatalogueItem | None = Field(
        None,
        description="For an upsert: the item as it is now, if it is still in the catalogue (otherwise a "
        "later delete follows in the feed).",
    )


class ChangePage(BaseModel):
    changes: list[CatalogueChange]
    next_cursor: str = Field(description="Pass as `after` next time; unchanged when there was nothing new.")
    has_more: bool
