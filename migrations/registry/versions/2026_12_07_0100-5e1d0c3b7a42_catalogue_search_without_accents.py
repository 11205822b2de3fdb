"""catalogue search without accents: english and french text search configurations that remove
accents (unaccent) before stemming; the search columns are rebuilt with them

Revision ID: 5e1d0c3b7a42
Revises: c86db6fda19e
Create Date: 2026-12-07 01:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "5e1d0c3b7a42"
down_revision: str | None = "c86db6fda19e"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = "micro_credential_versions"
_TEXT = {
    "en": "coalesce(metadata #>> '{title,en}', '') || ' ' || coalesce(metadata #>> '{description,en}', '') || ' ' || coalesce(jsonb_path_query_array(metadata, '$.learning_outcomes[*].statement.en')::text, '')",
    "fr": "coalesce(metadata #>> '{title,fr}', '') || ' ' || coalesce(metadata #>> '{description,fr}', '') || ' ' || coalesce(jsonb_path_query_array(metadata, '$.learning_outcomes[*].statement.fr')::text, '')",
}
_CONFIGURATIONS = {"en": ("registry.omc_english", "english"), "fr": ("registry.omc_french", "french")}


def _unaccent_schema() -> str:
    """The schema of the unaccent dictionary. `omc db setup` (bootstrap, as the admin role) creates
    the extension; a service role cannot."""
    schema = (
        op.get_bind()
        .execute(
            sa.text(
                "select n.nspname from pg_ts_dict d join pg_namespace n on n.oid = d.dictnamespace "
                "where d.dictname = 'unaccent'"
            )
        )
        .scalar()
    )
    if schema is None:
        raise RuntimeError(
            "The unaccent extension is missing: run `omc db setup` (or `omc db bootstrap`) with an admin "
            "DATABASE_URL first, or `create extension unaccent` as a superuser."
        )
    return str(schema)


def _rebuild_search_columns(configuration: dict[str, str]) -> None:
    for language in ("en", "fr"):
        column = f"search_{language}"
        index = f"ix_micro_credential_versions_{column}"
        op.drop_index(index, table_name=_TABLE, schema="registry")
        op.drop_column(_TABLE, column, schema="registry")
        op.add_column(
            _TABLE,
            sa.Column(
                column,
                postgresql.TSVECTOR(),
                sa.Computed(f"to_tsvector('{configuration[language]}', {_TEXT[language]})", persisted=True),
                nullable=False,
            ),
            schema="registry",
        )
        op.create_index(index, _TABLE, [column], schema="registry", postgresql_using="gin")


def upgrade() -> None:
    unaccent = _unaccent_schema()
    for name, parser_source in _CONFIGURATIONS.values():
        op.execute(f"create text search configuration {name} (copy = pg_catalog.{parser_source})")
        op.execute(
            f"alter text search configuration {name} alter mapping for hword, hword_part, word "
            f"with {unaccent}.unaccent, {parser_source}_stem"
        )
    _rebuild_search_columns({language: name for language, (name, _) in _CONFIGURATIONS.items()})


def downgrade() -> None:
    _rebuild_search_columns({language: source for language, (_, source) in _CONFIGURATIONS.items()})
    for name, _ in _CONFIGURATIONS.values():
        op.execute(f"drop text search configuration {name}")
