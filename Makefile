# `make build` runs one process, `kzfp build`, which decides what is dirty: the stage registry
# (pipeline/stages.py) names each stage's input files, code and upstream tables, and a stage re-runs
# only when their content checksums changed. `publish` validates everything and replaces the published
# files (build/*.csv, build/parquet/, build/kzfp.duckdb, datapackage.json) all at once.
#   make build     set up .venv, run the stages whose inputs changed, publish
#   make test      build, then run the test suite
#   make evaluate  score the extracted facts against the gold annotation
#   make bench     the whole pipeline at 1x, 10x, 30x and 100x the texts (about 3 CPU minutes; bench/)
#   make release   build, check and write the citable archive in dist/

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KZFP := $(BIN)/kzfp
READY := $(VENV)/.installed

.PHONY: build test evaluate bench release clean
.DEFAULT_GOAL := build

build: $(READY)
	$(KZFP) build

$(READY): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

test: build
	$(BIN)/pytest

# Precision, recall and F1 per fact type and field (written by the build into build/evaluation.json).
evaluate: build
	$(KZFP) evaluate

# The whole pipeline at 1x, 10x, 30x and 100x the texts, dedupe against brute force (about 3 CPU minutes;
# `.venv/bin/python -m bench.pipeline_bench --scales 1,10` for a quick look).
bench: $(READY)
	$(BIN)/python -m bench.pipeline_bench

# The build (incremental) and `kzfp validate`, then dist/<name>-<version>.zip and CHANGELOG.md's section.
release: build
	$(KZFP) release --no-build

# dist/ is kept: the next release compares itself with the archives of earlier ones.
clean:
	rm -rf build/work build/parquet build/kzfp.duckdb
