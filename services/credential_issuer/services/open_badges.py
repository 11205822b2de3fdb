"""The Open Badges 3.0 credential of a completion (a VC 2.0 OpenBadgeCredential): the achievement is
the micro-credential version as the registry published it; the learner is named only by a salted
hash of their e-mail address. Only terms the bundled contexts define are used (the canonicalizer
rejects any other)."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time
from decimal import Decimal
from typing import Any

from services.credential_issuer.repositories.completions import Completion
from shared.schemas.catalogue import CatalogueItem
from shared.schemas.micro_credentials import LocalizedText
from shared.vc.contexts import CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_V3_EXTENSIONS

OB_SCHEMA_URL = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
_RESULT_NAMESPACE = uuid.UUID("6d1d7a52-3f5c-4c43-9d8e-0b7c2f1e9a10")


@dataclass(frozen=True)
class IssuerProfile:
    did: str
    name: str
    url: str | None = None


@dataclass(frozen=True)
class StatusEntries:
    revocation_list: uuid.UUID
    revocation_index: int
    suspension_list: uuid.UUID
    suspension_index: int


def _text(value: LocalizedText | None) -> str | None:
    if value is None:
        return None
    return value.en or value.fr


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def identity_hash(email: str, salt: str) -> str:
    """Open Badges IdentityObject: `sha256$` + hex SHA-256 of the value followed by the salt."""
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def _criteria(item: CatalogueItem) -> str:
    metadata = item.metadata
    lines = ["Awarded on completing the micro-credential and demonstrating these learning outcomes:"]
    lines += [f"{n}. {_text(outcome.statement)}" for n, outcome in enumerate(metadata.learning_outcomes, 1)]
    if metadata.assessment is not None:
        methods = ", ".join(method.type.value.replace("_", " ") for method in metadata.assessment.methods)
        lines.append(
            f"Assessment: {methods}; grading: {metadata.assessment.grading_scheme.value.replace('_', ' ')}."
        )
    french = [outcome.statement.fr for outcome in metadata.learning_outcomes if outcome.statement.fr]
    if metadata.title.fr:
        lines.append(f"Français : {metadata.title.fr}.")
    if french:
        lines += [f"{n}. {statement}" for n, statement in enumerate(french, 1)]
    return "\n".join(lines)


def _alignments(item: CatalogueItem) -> list[dict[str, Any]]:
    metadata = item.metadata
    alignments: list[dict[str, Any]] = []
    for code in metadata.noc_codes:
        alignments.append(
            {
                "type": ["Alignment"],
                "targetName": f"NOC 2021 {code}",
                "targetUrl": f"https://noc.esdc.gc.ca/Structure/NocProfile?code={code}&version=2021.0",
                "targetFramework": "National Occupational Classification 2021",
                "targetCode": code,
            }
        )
    for code in metadata.cip_codes:
        alignments.append(
            {
                "type": ["Alignment"],
                "targetName": f"CIP 2021 {code}",
                "targetUrl": "https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index",
                "targetFramework": "Classification of Instructional Programs (Canada) 2021",
                "targetCode": code,
            }
        )
    for outcome in metadata.learning_outcomes:
        for competency in outcome.competencies:
            if competency.uri is not None:
                alignments.append(
                    {
                        "type": ["Alignment"],
                        "targetName": competency.label or str(competency.uri),
                        "targetUrl": str(competency.uri),
                        "targetFramework": competency.framework,
                    }
                )
    return alignments


def _tags(item: CatalogueItem) -> list[str]:
    tags = ["Ontario Micro-Credential"]
    if item.qualification is not None:
        tags += [
            f"OMC qualification type: {item.qualification.name_en} ({item.qualification.code})",
            f"OQF level {item.qualification.oqf_level}",
        ]
    if item.metadata.instructional_hours is not None:
        tags.append(f"{_number(item.metadata.instructional_hours)} instructional hours")
    if item.omc_plus:
        tags.append("OMC+")
    return tags


def _results(achievement_id: str, item: CatalogueItem, result: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """(resultDescription of the achievement, result of the subject)."""
    descriptions: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []

    def description_id(name: str) -> str:
        return f"urn:uuid:{uuid.uuid5(_RESULT_NAMESPACE, f'{achievement_id}#{name}')}"

    overall = {"type": ["Result"], "status": "Completed" if result.get("status") == "pass" else "Failed"}
    if result.get("grade") is not None:
        descriptions.append(
            {
                "id": description_id("grade"),
                "type": ["ResultDescription"],
                "name": "Final grade",
                "resultType": "LetterGrade",
            }
        )
        results.append(
            {**overall, "resultDescription": description_id("grade"), "value": str(result["grade"])}
        )
    if result.get("score") is not None:
        descriptions.append(
            {
                "id": description_id("score"),
                "type": ["ResultDescription"],
                "name": "Final score",
                "resultType": "Percent",
            }
        )
        results.append(
            {**overall, "resultDescription": description_id("score"), "value": str(result["score"])}
        )
    if not results:
        results.append(overall)
    outcomes = item.metadata.learning_outcomes
    for entry in result.get("outcomes", []):
        number = int(entry["outcome"])
        if not 1 <= number <= len(outcomes):
            continue
        identifier = description_id(f"outcome-{number}")
        descriptions.append(
            {
                "id": identifier,
                "type": ["ResultDescription"],
                "name": _text(outcomes[number - 1].statement) or f"Learning outcome {number}",
                "resultType": "Status",
            }
        )
        results.append(
            {
                "type": ["Result"],
                "resultDescription": identifier,
                "status": "Completed" if entry.get("achieved") else "Failed",
            }
        )
    return descriptions, results


def open_badge_credential(
    *,
    credential_id: uuid.UUID,
    issued_at: datetime,
    issuer: IssuerProfile,
    item: CatalogueItem,
    completion: Completion,
    status: StatusEntries,
    issuer_url: str,
    registry_url: str,
    partner: IssuerProfile | None = None,
) -> dict[str, Any]:
    """The unsigned credential."""
    metadata = item.metadata
    achievement_id = (
        f"{registry_url.rstrip('/')}/v1/catalogue/micro-credentials/{item.id}/versions/{item.version}"
    )
    name = _text(metadata.title) or item.course_code
    descriptions, results = _results(achievement_id, item, completion.result)
    achievement: dict[str, Any] = {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": "MicroCredential",
        "name": name,
        "description": _text(metadata.description) or name,
        "criteria": {"narrative": _criteria(item)},
        "humanCode": item.course_code,
        "version": str(item.version),
        "tag": _tags(item),
    }
    if metadata.languages_of_instruction:
        achievement["inLanguage"] = metadata.languages_of_instruction[0]
    if item.qualification is not None:
        achievement["fieldOfStudy"] = item.qualification.name_en
    alignments = _alignments(item)
    if alignments:
        achievement["alignment"] = alignments
    if descriptions:
        achievement["resultDescription"] = descriptions
    if partner is not None:
        achievement["creator"] = _profile(partner)
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "achievement": achievement,
        "activityEndDate": datetime.combine(completion.completed_on, time(0), UTC).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        ),
        "result": results,
    }
    email = completion.learner.get("email")
    if email:
        salt = secrets.token_hex(16)
        subject["identifier"] = [
            {
                "type": "IdentityObject",
                "identityHash": identity_hash(email, salt),
                "identityType": "emailAddress",
                "hashed": True,
                "salt": salt,
            }
        ]
    if completion.credits_earned is not None:
        subject["creditsEarned"] = _number(completion.credits_earned)
    base = issuer_url.rstrip("/")

    def entry(list_id: uuid.UUID, index: int, purpose: str) -> dict[str, Any]:
        list_url = f"{base}/v1/status-lists/{list_id}"
        return {
            "id": f"{list_url}#{index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": purpose,
            "statusListIndex": str(index),
            "statusListCredential": list_url,
        }

    return {
        "@context": [CREDENTIALS_V2, OPEN_BADGES_V3, OPEN_BADGES_V3_EXTENSIONS],
        "id": f"urn:uuid:{credential_id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": _profile(issuer),
        "validFrom": issued_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "name": name,
        "credentialSubject": subject,
        # Open Badges 3.0 allows one status entry (its schema refuses a list): the revocation list.
        # The suspension entry is allocated and kept with the credential's row.
        "credentialStatus": entry(status.revocation_list, status.revocation_index, "revocation"),
        "credentialSchema": [{"id": OB_SCHEMA_URL, "type": "1EdTechJsonSchemaValidator2019"}],
    }


def _profile(profile: IssuerProfile) -> dict[str, Any]:
    document: dict[str, Any] = {"id": profile.did, "type": ["Profile"], "name": profile.name}
    if profile.url:
        document["url"] = profile.url
    return document
