"""Dates and numbers as each language writes them in Canada (Babel's CLDR data, shipped in the wheel)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from shared.web.pages.i18n import Lang

LOCALES: dict[Lang, str] = {"en": "en_CA", "fr": "fr_CA"}


def long_date(value: date | datetime | str | None, lang: Lang) -> str:
    """`7 December 2026` / `7 décembre 2026`; ISO text is parsed; anything else is shown as given."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        value = value.date()
    return format_date(value, format="long", locale=LOCALES[lang])


def number(value: float | int | Decimal | None, lang: Lang) -> str:
    """`1,234.5` / `1 234,5`."""
    if value is None:
        return ""
    return format_decimal(value, locale=LOCALES[lang])


def money(amount: float | Decimal | None, currency: str, lang: Lang) -> str:
    """`$450.00` / `450,00 $`."""
    if amount is None:
        return ""
    return format_currency(amount, currency, locale=LOCALES[lang])


def language_name(code: str, lang: Lang) -> str:
    """`fr` -> `French` / `français`; an unknown code is shown as given."""
    name: str | None = Locale.parse(LOCALES[lang]).languages.get(code)
    return name or code
