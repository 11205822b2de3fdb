"""From the verifier's report and the credential's content to what the page shows: the one place
that knows how checks map to a headline and to plain sentences (adapt it when the report grows).

Rules: a failed format or proof makes the content untrusted, so it is never the headline and the
checks that read the content (status, dates, quality assurance) are shown as "not checked"; revoked
and suspended come first, with the date and reason when the report gives them."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from shared.schemas.catalogue import CatalogueItem
from shared.schemas.credential_status import CheckName, CheckStatus, VerificationReport
from shared.schemas.standing import Standing

# Checks whose answer rests on the content: meaningless once the signature fails.
DEPENDS_ON_CONTENT = (
    CheckName.ISSUER_KEY,
    CheckName.STATUS,
    CheckName.VALIDITY_PERIOD,
    CheckName.STANDING,
    CheckName.ENDORSEMENTS,
)
_REVOKED = re.compile(r"revoked(?: on (?P<date>\d{4}-\d{2}-\d{2}))?(?::\s*(?P<reason>.+))?", re.I)
_SUSPENDED = re.compile(r"suspended(?: since (?P<date>\d{4}-\d{2}-\d{2}))?(?::\s*(?P<reason>.+))?", re.I)
MAX_TEXT = 2000


@dataclass(frozen=True)
class CheckLine:
    name: str
    state: str  # passed, failed, not_applicable, not_checked
    sentence_key: str
    detail: str


@dataclass(frozen=True)
class StatusEvent:
    kind: str  # revoked or suspended
    on: str | None
    reason: str | None


@dataclass
class CredentialFacts:
    """What the (signed, unchanged) credential says, read defensively: any member may be missing."""

    name: str
    description: str | None
    criteria: str | None
    issuer_name: str
    issuer_id: str | None
    partner_name: str | None
    partner_endorsed: bool
    achievement_id: str | None
    human_code: str | None
    version: str | None
    issued_on: str | None
    valid_until: str | None
    completed_on: str | None
    results: list[tuple[str | None, str | None, str | None]]  # (what, value, Completed/Failed)
    credits: Any
    alignments: list[str]
    tags: list[str]
    has_identity: bool


@dataclass
class ResultView:
    headline: str  # verified, revoked, suspended, untrusted, unreadable, not_verified
    trusted: bool
    checks: list[CheckLine]
    event: StatusEvent | None = None
    failed: list[CheckLine] = field(default_factory=list)
    facts: CredentialFacts | None = None
    item: CatalogueItem | None = None
    standing: Standing | None = None
    claimed_name: str | None = None
    claimed_issuer: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def standing_line(self) -> CheckLine | None:
        """The quality-assurance check's line (None when the report has none)."""
        return next((line for line in self.checks if line.name == CheckName.STANDING.value), None)

    @property
    def is_omc(self) -> bool:
        """Whether the credential is an OMC, i.e. quality assurance applies to it: the verifier
        checks standing for the credentials this service issued from a completion and calls it not
        applicable otherwise (a VC-API credential of the institution's own making, another issuer's)."""
        line = self.standing_line
        return line is not None and line.state in ("passed", "failed")


def _text(value: Any) -> str | None:
    return value[:MAX_TEXT] if isinstance(value, str) and value.strip() else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value[:100]
    return [] if value is None else [value]


def _day(value: Any) -> str | None:
    text = _text(value)
    return text[:10] if text and re.match(r"\d{4}-\d{2}-\d{2}", text) else None


def _status_event(report: VerificationReport) -> StatusEvent | None:
    status = next((check for check in report.checks if check.name is CheckName.STATUS), None)
    if status is None or status.status is not CheckStatus.FAILED:
        return None
    for kind, pattern in (("revoked", _REVOKED), ("suspended", _SUSPENDED)):
        found = pattern.search(status.detail)
        if found:
            return StatusEvent(kind, found.group("date"), found.group("reason"))
    return None


def _endorser_name(achievement: dict[str, Any]) -> str | None:
    """A joint award carries the partner's signed EndorsementCredential: its issuer is the partner."""
    for endorsement in _list(achievement.get("endorsement")):
        issuer = _dict(endorsement).get("issuer")
        name = _text(_dict(issuer).get("name"))
        if name:
            return name
    return None


def credential_facts(document: dict[str, Any]) -> CredentialFacts:
    subject = _dict(document.get("credentialSubject"))
    achievement = _dict(subject.get("achievement"))
    issuer = document.get("issuer")
    issuer_profile = _dict(issuer)
    creator = _dict(achievement.get("creator"))
    descriptions = {
        _dict(entry).get("id"): _text(_dict(entry).get("name"))
        for entry in _list(achievement.get("resultDescription"))
    }
    results = []
    for raw in _list(subject.get("result")):
        entry = _dict(raw)
        label = descriptions.get(entry.get("resultDescription"))
        status = _text(entry.get("status"))
        value = _text(entry.get("value"))
        if label or value or status:
            results.append((label, value, status))
    return CredentialFacts(
        name=_text(achievement.get("name")) or _text(document.get("name")) or "",
        description=_text(achievement.get("description")),
        criteria=_text(_dict(achievement.get("criteria")).get("narrative")),
        issuer_name=_text(issuer_profile.get("name")) or _text(issuer) or "",
        issuer_id=_text(issuer_profile.get("id")) or _text(issuer),
        partner_name=_text(creator.get("name")) or _endorser_name(achievement),
        partner_endorsed=bool(_list(achievement.get("endorsement"))),
        achievement_id=_text(achievement.get("id")),
        human_code=_text(achievement.get("humanCode")),
        version=_text(achievement.get("version")),
        issued_on=_day(document.get("validFrom")) or _day(document.get("issuanceDate")),
        valid_until=_day(document.get("validUntil")),
        completed_on=_day(subject.get("activityEndDate")),
        results=results,
        credits=subject.get("creditsEarned")
        if isinstance(subject.get("creditsEarned"), int | float)
        else None,
        alignments=[
            text
            for entry in _list(achievement.get("alignment"))
            if (text := _text(_dict(entry).get("targetName")))
        ],
        tags=[text for tag in _list(achievement.get("tag")) if (text := _text(tag))],
        has_identity=any(
            _dict(entry).get("identityType") == "emailAddress" for entry in _list(subject.get("identifier"))
        ),
    )


def identity_matches(document: dict[str, Any], email: str) -> bool | None:
    """Whether ``email`` is the hashed email of the subject (Open Badges IdentityObject: sha256 of the
    value then the salt); None when the credential holds no hashed email. Nothing is stored."""
    subject = _dict(document.get("credentialSubject"))
    candidates = [
        _dict(entry)
        for entry in _list(subject.get("identifier"))
        if _dict(entry).get("identityType") == "emailAddress"
    ]
    if not candidates:
        return None
    value = email.strip().lower()
    for entry in candidates:
        given_salt = entry.get("salt")
        salt = given_salt if isinstance(given_salt, str) else ""
        expected = entry.get("identityHash")
        if entry.get("hashed") is False:
            if isinstance(expected, str) and expected.strip().lower() == value:
                return True
            continue
        digest = "sha256$" + hashlib.sha256((value + salt).encode()).hexdigest()
        if isinstance(expected, str) and expected.lower() == digest:
            return True
    return False


def _check_lines(report: VerificationReport, *, trusted: bool, event: StatusEvent | None) -> list[CheckLine]:
    lines: list[CheckLine] = []
    for check in report.checks:
        if not trusted and check.name in DEPENDS_ON_CONTENT:
            lines.append(CheckLine(check.name.value, "not_checked", "not_checked", check.detail))
            continue
        key = f"check.{check.name.value}.{check.status.value}"
        state, detail = check.status.value, check.detail
        if check.name is CheckName.STATUS and event is not None:
            key, state = f"check.status.{event.kind}", CheckStatus.FAILED.value
            if check.status is not CheckStatus.FAILED:  # the report did not see what was recorded
                on = f" on {event.on}" if event.on else ""
                detail = f"Recorded by this service: {event.kind}{on}."
        if check.status is CheckStatus.NOT_APPLICABLE:
            key = "not_applicable"
        lines.append(CheckLine(check.name.value, state, key, detail))
    return lines


def build_view(
    report: VerificationReport,
    document: dict[str, Any],
    *,
    recorded: StatusEvent | None = None,
) -> ResultView:
    """The page's model of one verification. ``recorded``: the revocation or suspension this service
    recorded for its own credential (date and reason), which the headline shows even when the report
    names neither."""
    statuses = {check.name: check.status for check in report.checks}
    trusted = (
        statuses.get(CheckName.FORMAT) is CheckStatus.PASSED
        and statuses.get(CheckName.PROOF) is CheckStatus.PASSED
    )
    event = _status_event(report) if trusted else None
    if trusted and recorded is not None:
        event = StatusEvent(
            recorded.kind,
            (event.on if event else None) or recorded.on,
            (event.reason if event else None) or recorded.reason,
        )
    lines = _check_lines(report, trusted=trusted, event=event)
    if statuses.get(CheckName.FORMAT) is not CheckStatus.PASSED:
        headline = "unreadable"
    elif not trusted:
        headline = "untrusted"
    elif event is not None:
        headline = event.kind
    elif report.verified:
        headline = "verified"
    else:
        headline = "not_verified"
    view = ResultView(
        headline=headline,
        trusted=trusted,
        checks=lines,
        event=event,
        failed=[line for line in lines if line.state == "failed"],
        # The verifier's warnings (when its report has them): shown, never the headline.
        warnings=[text[:MAX_TEXT] for text in getattr(report, "warnings", []) if isinstance(text, str)][:20],
    )
    if trusted:
        view.facts = credential_facts(document)
    else:
        view.claimed_name = _text(document.get("name")) or _text(
            _dict(_dict(document.get("credentialSubject")).get("achievement")).get("name")
        )
        issuer = document.get("issuer")
        view.claimed_issuer = _text(_dict(issuer).get("name")) or _text(issuer)
    return view
