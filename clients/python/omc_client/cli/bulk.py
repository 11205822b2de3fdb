"""The long-running commands: pushing completions (with a progress bar and a rejected-rows file),
mirroring the catalogue from its change feed, importing micro-credentials from CSV."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from omc_client.cli.output import ExitCode, console, emit, fail, stdout, usage
from omc_client.client import BatchTimeout, OmcClient
from omc_client.errors import OmcError, ValidationFailed

if TYPE_CHECKING:
    from omc_client._generated.credential_issuer.models.completion_batch import CompletionBatch
    from omc_client.cli.app import Options

REJECTED_COLUMNS = ("row", "sis_completion_id", "state", "reason")
_SETTLED_BADLY = frozenset({"rejected", "failed"})


def _load_completions(file: Path) -> tuple[list[dict[str, Any]] | None, bytes | None]:
    """The file as JSON records or a CSV body; anything else is a usage error."""
    raw = file.read_bytes()
    if file.suffix.lower() == ".csv":
        return None, raw
    try:
        data = json.loads(raw)
    except ValueError as error:
        usage(f"{file}: neither .csv nor valid JSON ({error}).")
    records = data.get("completions") if isinstance(data, dict) else data
    if not isinstance(records, list):
        usage(f'{file}: expected a list of completions or {{"completions": [...]}}.')
    return records, None


def _write_rejected(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=REJECTED_COLUMNS)
        writer.writeheader()
        writer.writerows({key: row.get(key, "") for key in REJECTED_COLUMNS} for row in rows)


def _rows_of_invalid_batch(error: ValidationFailed) -> list[dict[str, Any]]:
    """A 422 stores nothing: every failing field becomes a rejected row (`body.completions.<i>` or
    `body.line.<n>`)."""
    rows = []
    for field_error in error.errors:
        parts = field_error.field.split(".")
        row = parts[2] if len(parts) > 2 and parts[1] in {"completions", "line"} else ""
        rows.append({"row": row, "state": "invalid", "reason": f"{field_error.field}: {field_error.message}"})
    return rows


def push(
    client: OmcClient,
    institution: str,
    file: Path,
    wait: bool,
    rejected_path: Path | None,
    timeout: float,
    as_json: bool,
) -> None:
    """See `omc-client push --help`."""
    records, csv_body = _load_completions(file)
    with client:
        try:
            receipt = client.push_completions(institution, records=records, csv_body=csv_body)
        except ValidationFailed as error:
            if rejected_path is not None:
                _write_rejected(rejected_path, _rows_of_invalid_batch(error))
                console.print(f"Nothing was stored; the invalid rows are in {rejected_path}.")
            fail(as_json, error)
        except OmcError as error:
            fail(as_json, error)
        if not as_json:
            stdout.print(
                f"Batch [bold]{receipt.id}[/]: {receipt.received} received, {receipt.accepted} accepted, "
                f"{receipt.duplicates} duplicates"
            )
        if not wait:
            emit(as_json, receipt.to_dict())
            return
        try:
            batch = _follow(client, str(receipt.id), receipt.accepted, timeout, as_json)
            completions = [c.to_dict() for c in client.iter_batch_completions(receipt.id)]
        except BatchTimeout as error:
            console.print(f"[yellow]Still pending after {timeout:.0f} s[/]: {error.batch.counts.to_dict()}")
            raise typer.Exit(ExitCode.UNAVAILABLE) from error
        except OmcError as error:
            fail(as_json, error)
    order = {record.sis_completion_id: record.index for record in receipt.records}
    bad = [
        {**c, "row": order.get(c["sis_completion_id"], "")}
        for c in completions
        if c["state"] in _SETTLED_BADLY
    ]
    if rejected_path is not None:
        _write_rejected(rejected_path, bad)
    if as_json:
        emit(
            True, {"receipt": receipt.to_dict(), "counts": batch.counts.to_dict(), "completions": completions}
        )
    else:
        _show_outcomes(completions, order)
        if rejected_path is not None and bad:
            stdout.print(f"{len(bad)} rejected row(s) written to {rejected_path}")
    if bad:
        raise typer.Exit(ExitCode.PARTLY_REJECTED)


def _follow(client: OmcClient, batch_id: str, total: int, timeout: float, as_json: bool) -> CompletionBatch:
    """Poll the batch to the end, drawing a progress bar of settled completions."""
    columns = (
        TextColumn("Issuing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, disable=as_json, transient=False) as progress:
        task = progress.add_task("batch", total=total, counts="")

        def show(batch: CompletionBatch) -> None:
            counts = batch.counts.to_dict()
            settled = sum(n for state, n in counts.items() if state != "pending")
            progress.update(task, completed=settled, counts=" ".join(f"{k}={v}" for k, v in counts.items()))

        return client.wait_for_batch(batch_id, within_seconds=timeout, poll_interval=0.5, on_progress=show)


def _show_outcomes(completions: list[dict[str, Any]], order: dict[str, int]) -> None:
    table = Table("row", "SIS id", "state", "credential / reason")
    for completion in sorted(completions, key=lambda c: order.get(c["sis_completion_id"], 0)):
        detail = completion.get("credential_id") or completion.get("reason") or ""
        colour = {"issued": "green", "rejected": "red", "failed": "red"}.get(completion["state"], "yellow")
        table.add_row(
            str(order.get(completion["sis_completion_id"], "")),
            completion["sis_completion_id"],
            f"[{colour}]{completion['state']}[/]",
            str(detail),
        )
    stdout.print(table)


def mirror(client: OmcClient, file: Path, as_json: bool) -> None:
    """Apply the changes since the mirror's cursor; write the file atomically."""
    state: dict[str, Any] = {"cursor": None, "items": {}}
    if file.exists():
        try:
            state = json.loads(file.read_text(encoding="utf-8"))
        except ValueError as error:
            usage(f"{file}: not a mirror written by omc-client ({error}).")
    items: dict[str, Any] = state.get("items", {})
    upserts = deletes = 0
    cursor = state.get("cursor")
    try:
        with client:
            for page in client.iter_change_pages(cursor):
                for change in page.changes:
                    key = str(change.micro_credential_id)
                    if str(change.kind) == "delete":
                        deletes += items.pop(key, None) is not None
                    elif change.item is not None and not isinstance(change.item, type(None)):
                        items[key] = change.item.to_dict()  # type: ignore[union-attr]
                        upserts += 1
                cursor = page.next_cursor
    except OmcError as error:
        fail(as_json, error)
    temporary = file.with_suffix(file.suffix + ".tmp")
    temporary.write_text(
        json.dumps({"cursor": cursor, "items": items}, indent=1, sort_keys=True), encoding="utf-8"
    )
    os.replace(temporary, file)
    summary = {
        "file": str(file),
        "upserts": upserts,
        "deletes": deletes,
        "items": len(items),
        "cursor": cursor,
    }
    emit(as_json, summary, f"{file}: {upserts} upserted, {deletes} deleted, {len(items)} items")


def import_csv(
    options: Options, file: Path, organisation: str | None, *, dry_run: bool, partial: bool
) -> None:
    """See `omc-client import --help`."""
    body = file.read_bytes()
    try:
        rows = list(csv.DictReader(body.decode("utf-8-sig").splitlines()))
    except UnicodeDecodeError:
        usage(f"{file}: not UTF-8.")
    if dry_run:
        problems = [
            {"line": line, "reason": reason}
            for line, row in enumerate(rows, start=2)
            for reason in _local_problems(row)
        ]
        emit(
            options.as_json,
            {"rows": len(rows), "problems": problems, "sent": False},
            f"{len(rows)} rows, {len(problems)} problem(s) found locally; nothing sent (--dry-run)."
            + "".join(f"\n  line {p['line']}: {p['reason']}" for p in problems),
        )
        if problems:
            raise typer.Exit(ExitCode.USAGE)
        return
    organisation_id = options.organisation(organisation)
    try:
        with options.client() as client:
            result = client.import_micro_credentials(organisation_id, body, partial=partial)
    except OmcError as error:
        fail(options.as_json, error)
    counts = result.counts.to_dict()
    emit(options.as_json, result.to_dict(), f"Imported {result.total} rows: {counts}")
    if counts.get("rejected"):
        raise typer.Exit(ExitCode.PARTLY_REJECTED)


def _local_problems(row: dict[str, str]) -> list[str]:
    """What the registry would reject outright, checked without sending: the required cells."""
    problems = []
    if not (row.get("course_code") or "").strip():
        problems.append("course_code is required")
    if not ((row.get("title_en") or "").strip() or (row.get("title_fr") or "").strip()):
        problems.append("title_en or title_fr is required")
    return problems
