"""The verification service under load, against the JavaScript reference on the same credential.

    .venv/bin/python bench/verify.py [--requests 2000] [--clients 8] [--credentials 4]

Starts the three services as uvicorn subprocesses (as `make run` does: the issuer's defaults, its
signing pool included) on a fresh database `omc_bench_verify`, issues `--credentials` Open Badges
credentials through the real pipeline (a DOMCI, an approved OMC, its SIS's completions), then:

(a) ours: `--requests` POST /credentials/verify, `--clients` concurrent HTTP clients, the issued
    credentials in turn (after `--warm-up` requests, not counted): verifications/s, p50, p99;
    every answer must be `verified`;
(b) the anchor, in the same run: Digital Bazaar's `@digitalbazaar/vc` verifying the proof of the
    first of the same credentials on one Node thread (tests/interop/bench-verify.js, the DID
    document read once from the issuer and served from memory): best of `--rounds` runs of
    `--seconds`.

The reference checks the proof only; the service also checks the issuer key's period, the status,
the validity period and the OMC's standing. Needs `make interop-install`. Prints Markdown for
docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psutil  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deployed_platform import deployed_platform
from verification_load import verify_under_load

from ops.supervisor import (
    Child,
)
from services.credential_issuer.config import IssuerSettings
from services.qa_api.config import QaSettings
from services.registry_api.config import RegistrySettings
from shared.db.migrations import PROJECT_ROOT
from shared.vc.canonicalize import default_canonicalizer
from shared.vc.data_integrity import unsecured
from shared.vc.did import did_web_url
from tests.support.iqap import QaOffice
from tests.support.issuer import Sis, credential_document, ready_omc, record
from tests.support.platform import ClientCredentials, Platform

PORTS = (18021, 18022, 18023)
REFERENCE = PROJECT_ROOT / "tests" / "interop" / "bench-verify.js"


def cpu_seconds(children: list[Child]) -> dict[str, float]:
    """CPU time (user + system) so far of each service: its uvicorn process and, separately, the
    issuer's child processes (the signing pool that also verifies)."""
    seconds: dict[str, float] = {}
    for service, popen in children:
        parent = psutil.Process(popen.pid)
        times = parent.cpu_times()
        seconds[service.name] = times.user + times.system
        descendants = 0.0
        for child in parent.children(recursive=True):
            try:
                child_times = child.cpu_times()
            except psutil.NoSuchProcess:
                continue
            descendants += child_times.user + child_times.system
        if descendants:
            seconds[f"{service.name} children"] = descendants
    return seconds


def reference(document: dict[str, Any], did_document: dict[str, Any], seconds: float, rounds: int) -> float:
    request = {"credential": document, "didDocuments": [did_document], "seconds": seconds, "rounds": rounds}
    node = shutil.which("node")
    if node is None:
        raise SystemExit("node is not installed: the reference needs Node 20 (and make interop-install)")
    finished = subprocess.run(  # noqa: S603 (our own script, on our own JSON)
        [node, str(REFERENCE)], input=json.dumps(request), capture_output=True, text=True, check=False
    )
    if finished.returncode != 0:
        Path(".omc/bench/verify-reference-request.json").write_text(json.dumps(request))
        raise SystemExit(f"the reference could not run: {finished.stderr[-2000:]}")
    answer = json.loads(finished.stdout)
    if not answer["verified"]:
        Path(".omc/bench/verify-reference-request.json").write_text(json.dumps(request))
        raise SystemExit(f"the reference does not verify the credential: {answer['errors']}")
    rate: float = answer["rate"]
    return rate


async def scenarios(
    urls: dict[str, str],
    databases: dict[str, str],
    admin: ClientCredentials,
    children: list[Child],
    args: argparse.Namespace,
) -> None:
    async with httpx.AsyncClient(timeout=60) as http:
        platform = Platform(
            registry=RegistrySettings(database_url=databases["registry"], public_url=urls["REGISTRY"]),
            qa=QaSettings(database_url=databases["qa"], public_url=urls["QA"]),
            issuer=IssuerSettings(database_url=databases["issuer"], public_url=urls["ISSUER"]),
            admin=admin,
            http=http,
        )
        print(f"issuing {args.credentials} credentials through the pipeline...", file=sys.stderr)
        office = await QaOffice.designated(platform)
        micro_credential_id = await ready_omc(office)
        sis = await Sis.of(platform, office.institution_id)
        sent = await sis.send([record(micro_credential_id) for _ in range(args.credentials)])
        assert sent.status_code == 202, sent.text
        job = await sis.settled(sent.json()["id"], within_seconds=600)  # a loaded machine is slow
        assert job["counts"]["issued"] == args.credentials, job
        documents = [
            await credential_document(platform, item["credential_id"]) for item in job["completions"]
        ]
        issuer_did = documents[0]["issuer"]["id"]
        # did:web names https; the bench's issuer speaks plain HTTP on loopback.
        did_url = did_web_url(issuer_did).replace("https://", "http://", 1)
        did_document = (await http.get(did_url)).raise_for_status().json()
        quads = len(default_canonicalizer().canonicalize(unsecured(documents[0])).splitlines())

    print(f"ours: {args.requests} verifications, {args.clients} clients...", file=sys.stderr)
    before = cpu_seconds(children)
    measured = await verify_under_load(
        f"{urls['ISSUER']}/credentials/verify",
        documents,
        requests=args.requests,
        clients=args.clients,
        warm_up=args.warm_up,
    )
    load = os.getloadavg()
    after = cpu_seconds(children)
    cpu_ms = {
        name: 1000 * (after[name] - before.get(name, 0.0)) / (args.requests + args.warm_up) for name in after
    }
    print("reference: Digital Bazaar on one Node thread...", file=sys.stderr)
    anchor = reference(documents[0], did_document, args.seconds, args.rounds)

    print()
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    pool = "the service default" if args.processes is None else str(args.processes)
    print(
        f"{len(documents)} issued OMC credentials ({quads} quads each, one proof); signing processes: {pool}"
    )
    print()
    print("| measure | figure |")
    print("| --- | ---: |")
    print(
        f"| ours: POST /credentials/verify, {args.clients} clients ({measured['requests']} requests) | "
        f"{measured['rate']:,.1f} /s, p50 {measured['p50']:.0f} ms, p99 {measured['p99']:.0f} ms |"
    )
    print(f"| reference: `@digitalbazaar/vc` proof verification, one thread | {anchor:,.1f} /s |")
    print(f"| ratio ours / reference | {measured['rate'] / anchor:.2f} |")
    for name, milliseconds in cpu_ms.items():
        print(f"| CPU per verification: {name} | {milliseconds:.1f} ms |")
    if measured["not_verified"]:
        print(f"\nWARNING: {measured['not_verified']} answers were not `verified`")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--credentials", type=int, default=4)
    parser.add_argument(
        "--processes",
        type=int,
        default=None,
        help="ISSUER_ISSUANCE_SIGNING_PROCESSES for the issuer (default: the service's); 0 checks proofs "
        "in a thread of the service",
    )
    parser.add_argument("--warm-up", type=int, default=50, help="verifications before measuring")
    parser.add_argument("--seconds", type=float, default=3.0, help="length of one reference run")
    parser.add_argument("--rounds", type=int, default=3, help="reference runs (the best is kept)")
    args = parser.parse_args()

    # Set-up only: completions retried soon if a call times out on a loaded machine.
    environment = {"ISSUER_ISSUANCE_MAX_BACKOFF_SECONDS": "2"}
    if args.processes is not None:
        environment["ISSUER_ISSUANCE_SIGNING_PROCESSES"] = str(args.processes)
    with deployed_platform("omc_bench_verify", PORTS, environment) as platform:
        asyncio.run(scenarios(platform.urls, platform.database_urls, platform.admin, platform.children, args))


if __name__ == "__main__":
    main()
