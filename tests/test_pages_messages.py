"""Every text a page can show exists in English and French: the keys templates name, and one per
value of each enumeration a page translates (a new value without a translation fails here)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

import pytest

from services.credential_issuer.pages.messages import MESSAGES as ISSUER_MESSAGES
from services.credential_issuer.pages.ob3_messages import OB3_MESSAGES
from services.credential_issuer.pages.ob3_pages import OB3_TEMPLATES
from services.credential_issuer.pages.verify_pages import PAGE_TEMPLATES as ISSUER_TEMPLATES
from services.credential_issuer.services.wallets.ob3.protocol import KNOWN_SCOPES
from services.registry_api.pages.messages import MESSAGES as REGISTRY_MESSAGES
from services.registry_api.pages.omc_pages import PAGE_TEMPLATES as REGISTRY_TEMPLATES
from shared.schemas.catalogue import FacetName, SortOrder
from shared.schemas.conformance import Profile
from shared.schemas.credential_status import CheckName, CheckStatus
from shared.schemas.designations import MinistryDecision
from shared.schemas.micro_credentials import (
    AssessmentType,
    CreditBasis,
    DeliveryMode,
    GradingScheme,
    PartnerRole,
)
from shared.schemas.reviews import Outcome
from shared.web.pages.i18n import LAYOUT, Message, choose_language
from shared.web.pages.rendering import SHARED_TEMPLATES

LITERAL_KEY = re.compile(r"""\bt\(\s*["']([A-Za-z0-9_.\-]+)["']\s*[,)]""")


def _literal_keys(*folders: Path) -> set[str]:
    return {
        key
        for folder in folders
        for path in folder.glob("*.html")
        for key in LITERAL_KEY.findall(path.read_text())
    }


def _keyed(prefix: str, values: Iterable[StrEnum | str]) -> set[str]:
    return {f"{prefix}.{value}" for value in values}


@pytest.mark.parametrize(
    ("catalogue", "templates", "enumerations"),
    [
        (
            {**LAYOUT, **REGISTRY_MESSAGES},
            REGISTRY_TEMPLATES,
            _keyed("delivery", DeliveryMode)
            | _keyed("assessment", AssessmentType)
            | _keyed("grading", GradingScheme)
            | _keyed("partner", PartnerRole)
            | _keyed("basis", CreditBasis)
            | _keyed("status", ["published", "superseded", "suspended", "retired"])
            | _keyed("omc.state", ["published", "superseded", "suspended", "retired"])
            | _keyed("outcome", Outcome)
            | _keyed("designation", MinistryDecision)
            | _keyed("sort", SortOrder)
            | _keyed("facet", FacetName)
            | _keyed("profile", Profile),
        ),
        (
            {**LAYOUT, **ISSUER_MESSAGES},
            ISSUER_TEMPLATES,
            _keyed("check", CheckName)
            | {f"check.{name}.{status}" for name in CheckName for status in ("passed", "failed")}
            | _keyed("state", [*CheckStatus, "not_checked"])
            | _keyed("assessment", AssessmentType)
            | _keyed(
                "headline", ["verified", "revoked", "suspended", "untrusted", "unreadable", "not_verified"]
            ),
        ),
        (
            {**LAYOUT, **OB3_MESSAGES},
            OB3_TEMPLATES,
            _keyed("scope", [scope.rsplit("/", 1)[-1] for scope in KNOWN_SCOPES])
            | _keyed("error", ["unknown_client", "unregistered_redirect_uri", "expired_form"]),
        ),
    ],
    ids=["registry", "issuer", "open badges api"],
)
def test_every_key_a_page_can_use_is_translated(
    catalogue: dict[str, Message], templates: Path, enumerations: set[str]
) -> None:
    needed = _literal_keys(templates, SHARED_TEMPLATES) | enumerations
    missing = sorted(needed - catalogue.keys())
    assert not missing, f"no message for {missing}"
    for key, message in catalogue.items():
        assert message.en.strip(), f"{key}: no English"
        assert message.fr.strip(), f"{key}: no French"


@pytest.mark.parametrize(
    ("lang", "accept_language", "chosen"),
    [
        ("fr", "en", "fr"),
        (None, "fr-CA,fr;q=0.9,en;q=0.5", "fr"),
        (None, "de-DE, en;q=0.3, fr;q=0.6", "fr"),
        (None, "de", "en"),
        ("xx", None, "en"),
        (None, "fr;q=bad, en;q=0.1", "en"),
    ],
)
def test_the_language_follows_the_query_then_accept_language(
    lang: str | None, accept_language: str | None, chosen: str
) -> None:
    assert choose_language(lang, accept_language) == chosen
