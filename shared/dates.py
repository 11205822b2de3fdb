"""Calendar arithmetic the way PostgreSQL's intervals do it: whole months, clamped to the month's end
(so 29 February plus one year is 28 February), so that rules checked in Python and in check
constraints agree."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)
