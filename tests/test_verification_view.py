"""The mapping from the verifier's report to the page (services/credential_issuer/pages/result_view.py).
The browser tests cover it on real credentials; these pin the rules on the report shapes the verifier
gives, including the dated revocation and suspension details it reports from its records."""

from __future__ import annotations

import pytest

from services.credential_issuer.pages.result_view import StatusEvent, build_view
from services.credential_issuer.services.verification import CREDENTIAL_CHECKS
from shared.schemas.credential_status import Check, CheckStatus, VerificationReport

PASSED = CheckStatus.PASSED


def _report(**overrides: tuple[CheckStatus, str]) -> VerificationReport:
    checks = [
        Check(
            name=name,
            status=overrides.get(name.value, (PASSED, "ok"))[0],
            detail=overrides.get(name.value, (PASSED, "ok"))[1],
        )
        for name in CREDENTIAL_CHECKS
    ]
    errors = [f"{check.name.value}: {check.detail}" for check in checks if check.status is CheckStatus.FAILED]
    return VerificationReport(verified=not errors, checks=checks, errors=errors)


DOCUMENT = {"name": "Welding safety", "issuer": {"id": "did:web:x", "name": "Test college"}}


def test_a_failed_signature_makes_the_content_untrusted_and_its_checks_not_checked() -> None:
    view = build_view(_report(proof=(CheckStatus.FAILED, "signature does not match")), DOCUMENT)
    assert view.headline == "untrusted"
    assert not view.trusted
    assert view.facts is None
    assert view.claimed_name == "Welding safety"
    states = {line.name: line.state for line in view.checks}
    assert states == {
        "format": "passed",
        "proof": "failed",
        "issuer_key": "not_checked",
        "status": "not_checked",
        "validity_period": "not_checked",
        "standing": "not_checked",
        "endorsements": "not_checked",
    }


@pytest.mark.parametrize(
    ("detail", "kind", "on", "reason"),
    [
        (
            "The credential is revoked on 2026-12-01: Issued in error",
            "revoked",
            "2026-12-01",
            "Issued in error",
        ),
        ("The credential is suspended since 2026-11-30.", "suspended", "2026-11-30", None),
        ("The credential is revoked.", "revoked", None, None),
    ],
)
def test_revoked_and_suspended_come_first_with_date_and_reason(
    detail: str, kind: str, on: str | None, reason: str | None
) -> None:
    view = build_view(_report(status=(CheckStatus.FAILED, detail)), DOCUMENT)
    assert view.headline == kind
    assert view.event == StatusEvent(kind, on, reason)
    assert next(line for line in view.checks if line.name == "status").sentence_key == f"check.status.{kind}"


def test_what_this_service_recorded_is_shown_even_when_the_report_passed_the_status() -> None:
    recorded = StatusEvent("suspended", "2026-12-07", "Under review")
    view = build_view(_report(), DOCUMENT, recorded=recorded)
    assert view.headline == "suspended"
    status = next(line for line in view.checks if line.name == "status")
    assert (status.state, status.detail) == ("failed", "Recorded by this service: suspended on 2026-12-07.")
    assert build_view(_report(), DOCUMENT).headline == "verified"
