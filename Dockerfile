# One image for registry_api, qa_api, credential_issuer and the `omc db setup` job (see docker-compose.yml).
FROM python:3.11-slim

# PYTHONPATH=/app: the code is imported from /app, not from site-packages, because
# shared/db/migrations.py finds alembic.ini and migrations/ next to the source tree and the wheel
# carries neither. `pip install .` is still needed for the `omc` command.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PYTHONPATH=/app \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Locked dependencies first: a code change does not reinstall them.
COPY requirements.lock ./
RUN pip install -r requirements.lock

COPY pyproject.toml alembic.ini ./
COPY migrations ./migrations
COPY ops ./ops
COPY services ./services
COPY shared ./shared
RUN pip install --no-deps . \
    && rm -rf build ./*.egg-info \
    && groupadd --system --gid 10001 omc \
    && useradd --system --uid 10001 --gid omc --no-create-home --home-dir /nonexistent omc

USER 10001:10001

EXPOSE 8001 8002 8003

# docker-compose.yml sets the command of each service; without one, the image runs the registry.
CMD ["uvicorn", "--factory", "services.registry_api.main:app_from_environment", "--host", "0.0.0.0", "--port", "8001"]
