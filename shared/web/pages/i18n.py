"""English and French: which language a request gets, and the typed message catalogue.

A message is one `Message(en=..., fr=...)`: a text cannot exist in one language only, mypy checks
every use, and there is no compile step (see docs/architecture.md, "Pages for people")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

Lang = Literal["en", "fr"]
LANGUAGES: tuple[Lang, ...] = ("en", "fr")
OTHER: dict[Lang, Lang] = {"en": "fr", "fr": "en"}


class Message(NamedTuple):
    en: str
    fr: str

    def __call__(self, lang: Lang, **values: object) -> str:
        """The text in ``lang``, with ``{name}`` placeholders filled from ``values``."""
        text: str = getattr(self, lang)
        return text.format(**values) if values else text


def choose_language(lang: str | None, accept_language: str | None) -> Lang:
    """``?lang=`` when it names a language we speak; else the best of ``Accept-Language``; else English."""
    if lang in LANGUAGES:
        return lang
    best: tuple[float, Lang] = (0.0, "en")
    for part in (accept_language or "").split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > best[0]:
            best = (quality, primary)
    return best[1]


class Translator:
    """`t("key")` in templates: the catalogue's message in the page's language."""

    def __init__(self, catalogue: Mapping[str, Message], lang: Lang) -> None:
        self._catalogue = catalogue
        self.lang = lang

    def __call__(self, key: str, **values: object) -> str:
        return self._catalogue[key](self.lang, **values)

    def has(self, key: str) -> bool:
        """Whether the catalogue has ``key`` (for values that may be new, e.g. a result status)."""
        return key in self._catalogue

    def pick(self, english: str | None, french: str | None) -> str:
        """A bilingual field's text in the page's language, falling back to the other one."""
        first, second = (english, french) if self.lang == "en" else (french, english)
        return first or second or ""


LAYOUT = {
    "skip": Message("Skip to content", "Passer au contenu"),
    "platform": Message("Ontario Micro-Credentials", "Microcertifications de l'Ontario"),
    "nav": Message("Main", "Principale"),
    "catalogue": Message("Catalogue", "Catalogue"),
    "verify": Message("Verify a credential", "Vérifier une attestation"),
    "language": Message("Language", "Langue"),
    "switch": Message("Français", "English"),
    "footer": Message(
        "Public information of the Ontario Micro-Credentials platform. No sign-in, no tracking.",
        "Information publique de la plateforme des microcertifications de l'Ontario. "
        "Sans connexion ni pistage.",
    ),
    "api_docs": Message("API documentation", "Documentation de l'API"),
}
