"""The one test of "does this credential present itself as an Ontario Micro-Credential?", which the
issuer uses to refuse caller-supplied credentials and verifiers use to show the mark."""

from __future__ import annotations

from typing import Any

import pytest

from shared.vc.omc_mark import claims_omc_mark


def _credential(**achievement: Any) -> dict[str, Any]:
    return {
        "name": "Workshop: Safe Lifting",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {"id": "https://college.example.ca/badges/lifting", "name": "Safe Lifting"}
            | achievement,
        },
    }


@pytest.mark.parametrize(
    ("achievement", "field"),
    [
        ({"name": "Ontario micro-credentials: lifting"}, "achievement.name"),
        ({"description": "Une Microcertification de l\u2019Ontario"}, "achievement.description"),
        ({"tag": ["OMC (Dip)"]}, "achievement.tag"),
        ({"tag": "OMC+"}, "achievement.tag"),
        ({"tag": ["OQF level 7"]}, "achievement.tag"),
        ({"achievementType": "ext:OntarioMicroCredential"}, "achievement.achievementType"),
        ({"name": {"en": "Lifting", "fr": "Microcertification de l'Ontario"}}, "achievement.name"),
        (
            {
                "id": "https://registry.example/v1/catalogue/micro-credentials/7f3c0000-0000-4000-8000-000000000001"
            },
            "achievement.id",
        ),
    ],
)
def test_each_claim_of_the_mark_is_named(achievement: dict[str, Any], field: str) -> None:
    reasons = claims_omc_mark(_credential(**achievement))
    assert reasons
    assert any(reason.startswith(f"credential.credentialSubject.{field}") for reason in reasons), reasons


def test_an_ordinary_micro_credential_claims_nothing() -> None:
    credential = _credential(achievementType="MicroCredential", tag=["safety", "Ontario"], description="OMC?")
    assert claims_omc_mark(credential) == []
    assert claims_omc_mark({"credentialSubject": [1, {"achievement": ["x", None]}], "name": 3}) == []


def test_the_credential_name_counts_too() -> None:
    assert claims_omc_mark({"name": "Ontario Micro-Credential in Welding", "credentialSubject": {}})


def test_hostile_nesting_is_cut_not_a_crash() -> None:
    deep: Any = "Ontario Micro-Credential"
    for _ in range(5000):
        deep = [deep]
    assert claims_omc_mark(_credential(tag=deep)) == []
    assert claims_omc_mark(_credential(tag=[[["Ontario Micro-Credential"]]]))
