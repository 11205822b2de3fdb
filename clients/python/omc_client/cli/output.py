"""Exit codes scripts can rely on, and how a command's result or error is shown (rich or `--json`)."""

from __future__ import annotations

import json
import sys
from enum import IntEnum
from typing import Any, NoReturn

import typer
from rich.console import Console

from omc_client.errors import (
    Forbidden,
    NotFound,
    OmcError,
    ProblemError,
    RateLimited,
    TransportError,
    Unauthenticated,
    Unavailable,
    ValidationFailed,
)


class ExitCode(IntEnum):
    """The documented exit codes (clients/python/README.md)."""

    OK = 0
    USAGE = 1  # bad arguments, unreadable or invalid input file, invalid records (422)
    PARTLY_REJECTED = 2  # the request went through but some rows were rejected
    AUTH = 3  # no/unknown credentials or role not allowed (401, 403)
    UNAVAILABLE = 4  # platform unreachable or busy after the retries (503, 429, connection)
    NOT_FOUND = 5  # the thing named does not exist (404)
    FAILED = 6  # any other problem, or a credential that does not verify


console = Console(stderr=True)
stdout = Console()


def emit(as_json: bool, data: Any, human: str | None = None) -> None:
    """Print ``data`` as JSON for scripts, or ``human`` (rich markup) for people."""
    if as_json:
        sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")
    elif human is not None:
        stdout.print(human)


def exit_code_for(error: OmcError) -> ExitCode:
    if isinstance(error, Unauthenticated | Forbidden):
        return ExitCode.AUTH
    if isinstance(error, TransportError | Unavailable | RateLimited):
        return ExitCode.UNAVAILABLE
    if isinstance(error, NotFound):
        return ExitCode.NOT_FOUND
    if isinstance(error, ValidationFailed):
        return ExitCode.USAGE
    return ExitCode.FAILED


def fail(as_json: bool, error: OmcError) -> NoReturn:
    """Report ``error`` (the problem document under `--json`) and exit with its code."""
    code = exit_code_for(error)
    if isinstance(error, ProblemError):
        if as_json:
            sys.stdout.write(json.dumps({"error": error.problem}, indent=2, default=str) + "\n")
        else:
            console.print(f"[red]{error.status} {error.title}[/red]: {error.detail or ''}")
            for field_error in error.errors:
                console.print(f"  {field_error.field}: {field_error.message}")
            if error.request_id:
                console.print(f"  request id: {error.request_id}")
    elif as_json:
        sys.stdout.write(json.dumps({"error": {"title": str(error)}}) + "\n")
    else:
        console.print(f"[red]{error}[/red]")
    raise typer.Exit(code)


def usage(message: str) -> NoReturn:
    console.print(f"[red]{message}[/red]")
    raise typer.Exit(ExitCode.USAGE)
