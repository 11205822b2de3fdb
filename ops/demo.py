"""`make demo`: load the sandbox dataset of `examples/sandbox/` into a running platform through its
public HTTP APIs, as the institutions, agencies, the ministry and the SIS would, then print client
credentials and URLs to try.

Idempotent: organisations are found by slug, micro-credentials by course code (bulk import answers
`unchanged`), each ledger step is taken only if the ledger does not show it yet, completions carry
their SIS ids and an Idempotency-Key, and the clients it made are kept (owner-only) in a state file
and reused while the registry accepts them. Running it twice changes nothing the second time.

It lives in `ops/` (not `examples/`) because it is a tool of the repository, type-checked and tested
like the rest; `examples/` holds only data, the same files the docs and tests read."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ops.demo_http import ApiError, Client, Platform, Urls
from shared.db.migrations import PROJECT_ROOT

EXAMPLES = PROJECT_ROOT / "examples" / "sandbox"
# Where `make run` keeps its clients (OMC_DATA_DIR, as `omc run` reads it).
DATA_DIR = Path(os.environ.get("OMC_DATA_DIR", PROJECT_ROOT / ".omc"))
DEFAULT_STATE = DATA_DIR / "demo-state.json"
DEFAULT_ADMIN = DATA_DIR / "admin-client.json"
PORTAL_SLUG = "ontario-learning-portal"


def days_from_today(days: int) -> date:
    return date.today() + timedelta(days=days)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def write_private(path: Path, content: dict[str, Any]) -> None:
    """Owner-only from the first byte: the file holds client secrets."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as file:
        json.dump(content, file, indent=2)
    path.chmod(0o600)


def admin_client(admin_file: Path) -> Client:
    """OMC_ADMIN_CLIENT_ID / OMC_ADMIN_CLIENT_SECRET, else the local admin client `make run` keeps."""
    if os.environ.get("OMC_ADMIN_CLIENT_ID") and os.environ.get("OMC_ADMIN_CLIENT_SECRET"):
        return Client(os.environ["OMC_ADMIN_CLIENT_ID"], os.environ["OMC_ADMIN_CLIENT_SECRET"])
    try:
        stored = read_json(admin_file)
        return Client(stored["client_id"], stored["client_secret"])
    except (OSError, ValueError, KeyError) as error:
        raise SystemExit(
            f"No admin client: start the platform with `make run` (it keeps one in {admin_file}), or set "
            "OMC_ADMIN_CLIENT_ID and OMC_ADMIN_CLIENT_SECRET (`make admin-client` prints them)."
        ) from error


@dataclass
class Sandbox:
    """One load of the sandbox: what it found or made, by slug and course code."""

    platform: Platform
    admin: Client
    state_file: Path
    state: dict[str, Any] = field(default_factory=dict)
    organisations: dict[str, dict[str, Any]] = field(default_factory=dict)
    micro_credentials: dict[str, str] = field(default_factory=dict)  # course code -> id
    credentials: dict[str, str] = field(default_factory=dict)  # SIS completion id -> credential id
    claims: dict[str, str] = field(default_factory=dict)  # SIS completion id -> claim url

    @property
    def urls(self) -> Urls:
        return self.platform.urls

    # --- organisations and their clients -------------------------------------------------------

    def organisation(self, slug: str, kind: str, **fields: Any) -> dict[str, Any]:
        """The organisation with ``slug``, registered by the admin if it is not yet."""
        if slug not in self.organisations:
            known = self.platform.pages(f"{self.urls.registry}/v1/organisations", kind=kind)
            self.organisations.update({item["slug"]: item for item in known})
        if slug not in self.organisations:
            body = {"slug": slug, "kind": kind, **fields}
            self.organisations[slug] = self.platform.call(
                "POST", f"{self.urls.registry}/v1/organisations", actor=self.admin, json=body
            )
        return self.organisations[slug]

    def client(self, name: str, organisation_slug: str, kind: str, roles: list[str]) -> Client:
        """The client kept under ``name`` while the registry accepts it; otherwise a new one (and the
        stale one revoked, so reruns do not pile up clients)."""
        organisation_id = self.organisation(organisation_slug, kind)["id"]
        kept = self.state.setdefault("clients", {}).get(name)
        if kept is not None:
            candidate = Client(kept["client_id"], kept["client_secret"])
            if self.platform.accepts(candidate):
                return candidate
            self.platform.call(
                "DELETE",
                f"{self.urls.registry}/v1/organisations/{organisation_id}/clients/{kept['client_id']}",
                actor=self.admin,
                expect=(200, 204, 404),
            )
        created = self.platform.call(
            "POST",
            f"{self.urls.registry}/v1/organisations/{organisation_id}/clients",
            actor=self.admin,
            json={"name": f"sandbox {name}", "roles": roles},
        )
        self.state["clients"][name] = {
            "client_id": created["client_id"],
            "client_secret": created["client_secret"],
        }
        self.save()
        return Client(created["client_id"], created["client_secret"])

    def save(self) -> None:
        write_private(self.state_file, self.state)

    def register_providers(self, providers: list[dict[str, Any]]) -> None:
        for provider in providers:
            details = {
                key: provider[key]
                for key in ("name_en", "name_fr", "website", "city", "province", "country", "provider_type")
            }
            organisation = self.organisation(provider["slug"], provider["kind"], **details)
            approved = provider.get("approved_qualification_types")
            if approved and sorted(organisation.get("approved_qualification_types") or []) != sorted(
                approved
            ):
                self.organisations[provider["slug"]] = self.platform.call(
                    "PUT",
                    f"{self.urls.registry}/v1/organisations/{organisation['id']}/approved-qualification-types",
                    actor=self.admin,
                    json={"qualification_types": approved},
                )
        self.organisation(
            PORTAL_SLUG,
            "portal",
            name_en="Ontario Learning Portal",
            name_fr="Portail d'apprentissage de l'Ontario",
        )

    # --- the quality ledger: EQAP, attestation, designation --------------------------------------

    def designate(self, provider: dict[str, Any]) -> None:
        """The EQAP chain of the framework, each step only if the ledger does not show it yet."""
        from ops.demo_quality import designate_through_ledger

        designate_through_ledger(self, provider)

    # --- micro-credentials -------------------------------------------------------------------

    def import_catalogue(self, provider_slug: str, items: list[dict[str, Any]]) -> None:
        """The provider's micro-credentials through the bulk import (matched on course code)."""
        from ops.demo_catalogue import import_catalogue

        import_catalogue(self, provider_slug, items)


def print_summary(sandbox: Sandbox) -> None:
    from ops.demo_catalogue import print_summary as summary

    summary(sandbox)


def main(argv: list[str] | None = None) -> int:
    """Load the sandbox; prints `export` lines and URLs; exit code 0 when everything is in place."""
    parser = argparse.ArgumentParser(prog="omc-demo", description=__doc__.split("\n\n")[0])
    parser.add_argument("--state", type=Path, default=Path(os.environ.get("OMC_DEMO_STATE", DEFAULT_STATE)))
    parser.add_argument("--admin-file", type=Path, default=DEFAULT_ADMIN)
    arguments = parser.parse_args(argv)
    from ops.demo_catalogue import load

    state = read_json(arguments.state) if arguments.state.exists() else {}
    sandbox = Sandbox(
        Platform(Urls.from_environment()), admin_client(arguments.admin_file), arguments.state, state
    )
    try:
        load(sandbox)
    except ApiError as error:
        print(f"The sandbox could not be loaded: {error}", file=sys.stderr)
        return 1
    print_summary(sandbox)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
