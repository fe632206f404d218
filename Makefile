# `make build` runs one process, `kzfp build`, which decides what is dirty: the stage registry
# (pipeline/graph.py) names each stage's input files, code and upstream tables, and a stage re-runs
# only when their content checksums changed. `publish` validates everything, writes a new version in
# build/versions/ and switches the link build/current (the package folder) to it in one step.
#   make build     set up .venv, run the stages whose inputs changed, publish
#   make test      build, then run the test suite
#   make test-fast build, then the unit tests and data contracts only (no fresh builds in copies)
#   make lint      ruff (lint and format check) and mypy, settings in pyproject.toml
#   make evaluate  score the extracted facts against the gold annotation
#   make bench     the whole pipeline at 1x, 10x, 30x and 100x the texts, and the extract stage's words per
#                  second with the parser (about 20 CPU minutes, most of them parsing; bench/)
#   make release   build, check and write the citable archive in dist/
#   make lock      regenerate requirements.lock (pinned, with hashes) from requirements.in

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KZFP := $(BIN)/kzfp
READY := $(VENV)/.installed

.PHONY: build test test-fast lint typecheck evaluate bench release clean lock
.DEFAULT_GOAL := build

build: $(READY)
	$(KZFP) build

$(READY): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

test: build
	$(BIN)/pytest

# Tests marked slow (tests/e2e, tests/bad_inputs: see tests/conftest.py) build copies of the repository.
test-fast: build
	$(BIN)/pytest -m "not slow"

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Type checks alone (configured in pyproject.toml); `make lint` runs them too.
typecheck: $(READY)
	$(BIN)/mypy

# Precision, recall and F1 per fact type and field: seeds (in-sample), dev and test (written by the build
# into build/evaluation.json; the evaluation corpus is built in build/evaluation-corpus/).
evaluate: build
	$(KZFP) evaluate

# The whole pipeline at 1x, 10x, 30x and 100x the texts, dedupe against brute force (about 20 CPU minutes,
# most of them spaCy parsing the 100x corpus afresh, reported apart;
# `.venv/bin/python -m bench.pipeline_bench --scales 1,10` for a quick look); then the extract stage in
# words per second with the parser, cached and not.
bench: build
	$(BIN)/python -m bench.pipeline_bench
	$(BIN)/python -m bench.extract_bench

# The build (incremental) and `kzfp validate`, then dist/<name>-<version>.zip and CHANGELOG.md's section.
release: build
	$(KZFP) release --no-build

# Every package of requirements.in and its dependencies, pinned with the sha256 of each of its files on
# PyPI (pip then checks every download). Versions already in requirements.lock are kept where they fit;
# delete a line there to let pip-compile choose a newer version. pip-tools runs in its own .venv-lock.
PIP_TOOLS := pip-tools==7.7.0
lock: requirements.in
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet --disable-pip-version-check $(PIP_TOOLS)
	.venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --no-strip-extras --no-header \
		--no-emit-index-url --no-emit-find-links --output-file requirements.lock requirements.in

# dist/ is kept: the next release compares itself with the archives of earlier ones.
clean:
	rm -rf build/work build/versions build/current build/.published
