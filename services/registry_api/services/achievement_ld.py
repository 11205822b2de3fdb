"""An OMC version as an Open Badges 3.0 `Achievement` in JSON-LD: what a linked-data client gets at the
`achievement.id` that issued credentials carry (the credential embeds the same facts)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from shared.schemas.catalogue import CatalogueItem
from shared.vc.contexts import CREDENTIALS_V2, OPEN_BADGES_V3


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def to_achievement(item: CatalogueItem, *, achievement_url: str, ctdl_url: str) -> dict[str, Any]:
    """The version as an Achievement; `related` points at its CTDL description (``ctdl_url``)."""
    metadata = item.metadata
    name = metadata.title.en or metadata.title.fr or item.course_code
    outcomes = [outcome.statement.en or outcome.statement.fr for outcome in metadata.learning_outcomes]
    narrative = "\n".join(
        ["Awarded on completing the micro-credential and demonstrating these learning outcomes:"]
        + [f"{n}. {text}" for n, text in enumerate(outcomes, 1) if text]
    )
    document: dict[str, Any] = {
        "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
        "id": achievement_url,
        "type": ["Achievement"],
        "achievementType": "MicroCredential",
        "name": name,
        "description": (metadata.description.en or metadata.description.fr if metadata.description else None)
        or name,
        "criteria": {"id": achievement_url, "narrative": narrative},
        "creator": {
            "id": f"{achievement_url.split('/v1/', 1)[0]}/institutions/{item.provider.id}",
            "type": ["Profile"],
            "name": item.provider.name_en or item.provider.name_fr or item.provider.slug,
        },
        "humanCode": item.course_code,
        "version": str(item.version),
        "related": [{"id": ctdl_url, "type": ["Related"], "version": "CTDL"}],
        "alignment": [
            {
                "type": ["Alignment"],
                "targetName": f"NOC 2021 {code}",
                "targetCode": code,
                "targetFramework": "National Occupational Classification 2021",
                "targetUrl": f"https://noc.esdc.gc.ca/Structure/NocProfile?code={code}&version=2021.0",
            }
            for code in metadata.noc_codes
        ]
        + [
            {
                "type": ["Alignment"],
                "targetName": f"CIP 2021 {code}",
                "targetCode": code,
                "targetFramework": "Classification of Instructional Programs (Canada) 2021",
                "targetUrl": "https://www.statcan.gc.ca/en/subjects/standard/cip/2021/index",
            }
            for code in metadata.cip_codes
        ],
        "tag": ["Ontario Micro-Credential"]
        + ([f"OQF level {item.qualification.oqf_level}"] if item.qualification else [])
        + (
            [f"{_number(metadata.instructional_hours)} instructional hours"]
            if metadata.instructional_hours
            else []
        ),
    }
    if metadata.languages_of_instruction:
        document["inLanguage"] = metadata.languages_of_instruction[0]
    if item.qualification is not None:
        document["fieldOfStudy"] = item.qualification.name_en
    if not document["alignment"]:
        del document["alignment"]
    return document
