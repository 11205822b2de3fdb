"""The framework's reference data, public and read-only."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.registry_api.dependencies import ReferenceData
from shared.schemas.reference import OqfLevel, ProviderType, QualificationType, ReferenceDataVersion

router = APIRouter(prefix="/v1/reference", tags=["reference data"])
_CACHE = "public, max-age=3600"


@router.get(
    "", name="list_reference_data_versions", summary="Which version of each reference data set is loaded"
)
async def list_reference_data_versions(
    references: ReferenceData, response: Response
) -> list[ReferenceDataVersion]:
    response.headers["Cache-Control"] = _CACHE
    return await references.versions()


@router.get(
    "/oqf-levels", name="list_oqf_levels", summary="The 13 levels of the Ontario Qualifications Framework"
)
async def list_oqf_levels(references: ReferenceData, response: Response) -> list[OqfLevel]:
    response.headers["Cache-Control"] = _CACHE
    return await references.oqf_levels()


@router.get(
    "/qualification-types",
    name="list_qualification_types",
    summary="The seven OMC qualification types (Table 1)",
)
async def list_qualification_types(references: ReferenceData, response: Response) -> list[QualificationType]:
    response.headers["Cache-Control"] = _CACHE
    return await references.qualification_types()


@router.get(
    "/provider-types",
    name="list_provider_types",
    summary="Provider types, their EQAA and the OMC types each may award (Table 2)",
)
async def list_provider_types(references: ReferenceData, response: Response) -> list[ProviderType]:
    response.headers["Cache-Control"] = _CACHE
    return await references.provider_types()
