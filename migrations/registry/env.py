from services.registry_api.db.tables import metadata
from shared.db.alembic_env import run_migrations
from shared.db.migrations import REGISTRY

run_migrations(REGISTRY, metadata, url_variable="REGISTRY_DATABASE_URL")
