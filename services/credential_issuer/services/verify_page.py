"""The public verification page: the checks of a credential in plain English or French.

Rendered with Jinja2, autoescaping everything (the credential is untrusted input)."""

from __future__ import annotations

import uuid
from functools import cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

from shared.schemas.credential_status import CheckName, CheckStatus, VerificationReport

Lang = Literal["en", "fr"]
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

TEXT: dict[Lang, dict[str, str]] = {
    "en": {
        "title": "Verify an Ontario micro-credential",
        "switch": "Français",
        "result": "Result",
        "verified": "This credential is verified.",
        "not_verified": "This credential could not be verified.",
        "check": "Check a credential",
        "check_another": "Check another credential",
        "paste": "Paste the credential (JSON):",
        "upload": "or upload the file:",
        "by_id": "or give its identifier or link from this service:",
        "submit": "Verify",
        "not_json": "The text given is not a JSON credential.",
        "unknown_reference": "Give the identifier of a credential of this service (urn:uuid:…) "
        "or its link here; other addresses are not opened.",
        "not_found": "This service has no credential with that identifier.",
        "nothing": "Paste a credential, upload its file or give its identifier.",
        "summary": "{name}, issued by {issuer}.",
    },
    "fr": {
        "title": "Vérifier une microcertification de l'Ontario",
        "switch": "English",
        "result": "Résultat",
        "verified": "Cette attestation est vérifiée.",
        "not_verified": "Cette attestation n'a pas pu être vérifiée.",
        "check": "Vérifier une attestation",
        "check_another": "Vérifier une autre attestation",
        "paste": "Collez l'attestation (JSON) :",
        "upload": "ou téléversez le fichier :",
        "by_id": "ou indiquez son identifiant ou son lien sur ce service :",
        "submit": "Vérifier",
        "not_json": "Le texte fourni n'est pas une attestation JSON.",
        "unknown_reference": "Indiquez l'identifiant d'une attestation de ce service (urn:uuid:…) "
        "ou son lien ici; les autres adresses ne sont pas ouvertes.",
        "not_found": "Ce service n'a aucune attestation portant cet identifiant.",
        "nothing": "Collez une attestation, téléversez son fichier ou indiquez son identifiant.",
        "summary": "{name}, délivrée par {issuer}.",
    },
}

LABELS: dict[Lang, dict[CheckName, str]] = {
    "en": {
        CheckName.FORMAT: "Format",
        CheckName.PROOF: "Signature",
        CheckName.ISSUER_KEY: "Issuer's key",
        CheckName.STATUS: "Revocation and suspension",
        CheckName.VALIDITY_PERIOD: "Validity dates",
        CheckName.STANDING: "Quality assurance",
    },
    "fr": {
        CheckName.FORMAT: "Format",
        CheckName.PROOF: "Signature",
        CheckName.ISSUER_KEY: "Clé de l'émetteur",
        CheckName.STATUS: "Révocation et suspension",
        CheckName.VALIDITY_PERIOD: "Dates de validité",
        CheckName.STANDING: "Assurance de la qualité",
    },
}

STATUS_LABELS: dict[Lang, dict[CheckStatus, str]] = {
    "en": {
        CheckStatus.PASSED: "passed",
        CheckStatus.FAILED: "failed",
        CheckStatus.NOT_APPLICABLE: "not applicable",
    },
    "fr": {
        CheckStatus.PASSED: "réussi",
        CheckStatus.FAILED: "échoué",
        CheckStatus.NOT_APPLICABLE: "sans objet",
    },
}

SENTENCES: dict[Lang, dict[tuple[CheckName, CheckStatus], str]] = {
    "en": {
        (CheckName.FORMAT, CheckStatus.PASSED): "it is a verifiable credential this service can read.",
        (CheckName.FORMAT, CheckStatus.FAILED): "it is not a verifiable credential this service can read.",
        (CheckName.PROOF, CheckStatus.PASSED): "the issuer signed it and it has not been changed since.",
        (
            CheckName.PROOF,
            CheckStatus.FAILED,
        ): "the signature does not match: it was changed or not signed by the issuer.",
        (CheckName.ISSUER_KEY, CheckStatus.PASSED): "the key used belonged to the issuer when it signed.",
        (CheckName.ISSUER_KEY, CheckStatus.FAILED): "the key used was not the issuer's when it signed.",
        (CheckName.STATUS, CheckStatus.PASSED): "the issuer has neither revoked nor suspended it.",
        (
            CheckName.STATUS,
            CheckStatus.FAILED,
        ): "it is revoked or suspended, or its status cannot be checked.",
        (CheckName.VALIDITY_PERIOD, CheckStatus.PASSED): "it is within its validity dates.",
        (CheckName.VALIDITY_PERIOD, CheckStatus.FAILED): "it is not yet valid or has expired.",
        (CheckName.STANDING, CheckStatus.PASSED): "the institution was designated and the micro-credential "
        "approved when the learner completed it.",
        (
            CheckName.STANDING,
            CheckStatus.FAILED,
        ): "the institution was not designated, or the micro-credential "
        "not approved, when the learner completed it.",
    },
    "fr": {
        (CheckName.FORMAT, CheckStatus.PASSED): "c'est une attestation vérifiable que ce service sait lire.",
        (
            CheckName.FORMAT,
            CheckStatus.FAILED,
        ): "ce n'est pas une attestation vérifiable que ce service sait lire.",
        (CheckName.PROOF, CheckStatus.PASSED): "l'émetteur l'a signée et elle n'a pas été modifiée depuis.",
        (
            CheckName.PROOF,
            CheckStatus.FAILED,
        ): "la signature ne correspond pas : elle a été modifiée ou n'a pas été signée par l'émetteur.",
        (
            CheckName.ISSUER_KEY,
            CheckStatus.PASSED,
        ): "la clé utilisée appartenait à l'émetteur au moment de la signature.",
        (
            CheckName.ISSUER_KEY,
            CheckStatus.FAILED,
        ): "la clé utilisée n'était pas celle de l'émetteur au moment de la signature.",
        (CheckName.STATUS, CheckStatus.PASSED): "l'émetteur ne l'a ni révoquée ni suspendue.",
        (
            CheckName.STATUS,
            CheckStatus.FAILED,
        ): "elle est révoquée ou suspendue, ou son statut ne peut pas être vérifié.",
        (CheckName.VALIDITY_PERIOD, CheckStatus.PASSED): "elle est dans ses dates de validité.",
        (CheckName.VALIDITY_PERIOD, CheckStatus.FAILED): "elle n'est pas encore valide ou elle est expirée.",
        (CheckName.STANDING, CheckStatus.PASSED): "l'établissement était désigné et la microcertification "
        "approuvée quand la personne apprenante l'a obtenue.",
        (
            CheckName.STANDING,
            CheckStatus.FAILED,
        ): "l'établissement n'était pas désigné, ou la microcertification "
        "pas approuvée, quand la personne apprenante l'a obtenue.",
    },
}
NOT_APPLICABLE = {"en": "not checked for this credential.", "fr": "non vérifié pour cette attestation."}


def choose_language(lang: str | None, accept_language: str | None) -> Lang:
    if lang in ("en", "fr"):
        return lang  # type: ignore[return-value]
    best: tuple[float, Lang] = (0.0, "en")
    for part in (accept_language or "").split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in ("en", "fr") and quality > best[0]:
            best = (quality, primary)  # type: ignore[assignment]
    return best[1]


def credential_reference(reference: str, public_url: str) -> uuid.UUID | None:
    """The credential id in `urn:uuid:<id>`, `<id>` or a URL of this service ending in the id."""
    reference = reference.strip()
    candidate = reference.removeprefix("urn:uuid:")
    if "://" in reference:
        own, given = urlsplit(public_url), urlsplit(reference)
        if (given.scheme, given.netloc) != (own.scheme, own.netloc):
            return None
        candidate = given.path.rstrip("/").rsplit("/", 1)[-1]
    try:
        return uuid.UUID(candidate)
    except ValueError:
        return None


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        auto_reload=False,
    )


def _summary(document: dict[str, Any] | None, lang: Lang) -> str | None:
    if not isinstance(document, dict):
        return None
    issuer = document.get("issuer")
    issuer_name = issuer.get("name") if isinstance(issuer, dict) else issuer
    name = document.get("name")
    if isinstance(name, str) and isinstance(issuer_name, str):
        return TEXT[lang]["summary"].format(name=name[:300], issuer=issuer_name[:300])
    return None


def render(
    lang: Lang,
    *,
    report: VerificationReport | None = None,
    document: dict[str, Any] | None = None,
    error: str | None = None,
    pasted: str = "",
    reference: str = "",
) -> str:
    checks = [
        {
            "status": check.status.value,
            "label": LABELS[lang][check.name],
            "status_label": STATUS_LABELS[lang][check.status],
            "sentence": SENTENCES[lang].get((check.name, check.status), NOT_APPLICABLE[lang]),
            "detail": check.detail,
        }
        for check in (report.checks if report else [])
    ]
    return (
        _environment()
        .get_template("verify.html")
        .render(
            lang=lang,
            other_lang="fr" if lang == "en" else "en",
            t=TEXT[lang],
            report=report,
            checks=checks,
            summary=_summary(document, lang) if report else None,
            error=error,
            pasted=pasted,
            reference=reference,
        )
    )
