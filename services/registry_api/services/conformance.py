"""Which required metadata elements a version has, against each named profile.

Profiles (framework brief, "Metadata: what the world requires"):
- eu: the EU Council Recommendation's mandatory elements;
- australia: Australia's National Microcredentials Framework critical information;
- omc: the OMC framework's own (level, hours with a reason outside 12-40 h, outcomes, assessment, QA);
- ecampus: what the eCampusOntario portal asks for (description, hours, delivery, dates, NOC, endorsements);
- oncat: what ONCAT's transfer work needs (explicit outcomes, assessment, level, hours).
Provider, country of issue and date of issue are always known to the registry and so always present.
"""

from __future__ import annotations

from collections.abc import Callable

from shared.schemas.conformance import Profile, ProfileResult
from shared.schemas.micro_credentials import MicroCredentialMetadata

Check = Callable[[MicroCredentialMetadata, bool], bool]

# Element name -> whether a version has it (metadata, quality_assured).
ELEMENTS: dict[str, Check] = {
    "title": lambda m, _: True,
    "provider": lambda m, _: True,
    "description": lambda m, _: m.description is not None,
    "learning_outcomes": lambda m, _: bool(m.learning_outcomes),
    "competencies": lambda m, _: any(outcome.competencies for outcome in m.learning_outcomes),
    "workload_hours": lambda m, _: m.instructional_hours is not None,
    "hours_rationale": lambda m, _: not m.hours_outside_guideline or m.hours_rationale is not None,
    "learner_effort": lambda m, _: m.learner_effort_hours is not None or m.instructional_hours is not None,
    "level": lambda m, _: m.qualification_type is not None,
    "assessment": lambda m, _: m.assessment is not None,
    "delivery_mode": lambda m, _: bool(m.delivery_modes),
    "quality_assurance": lambda _, quality_assured: quality_assured,
    "dates_of_delivery": lambda m, _: bool(m.offerings),
    "prerequisites": lambda m, _: m.prerequisites is not None or m.ideal_learner_profile is not None,
    "language": lambda m, _: bool(m.languages_of_instruction),
    "noc_codes": lambda m, _: bool(m.noc_codes),
    "industry_endorsement": lambda m, _: bool(m.endorsements) or bool(m.partners),
}

PROFILES: dict[Profile, tuple[str, list[str]]] = {
    Profile.EU: (
        "EU Council Recommendation on micro-credentials (mandatory elements)",
        [
            "title",
            "provider",
            "learning_outcomes",
            "workload_hours",
            "level",
            "assessment",
            "delivery_mode",
            "quality_assurance",
        ],
    ),
    Profile.AUSTRALIA: (
        "Australia's National Microcredentials Framework (critical information)",
        [
            "title",
            "provider",
            "description",
            "dates_of_delivery",
            "learning_outcomes",
            "learner_effort",
            "level",
            "assessment",
            "quality_assurance",
            "delivery_mode",
            "prerequisites",
            "language",
        ],
    ),
    Profile.OMC: (
        "Ontario Micro-Credential framework",
        [
            "level",
            "workload_hours",
            "hours_rationale",
            "learning_outcomes",
            "assessment",
            "quality_assurance",
        ],
    ),
    Profile.ECAMPUS: (
        "eCampusOntario portal",
        [
            "title",
            "description",
            "workload_hours",
            "delivery_mode",
            "dates_of_delivery",
            "noc_codes",
            "industry_endorsement",
        ],
    ),
    Profile.ONCAT: (
        "ONCAT credit transfer",
        ["learning_outcomes", "assessment", "level", "workload_hours"],
    ),
}


def evaluate(metadata: MicroCredentialMetadata, *, quality_assured: bool) -> list[ProfileResult]:
    """Each profile's present and missing elements for one version. ``quality_assured``: the version
    was approved through a DOMCI's IQAP (the only quality assurance the platform can vouch for)."""
    results = []
    for profile, (title, elements) in PROFILES.items():
        present = [name for name in elements if ELEMENTS[name](metadata, quality_assured)]
        missing = [name for name in elements if name not in present]
        results.append(
            ProfileResult(profile=profile, title=title, met=not missing, present=present, missing=missing)
        )
    return results


def profiles_met(metadata: MicroCredentialMetadata, *, quality_assured: bool) -> list[str]:
    return [
        result.profile.value for result in evaluate(metadata, quality_assured=quality_assured) if result.met
    ]
