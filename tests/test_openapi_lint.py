"""The contracts pass Redocly's recommended rules with no error, so generators can trust them.

Redocly CLI is pinned in tools/openapi-lint/package-lock.json and installed by `make test` (npm ci);
the lint runs offline on the committed openapi/*.json.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from shared.db.migrations import PROJECT_ROOT

LINT_DIR = PROJECT_ROOT / "tools" / "openapi-lint"
CONTRACTS = sorted((PROJECT_ROOT / "openapi").glob("*.json"))


def _redocly_lint(contract: Path) -> subprocess.CompletedProcess[str]:
    cli = LINT_DIR / "node_modules" / "@redocly" / "cli" / "bin" / "cli.js"
    assert cli.exists(), "Redocly CLI is not installed: run `make openapi-lint-install`."
    node = shutil.which("node")
    assert node is not None, "Node.js is needed for the Redocly lint."
    return subprocess.run(  # noqa: S603 (fixed arguments)
        [node, str(cli), "lint", "--config", "redocly.yaml", "--format=json", str(contract)],
        cwd=LINT_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "REDOCLY_TELEMETRY": "off",
            "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
        },
        check=False,
    )


def test_every_contract_lints_without_errors() -> None:
    assert len(CONTRACTS) == 3
    failures = {}
    for contract in CONTRACTS:
        result = _redocly_lint(contract)
        report = json.loads(result.stdout)
        # Errors fail the lint; warnings (e.g. an example not matching its schema) fail this test too.
        problems = report["problems"]
        if problems or result.returncode != 0:
            failures[contract.name] = [
                f"{p['severity']} {p['ruleId']}: {p['message']}" for p in problems
            ] or [result.stderr]
    assert not failures, failures


def test_authenticated_operations_use_oauth2_client_credentials_and_public_ones_say_so() -> None:
    registry = json.loads((PROJECT_ROOT / "openapi" / "registry_api.json").read_text())
    scheme = registry["components"]["securitySchemes"]["OAuth2"]
    assert scheme["flows"]["clientCredentials"]["tokenUrl"].endswith("/oauth/token")
    catalogue = registry["paths"]["/v1/catalogue/micro-credentials"]["get"]
    assert catalogue["security"] == []
    whoami = registry["paths"]["/v1/whoami"]["get"]
    assert whoami["security"] == [{"OAuth2": []}]
    for contract in CONTRACTS:
        names = json.loads(contract.read_text())["components"]["schemas"]
        assert not [n for n in names if n.endswith(("-Input", "-Output"))], contract.name


def test_linked_data_and_exports_are_typed_by_media_type() -> None:
    issuer = json.loads((PROJECT_ROOT / "openapi" / "credential_issuer.json").read_text())
    registry = json.loads((PROJECT_ROOT / "openapi" / "registry_api.json").read_text())
    did = issuer["paths"]["/organisations/{organisation_id}/did.json"]["get"]["responses"]["200"]["content"]
    assert {body["schema"]["$ref"] for body in did.values()} == {"#/components/schemas/DidDocument"}
    status_list = issuer["paths"]["/v1/status-lists/{list_id}"]["get"]["responses"]["200"]["content"]
    assert status_list["application/vc+ld+json"]["schema"]["$ref"].endswith("/VerifiableCredential")
    export = registry["paths"]["/v1/catalogue/export"]["get"]["responses"]["200"]["content"]
    assert set(export) == {"application/x-ndjson", "text/csv"}
