# One command runs the platform (`make run`), one runs the tests (`make test`).
# Both create .venv and install the locked dependencies on first use.

VENV   := .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
STAMP  := $(VENV)/.installed-stamp
PYTHON ?= python3
# The interop tests' Node.js harness (Digital Bazaar's libraries), installed from its lock file.
INTEROP       := tests/interop
INTEROP_STAMP := $(INTEROP)/node_modules/.installed-stamp
# The JavaScript reference bench/signing.py measures signing and verification against (npm ci).
PEER_JS       := bench/peer-js
PEER_JS_STAMP := $(PEER_JS)/node_modules/.installed-stamp
# The SDK generator (openapi-python-client) in a venv of its own: its typer pin clashes with ours.
SDKGEN       := .venv-sdkgen
SDKGEN_STAMP := $(SDKGEN)/.installed-stamp
# An independent OpenID4VCI client library (@openid4vc/openid4vci) the tests run against the issuer.
OID4VCI_CLIENT       := tests/oid4vci-client
OID4VCI_CLIENT_STAMP := $(OID4VCI_CLIENT)/node_modules/.installed-stamp
# Redocly CLI, pinned by its lock file, lints openapi/*.json (tests/test_openapi_lint.py).
OPENAPI_LINT       := tools/openapi-lint
OPENAPI_LINT_STAMP := $(OPENAPI_LINT)/node_modules/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help sdk sdk-generator-install install interop-install oid4vci-client-install openapi-lint-install peer-js-install run test lint typecheck pytest chromium openapi migrate setup admin-client demo lock bench bench-signing bench-verify clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml clients/python/pyproject.toml requirements.lock requirements-dev.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check "$$(grep -E '^uv==' requirements-dev.lock)"
	@$(UV) pip sync --quiet --python $(PY) requirements-dev.lock
	@$(UV) pip install --quiet --python $(PY) --no-deps --editable .
	@$(UV) pip install --quiet --python $(PY) --no-deps --editable clients/python
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the locked dependencies

$(INTEROP_STAMP): $(INTEROP)/package.json $(INTEROP)/package-lock.json
	@npm ci --prefix $(INTEROP) --no-audit --no-fund --loglevel=error
	@touch $(INTEROP_STAMP)

interop-install: $(INTEROP_STAMP) ## Install the interop harness's npm packages (npm ci, exact versions)

$(OID4VCI_CLIENT_STAMP): $(OID4VCI_CLIENT)/package.json $(OID4VCI_CLIENT)/package-lock.json
	@npm ci --prefix $(OID4VCI_CLIENT) --no-audit --no-fund --loglevel=error
	@touch $(OID4VCI_CLIENT_STAMP)

oid4vci-client-install: $(OID4VCI_CLIENT_STAMP) ## Install the OpenID4VCI client library the tests run (npm ci)

$(PEER_JS_STAMP): $(PEER_JS)/package.json $(PEER_JS)/package-lock.json
	@npm ci --prefix $(PEER_JS) --no-audit --no-fund --loglevel=error
	@touch $(PEER_JS_STAMP)

peer-js-install: $(PEER_JS_STAMP) ## Install the signing benchmark's JavaScript reference (npm ci, exact versions)

$(OPENAPI_LINT_STAMP): $(OPENAPI_LINT)/package.json $(OPENAPI_LINT)/package-lock.json
	@npm ci --prefix $(OPENAPI_LINT) --no-audit --no-fund --loglevel=error
	@touch $(OPENAPI_LINT_STAMP)

$(SDKGEN_STAMP): clients/python/generator.lock $(STAMP)
	@test -x $(SDKGEN)/bin/python || $(PYTHON) -m venv $(SDKGEN)
	@$(UV) pip sync --quiet --python $(SDKGEN)/bin/python clients/python/generator.lock
	@touch $(SDKGEN_STAMP)

sdk-generator-install: $(SDKGEN_STAMP) ## Install the pinned SDK generator into .venv-sdkgen

openapi-lint-install: $(OPENAPI_LINT_STAMP) ## Install the pinned Redocly CLI (npm ci, exact versions)

run: $(STAMP) ## Run the platform: database (embedded unless DATABASE_URL), migrations, reference data, 3 services
	@$(VENV)/bin/omc run

test: lint typecheck pytest ## Lint, type-check and run the whole test suite

lint: $(STAMP) ## ruff: lint and formatting
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

typecheck: $(STAMP) ## mypy --strict
	@$(VENV)/bin/mypy

pytest: $(STAMP) $(INTEROP_STAMP) $(OID4VCI_CLIENT_STAMP) $(OPENAPI_LINT_STAMP) $(SDKGEN_STAMP) chromium ## The tests alone, in parallel
	@$(VENV)/bin/pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

chromium: ## Install what the tests drive from Debian when missing: Chromium (pages), curl and jq (walkthroughs)
	@missing=""; for tool in chromium curl jq; do command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
		SUDO=$$( [ "$$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && echo sudo ); \
		$$SUDO apt-get update && $$SUDO apt-get install -y $$missing; fi

openapi: $(STAMP) ## Regenerate openapi/<service>.json from the code
	@$(VENV)/bin/omc openapi

sdk: $(STAMP) $(SDKGEN_STAMP) ## Regenerate the SDK's generated code (clients/python/omc_client/_generated) from openapi/
	@$(PY) clients/python/generate.py

setup: $(STAMP) ## Bootstrap roles and schemas, migrate, load reference data
	@$(VENV)/bin/omc db setup

migrate: $(STAMP) ## Apply pending migrations of the three services
	@$(VENV)/bin/omc db migrate

admin-client: $(STAMP) ## Create an admin API client; prints `export CLIENT_ID=... CLIENT_SECRET=...` (secret shown once)
	@$(VENV)/bin/omc admin create-client

demo: $(STAMP) ## Load the sandbox dataset into the running platform (`make run` first) and print clients and URLs
	@$(PY) -m ops.demo

lock: ## Re-resolve the locks from pyproject.toml (runtime: requirements.lock; with dev tools: requirements-dev.lock)
	@$(UV) pip compile --quiet --python-version 3.11 pyproject.toml -o requirements.lock
	@$(UV) pip compile --quiet --python-version 3.11 --extra dev -c requirements.lock pyproject.toml -o requirements-dev.lock
	@$(UV) pip compile --quiet --python-version 3.11 clients/python/generator.in -o clients/python/generator.lock

bench: $(STAMP) ## Run the benchmarks in bench/
	@$(PY) bench/run.py

bench-verify: $(STAMP) $(INTEROP_STAMP) ## The verification service at 8 clients against Digital Bazaar's single-thread verify rate
	@$(PY) bench/verify.py $(BENCH_ARGS)

bench-signing: $(STAMP) $(PEER_JS_STAMP) ## Sign and verify credentials: ours against the JavaScript reference, same files, one core each
	@$(PY) bench/signing.py $(BENCH_ARGS)

clean: ## Remove the virtualenv, the interop harness's packages, caches and the embedded database
	rm -rf $(VENV) $(SDKGEN) .omc .pytest_cache .mypy_cache .ruff_cache $(INTEROP)/node_modules $(OID4VCI_CLIENT)/node_modules $(PEER_JS)/node_modules $(OPENAPI_LINT)/node_modules
