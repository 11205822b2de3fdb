"""The `omc-client` commands: profiles, pushes of completions, catalogue mirror and export, imports,
verification and credential status. Everything goes over HTTP through the SDK."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from omc_client.cli import bulk
from omc_client.cli.output import ExitCode, emit, fail, usage
from omc_client.cli.profiles import Profile, config_path, load_profiles, save_profile, secret_for
from omc_client.client import OmcClient
from omc_client.errors import OmcError

app = typer.Typer(
    name="omc-client",
    help="The OMC platform for integrators: SIS pushes, catalogue mirrors, imports, verification.",
    no_args_is_help=True,
    add_completion=False,
)
profile_app = typer.Typer(help="Named environments (URLs and client id) in the config file.")
app.add_typer(profile_app, name="profile")


class ExportChoice(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


@dataclass
class Options:
    profile: str
    as_json: bool

    def client(self) -> OmcClient:
        """The SDK client of the selected profile, authenticated if the profile names a client."""
        profiles = load_profiles()
        if self.profile not in profiles:
            usage(f"No profile {self.profile!r} in {config_path()}: run `omc-client profile add`.")
        profile = profiles[self.profile]
        secret = secret_for(self.profile)
        if profile.client_id and not secret:
            usage(f"Set OMC_CLIENT_SECRET_{self.profile.upper().replace('-', '_')} or OMC_CLIENT_SECRET.")
        return OmcClient(
            profile.endpoints,
            client_id=profile.client_id,
            client_secret=secret if profile.client_id else None,
        )

    def organisation(self, given: str | None) -> str:
        if given:
            return given
        profile = load_profiles().get(self.profile)
        if profile is None or not profile.organisation_id:
            usage("Name the organisation (--organisation) or set organisation_id in the profile.")
        return profile.organisation_id


def _options(ctx: typer.Context) -> Options:
    options: Options = ctx.obj
    return options


@app.callback()
def main_options(
    ctx: typer.Context,
    profile: Annotated[
        str, typer.Option("--profile", "-p", envvar="OMC_PROFILE", help="Profile to use.")
    ] = "default",
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output on stdout.")] = False,
) -> None:
    ctx.obj = Options(profile=profile, as_json=as_json)


@profile_app.command("add")
def profile_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Profile name, e.g. sandbox, staging, production.")],
    registry_url: Annotated[str, typer.Option(help="registry_api base URL.")],
    qa_url: Annotated[str, typer.Option(help="qa_api base URL.")],
    issuer_url: Annotated[str, typer.Option(help="credential_issuer base URL.")],
    client_id: Annotated[
        str | None, typer.Option(help="API client id (secret from the environment).")
    ] = None,
    organisation_id: Annotated[str | None, typer.Option(help="Your organisation's id, the default.")] = None,
) -> None:
    """Add or replace a profile."""
    path = save_profile(name, Profile(registry_url, qa_url, issuer_url, client_id, organisation_id))
    emit(
        _options(ctx).as_json,
        {"profile": name, "config": str(path)},
        f"Saved profile [bold]{name}[/] in {path}",
    )


@profile_app.command("list")
def profile_list(ctx: typer.Context) -> None:
    """The profiles in the config file."""
    profiles = load_profiles()
    human = "\n".join(f"{name}: {p.registry_url} client={p.client_id or '-'}" for name, p in profiles.items())
    emit(_options(ctx).as_json, {name: vars(p) for name, p in profiles.items()}, human or "No profiles yet.")


@app.command()
def whoami(ctx: typer.Context) -> None:
    """Who the platform thinks this profile's client is."""
    options = _options(ctx)
    try:
        with options.client() as client:
            me = client.whoami()
    except OmcError as error:
        fail(options.as_json, error)
    roles = ", ".join(str(role) for role in me.roles)
    emit(options.as_json, me.to_dict(), f"{me.client_id}: organisation {me.organisation_id}, roles {roles}")


@app.command()
def push(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Completions: .csv or .json.")],
    institution: Annotated[str | None, typer.Option(help="Institution id (default: the profile's).")] = None,
    wait: Annotated[
        bool, typer.Option("--wait", help="Follow the batch until every row is settled.")
    ] = False,
    rejected: Annotated[
        Path | None, typer.Option("--rejected", help="Write rejected rows and their reasons to this CSV.")
    ] = None,
    timeout: Annotated[float, typer.Option(help="Seconds --wait waits at most.")] = 600.0,
) -> None:
    """Send completions from the SIS; with --wait, show a progress bar and each row's outcome.

    Exit 0 when every row is accepted (and issued, with --wait), 2 when some are rejected."""
    options = _options(ctx)
    bulk.push(
        options.client(), options.organisation(institution), file, wait, rejected, timeout, options.as_json
    )


@app.command()
def batch(ctx: typer.Context, batch_id: Annotated[str, typer.Argument(help="The batch (job) id.")]) -> None:
    """A batch's counts and each completion's state."""
    options = _options(ctx)
    try:
        with options.client() as client:
            job = client.completion_batch(batch_id, limit=1)
            rows = [c.to_dict() for c in client.iter_batch_completions(batch_id)]
    except OmcError as error:
        fail(options.as_json, error)
    counts = job.counts.to_dict()
    emit(options.as_json, {**job.to_dict(), "completions": rows}, f"{batch_id}: {counts} done={job.done}")


@app.command()
def mirror(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="Local mirror (JSON); created on first run.")],
) -> None:
    """Bring a local copy of the public catalogue up to date from the change feed (incremental)."""
    options = _options(ctx)
    bulk.mirror(options.client(), file, options.as_json)


@app.command()
def export(
    ctx: typer.Context,
    export_format: Annotated[
        ExportChoice, typer.Option("--format", help="jsonl or csv.")
    ] = ExportChoice.JSONL,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None,
) -> None:
    """The whole published catalogue as JSON Lines or CSV."""
    options = _options(ctx)
    try:
        with options.client() as client:
            body = client.export_catalogue("csv" if export_format is ExportChoice.CSV else "jsonl")
    except OmcError as error:
        fail(options.as_json, error)
    if output is None:
        sys.stdout.buffer.write(body)
    else:
        output.write_bytes(body)
        emit(
            options.as_json,
            {"written": str(output), "bytes": len(body)},
            f"Wrote {len(body)} bytes to {output}",
        )


@app.command("import")
def import_micro_credentials(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Micro-credentials CSV.")],
    organisation: Annotated[str | None, typer.Option(help="Institution id (default: the profile's).")] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Check the file here and send nothing (columns, required cells)."),
    ] = False,
    partial: Annotated[bool, typer.Option(help="Import the valid rows even if some are rejected.")] = False,
) -> None:
    """Create or update micro-credentials from CSV, matched on course code."""
    options = _options(ctx)
    bulk.import_csv(options, file, organisation, dry_run=dry_run, partial=partial)


@app.command()
def verify(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A credential (JSON).")],
) -> None:
    """Verify a credential with the issuer's VC-API; exit 6 if it does not verify."""
    options = _options(ctx)
    try:
        credential: Any = json.loads(file.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        usage(f"{file}: not a JSON document ({error}).")
    if not isinstance(credential, dict):
        usage(f"{file}: a credential is a JSON object.")
    try:
        with options.client() as client:
            report = client.verify_credential(credential)
    except OmcError as error:
        fail(options.as_json, error)
    checks = "\n".join(f"  {c.status}: {c.name} {c.detail}" for c in report.checks)
    verdict = "[green]verified[/]" if report.verified else "[red]NOT verified[/]"
    emit(options.as_json, report.to_dict(), f"{verdict}\n{checks}")
    if not report.verified:
        raise typer.Exit(ExitCode.FAILED)


def _status_change(ctx: typer.Context, credential_id: str, action: str, reason: str) -> None:
    options = _options(ctx)
    try:
        with options.client() as client:
            if action == "revoke":
                result = client.revoke(credential_id, reason)
            elif action == "suspend":
                result = client.suspend(credential_id, reason)
            else:
                result = client.unsuspend(credential_id, reason)
    except OmcError as error:
        fail(options.as_json, error)
    emit(options.as_json, result, f"{credential_id}: {action} done")


Reason = Annotated[str, typer.Option(help="Why, in words the learner understands.")]
CredentialId = Annotated[str, typer.Argument(help="The credential id.")]


@app.command()
def revoke(ctx: typer.Context, credential_id: CredentialId, reason: Reason) -> None:
    """Revoke a credential (final)."""
    _status_change(ctx, credential_id, "revoke", reason)


@app.command()
def suspend(ctx: typer.Context, credential_id: CredentialId, reason: Reason) -> None:
    """Suspend a credential (reversible with `unsuspend`)."""
    _status_change(ctx, credential_id, "suspend", reason)


@app.command()
def unsuspend(ctx: typer.Context, credential_id: CredentialId, reason: Reason) -> None:
    """Lift a credential's suspension."""
    _status_change(ctx, credential_id, "unsuspend", reason)


@app.command("resend-claim")
def resend_claim(
    ctx: typer.Context,
    credential_id: CredentialId,
    valid_days: Annotated[int | None, typer.Option(help="Days the new link stays valid.")] = None,
) -> None:
    """A fresh claim link for the learner (earlier links stop working)."""
    options = _options(ctx)
    try:
        with options.client() as client:
            link = client.resend_claim(credential_id, valid_days=valid_days)
    except OmcError as error:
        fail(options.as_json, error)
    emit(options.as_json, link.to_dict(), f"Claim link: {link.url}\nWallet exchange: {link.exchange_url}")


def read_csv_rows(text: str) -> list[dict[str, str]]:
    """Rows of a CSV text as dicts (header on line 1)."""
    return list(csv.DictReader(io.StringIO(text)))


def main() -> None:
    """Console entry point: usage errors exit 1 (not click's 2, which means `partly rejected` here)."""
    try:
        code = app(standalone_mode=False)
    except typer.Abort:
        sys.exit(130)
    except typer.TyperException as error:  # bad arguments (typer's click raises these)
        show = getattr(error, "show", None)
        if callable(show):
            show()
        else:
            print(error, file=sys.stderr)
        sys.exit(ExitCode.USAGE)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)
