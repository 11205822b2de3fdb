"""Signing and verifying Open Badges credentials with `eddsa-rdfc-2022`, per canonicalizer.

    .venv/bin/python bench/canonicalize.py [--seconds 2] [--rounds 3]

In this process, no server: the cost is CPU. Each figure is the best of `rounds` runs of `seconds`
each (the machine is shared, the best run is the one least disturbed). Candidates:

- `pyld`: shared.vc.canonicalize.PyldCanonicalizer (pyld expansion/toRdf, pyld URDNA2015 labelling)
- `oxigraph`: shared.vc.canonicalize.OxigraphCanonicalizer (pyld expansion/toRdf, pyoxigraph RDFC-1.0)
- `oxigraph-jsonld` (the default): shared.vc.oxigraph_jsonld.OxigraphJsonLdCanonicalizer, pyoxigraph's
  own JSON-LD parser with the bundled contexts pruned to the terms each document uses, the same
  checks, and its RDFC-1.0.

bench/signing.py compares the default with the JavaScript reference.

Prints Markdown tables for docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared.vc import data_integrity as di
from shared.vc.canonicalize import (
    DEFAULT_CANONICALIZER,
    Canonicalizer,
    Limits,
    OxigraphCanonicalizer,
    PyldCanonicalizer,
    _to_rdf,
    oxigraph_jsonld_canonicalizer,
)
from shared.vc.contexts import bundled_contexts
from shared.vc.did import StaticDidResolver, did_web_document
from tests.support.jsonld_corpus import (
    ISSUER_DID,
    PARTNER_DID,
    open_badge_credential,
    rich_open_badge_credential,
)

ISSUER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PARTNER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32, 64)))


def rate(action: Callable[[], object], *, seconds: float, rounds: int) -> float:
    action()  # warm-up: contexts loaded and cached
    best = 0.0
    for _ in range(rounds):
        count, started = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - started) < seconds:
            action()
            count += 1
        best = max(best, count / elapsed)
    return best


def resolver() -> StaticDidResolver:
    return StaticDidResolver(
        [
            did_web_document(ISSUER_DID, {"key-1": ISSUER_KEY.public_key()}),
            did_web_document(PARTNER_DID, {"key-1": PARTNER_KEY.public_key()}),
        ]
    )


def sign(document: dict[str, Any], canonicalizer: Canonicalizer) -> dict[str, Any]:
    options = di.ProofOptions(verification_method=f"{ISSUER_DID}#key-1")
    return di.add_proof(document, ISSUER_KEY, options, canonicalizer)


RUNNER = asyncio.Runner()


def verify(document: dict[str, Any], canonicalizer: Canonicalizer) -> None:
    result = RUNNER.run(di.verify(document, resolver(), canonicalizer))
    assert result.verified


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    def measure(action: Callable[[], object]) -> float:
        return rate(action, seconds=args.seconds, rounds=args.rounds)

    documents = {
        "credential": open_badge_credential(),
        "rich credential": rich_open_badge_credential(),
    }
    implementations: list[Canonicalizer] = [
        PyldCanonicalizer(),
        OxigraphCanonicalizer(),
        oxigraph_jsonld_canonicalizer(),
    ]
    candidates: list[Any] = implementations
    reference = PyldCanonicalizer()
    for name, document in documents.items():
        expected = reference.canonicalize(document)
        quads = len(expected.removesuffix("\n").split("\n"))
        for candidate in candidates:
            assert candidate.canonicalize(document) == expected, (candidate.name, name)
        print(f"{name}: {quads} quads, output identical for every candidate")
    print()

    print("| document | candidate | canonicalizations/s | signatures/s | verifications/s |")
    print("| --- | --- | ---: | ---: | ---: |")
    for name, document in documents.items():
        for candidate in candidates:
            canonicalize = measure(partial(candidate.canonicalize, document))
            signing = measure(partial(sign, document, candidate))
            verifying = measure(partial(verify, sign(document, candidate), candidate))
            print(f"| {name} | {candidate.name} | {canonicalize:,.0f} | {signing:,.0f} | {verifying:,.0f} |")

    print()
    print("| where the time goes (credential) | operations/s |")
    print("| --- | ---: |")
    document = documents["credential"]
    contexts, limits = bundled_contexts(), Limits()
    dataset_rate = measure(partial(_to_rdf, document, contexts, limits))
    print(f"| checks + pyld expansion + toRdf (pyld and oxigraph) | {dataset_rate:,.0f} |")
    for candidate in implementations:
        whole = measure(partial(candidate.canonicalize, document))
        print(f"| whole canonicalization, {candidate.name} | {whole:,.0f} |")
    joint = di.add_proof(
        sign(document, reference),
        PARTNER_KEY,
        di.ProofOptions(verification_method=f"{PARTNER_DID}#key-1"),
        reference,
    )
    for candidate in implementations:
        verify_set = measure(partial(verify, joint, candidate))
        print(f"| verify a joint award (proof set of 2), {candidate.name} | {verify_set:,.0f} |")
    print(f"\ndefault canonicalizer: {DEFAULT_CANONICALIZER}")


if __name__ == "__main__":
    main()
