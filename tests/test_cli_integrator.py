"""`omc-client`, the integrators' command line, driven as a subprocess against the real platform:
profiles, a pushed CSV followed to the end with its rejected rows written out, the catalogue mirror,
export, import with a dry run, verification, status changes, claim links, and the exit codes."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from shared.schemas.auth import Role
from tests.support.iqap import QaOffice
from tests.support.issuer import issued_omc, ready_omc, record
from tests.support.platform import ClientCredentials, Platform

CLI = str(Path(sys.executable).with_name("omc-client"))
CSV_HEADER = "sis_completion_id,learner_name,learner_email,micro_credential_id,version,completed_on,result\n"
UNKNOWN_MC = "5d3c1c8e-0000-4000-8000-0000000000ab"


class Cli:
    """The console script with a config file of its own and the secrets in its environment."""

    def __init__(self, config: Path, secrets: dict[str, str]) -> None:
        self.env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(config.parent),
            "OMC_CLIENT_CONFIG": str(config),
            "COLUMNS": "200",
            **secrets,
        }

    async def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return await asyncio.to_thread(
            subprocess.run,
            [CLI, *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    async def json(self, *args: str) -> tuple[int, Any]:
        result = await self("--json", *args)
        return result.returncode, json.loads(result.stdout) if result.stdout.strip() else None


@pytest.fixture(scope="module")
async def college(platform: Platform) -> QaOffice:
    return await QaOffice.designated(platform)


@pytest.fixture(scope="module")
async def omc(college: QaOffice) -> str:
    return await ready_omc(college)


@pytest.fixture(scope="module")
async def cli(platform: Platform, college: QaOffice, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    sis: ClientCredentials = await platform.new_client(college.institution_id, [Role.SIS])
    config = tmp_path_factory.mktemp("omc-client") / "config.toml"
    runner = Cli(
        config,
        {
            "OMC_CLIENT_SECRET_SIS": sis.client_secret,
            "OMC_CLIENT_SECRET_REGISTRAR": college.client.client_secret,
        },
    )
    urls = [
        "--registry-url", platform.registry.public_url,
        "--qa-url", platform.qa.public_url,
        "--issuer-url", platform.issuer.public_url,
        "--organisation-id", college.institution_id,
    ]  # fmt: skip
    for name, client_id in (("sis", sis.client_id), ("registrar", college.client.client_id)):
        added = await runner("profile", "add", name, *urls, "--client-id", client_id)
        assert added.returncode == 0, added.stderr
    public = await runner("profile", "add", "default", *urls[:6])
    assert public.returncode == 0, public.stderr
    return runner


async def test_a_pushed_csv_is_followed_to_the_end_and_its_rejected_rows_are_written_out(
    cli: Cli, omc: str, tmp_path: Path
) -> None:
    today = record(omc)["completed_on"]
    pushed = tmp_path / "completions.csv"
    pushed.write_text(
        CSV_HEADER
        + f"CLI-OK-1,Ada Learner,ada@example.ca,{omc},1,{today},pass\n"
        + f"CLI-NO-MC,Bo Learner,bo@example.ca,{UNKNOWN_MC},1,{today},pass\n"
    )
    rejected = tmp_path / "rejected.csv"

    result = await cli("-p", "sis", "push", str(pushed), "--wait", "--rejected", str(rejected))

    assert result.returncode == 2, result.stdout + result.stderr  # partly rejected
    assert "issued" in result.stdout
    assert "CLI-NO-MC" in result.stdout
    rows = list(csv.DictReader(rejected.read_text().splitlines()))
    assert [(row["row"], row["sis_completion_id"], row["state"]) for row in rows] == [
        ("3", "CLI-NO-MC", "rejected")  # its CSV line, the header being line 1
    ]
    assert rows[0]["reason"]


async def test_invalid_records_store_nothing_exit_1_and_name_their_rows(
    cli: Cli, omc: str, tmp_path: Path
) -> None:
    pushed = tmp_path / "bad.json"
    pushed.write_text(json.dumps([record(omc), record(omc, learner={"name": "No Contact"})]))
    rejected = tmp_path / "rejected.csv"

    code, body = await cli.json("-p", "sis", "push", str(pushed), "--rejected", str(rejected))

    assert code == 1
    assert body["error"]["status"] == 422
    assert {row["row"] for row in csv.DictReader(rejected.read_text().splitlines())} == {"1"}


async def test_the_mirror_is_brought_up_to_date_incrementally(
    cli: Cli, college: QaOffice, omc: str, tmp_path: Path
) -> None:
    mirror = tmp_path / "catalogue.json"
    code, first = await cli.json("mirror", str(mirror))
    assert code == 0, first
    assert omc in json.loads(mirror.read_text())["items"]

    newer = await ready_omc(college)
    code, second = await cli.json("mirror", str(mirror))

    assert code == 0, second
    assert second["upserts"] >= 1
    assert second["items"] >= first["items"] + 1
    assert newer in json.loads(mirror.read_text())["items"]


async def test_the_catalogue_exports_as_csv(cli: Cli, omc: str, tmp_path: Path) -> None:
    exported = tmp_path / "catalogue.csv"
    result = await cli("export", "--format", "csv", "-o", str(exported))
    assert result.returncode == 0, result.stderr
    assert omc in exported.read_text()


async def test_an_import_dry_run_sends_nothing_and_a_real_one_creates(cli: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "omcs.csv"
    sheet.write_text("course_code,iqap,title_fr\nCLI-IMP-1,false,Coupage\n,false,Sans code\n")
    code, dry = await cli.json("-p", "registrar", "import", str(sheet), "--dry-run")
    assert code == 1
    assert dry == {"rows": 2, "problems": [{"line": 3, "reason": "course_code is required"}], "sent": False}

    sheet.write_text("course_code,iqap,title_fr\nCLI-IMP-1,false,Coupage\n")
    code, report = await cli.json("-p", "registrar", "import", str(sheet))
    assert code == 0, report
    assert [row["outcome"] for row in report["rows"]] == ["created"]


async def test_verify_status_changes_and_claim_links(
    platform: Platform, cli: Cli, college: QaOffice, tmp_path: Path
) -> None:
    [(credential_id, document)] = await issued_omc(platform, college)
    credential = tmp_path / "credential.json"
    credential.write_text(json.dumps(document))
    verified = await cli("verify", str(credential))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "verified" in verified.stdout

    code, link = await cli.json("-p", "registrar", "resend-claim", credential_id)
    assert code == 0, link
    assert link["url"].startswith("http")

    code, _ = await cli.json("-p", "registrar", "suspend", credential_id, "--reason", "Under review.")
    assert code == 0
    code, _ = await cli.json("-p", "registrar", "unsuspend", credential_id, "--reason", "Review closed.")
    assert code == 0
    code, _ = await cli.json("-p", "registrar", "revoke", credential_id, "--reason", "Awarded in error.")
    assert code == 0
    revoked = await cli("--json", "verify", str(credential))
    assert revoked.returncode == 6, revoked.stdout
    assert json.loads(revoked.stdout)["verified"] is False

    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps({**document, "validFrom": "2001-01-01T00:00:00Z"}))
    assert (await cli("verify", str(tampered))).returncode == 6


async def test_exit_codes_for_usage_auth_and_role(cli: Cli, tmp_path: Path) -> None:
    assert (await cli("no-such-command")).returncode == 1
    assert (await cli("-p", "nowhere", "whoami")).returncode == 1
    wrong = Cli(Path(cli.env["OMC_CLIENT_CONFIG"]), {"OMC_CLIENT_SECRET": "not-the-secret"})
    assert (await wrong("-p", "sis", "whoami")).returncode == 3
    code, me = await cli.json("-p", "sis", "whoami")
    assert code == 0
    assert me["roles"] == ["sis"]
    # The SIS may not revoke: 403 is an auth failure for scripts.
    assert (
        await cli("-p", "sis", "revoke", "5d3c1c8e-0000-4000-8000-0000000000ac", "--reason", "x")
    ).returncode == 3
