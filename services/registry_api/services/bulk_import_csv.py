"""CSV for the bulk import: one micro-credential per line, read into the same input as a JSON item
(`MicroCredentialCreate`), and errors named `body.line.<line>.<column>`.

The file: UTF-8 (a byte-order mark is allowed), comma-separated, RFC 4180 quoting (a quoted cell may
span lines). Line 1 names the columns, in any order; only `course_code` is required, every other
column may be left out, and an empty cell means "not stated". Lists are `;`-separated, except
learning outcomes: one per line inside the cell. Columns and formats: `COLUMNS` and
docs/bulk-import.md.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

from shared.errors import UnprocessableInput
from shared.schemas.problems import FieldError

Location = tuple[str | int, ...]

# column -> what it holds; the order is the documented (and suggested) order.
COLUMNS: dict[str, str] = {
    "course_code": "required; the institution's own code, the key the import matches on",
    "iqap": "true (default) or false: goes through the institution's IQAP; fixed once created",
    "title_en": "title in English (title_en or title_fr is required)",
    "title_fr": "title in French",
    "description_en": "description in English",
    "description_fr": "description in French",
    "languages": "languages of instruction, `;`-separated codes, e.g. `en;fr`",
    "qualification_type": "OMC type code, e.g. `cert`",
    "instructional_hours": "decimal, e.g. `30` or `37.5`",
    "hours_rationale": "why the hours fall outside 12-40",
    "learner_effort_hours": "decimal",
    "duration_weeks": "decimal",
    "learning_outcomes_en": "one outcome per line inside the (quoted) cell",
    "learning_outcomes_fr": "the same outcomes in French, in the same order (or empty)",
    "assessment_methods": "`;`-separated types, each optionally `:weight`, e.g. `exam:40;project:60`",
    "assessment_grading_scheme": "pass_fail, percentage, letter or competency_levels",
    "assessment_summative": "true or false",
    "prerequisites": "text",
    "ideal_learner_profile": "text",
    "delivery_modes": "`;`-separated: online_synchronous, online_asynchronous, in_person, hybrid",
    "formats": "`;`-separated: cohort, learner_paced, competency_based",
    "noc_codes": "`;`-separated NOC 2021 codes (5 digits)",
    "cip_codes": "`;`-separated CIP 2021 codes (`NN.NNNN`)",
    "price_amount": "decimal, at most 2 decimal places",
    "price_currency": "ISO 4217 code, default CAD",
    "osap_eligible": "true or false",
    "url": "the institution's page for the micro-credential",
}
REQUIRED_COLUMNS = ("course_code",)

_LIST_SEPARATOR = ";"
_WEIGHT_SEPARATOR = ":"
# Metadata fields written from the column of the same name.
_PLAIN = (
    "qualification_type",
    "instructional_hours",
    "hours_rationale",
    "learner_effort_hours",
    "duration_weeks",
    "prerequisites",
    "ideal_learner_profile",
    "osap_eligible",
    "url",
)
_LISTS = {"languages": "languages_of_instruction", "delivery_modes": "delivery_modes", "formats": "formats"}
_LISTS |= {"noc_codes": "noc_codes", "cip_codes": "cip_codes"}

# Where an input error lands: the location (list positions removed) -> its column. Longest prefix wins.
_COLUMN_OF: dict[tuple[str, ...], str] = {
    ("course_code",): "course_code",
    ("iqap",): "iqap",
    ("metadata", "title"): "title_en",
    ("metadata", "title", "en"): "title_en",
    ("metadata", "title", "fr"): "title_fr",
    ("metadata", "description"): "description_en",
    ("metadata", "description", "en"): "description_en",
    ("metadata", "description", "fr"): "description_fr",
    ("metadata", "learning_outcomes"): "learning_outcomes_en",
    ("metadata", "learning_outcomes", "statement", "fr"): "learning_outcomes_fr",
    ("metadata", "assessment"): "assessment_methods",
    ("metadata", "assessment", "grading_scheme"): "assessment_grading_scheme",
    ("metadata", "assessment", "summative"): "assessment_summative",
    ("metadata", "price"): "price_amount",
    ("metadata", "price", "currency"): "price_currency",
    **{("metadata", name): name for name in _PLAIN},
    **{("metadata", name): column for column, name in _LISTS.items()},
}


@dataclass
class CsvRow:
    """One data line: the input it reads as (None when the line cannot be read) and errors found
    before validation."""

    line: int
    course_code: str | None
    payload: dict[str, Any] | None
    errors: list[FieldError] = field(default_factory=list)


def line_field(line: int, column: str | None = None) -> str:
    return f"body.line.{line}" + (f".{column}" if column else "")


def csv_field_error(line: int, location: Location, message: str, code: str) -> FieldError:
    """An error at ``location`` of the row's input, named by the column it came from. An error in
    one item of a list column says which item (from 1)."""
    path = tuple(part for part in location if isinstance(part, str))
    column = next(
        (_COLUMN_OF[path[:end]] for end in range(len(path), 0, -1) if path[:end] in _COLUMN_OF), None
    )
    if column is None and path:
        column = ".".join(path)
    item = next((part for part in location if isinstance(part, int)), None)
    if item is not None:
        message = f"item {item + 1}: {message}"
    return FieldError(field=line_field(line, column), message=message, code=code)


def read_csv(body: bytes, *, limit: int) -> list[CsvRow]:
    """The data lines of the file, at most ``limit`` + 1 of them (so the caller can tell it has too
    many). A file that cannot be read as a whole (encoding, header, quoting) raises
    ``UnprocessableInput``; a line that has the wrong number of cells is an error of that line."""
    reader = csv.reader(io.StringIO(_decode(body), newline=""), strict=True)
    header = _header(reader)
    code_index = header.index("course_code")
    rows: list[CsvRow] = []
    while len(rows) <= limit:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise UnprocessableInput.for_field(
                line_field(line),
                f"Line {line} is not valid CSV ({error}); check its quotes.",
                "csv_malformed",
            ) from None
        if not any(cell.strip() for cell in cells):
            continue
        code = (cells[code_index].strip() or None) if code_index < len(cells) else None
        if len(cells) != len(header):
            message = f"Line {line} has {len(cells)} cells; the header has {len(header)}."
            wrong = FieldError(field=line_field(line), message=message, code="wrong_cell_count")
            rows.append(CsvRow(line=line, course_code=code, payload=None, errors=[wrong]))
            continue
        row = CsvRow(line=line, course_code=code, payload=None)
        row.payload = _payload(row, dict(zip(header, cells, strict=True)))
        rows.append(row)
    if not rows:
        raise UnprocessableInput.for_field(
            "body", "The CSV has a header but no micro-credentials.", "empty_batch"
        )
    return rows


def _decode(body: bytes) -> str:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        line = body.count(b"\n", 0, error.start) + 1
        raise UnprocessableInput.for_field(
            line_field(line),
            f"The CSV is not UTF-8: byte 0x{body[error.start]:02x} on line {line} cannot be read. "
            "Save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8').",
            "invalid_encoding",
        ) from None
    return text.removeprefix("\ufeff")


def _header(reader: Any) -> list[str]:
    try:
        names = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        raise UnprocessableInput.for_field(
            "body", "The CSV is empty; line 1 must name the columns.", "empty_batch"
        ) from None
    except csv.Error as error:
        raise UnprocessableInput.for_field(
            line_field(1), f"Line 1 is not valid CSV ({error}).", "csv_malformed"
        ) from None
    errors: list[FieldError] = []

    def bad(message: str, code: str) -> None:
        errors.append(FieldError(field=line_field(1), message=message, code=code))

    seen: set[str] = set()
    for position, name in enumerate(names, start=1):
        if not name:
            bad(f"Column {position} has no name.", "unnamed_column")
        elif name in seen:
            bad(f"Column '{name}' appears more than once.", "duplicate_column")
        elif name not in COLUMNS:
            bad(f"Unknown column '{name}'; the columns are: {', '.join(COLUMNS)}.", "unknown_column")
        seen.add(name)
    for name in REQUIRED_COLUMNS:
        if name not in seen:
            bad(f"The header has no '{name}' column.", "missing_column")
    if errors:
        raise UnprocessableInput(
            "The CSV header (line 1) is not one this import reads; see docs/bulk-import.md.", errors=errors
        )
    return names


def _payload(row: CsvRow, cells: dict[str, str]) -> dict[str, Any]:
    """The line as a `MicroCredentialCreate` input; pydantic validates (and converts) every value."""

    def text(column: str) -> str | None:
        value = cells.get(column, "").strip()
        return value or None

    def split(column: str) -> list[str]:
        return [part.strip() for part in (text(column) or "").split(_LIST_SEPARATOR) if part.strip()]

    def localized(base: str) -> dict[str, str]:
        return {language: value for language in ("en", "fr") if (value := text(f"{base}_{language}"))}

    metadata: dict[str, Any] = {"title": localized("title")}
    if description := localized("description"):
        metadata["description"] = description
    metadata |= {name: value for name in _PLAIN if (value := text(name)) is not None}
    metadata |= {name: values for column, name in _LISTS.items() if (values := split(column))}
    if outcomes := _outcomes(row, text("learning_outcomes_en"), text("learning_outcomes_fr")):
        metadata["learning_outcomes"] = outcomes
    assessment_columns = ("assessment_methods", "assessment_grading_scheme", "assessment_summative")
    if any(text(column) for column in assessment_columns):
        assessment: dict[str, Any] = {"methods": [_method(part) for part in split("assessment_methods")]}
        if (scheme := text("assessment_grading_scheme")) is not None:
            assessment["grading_scheme"] = scheme
        if (summative := text("assessment_summative")) is not None:
            assessment["summative"] = summative
        metadata["assessment"] = assessment
    if text("price_amount") or text("price_currency"):
        price = {"amount": text("price_amount"), "currency": text("price_currency")}
        metadata["price"] = {key: value for key, value in price.items() if value is not None}
    payload: dict[str, Any] = {"metadata": metadata}
    for column in ("course_code", "iqap"):
        if (value := text(column)) is not None:
            payload[column] = value
    return payload


def _outcomes(row: CsvRow, english: str | None, french: str | None) -> list[dict[str, Any]]:
    statements_en = [line.strip() for line in (english or "").splitlines() if line.strip()]
    statements_fr = [line.strip() for line in (french or "").splitlines() if line.strip()]
    if statements_en and statements_fr and len(statements_en) != len(statements_fr):
        row.errors.append(
            FieldError(
                field=line_field(row.line, "learning_outcomes_fr"),
                message=f"{len(statements_fr)} French outcomes for {len(statements_en)} English ones; "
                "give the same outcomes in the same order, one per line, or leave one language empty.",
                code="outcome_count_mismatch",
            )
        )
    outcomes = []
    for en, fr in zip_longest(statements_en, statements_fr):
        statement = {key: value for key, value in (("en", en), ("fr", fr)) if value is not None}
        outcomes.append({"statement": statement})
    return outcomes


def _method(part: str) -> dict[str, str]:
    kind, separator, weight = part.partition(_WEIGHT_SEPARATOR)
    method = {"type": kind.strip()}
    if separator:
        method["weight_percent"] = weight.strip()
    return method
