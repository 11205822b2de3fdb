"""Does a credential present itself as an Ontario Micro-Credential?

"Ontario Micro-Credential" (OMC; French "Microcertification de l'Ontario", MCO) is a mark the
ministry grants to designated institutions for the micro-credentials their IQAP approved. On this
platform only a completion that passed the quality ledger's standing check becomes a credential
that shows the mark. The issuer refuses a caller-supplied VC-API credential that claims it, and a
verifier shows the mark only for credentials issued from a completion: both ask
:func:`claims_omc_mark`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

# The mark in words, compared after folding case and punctuation ("Ontario micro-credentials").
_MARK_PHRASES = (
    "ontario micro credential",
    "microcertification de l ontario",
    "microcertifications de l ontario",
)
# Abbreviations and the framework's words for OMC levels: a claim where a credential classifies itself
# (tag, achievementType, fieldOfStudy), not in free text where "OMC" could mean something else.
_MARK_TOKENS = frozenset({"omc", "omcs", "mco", "oqf"})
# An achievement that is a micro-credential of an OMC registry: its catalogue (or API) URL.
_REGISTRY_ACHIEVEMENT = re.compile(
    r"^https?://[^/]+(?:/[^/]+)*/v1/(?:catalogue/)?micro-credentials/[0-9a-fA-F-]{36}(?:/|$)"
)
_MAX_DEPTH = 8
_TEXT_FIELDS = ("name", "description", "tag", "achievementType", "fieldOfStudy")
_CLASSIFYING_FIELDS = ("tag", "achievementType", "fieldOfStudy")


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-zà-ÿ]+", " ", text.lower()).split())


def _names_mark(text: str) -> bool:
    """The mark's words, spaced or run together (`ext:OntarioMicroCredential`)."""
    folded = _folded(text)
    squashed = folded.replace(" ", "")
    return any(phrase in folded or phrase.replace(" ", "") in squashed for phrase in _MARK_PHRASES)


def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    """The texts of a JSON-LD value: a string, a language map, value objects, lists of these (hostile
    nesting is cut at a depth no real value reaches)."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, depth + 1)
    elif isinstance(value, Mapping):
        if "@value" in value:
            yield from _strings(value["@value"], depth + 1)
        else:
            for item in value.values():
                yield from _strings(item, depth + 1)


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _reasons_of(where: str, node: Mapping[str, Any]) -> list[str]:
    reasons = []
    for field in _TEXT_FIELDS:
        for text in _strings(node.get(field)):
            folded = _folded(text)
            if _names_mark(text):
                reasons.append(f"{where}.{field} names the Ontario Micro-Credential mark: {text[:120]!r}")
            elif field in _CLASSIFYING_FIELDS and (
                _MARK_TOKENS & set(folded.split()) or folded.startswith("ext omc")
            ):
                reasons.append(
                    f"{where}.{field} classifies it as an Ontario Micro-Credential: {text[:120]!r}"
                )
    return reasons


def claims_omc_mark(document: Mapping[str, Any]) -> list[str]:
    """Why ``document`` (a credential, signed or not) presents itself as an Ontario Micro-Credential:
    the mark or its French form in its name, or in an achievement's name, description, tags,
    achievementType or fieldOfStudy; an OMC qualification type or OQF level tag ("OMC (Cert)",
    "OQF level 1", "OMC+"); an achievement whose id is a micro-credential of an OMC registry. Empty
    when it claims nothing. Never raises on odd shapes (hostile input is simply not a claim)."""
    reasons = []
    for text in _strings(document.get("name")):
        if _names_mark(text):
            reasons.append(f"credential.name names the Ontario Micro-Credential mark: {text[:120]!r}")
    for number, subject in enumerate(_list(document.get("credentialSubject"))):
        if not isinstance(subject, Mapping):
            continue
        where = "credential.credentialSubject" + (
            f"[{number}]" if isinstance(document.get("credentialSubject"), list) else ""
        )
        for achievement in _list(subject.get("achievement")):
            if not isinstance(achievement, Mapping):
                continue
            reasons += _reasons_of(f"{where}.achievement", achievement)
            identifier = achievement.get("id")
            if isinstance(identifier, str) and _REGISTRY_ACHIEVEMENT.match(identifier):
                reasons.append(
                    f"{where}.achievement.id is a micro-credential of an OMC registry: {identifier[:200]}"
                )
    return reasons
