"""Open Badges 3.0 JSON Schema validation (the schema file and its source: schemas/README.md)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft201909Validator

from shared.vc.errors import VcError

ACHIEVEMENT_CREDENTIAL_SCHEMA = "ob_v3p0_achievementcredential_schema.json"


class OpenBadgeSchemaError(VcError):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("not a valid Open Badges 3.0 credential: " + "; ".join(errors))
        self.errors = errors


@cache
def _validator() -> Draft201909Validator:
    text = (resources.files("shared.vc") / "schemas" / ACHIEVEMENT_CREDENTIAL_SCHEMA).read_text("utf-8")
    schema = json.loads(text)
    Draft201909Validator.check_schema(schema)
    return Draft201909Validator(schema, format_checker=Draft201909Validator.FORMAT_CHECKER)


def open_badge_errors(document: Mapping[str, Any]) -> list[str]:
    """Each way `document` breaks 1EdTech's AchievementCredential schema, as `path: message`
    (empty when it conforms). Formats are checked, `date-time` included."""
    errors = sorted(_validator().iter_errors(document), key=lambda error: list(map(str, error.path)))
    return [f"{error.json_path}: {error.message}" for error in errors]


def validate_open_badge(document: Mapping[str, Any]) -> None:
    """Raise OpenBadgeSchemaError unless `document` is a valid Open Badges 3.0 credential."""
    errors = open_badge_errors(document)
    if errors:
        raise OpenBadgeSchemaError(errors)
