"""Signing and verifying Open Badges credentials with `eddsa-rdfc-2022`: the platform against the
JavaScript reference (Digital Bazaar's libraries, bench/peer-js/), on the same files, in one run.

    make bench-signing        # = .venv/bin/python bench/signing.py (after npm ci of bench/peer-js)
    .venv/bin/python bench/signing.py [--seconds 2] [--rounds 3] [--canonicalizers oxigraph-jsonld,pyld]

The credentials are bench/peer-js/credentials/*.json (made by the platform's code:
bench/signing_credentials.py). Each side signs each file's `unsigned` credential and verifies its
`signed` one (signed by the platform; the reference checks it verifies before timing). One process
and one thread per side, never at the same time: each round measures ours, then runs the reference
(`node bench/peer-js/bench.js --rounds 1`, after a one-second warm-up of each operation: V8
compiles hot code after a while), so both see the same machine; the figure is the best
round of each (the machine is shared, the best round is the least disturbed). Each rate is also
taken per CPU second of the process (the reference's includes V8's compiler and garbage-collector
threads), which a busy machine disturbs less than wall-clock time. Prints the load average before
and after and a Markdown table with the ratios ours/reference.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.vc import data_integrity as di  # noqa: E402
from shared.vc.canonicalize import CANONICALIZERS, DEFAULT_CANONICALIZER, Canonicalizer  # noqa: E402
from shared.vc.did import StaticDidResolver  # noqa: E402
from shared.vc.multikey import multikey_to_private_key  # noqa: E402

PEER = ROOT / "bench" / "peer-js"
CREDENTIALS = PEER / "credentials"
NAMES = ("reference-shape", "issued", "joint-award")
CREATED = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


def load(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((CREDENTIALS / f"{name}.json").read_text())
    return document


class Ours:
    """The platform's signing and verification (shared.vc.data_integrity) with one canonicalizer."""

    def __init__(self, canonicalizer: Canonicalizer) -> None:
        keys = json.loads((CREDENTIALS / "keys.json").read_text())
        self.canonicalizer = canonicalizer
        self.key: Ed25519PrivateKey = multikey_to_private_key(keys["issuer"]["secretKeyMultibase"])
        self.options = di.ProofOptions(
            verification_method=keys["issuer"]["verificationMethod"], created=CREATED
        )
        self.resolver = StaticDidResolver(keys["didDocuments"])
        self.runner = asyncio.Runner()

    def sign(self, unsigned: dict[str, Any]) -> dict[str, Any]:
        return di.add_proof(unsigned, self.key, self.options, self.canonicalizer)

    def verify(self, signed: dict[str, Any]) -> None:
        result = self.runner.run(di.verify(signed, self.resolver, self.canonicalizer))
        if not result.verified:
            raise SystemExit(f"our verification failed: {[proof.error for proof in result.proofs]}")


def rate(action: Callable[[], object], seconds: float) -> tuple[float, float]:
    """Operations per wall-clock second and per CPU second of this process."""
    count, started, cpu_started = 0, time.perf_counter(), time.process_time()
    while (elapsed := time.perf_counter() - started) < seconds:
        action()
        count += 1
    return count / elapsed, count / (time.process_time() - cpu_started)


def node() -> str:
    path = shutil.which("node")
    if path is None or not (PEER / "node_modules").is_dir():
        raise SystemExit("the reference needs Node.js 20 and its packages: run `make bench-signing`")
    return path


def reference_round(seconds: float, names: list[str]) -> dict[str, dict[str, float]]:
    timing = ["--seconds", str(seconds), "--rounds", "1"]
    answer = subprocess.run(  # noqa: S603 (fixed arguments: node, the peer's script, numbers, file names)
        [node(), str(PEER / "bench.js"), *timing, "--only", ",".join(names)],
        capture_output=True,
        text=True,
        check=False,
    )
    if answer.returncode != 0:
        raise SystemExit(f"the reference failed ({answer.returncode}): {answer.stderr.strip()}")
    rates: dict[str, dict[str, float]] = json.loads(answer.stdout)["credentials"]
    return rates


def quads(document: dict[str, Any], canonicalizer: Canonicalizer) -> int:
    return len(canonicalizer.canonicalize(document).removesuffix("\n").split("\n"))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--canonicalizers",
        default=DEFAULT_CANONICALIZER,
        help=f"comma-separated, of {', '.join(CANONICALIZERS)} (default: the platform's)",
    )
    parser.add_argument("--only", default=",".join(NAMES), help="credentials, comma-separated")
    args = parser.parse_args()
    names = args.only.split(",")
    ours = {name: Ours(CANONICALIZERS[name]()) for name in args.canonicalizers.split(",")}
    files = {name: load(name) for name in names}
    reference = ours[next(iter(ours))].canonicalizer
    for side in ours.values():  # warm-up, and both sides agree before anything is timed
        for file in files.values():
            side.verify(file["signed"])
            side.verify(side.sign(file["unsigned"]))
            canonical = side.canonicalizer.canonicalize(file["unsigned"])
            assert canonical == reference.canonicalize(file["unsigned"])

    load_before = Path("/proc/loadavg").read_text().strip()
    started = datetime.now(UTC)
    best: dict[tuple[str, str, str], float] = {}
    for _ in range(args.rounds):
        for side_name, side in ours.items():
            for name, file in files.items():
                for operation, action in (
                    ("sign", partial(side.sign, file["unsigned"])),
                    ("verify", partial(side.verify, file["signed"])),
                ):
                    wall, cpu = rate(action, args.seconds)
                    for key, value in (
                        ((side_name, name, operation), wall),
                        ((side_name, name, f"{operation}_cpu"), cpu),
                    ):
                        best[key] = max(best.get(key, 0.0), value)
        for name, rates in reference_round(args.seconds, names).items():
            for operation, value in rates.items():
                key = ("reference", name, operation)
                best[key] = max(best.get(key, 0.0), value)
    load_after = Path("/proc/loadavg").read_text().strip()

    command = " ".join(["bench/signing.py", *sys.argv[1:]])
    print(f"{started:%Y-%m-%d %H:%M} UTC, `{command}`; best of {args.rounds} rounds of {args.seconds:g} s")
    print(f"load average before: {load_before}; after: {load_after}\n")
    print(
        "| credential | quads | canonicalizer | sign/s ours | sign/s reference | ratio "
        "| verify/s ours | verify/s reference | ratio | ratios per CPU second (sign, verify) |"
    )
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for side_name in ours:
        for name, file in files.items():
            sign_ours, sign_ref = best[(side_name, name, "sign")], best[("reference", name, "sign")]
            verify_ours, verify_ref = best[(side_name, name, "verify")], best[("reference", name, "verify")]
            size = quads(file["unsigned"], reference)
            sign_cpu = best[(side_name, name, "sign_cpu")] / best[("reference", name, "sign_cpu")]
            verify_cpu = best[(side_name, name, "verify_cpu")] / best[("reference", name, "verify_cpu")]
            print(
                f"| {name} | {size} | {side_name} | {sign_ours:,.0f} | {sign_ref:,.0f} "
                f"| {sign_ours / sign_ref:.2f} | {verify_ours:,.0f} | {verify_ref:,.0f} "
                f"| {verify_ours / verify_ref:.2f} | {sign_cpu:.2f}, {verify_cpu:.2f} |"
            )


if __name__ == "__main__":
    main()
