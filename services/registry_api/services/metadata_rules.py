"""Rules on micro-credential metadata that need the registry's data: the level must be among the
provider's eligible and approved OMC types; partners must be registered alternate providers;
submission for IQAP review needs what the framework requires of an OMC."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry_api.repositories.organisations import OrganisationRepository
from services.registry_api.repositories.reference_data import ReferenceDataRepository
from shared.errors import UnprocessableInput
from shared.schemas.auth import OrganisationKind
from shared.schemas.micro_credentials import MicroCredentialMetadata
from shared.schemas.organisations import Organisation
from shared.schemas.problems import FieldError


async def check_level(
    session: AsyncSession, owner: Organisation, metadata: MicroCredentialMetadata, field: str
) -> None:
    """A stated OMC type must be one the provider type may award and the institution is approved for."""
    code = metadata.qualification_type
    if code is None:
        return
    known = {kind.code for kind in await ReferenceDataRepository(session).qualification_types()}
    if code not in known:
        raise UnprocessableInput.for_field(
            f"{field}.qualification_type",
            f"Unknown OMC qualification type '{code}'.",
            "unknown_qualification_type",
        )
    provider_type = await ReferenceDataRepository(session).provider_type(owner.provider_type or "")
    eligible = set(provider_type.eligible_qualification_types) if provider_type else set()
    if code not in eligible:
        raise UnprocessableInput.for_field(
            f"{field}.qualification_type",
            f"A {owner.provider_type or 'provider without a type'} may not award {code} "
            f"(eligible: {', '.join(sorted(eligible)) or 'none'}).",
            "not_eligible",
        )
    if code not in owner.approved_qualification_types:
        raise UnprocessableInput.for_field(
            f"{field}.qualification_type",
            f"{owner.slug} has no current government approval for {code} "
            f"(approved: {', '.join(owner.approved_qualification_types) or 'none'}).",
            "level_not_approved",
        )


async def check_partners(session: AsyncSession, metadata: MicroCredentialMetadata, field: str) -> None:
    repository = OrganisationRepository(session)
    for index, partner in enumerate(metadata.partners):
        organisation = await repository.get(partner.organisation_id)
        if organisation is None or organisation.kind is not OrganisationKind.ALTERNATE_PROVIDER:
            raise UnprocessableInput.for_field(
                f"{field}.partners.{index}.organisation_id",
                "A partner must be an alternate provider registered in the registry.",
                "not_an_alternate_provider",
            )


def check_ready_for_review(metadata: MicroCredentialMetadata) -> None:
    """What an OMC must state before its institution's IQAP can review it (framework: level, hours,
    outcomes, assessment; hours outside 12-40 justified)."""
    errors: list[FieldError] = []

    def missing(field: str, message: str) -> None:
        errors.append(FieldError(field=f"metadata.{field}", message=message, code="required_for_review"))

    if metadata.qualification_type is None:
        missing("qualification_type", "An OMC states its qualification type (level).")
    if metadata.instructional_hours is None:
        missing("instructional_hours", "An OMC states its instructional hours.")
    elif metadata.hours_outside_guideline and metadata.hours_rationale is None:
        missing("hours_rationale", "Hours outside the 12-40 h guideline need a rationale.")
    if not metadata.learning_outcomes:
        missing("learning_outcomes", "An OMC states its learning outcomes.")
    if metadata.assessment is None:
        missing("assessment", "An OMC states how learning outcomes are assessed.")
    if errors:
        raise UnprocessableInput("The version lacks what an OMC needs for IQAP review.", errors=errors)
