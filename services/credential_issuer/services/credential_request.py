"""What a VC-API caller may ask the issuer to sign: a W3C VC Data Model 2.0 credential, checked before
any key or status entry is touched, each fault named by its field (`body.credential.validFrom`).

The rules are VC DM 2.0's (first context, `type`, `credentialSubject`, `validFrom`/`validUntil` as
XML Schema dateTimeStamps, `id`s as URLs) and the platform's: the issuer is the caller's organisation,
the platform adds the status entry and the proof, so a caller-supplied `credentialStatus` or `proof`
is refused rather than silently replaced (the caller would believe the credential carries what it
sent). Undefined terms are found when the credential is canonicalized for signing."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from shared.errors import UnprocessableInput
from shared.schemas.problems import FieldError
from shared.vc.contexts import CREDENTIALS_V2

_ROOT = "body.credential"
_MAX_DEPTH = 48
# XML Schema dateTimeStamp (a dateTime with a time zone), as VC DM 2.0 requires of validFrom/validUntil.
_DATE_TIME_STAMP = re.compile(
    r"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(\.[0-9]+)?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$"
)
# An absolute URL (RFC 3986 scheme, then something): urn:uuid:..., https://..., did:web:...
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
_PLATFORM_FIELDS = {
    "proof": "The platform signs the credential: send it unsigned (no `proof`).",
    "credentialStatus": "The platform adds the credential's status entry: send none.",
}


def _error(errors: list[FieldError], field: str, message: str, code: str = "invalid") -> None:
    errors.append(FieldError(field=field, message=message, code=code))


def _date_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not _DATE_TIME_STAMP.match(value):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:  # e.g. a 31st of February, or a year Python cannot hold
        return None


def _check_ids(value: Any, path: str, errors: list[FieldError], depth: int = 0) -> None:
    """Every `id` in the credential is a URL (VC DM 2.0 §4.4); inline @context objects are skipped."""
    if depth > _MAX_DEPTH:
        _error(errors, path, f"nested deeper than {_MAX_DEPTH} levels", "too-deep")
        return
    if isinstance(value, list):
        for number, item in enumerate(value):
            _check_ids(item, f"{path}[{number}]", errors, depth + 1)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if key == "@context":
                continue
            if key in ("id", "@id") and not (isinstance(item, str) and _URL.match(item)):
                _error(errors, f"{path}.{key}", "an id must be a URL (e.g. urn:uuid:..., https://...)")
            else:
                _check_ids(item, f"{path}.{key}", errors, depth + 1)


def _check_shape(document: Mapping[str, Any], errors: list[FieldError]) -> None:
    """@context, type and credentialSubject (VC DM 2.0 §4.3, §4.5, §4.8)."""
    context = document.get("@context")
    contexts = context if isinstance(context, list) else [context]
    if not contexts or contexts[0] != CREDENTIALS_V2:
        _error(errors, f"{_ROOT}.@context", f"the first context must be {CREDENTIALS_V2}")
    for number, item in enumerate(contexts[1:], 1):
        if not isinstance(item, str | Mapping):
            _error(errors, f"{_ROOT}.@context[{number}]", "a context is a URL or an object")
    types = document.get("type")
    type_list = types if isinstance(types, list) else [types]
    if "VerifiableCredential" not in type_list or not all(
        isinstance(item, str) and item for item in type_list
    ):
        _error(errors, f"{_ROOT}.type", "type must be a list of strings containing VerifiableCredential")
    subject = document.get("credentialSubject")
    subjects = subject if isinstance(subject, list) else [subject]
    if not subjects or not all(isinstance(item, Mapping) and item for item in subjects):
        _error(errors, f"{_ROOT}.credentialSubject", "must be an object (or objects) holding claims")


def _check_validity(document: Mapping[str, Any], errors: list[FieldError]) -> None:
    """validFrom and validUntil (VC DM 2.0 §4.9)."""
    moments: dict[str, datetime] = {}
    for field in ("validFrom", "validUntil"):
        if field in document:
            moment = _date_time(document[field])
            if moment is None:
                _error(
                    errors,
                    f"{_ROOT}.{field}",
                    "expected an XML Schema dateTimeStamp with a time zone, e.g. 2026-12-07T00:00:00Z",
                )
            else:
                moments[field] = moment
    if "validFrom" in moments and "validUntil" in moments and moments["validUntil"] < moments["validFrom"]:
        _error(errors, f"{_ROOT}.validUntil", "validUntil is before validFrom")


def checked_credential(credential: Mapping[str, Any], issuer_did: str) -> dict[str, Any]:
    """The credential to sign, once it follows VC DM 2.0 and names ``issuer_did`` (or no issuer: it
    is filled in). Raises UnprocessableInput naming every faulty field."""
    errors: list[FieldError] = []
    document = dict(credential)
    _check_shape(document, errors)
    _check_validity(document, errors)
    issuer = document.get("issuer")
    if issuer is None:
        document["issuer"] = issuer_did
    else:
        issuer_id = issuer.get("id") if isinstance(issuer, Mapping) else issuer
        if issuer_id != issuer_did:
            _error(
                errors,
                f"{_ROOT}.issuer",
                f"the issuer must be the caller's organisation, {issuer_did} (or left out)",
                "not-the-caller",
            )
    for field, message in _PLATFORM_FIELDS.items():
        if field in document:
            _error(errors, f"{_ROOT}.{field}", message, "set-by-the-platform")
    _check_ids(document, _ROOT, errors)
    if errors:
        raise UnprocessableInput("The credential is not one the platform can issue.", errors=errors)
    return document
