from services.qa_api.db.tables import metadata
from shared.db.alembic_env import run_migrations
from shared.db.migrations import QA

run_migrations(QA, metadata, url_variable="QA_DATABASE_URL")
