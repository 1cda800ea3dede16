# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev,scale]"
	touch $(STAMP)

install: $(STAMP)

## run: install, then refresh the warehouse from the bundled sample documents
run: $(STAMP)
	$(BIN)/juesuan refresh

## test: install, lint (ruff, sqlfluff) and run every test
test: $(STAMP)
	$(BIN)/ruff check .
	JUESUAN_DB=:memory: $(BIN)/sqlfluff lint models/staging models/intermediate models/marts models/reconciliation analyses tests/dbt
	$(BIN)/pytest

clean:
	rm -rf $(VENV) target logs warehouse.duckdb*
