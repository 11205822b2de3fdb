"""The OMC framework's checks on a version before a DOMCI's IQAP may approve it ("Approving an
OMC"). Pure functions over what the registry and the ledger said; each failure names its field."""

from __future__ import annotations

import hashlib
from datetime import date

from shared.ledger.hashing import canonical_json
from shared.schemas.micro_credentials import MicroCredentialMetadata, PartnerRole
from shared.schemas.organisations import Organisation
from shared.schemas.partnerships import Partnership, PartnershipMode, PartnershipOutcome
from shared.schemas.problems import FieldError
from shared.schemas.reference import ProviderType

# A partner's role in the version, and the partnership modes that cover it: co-awarding needs an
# approved partnership in either mode; delivery roles need the partnership reviewed for that mode.
MODES_FOR_ROLE: dict[PartnerRole, frozenset[PartnershipMode]] = {
    PartnerRole.CO_AWARDING: frozenset(PartnershipMode),
    PartnerRole.JOINT_DELIVERY: frozenset({PartnershipMode.JOINT_DELIVERY}),
    PartnerRole.DELIVERY: frozenset({PartnershipMode.DELIVERY_BY_PARTNER}),
}


def eligible_types(organisation: Organisation, provider_types: list[ProviderType]) -> list[str]:
    """OMC types the provider type may award (framework Table 2) and the institution has current
    government approval for."""
    provider = next((kind for kind in provider_types if kind.code == organisation.provider_type), None)
    eligible = set(provider.eligible_qualification_types) if provider is not None else set()
    return sorted(eligible & set(organisation.approved_qualification_types))


def level_errors(
    organisation: Organisation, provider_types: list[ProviderType], metadata: MicroCredentialMetadata
) -> list[FieldError]:
    field = "metadata.qualification_type"
    code = metadata.qualification_type
    if code is None:
        return [FieldError(field=field, message="An OMC states its qualification type.", code="required")]
    provider = next((kind for kind in provider_types if kind.code == organisation.provider_type), None)
    may_award = set(provider.eligible_qualification_types) if provider is not None else set()
    if code not in may_award:
        return [
            FieldError(
                field=field,
                message=f"A {organisation.provider_type or 'provider without a type'} may not award {code} "
                f"(eligible: {', '.join(sorted(may_award)) or 'none'}).",
                code="not_eligible",
            )
        ]
    if code not in organisation.approved_qualification_types:
        return [
            FieldError(
                field=field,
                message=f"{organisation.slug} has no current government approval for {code} "
                f"(approved: {', '.join(organisation.approved_qualification_types) or 'none'}).",
                code="level_not_approved",
            )
        ]
    return []


def content_errors(metadata: MicroCredentialMetadata) -> list[FieldError]:
    """Learning outcomes and assessment stated; hours assigned, and justified outside 12-40 h."""
    errors: list[FieldError] = []

    def fail(field: str, message: str, code: str = "required") -> None:
        errors.append(FieldError(field=f"metadata.{field}", message=message, code=code))

    if not metadata.learning_outcomes:
        fail("learning_outcomes", "An OMC states learning outcomes established against its level.")
    if metadata.assessment is None:
        fail("assessment", "An OMC states how its learning outcomes are assessed.")
    if metadata.instructional_hours is None:
        fail("instructional_hours", "An OMC is assigned a duration in instructional hours.")
    elif metadata.hours_outside_guideline and metadata.hours_rationale is None:
        fail(
            "hours_rationale",
            f"{metadata.instructional_hours} h is outside the 12-40 h guideline; the reason must be given.",
            "hours_not_justified",
        )
    return errors


def covering_partnership(
    latest_by_mode: dict[PartnershipMode, Partnership], role: PartnerRole, day: date
) -> Partnership | None:
    """The approved partnership review, valid on ``day``, that covers a partner in ``role``."""
    for mode in sorted(MODES_FOR_ROLE[role]):
        review = latest_by_mode.get(mode)
        if (
            review is not None
            and review.outcome is PartnershipOutcome.APPROVED
            and (review.valid_until is None or day <= review.valid_until)
        ):
            return review
    return None


def partnership_error(index: int, role: PartnerRole, day: date) -> FieldError:
    modes = " or ".join(sorted(MODES_FOR_ROLE[role]))
    return FieldError(
        field=f"metadata.partners.{index}.organisation_id",
        message=f"The partner ({role.value}) has no approved partnership review ({modes}) valid on "
        f"{day.isoformat()}; the IQAP reviews the program and the partnership first.",
        code="partnership_not_reviewed",
    )


def metadata_digest(metadata: MicroCredentialMetadata) -> str:
    """SHA-256 of the canonical JSON of the metadata: binds the approval to exactly what was approved."""
    return hashlib.sha256(canonical_json(metadata.model_dump(mode="json"))).hexdigest()
