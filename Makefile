# The dependency graph of the data package. Each stage writes its tables to build/work/ and is
# re-run only when its inputs or its code change; `publish` validates everything, writes a new version
# in build/versions/ and switches the link build/current (the package folder) to it in one step.
#   make build     set up .venv, run the stages, publish
#   make test      build, then run the test suite
#   make test-fast build, then the unit tests and data contracts only (no fresh builds in copies)
#   make lint      ruff (lint and format check) and mypy, settings in pyproject.toml
#   make evaluate  score the extracted facts against the gold annotation
#   make bench     benchmark the dedupe stage
#   make release   build, check and write the citable archive in dist/
#   make lock      regenerate requirements.lock (pinned, with hashes) from requirements.in

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KZFP := $(BIN)/kzfp
READY := $(VENV)/.installed
W := build/work

RAW_TEXTS := $(wildcard raw/*.txt)
DICTIONARIES := $(wildcard raw/dictionaries/*.csv)
SCHEMAS := $(wildcard schemas/*.py) schemas/package.yaml
LEXICON := $(wildcard pipeline/lexicon/*)

.PHONY: build test test-fast lint evaluate bench release clean lock
.DEFAULT_GOAL := build

build: build/.published

$(READY): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(W)/ingest.done: $(READY) raw/sources.yaml $(RAW_TEXTS) pipeline/ingest.py pipeline/decode.py \
		pipeline/boilerplate.py pipeline/sources.py
	$(KZFP) stage ingest && touch $@

$(W)/segment.done: $(W)/ingest.done pipeline/segment.py pipeline/sentences.py
	$(KZFP) stage segment && touch $@

$(W)/dedupe.done: $(W)/segment.done pipeline/dedupe.py $(LEXICON)
	$(KZFP) stage dedupe && touch $@

$(W)/extract.done: $(W)/segment.done $(DICTIONARIES) pipeline/extract.py pipeline/mentions.py pipeline/gazetteer.py \
		pipeline/dates.py pipeline/amounts.py pipeline/spans.py $(wildcard pipeline/rules/*.py) schemas/fact_types.py \
		$(LEXICON)
	$(KZFP) stage extract && touch $@

$(W)/reconcile.done: $(W)/extract.done $(W)/dedupe.done pipeline/reconcile.py pipeline/curation.py raw/curation.yaml \
		schemas/fact_types.py $(LEXICON)
	$(KZFP) stage reconcile && touch $@

build/.published: $(W)/reconcile.done $(SCHEMAS) raw/reference/cow-igo-v3-memberships.csv \
		pipeline/publish.py pipeline/validate.py pipeline/views.py pipeline/evaluate.py pipeline/cli.py \
		$(wildcard pipeline/explorer*.py) pipeline/metadata.py pipeline/database_script.py \
		tests/gold/facts.yaml tests/gold/second_annotation.yaml pipeline/evaluate_corpus.py \
		pipeline/evaluation_build.py $(shell find raw/evaluation -type f) $(wildcard pipeline/*.py pipeline/rules/*.py)
	$(KZFP) publish && touch $@

test: build
	$(BIN)/pytest

# Tests marked slow (tests/e2e, tests/bad_inputs: see tests/conftest.py) build copies of the repository.
test-fast: build
	$(BIN)/pytest -m "not slow"

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Precision, recall and F1 per fact type and field: seeds (in-sample), dev and test (written by the build
# into build/evaluation.json; the evaluation corpus is built in build/evaluation-corpus/).
evaluate: build
	$(KZFP) evaluate

# Dedupe at 1x, 10x and 100x the texts, against a brute-force baseline (about 15 minutes).
bench: $(READY)
	$(BIN)/python -m bench.dedupe_bench

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
