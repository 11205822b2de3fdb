# One command runs the platform (`make run`), one runs the tests (`make test`).
# Both create .venv and install the locked dependencies on first use.

VENV   := .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
STAMP  := $(VENV)/.installed-stamp
PYTHON ?= python3

.DEFAULT_GOAL := help
.PHONY: help install run test lint typecheck pytest openapi migrate setup admin-client lock bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock requirements-dev.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check "$$(grep -E '^uv==' requirements-dev.lock)"
	@$(UV) pip sync --quiet --python $(PY) requirements-dev.lock
	@$(UV) pip install --quiet --python $(PY) --no-deps --editable .
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the locked dependencies

run: $(STAMP) ## Run the platform: database (embedded unless DATABASE_URL), migrations, reference data, 3 services
	@$(VENV)/bin/omc run

test: lint typecheck pytest ## Lint, type-check and run the whole test suite

lint: $(STAMP) ## ruff: lint and formatting
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

typecheck: $(STAMP) ## mypy --strict
	@$(VENV)/bin/mypy

pytest: $(STAMP) ## The tests alone, in parallel
	@$(VENV)/bin/pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

openapi: $(STAMP) ## Regenerate openapi/<service>.json from the code
	@$(VENV)/bin/omc openapi

setup: $(STAMP) ## Bootstrap roles and schemas, migrate, load reference data
	@$(VENV)/bin/omc db setup

migrate: $(STAMP) ## Apply pending migrations of the three services
	@$(VENV)/bin/omc db migrate

admin-client: $(STAMP) ## Create the first admin API client and print its secret once
	@$(VENV)/bin/omc admin create-client

lock: ## Re-resolve the locks from pyproject.toml (runtime: requirements.lock; with dev tools: requirements-dev.lock)
	@$(UV) pip compile --quiet --python-version 3.11 pyproject.toml -o requirements.lock
	@$(UV) pip compile --quiet --python-version 3.11 --extra dev -c requirements.lock pyproject.toml -o requirements-dev.lock

bench: $(STAMP) ## Run the benchmarks in bench/
	@$(PY) bench/run.py

clean: ## Remove the virtualenv, caches and the embedded database
	rm -rf $(VENV) .omc .pytest_cache .mypy_cache .ruff_cache
