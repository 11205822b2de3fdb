"""The sandbox's catalogue and credentials: each DOMCI imports its micro-credentials (bulk import,
matched on course code), submits them, approves them through its IQAP in the quality ledger and
publishes them, records its OMC+ credit agreements; then each SIS pushes completions, the issuer
signs credentials, the registrar makes claim links and revokes or suspends the ones the data says.
Also the summary `make demo` prints."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ops.demo_http import ApiError, Client
from ops.demo_quality import review_partnership

if TYPE_CHECKING:
    from ops.demo import Sandbox

APPROVED_DAYS_AGO = 60


def _registrar(sandbox: Sandbox, slug: str) -> Client:
    return sandbox.client(f"{slug}-registrar", slug, "institution", ["institution"])


def _sis(sandbox: Sandbox, slug: str) -> Client:
    return sandbox.client(f"{slug}-sis", slug, "institution", ["sis"])


def _import_item(sandbox: Sandbox, item: dict[str, Any]) -> dict[str, Any]:
    metadata = dict(item["metadata"])
    if item.get("partners"):
        metadata["partners"] = [
            {
                "organisation_id": sandbox.organisation(partner["provider"], "alternate_provider")["id"],
                "role": partner["role"],
            }
            for partner in item["partners"]
        ]
    return {"course_code": item["course_code"], "iqap": True, "metadata": metadata}


def import_catalogue(sandbox: Sandbox, slug: str, items: list[dict[str, Any]]) -> None:
    """Import, submit, approve in the ledger, publish and record credit agreements, as needed."""
    from ops.demo import days_from_today

    urls, platform = sandbox.urls, sandbox.platform
    registrar = _registrar(sandbox, slug)
    institution_id = sandbox.organisation(slug, "institution")["id"]
    for item in items:
        for partner in item.get("partners", []):
            review_partnership(sandbox, slug, partner["provider"], item["metadata"]["title"]["en"])
    outcome = platform.call(
        "POST",
        f"{urls.registry}/v1/organisations/{institution_id}/micro-credentials/import",
        actor=registrar,
        json={"items": [_import_item(sandbox, item) for item in items]},
    )
    versions: dict[str, int] = {}
    for row in outcome["rows"]:
        sandbox.micro_credentials[row["course_code"]] = row["micro_credential_id"]
        versions[row["micro_credential_id"]] = row["version"]

    def status(micro_credential_id: str) -> str:
        state = platform.call(
            "GET", f"{urls.registry}/v1/micro-credentials/{micro_credential_id}", actor=registrar
        )
        version = versions[micro_credential_id]
        return str(next(item["status"] for item in state["versions"] if item["version"] == version))

    for micro_credential_id, version in versions.items():
        if status(micro_credential_id) == "draft":
            platform.call(
                "POST",
                f"{urls.registry}/v1/micro-credentials/{micro_credential_id}/versions/{version}/submission",
                actor=registrar,
            )
    awaiting = []
    for item in items:
        micro_credential_id = sandbox.micro_credentials[item["course_code"]]
        if status(micro_credential_id) != "submitted":
            continue
        platform.call(
            "POST",
            f"{urls.qa}/v1/institutions/{institution_id}/approvals",
            actor=registrar,
            json={
                "micro_credential_id": micro_credential_id,
                "version": versions[micro_credential_id],
                "approved_on": days_from_today(-APPROVED_DAYS_AGO).isoformat(),
                "reviewer": next(provider for provider in _providers() if provider["slug"] == slug)["eqap"][
                    "reviewer"
                ],
                "labour_market_need": "Employer advisory group and regional job postings show demand for "
                f"{item['metadata']['title']['en'].lower()}.",
            },
        )
        awaiting.append(micro_credential_id)
    for micro_credential_id in awaiting:
        platform.wait_until(
            f"approval of {micro_credential_id}", lambda mc=micro_credential_id: status(mc) == "approved"
        )
    for micro_credential_id, version in versions.items():
        if status(micro_credential_id) == "approved":
            platform.call(
                "POST",
                f"{urls.registry}/v1/micro-credentials/{micro_credential_id}/versions/{version}/publication",
                actor=registrar,
            )
    for item in items:
        _record_credit_transfers(sandbox, registrar, item)


def _record_credit_transfers(sandbox: Sandbox, registrar: Client, item: dict[str, Any]) -> None:
    """OMC+: the item's credit agreements, unless the catalogue already lists them."""
    if not item.get("credit_transfers"):
        return
    urls, platform = sandbox.urls, sandbox.platform
    micro_credential_id = sandbox.micro_credentials[item["course_code"]]
    listed = platform.call("GET", f"{urls.registry}/v1/catalogue/micro-credentials/{micro_credential_id}")
    for transfer in item["credit_transfers"]:
        body = {key: value for key, value in transfer.items() if key != "receiving_provider"}
        if "receiving_provider" in transfer:
            body["receiving_institution_id"] = sandbox.organisation(
                transfer["receiving_provider"], "institution"
            )["id"]
        if any(existing["program"] == body["program"] for existing in listed["credit_transfers"]):
            continue
        platform.call(
            "POST",
            f"{urls.registry}/v1/micro-credentials/{micro_credential_id}/credit-transfers",
            actor=registrar,
            json=body,
        )


def _providers() -> list[dict[str, Any]]:
    from ops.demo import EXAMPLES, read_json

    providers: list[dict[str, Any]] = read_json(EXAMPLES / "organisations.json")["providers"]
    return providers


def push_completions(sandbox: Sandbox, completions: list[dict[str, Any]]) -> None:
    """Each institution's SIS sends its completions (one batch, with an Idempotency-Key); the
    loader follows the batch until every completion is issued or rejected."""
    from ops.demo import days_from_today

    urls, platform = sandbox.urls, sandbox.platform
    kept: dict[str, str] = sandbox.state.setdefault("credentials", {})
    by_provider: dict[str, list[dict[str, Any]]] = {}
    for completion in completions:
        by_provider.setdefault(completion["provider"], []).append(completion)
    for slug, records in by_provider.items():
        sis = _sis(sandbox, slug)
        institution_id = sandbox.organisation(slug, "institution")["id"]
        body = {
            "completions": [
                {
                    "sis_completion_id": record["sis_completion_id"],
                    "learner": record["learner"],
                    "micro_credential_id": sandbox.micro_credentials[record["course_code"]],
                    "version": 1,
                    "completed_on": days_from_today(-record["completed_days_ago"]).isoformat(),
                    "result": record["result"],
                    "credits_earned": record["credits_earned"],
                }
                for record in records
            ]
        }
        # The same body gets the same key: a rerun is answered from the stored reply.
        key = "sandbox-" + hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:32]
        receipt = platform.call(
            "POST",
            f"{urls.issuer}/v1/institutions/{institution_id}/completions",
            actor=sis,
            json=body,
            headers={"Idempotency-Key": key},
        )
        batch_url = f"{urls.issuer}/v1/completion-batches/{receipt['id']}"

        def settled(url: str = batch_url, caller: Client = sis) -> Any:
            job = platform.call("GET", url, actor=caller)
            return job if job["done"] else None

        batch = platform.wait_until(f"batch {receipt['id']}", settled)
        for completion in batch["completions"]:
            if completion["credential_id"]:
                kept[completion["sis_completion_id"]] = completion["credential_id"]
            elif completion["state"] == "rejected":
                raise RuntimeError(f"{completion['sis_completion_id']} rejected: {completion['reason']}")
    sandbox.save()
    sandbox.credentials.update(kept)


def settle_statuses_and_claims(sandbox: Sandbox, completions: list[dict[str, Any]]) -> None:
    """Revoke or suspend what the data says (a 409 means it already is), and make a claim link for
    each credential (a new link replaces the earlier one, as a resend would)."""
    urls, platform = sandbox.urls, sandbox.platform
    for record in completions:
        credential_id = sandbox.credentials.get(record["sis_completion_id"])
        if credential_id is None:
            continue
        registrar = _registrar(sandbox, record["provider"])
        then = record.get("then")
        if then is not None:
            platform.call(
                "POST",
                f"{urls.issuer}/v1/credentials/{credential_id}/{then['action']}",
                actor=registrar,
                json={"reason": then["reason"]},
                expect=(200, 201, 409),
            )
        claim = platform.call(
            "POST",
            f"{urls.issuer}/v1/credentials/{credential_id}/claims",
            actor=registrar,
            params={"valid_days": 14},
        )
        sandbox.claims[record["sis_completion_id"]] = claim["url"]


def load(sandbox: Sandbox) -> None:
    """Everything, in the framework's order."""
    from ops.demo import EXAMPLES, read_json

    providers = _providers()
    items = read_json(EXAMPLES / "micro-credentials.json")["micro_credentials"]
    completions = read_json(EXAMPLES / "completions.json")["completions"]
    sandbox.register_providers(providers)
    for provider in providers:
        if provider["kind"] == "institution":
            sandbox.designate(provider)
    for provider in providers:
        if provider["kind"] == "institution":
            sandbox.import_catalogue(
                provider["slug"], [item for item in items if item["provider"] == provider["slug"]]
            )
    push_completions(sandbox, completions)
    settle_statuses_and_claims(sandbox, completions)


def summary_lines(sandbox: Sandbox) -> list[str]:
    """The `export` lines and URLs `make demo` prints (secrets only here: never logged elsewhere)."""
    urls = sandbox.urls
    clients = {
        "REGISTRAR": sandbox.client(
            "lakeshore-college-registrar", "lakeshore-college", "institution", ["institution"]
        ),
        "SIS": sandbox.client("lakeshore-college-sis", "lakeshore-college", "institution", ["sis"]),
        "PORTAL": sandbox.client("portal", "ontario-learning-portal", "portal", ["portal"]),
        "EQAA": sandbox.client("ocqas-eqaa", "ocqas", "eqaa", ["eqaa"]),
        "MINISTRY": sandbox.client("mcu-ministry", "mcu", "ministry", ["ministry"]),
    }
    lines = [
        "# Sandbox loaded. Paste these lines into your shell (docs/walkthroughs/ uses them):",
        f"export REGISTRY={urls.registry} QA={urls.qa} ISSUER={urls.issuer}",
        f"export ORG={sandbox.organisation('lakeshore-college', 'institution')['id']}",
    ]
    for name, client in clients.items():
        lines.append(
            f"export {name}_CLIENT_ID={client.client_id} {name}_CLIENT_SECRET={client.client_secret}"
        )
    substation = sandbox.micro_credentials["LKC-112"]
    revoked = sandbox.credentials.get("GBU-F26-0109-001")
    issued = sandbox.credentials.get("LKC-2026F-000101")
    lines.append(f"export MC_ID={substation} CREDENTIAL_ID={issued} REVOKED_CREDENTIAL_ID={revoked}")
    lines += [
        "",
        "# Try:",
        f"#   catalogue search:   {urls.registry}/v1/catalogue/micro-credentials?q={quote('safety')}",
        f"#   a co-awarded OMC:  {urls.registry}/v1/catalogue/micro-credentials/{substation}",
        f"#   the change feed:    {urls.registry}/v1/catalogue/changes",
        f"#   verify a credential (HTML): {urls.issuer}/verify?credential={issued}",
        f"#   verify a revoked one:       {urls.issuer}/verify?credential={revoked}",
        f"#   a learner's claim link (one use, 14 days): {sandbox.claims.get('LKC-2026F-000101')}",
        f"#   quality ledger:     {urls.qa}/v1/ledger/entries",
    ]
    return lines


def print_summary(sandbox: Sandbox) -> None:
    published = len(sandbox.micro_credentials)
    print(
        f"# {published} micro-credentials published, {len(sandbox.credentials)} credentials issued "
        f"({date.today().isoformat()})."
    )
    print("\n".join(summary_lines(sandbox)))


__all__ = ["ApiError", "load", "print_summary"]
