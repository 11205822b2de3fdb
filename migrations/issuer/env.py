import services.credential_issuer.db.ob3_tables  # noqa: F401  (registers the Open Badges API tables)
from services.credential_issuer.db.tables import metadata
from shared.db.alembic_env import run_migrations
from shared.db.migrations import ISSUER

run_migrations(ISSUER, metadata, url_variable="ISSUER_DATABASE_URL")
