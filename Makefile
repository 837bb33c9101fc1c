# CORE: `make run` starts the whole system with embedded defaults and demo data; `make test` runs the suite.
# Both do every set-up step themselves on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ROOT := $(shell pwd)
SERVICES := identity organisations logs bulk_upload export
STATIC := services/frontend/frontend_service/static
PROTOS := $(shell find proto -name '*.proto')
PYTEST_ARGS ?=

.PHONY: run test setup venv assets proto migrate seed lint typecheck test-python bench bench-logs clean
.DEFAULT_GOAL := run

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	site=$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])') && \
	  printf '%s\n' $(ROOT)/libs $(ROOT)/gen $(ROOT)/services/identity $(ROOT)/services/organisations \
	  $(ROOT)/services/logs $(ROOT)/services/bulk-upload $(ROOT)/services/export $(ROOT)/services/frontend \
	  > $$site/core-dev.pth
	touch $@

venv: $(BIN)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(STATIC)/.installed: node_modules/.installed
	rm -rf $(STATIC)/govuk $(STATIC)/assets $(STATIC)/autocomplete
	mkdir -p $(STATIC)/govuk $(STATIC)/autocomplete
	cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js $(STATIC)/govuk/
	cp -r node_modules/govuk-frontend/dist/govuk/assets $(STATIC)/assets
	cp node_modules/accessible-autocomplete/dist/accessible-autocomplete.min.css node_modules/accessible-autocomplete/dist/accessible-autocomplete.min.js $(STATIC)/autocomplete/
	touch $@

assets: $(STATIC)/.installed

gen/.stamp: $(PROTOS) $(BIN)/.installed
	rm -rf gen && mkdir -p gen
	PATH=$(ROOT)/$(BIN):$$PATH $(BIN)/python -m grpc_tools.protoc -I proto --python_out=gen --grpc_python_out=gen \
	  --mypy_out=gen --mypy_grpc_out=gen $(PROTOS)
	touch $@

proto: gen/.stamp

setup: venv assets proto

migrate: setup
	@for s in $(SERVICES); do $(BIN)/python -m $${s}_service.manage migrate || exit 1; done

seed: migrate
	@for s in $(SERVICES); do $(BIN)/python -m $${s}_service.manage seed-demo || exit 1; done

run: seed
	@$(BIN)/python -m core_platform.demo
	PATH=$(ROOT)/$(BIN):$$PATH $(BIN)/honcho start -f Procfile

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test-python: setup
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint test-python

# The logs load benchmark seeds its own PostgreSQL database once (minutes), then reuses it.
BENCH_LOGS ?= 1000000

bench: setup
	$(BIN)/python -m bench
	$(MAKE) --no-print-directory bench-logs

bench-logs: setup
	BENCH_LOGS=$(BENCH_LOGS) $(BIN)/python -m bench.logs_load

clean:
	rm -rf gen var $(VENV) node_modules $(STATIC)/govuk $(STATIC)/assets $(STATIC)/autocomplete $(STATIC)/.installed
