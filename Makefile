# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Older DuckDB clients the tests open the published warehouse with (tests/clients/, pinned there).
CLIENTS     := .clients
PY_CLIENT   := $(CLIENTS)/duckdb1/.installed
NODE_CLIENT := $(CLIENTS)/node/.installed

.PHONY: install run test lint clean clients browser superset superset-check

# The project's environment, installed by uv (pinned in constraints.txt; ~20 s instead of pip's ~3 min
# on a 2-core machine); the same constraints, the same packages.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt uv
	UV_CACHE_DIR=$(CLIENTS)/uv-cache-project $(BIN)/uv pip install --quiet --python $(BIN)/python -c constraints.txt \
		-e ".[dev,scale]"
	touch $(STAMP)

install: $(STAMP)

$(PY_CLIENT): tests/clients/requirements-duckdb1.txt
	rm -rf $(CLIENTS)/duckdb1
	$(PYTHON) -m venv $(CLIENTS)/duckdb1
	$(CLIENTS)/duckdb1/bin/pip install --quiet -r tests/clients/requirements-duckdb1.txt
	touch $@

# (an exact version in package.json; its platform bindings are pinned exactly by the package)
$(NODE_CLIENT): tests/clients/package.json
	rm -rf $(CLIENTS)/node && mkdir -p $(CLIENTS)/node
	cp tests/clients/package.json $(CLIENTS)/node/
	cd $(CLIENTS)/node && npm install --no-package-lock --no-audit --no-fund --loglevel=error
	touch $@

## clients: DuckDB 1.2 for Python (+ SQLAlchemy 1.4, duckdb-engine) and @duckdb/node-api, for the BI tests
clients: $(PY_CLIENT) $(NODE_CLIENT)

# Apache Superset (tests/clients/requirements-superset.txt, every package pinned) in its own virtual
# environment, installed by uv (pinned in pyproject.toml) with its download cache inside .clients and
# removed after; then Superset's metadata database, a local admin and its roles (superset init).
# (.venv is an order-only prerequisite: it is needed for its uv, and a change of the project's own
# packages does not install Superset again.)
SUPERSET     := $(CLIENTS)/superset/.installed
SUPERSET_ENV := SUPERSET_CONFIG_PATH=$(CURDIR)/tests/clients/superset_config.py FLASK_APP=superset
DB ?= warehouse.duckdb

$(SUPERSET): tests/clients/requirements-superset.txt tests/clients/superset_config.py | $(STAMP)
	rm -rf $(CLIENTS)/superset $(CLIENTS)/uv-cache
	UV_PYTHON_DOWNLOADS=never $(BIN)/uv venv --quiet --python $(PYTHON) $(CLIENTS)/superset
	UV_CACHE_DIR=$(CLIENTS)/uv-cache $(BIN)/uv pip install --quiet --python $(CLIENTS)/superset/bin/python \
		-r tests/clients/requirements-superset.txt
	rm -rf $(CLIENTS)/uv-cache
	cd $(CLIENTS)/superset && $(SUPERSET_ENV) bin/superset db upgrade >install.log 2>&1 \
		&& $(SUPERSET_ENV) bin/superset fab create-admin --username admin --password juesuan-local-check \
			--firstname juesuan --lastname check --email check@localhost >>install.log 2>&1 \
		&& $(SUPERSET_ENV) bin/superset init >>install.log 2>&1 \
		|| (tail -5 install.log; exit 1)
	touch $@

## superset: Apache Superset 4.1 + duckdb-engine for the BI test (tests/test_superset.py), ~2 min
superset: $(SUPERSET)

## superset-check: ask one cross-county question of the published DB (default ./warehouse.duckdb,
## from `make run`) through a Superset server started for it (SQL Lab's API)
superset-check: $(SUPERSET)
	$(CLIENTS)/superset/bin/python tests/clients/superset_query.py $(abspath $(DB))

## browser: headless Chromium and CJK fonts for the offline review-page test (apt-get as root;
## without them that test is skipped with its reason)
browser:
	@if command -v chromium >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium fonts-noto-cjk >/dev/null) || echo "chromium could not be installed: browser test skipped"; \
	else echo "not root or no apt-get: chromium not installed, browser test skipped"; fi

## run: install, then refresh the warehouse from the bundled sample documents
run: $(STAMP)
	$(BIN)/juesuan refresh

## lint: ruff, and sqlfluff over the dbt SQL (dbt templater: ~90 s on one core, so in two processes)
lint: $(STAMP)
	$(BIN)/ruff check .
	JUESUAN_DB=:memory: $(BIN)/sqlfluff lint --processes 2 \
		models/staging models/intermediate models/marts models/reconciliation analyses tests/dbt

# pytest processes of `make test` (pytest-xdist; tests sharing a warehouse stay in one: tests/conftest.py)
TEST_WORKERS ?= 2

## test: install, lint (ruff, sqlfluff) and run every test. The installs (mostly downloads) and the
## lint run side by side (make -j), then pytest in $(TEST_WORKERS) processes
test:
	$(MAKE) --no-print-directory -j 5 --output-sync=target lint clients superset browser
	$(BIN)/pytest -n $(TEST_WORKERS)

clean:
	rm -rf $(VENV) $(CLIENTS) target logs warehouse.duckdb* review data_docs
