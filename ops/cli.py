"""`omc`: run the platform, prepare its database, bootstrap the first admin client, export contracts."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from ops import database
from ops.settings import PlatformSettings

app = typer.Typer(
    help="Operate the OMC platform.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database: bootstrap roles and schemas, migrate, seed.", no_args_is_help=True)
admin_app = typer.Typer(help="Administration.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(admin_app, name="admin")


@contextmanager
def _admin_url(settings: PlatformSettings) -> Iterator[str]:
    """DATABASE_URL when set; otherwise an embedded PostgreSQL for as long as the command runs."""
    if settings.database_url is not None:
        yield settings.database_url.get_secret_value()
        return
    typer.echo(f"DATABASE_URL is not set: using the embedded PostgreSQL in {settings.omc_data_dir}", err=True)
    with database.embedded_server(settings.omc_data_dir) as url:
        yield url


LEDGER_CLIENT_FILE = "ledger-client.json"
ADMIN_CLIENT_FILE = "admin-client.json"


async def ledger_client_environment(
    services: list[database.ServiceDatabase], data_dir: Path
) -> dict[str, str]:
    """qa_api's own `ledger` client at the registry, unless QA_REGISTRY_CLIENT_ID is given: the one
    kept in ``data_dir`` (owner-only file) while it is still valid, else a new one replacing it."""
    import os

    from ops.admin import kept_platform_client
    from shared.schemas.auth import Role

    if os.environ.get("QA_REGISTRY_CLIENT_ID"):
        return {}
    registry = next(service for service in services if service.target.schema == "registry")
    client_id, secret, reused = await kept_platform_client(
        registry.url, data_dir / LEDGER_CLIENT_FILE, name="qa_api (omc run)", role=Role.LEDGER
    )
    typer.echo(f"qa_api's ledger client: {client_id} ({'reused' if reused else 'new'}).", err=True)
    return {"QA_REGISTRY_CLIENT_ID": client_id, "QA_REGISTRY_CLIENT_SECRET": secret}


async def keep_local_admin_client(services: list[database.ServiceDatabase], data_dir: Path) -> Path:
    """The local operator's admin client, kept in ``data_dir`` for `make demo` (reused while valid)."""
    from ops.admin import kept_platform_client
    from shared.schemas.auth import Role

    registry = next(service for service in services if service.target.schema == "registry")
    path = data_dir / ADMIN_CLIENT_FILE
    await kept_platform_client(registry.url, path, name="local operator (omc run)", role=Role.ADMIN)
    return path


@app.command()
def run() -> None:
    """Start the whole platform: database, migrations, reference data, the three services."""
    from ops.supervisor import run_services, service_environment, service_processes

    settings = PlatformSettings()
    with _admin_url(settings) as admin_url:
        services = database.setup(admin_url, settings.omc_database_name)
        typer.echo(
            "Database ready: schemas bootstrapped, migrations applied, reference data loaded.", err=True
        )
        processes = service_processes(
            settings.omc_registry_port, settings.omc_qa_port, settings.omc_issuer_port
        )
        environment = service_environment(processes, services, settings.omc_host)
        environment.update(asyncio.run(ledger_client_environment(services, settings.omc_data_dir)))
        mail = None
        if not os.environ.get("ISSUER_SMTP_HOST"):
            from ops.dev_mail import dev_mail_environment, start_dev_mail

            mail = start_dev_mail(settings.omc_data_dir, "127.0.0.1", settings.omc_mail_port)
            environment.update(dev_mail_environment("127.0.0.1", settings.omc_mail_port))
            typer.echo(
                f"Learners' mail (sign-in codes) goes to a local SMTP server on 127.0.0.1:"
                f"{settings.omc_mail_port}: printed here and kept in {settings.omc_data_dir / 'mail'}.",
                err=True,
            )
        if settings.omc_keep_admin_client:
            kept = asyncio.run(keep_local_admin_client(services, settings.omc_data_dir))
            typer.echo(f"Local admin client kept in {kept} (owner-only; `make demo` uses it).", err=True)
        try:
            code = run_services(processes, environment, settings.omc_host)
        finally:
            if mail is not None:
                mail.stop()
    raise typer.Exit(code)


@db_app.command("setup")
def db_setup() -> None:
    """Bootstrap, migrate and seed (what `run` does before starting the services)."""
    settings = PlatformSettings()
    with _admin_url(settings) as admin_url:
        database.setup(admin_url, settings.omc_database_name)
    typer.echo("Database ready.")


@db_app.command("bootstrap")
def db_bootstrap() -> None:
    """Create the database, the service roles and their schemas if missing."""
    settings = PlatformSettings()
    with _admin_url(settings) as admin_url:
        services = database.service_databases(admin_url, settings.omc_database_name)
        asyncio.run(database.bootstrap(admin_url, settings.omc_database_name, services))
    typer.echo("Roles and schemas ready.")


@db_app.command("migrate")
def db_migrate() -> None:
    """Apply every pending migration of the three services."""
    settings = PlatformSettings()
    with _admin_url(settings) as admin_url:
        name = settings.omc_database_name
        database.migrate(admin_url, name, database.service_databases(admin_url, name))
    typer.echo("Migrations applied.")


@db_app.command("seed")
def db_seed() -> None:
    """Load reference data (idempotent)."""
    settings = PlatformSettings()
    with _admin_url(settings) as admin_url:
        count = asyncio.run(database.seed(database.service_databases(admin_url, settings.omc_database_name)))
    typer.echo(f"Reference data loaded ({count} records).")


@admin_app.command("create-client")
def create_client(
    name: Annotated[str, typer.Option(help="What the client is for.")] = "platform administrator",
    role: Annotated[str, typer.Option(help="`admin`, or `ledger` for qa_api's own client.")] = "admin",
) -> None:
    """Create an API client of the platform operator and print its secret (shown only once)."""
    from ops.admin import create_platform_client
    from shared.schemas.auth import Role

    if role not in (Role.ADMIN.value, Role.LEDGER.value):
        raise typer.BadParameter("role must be admin or ledger", param_hint="--role")
    settings = PlatformSettings()
    with _admin_url(settings) as admin_url:
        services = database.setup(admin_url, settings.omc_database_name)
        registry = next(service for service in services if service.target.schema == "registry")
        client = asyncio.run(create_platform_client(registry.url, name=name, role=Role(role)))
    # Shell lines a newcomer can paste (or `eval "$(make -s admin-client)"`); the note goes to stderr.
    typer.echo(f"export CLIENT_ID={client.client_id}\nexport CLIENT_SECRET={client.client_secret}")
    typer.echo("(The secret is not stored; keep it now.)", err=True)


@app.command()
def openapi(
    check: Annotated[
        bool, typer.Option(help="Fail if openapi/ differs from the code instead of writing.")
    ] = False,
) -> None:
    """Write each service's OpenAPI document to openapi/<service>.json."""
    from ops.openapi_export import APP_BUILDERS, contract_path, render, write_all

    if check:
        stale = [
            s
            for s in APP_BUILDERS
            if not contract_path(s).exists() or contract_path(s).read_text() != render(s)
        ]
        if stale:
            typer.echo(f"OpenAPI contracts out of date: {', '.join(stale)}. Run `make openapi`.", err=True)
            raise typer.Exit(1)
        typer.echo("OpenAPI contracts are up to date.")
        return
    for path in write_all():
        typer.echo(f"wrote {path.relative_to(path.parents[1])}")


def main() -> None:
    app(prog_name="omc")


if __name__ == "__main__":
    main()
