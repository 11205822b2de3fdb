"""`make demo`: the sandbox dataset is what the issue asks for (the 2022 portal's spread of hours and
delivery modes, every provider type within its eligibility, OMC+, a co-awarded OMC), the loader puts
it into a running platform through the public APIs, and a second run changes nothing."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ops.demo import EXAMPLES, PORTAL_SLUG
from shared.db.migrations import PROJECT_ROOT
from tests.support.platform import Platform
from tests.support.quality import QualityDesk
from tests.support.sandbox import exported, run_loader

BULK = PROJECT_ROOT / "examples" / "bulk"


def dataset(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def test_the_dataset_has_the_2022_portal_spread_and_every_provider_type() -> None:
    reference = json.loads(
        (PROJECT_ROOT / "services/registry_api/reference_data/omc_framework.json").read_text()
    )
    eligible = {
        item["code"]: set(item["eligible_qualification_types"]) for item in reference["provider_types"]
    }
    providers = {provider["slug"]: provider for provider in dataset("organisations.json")["providers"]}
    items = dataset("micro-credentials.json")["micro_credentials"]

    assert {provider["provider_type"] for provider in providers.values()} == {
        "ontario_public_college",
        "ontario_public_university",
        "indigenous_institute",
        "degree_provider_ministerial_consent",
        "employer",
    }
    assert 35 <= len(items) <= 45
    assert len({item["course_code"] for item in items}) == len(items)
    hours = [Decimal(item["metadata"]["instructional_hours"]) for item in items]
    assert min(hours) == 2
    assert max(hours) == 480
    assert sum(12 <= hour <= 40 for hour in hours) / len(hours) >= 0.7
    modes = Counter(item["metadata"]["delivery_modes"][0] for item in items)
    online = (modes["online_synchronous"] + modes["online_asynchronous"]) / len(items)
    assert 0.65 <= online <= 0.75
    assert 0.1 <= modes["in_person"] / len(items) <= 0.18
    assert 0.04 <= sum(bool(item.get("credit_transfers")) for item in items) / len(items) <= 0.1
    assert [item["course_code"] for item in items if item.get("partners")] == ["LKC-112"]
    for item in items:
        provider = providers[item["provider"]]
        level = item["metadata"]["qualification_type"]
        assert level in eligible[provider["provider_type"]], item["course_code"]
        assert level in provider["approved_qualification_types"], item["course_code"]
        assert item["metadata"]["title"]["en"], item["course_code"]
        assert item["metadata"]["title"]["fr"], item["course_code"]
        assert item["metadata"]["noc_codes"], item["course_code"]
        assert item["metadata"]["cip_codes"], item["course_code"]
        if not 12 <= Decimal(item["metadata"]["instructional_hours"]) <= 40:
            assert item["metadata"]["hours_rationale"], item["course_code"]


async def _all(platform: Platform, url: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a keyset-paginated list (the test platform holds other tests' records too)."""
    items: list[dict[str, Any]] = []
    after: str | None = None
    while True:
        page = await platform.http.get(
            url, params={"limit": 100, **params, **({"after": after} if after else {})}
        )
        assert page.status_code == 200, page.text
        items.extend(page.json()["items"])
        after = page.json()["next_cursor"]
        if after is None:
            return items


async def _counts(platform: Platform) -> dict[str, int]:
    """What a rerun could duplicate: catalogue items, organisations, ledger entries, the sandbox
    organisations' active clients."""
    registry = platform.registry.public_url
    organisations = await _all(platform, f"{registry}/v1/organisations")
    sandbox = [item for item in organisations if item["slug"] in _sandbox_slugs()]
    catalogue = await _all(
        platform, f"{registry}/v1/catalogue/micro-credentials", provider=[item["id"] for item in sandbox]
    )
    clients = 0
    for organisation in sandbox:
        listed = await platform.http.get(
            f"{registry}/v1/organisations/{organisation['id']}/clients",
            headers=await platform.auth(platform.admin),
        )
        assert listed.status_code == 200, listed.text
        clients += sum(client["revoked_at"] is None for client in listed.json())
    return {
        "sandbox_items": len(catalogue),
        "organisations": len(organisations),
        "ledger_entries": await QualityDesk(platform).ledger_size(),
        "clients": clients,
    }


def _sandbox_slugs() -> set[str]:
    """The sandbox's organisations and the reference ones it makes clients for (EQAAs, ministry)."""
    providers = {provider["slug"] for provider in dataset("organisations.json")["providers"]}
    return providers | {PORTAL_SLUG, "ocqas", "oucqa", "iiqab", "peqab", "mcu"}


async def test_the_loader_fills_the_platform_and_a_second_run_changes_nothing(
    platform: Platform, tmp_path: Path
) -> None:
    first = run_loader(platform, tmp_path / "state.json")
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "state.json").stat().st_mode & 0o777 == 0o600
    after_first = await _counts(platform)
    variables = exported(first.stdout)

    second = run_loader(platform, tmp_path / "state.json")
    assert second.returncode == 0, second.stderr
    assert await _counts(platform) == after_first
    assert exported(second.stdout) == variables  # the same clients, OMC and credentials

    assert after_first["sandbox_items"] == len(dataset("micro-credentials.json")["micro_credentials"])
    for role in ("REGISTRAR", "SIS", "PORTAL", "EQAA", "MINISTRY"):
        token = await platform.http.post(
            f"{platform.registry.public_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(variables[f"{role}_CLIENT_ID"], variables[f"{role}_CLIENT_SECRET"]),
        )
        assert token.status_code == 200, (role, token.text)

    item = await platform.http.get(
        f"{platform.registry.public_url}/v1/catalogue/micro-credentials/{variables['MC_ID']}"
    )
    assert item.status_code == 200
    assert item.json()["omc_mark"] is True
    assert [partner["role"] for partner in item.json()["metadata"]["partners"]] == ["co_awarding"]

    issuer = platform.issuer.public_url
    valid = await platform.http.get(f"{issuer}/verify", params={"credential": variables["CREDENTIAL_ID"]})
    revoked = await platform.http.get(
        f"{issuer}/verify", params={"credential": variables["REVOKED_CREDENTIAL_ID"]}
    )
    assert valid.status_code == revoked.status_code == 200
    assert "Revoked" not in valid.text
    assert "Revoked" in revoked.text
    # Each run sends a fresh claim link (a resend), which retires the earlier one: use the latest.
    claim_lines = [line for line in second.stdout.splitlines() if "claim link" in line]
    claim_url = claim_lines[0].rsplit(" ", 1)[-1]
    claimed = await platform.http.get(claim_url)
    assert claimed.status_code == 200, claimed.text
    assert "OpenBadgeCredential" in claimed.json()["type"]


async def test_the_sample_bulk_files_are_accepted_as_documented(platform: Platform, tmp_path: Path) -> None:
    """examples/bulk/: the import files create two drafts each (all or nothing); the completion files
    are accepted, or refused whole with named fields (the invalid one)."""
    loaded = run_loader(platform, tmp_path / "state.json")
    assert loaded.returncode == 0, loaded.stderr
    variables = exported(loaded.stdout)
    registry, issuer = platform.registry.public_url, platform.issuer.public_url

    async def token(prefix: str) -> dict[str, str]:
        response = await platform.http.post(
            f"{registry}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(variables[f"{prefix}_CLIENT_ID"], variables[f"{prefix}_CLIENT_SECRET"]),
        )
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    registrar = await token("REGISTRAR")
    for name, media_type in (
        ("micro-credentials-import.json", "application/json"),
        ("micro-credentials-import.csv", "text/csv"),
    ):
        imported = await platform.http.post(
            f"{registry}/v1/organisations/{variables['ORG']}/micro-credentials/import",
            content=(BULK / name).read_bytes(),
            headers={**registrar, "Content-Type": media_type},
        )
        assert imported.status_code == 200, imported.text
        assert imported.json()["counts"]["rejected"] == 0
        assert imported.json()["total"] == 2

    sis = await token("SIS")

    def filled(name: str) -> bytes:
        text = (BULK / name).read_text(encoding="utf-8")
        text = text.replace("MICRO_CREDENTIAL_ID", variables["MC_ID"]).replace(
            "COMPLETED_ON", date.today().isoformat()
        )
        return text.replace("WALK-", f"TEST-{tmp_path.name[-12:]}-").encode()

    url = f"{issuer}/v1/institutions/{variables['ORG']}/completions"
    for name, media_type, accepted in (
        ("completions.json", "application/json", 2),
        ("completions.csv", "text/csv", 3),
        ("completions-with-rejections.csv", "text/csv", 3),
    ):
        sent = await platform.http.post(
            url, content=filled(name), headers={**sis, "Content-Type": media_type}
        )
        assert sent.status_code == 202, (name, sent.text)
        assert sent.json()["accepted"] == accepted
    refused = await platform.http.post(
        url, content=filled("completions-invalid.csv"), headers={**sis, "Content-Type": "text/csv"}
    )
    assert refused.status_code == 422, refused.text
    fields = {error["field"] for error in refused.json()["errors"]}
    assert {"body.line.3.learner", "body.line.4.micro_credential_id", "body.line.4.result"} <= fields


def test_the_loader_talks_http_only() -> None:
    """None of the loader's modules reaches for a database or a service's internals."""
    for module in ("demo.py", "demo_http.py", "demo_quality.py", "demo_catalogue.py"):
        source = (PROJECT_ROOT / "ops" / module).read_text()
        assert "sqlalchemy" not in source, module
        assert "shared.db.engine" not in source, module
        assert "from services" not in source, module
