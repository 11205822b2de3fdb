"""Rules on the dates and terms of EQAP steps and decisions, collected into one 422 per request.

- No step is dated in the future, nor before the step it follows (submission -> desk review ->
  panel report -> decision; a condition update or supersession -> on or after the decision).
- An endorsement's term starts on or after the decision (an agency cannot endorse retroactively)
  and ends 5 to 7 years after it starts (the `decisions` check constraint says the same).
- `renewal_due` is not an input: it is term_end minus six months (RENEWAL_NOTICE_MONTHS).
- Conditions only with `endorsed_with_conditions` (at least one), with distinct ids, each due after
  the decision and no later than the term's end.
"""

from __future__ import annotations

from datetime import date

from shared.dates import add_years
from shared.errors import UnprocessableInput
from shared.schemas.problems import FieldError
from shared.schemas.reviews import ConditionCreate, Outcome

MIN_TERM_YEARS = 5
MAX_TERM_YEARS = 7


class Problems:
    """Field errors gathered while checking one request."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, message: str, code: str) -> None:
        self.errors.append(FieldError(field=field, message=message, code=code))

    def dated(self, field: str, day: date, *, after: date | None = None, what: str = "") -> None:
        """``day`` is not in the future and not before ``after`` (``what`` names that event)."""
        if day > date.today():
            self.add(field, "Cannot be in the future.", "in_future")
        elif after is not None and day < after:
            self.add(field, f"Cannot be before {what} ({after.isoformat()}).", "out_of_order")

    def raise_any(self) -> None:
        if self.errors:
            fields = ", ".join(error.field for error in self.errors)
            raise UnprocessableInput(f"Invalid input: {fields}", errors=self.errors)


def check_outcome(
    problems: Problems,
    *,
    outcome: Outcome,
    decided_on: date,
    term_start: date | None,
    term_end: date | None,
    conditions: list[ConditionCreate],
) -> None:
    """The term and conditions that fit ``outcome``, decided on ``decided_on``."""
    if outcome.endorses:
        _check_term(problems, decided_on, term_start, term_end)
    else:
        for field, value in (("term_start", term_start), ("term_end", term_end)):
            if value is not None:
                problems.add(f"body.{field}", f"A decision '{outcome}' has no term.", "not_an_endorsement")
    if outcome is Outcome.ENDORSED_WITH_CONDITIONS and not conditions:
        problems.add("body.conditions", "An endorsement with conditions needs at least one.", "missing")
    if outcome is not Outcome.ENDORSED_WITH_CONDITIONS and conditions:
        problems.add("body.conditions", f"A decision '{outcome}' has no conditions.", "unexpected")
    seen: set[str] = set()
    for index, condition in enumerate(conditions):
        if condition.id in seen:
            problems.add(f"body.conditions.{index}.id", "Condition ids are unique.", "duplicate")
        seen.add(condition.id)
        if condition.due_on <= decided_on:
            problems.add(f"body.conditions.{index}.due_on", "Due after the decision.", "before_decision")
        elif term_end is not None and condition.due_on > term_end:
            problems.add(f"body.conditions.{index}.due_on", "Due within the term.", "after_term")


def _check_term(problems: Problems, decided_on: date, term_start: date | None, term_end: date | None) -> None:
    if term_start is None:
        problems.add("body.term_start", "An endorsement needs a term.", "missing")
    elif term_start < decided_on:
        problems.add(
            "body.term_start",
            f"The term cannot start before the decision ({decided_on.isoformat()}).",
            "before_decision",
        )
    if term_end is None:
        problems.add("body.term_end", "An endorsement needs a term.", "missing")
    elif term_start is not None:
        earliest, latest = add_years(term_start, MIN_TERM_YEARS), add_years(term_start, MAX_TERM_YEARS)
        if not earliest <= term_end <= latest:
            problems.add(
                "body.term_end",
                f"An endorsement lasts {MIN_TERM_YEARS} to {MAX_TERM_YEARS} years: term_end must be "
                f"between {earliest.isoformat()} and {latest.isoformat()}.",
                "term_out_of_range",
            )
