# The dependency graph of the data package. Each stage writes its tables to build/work/ and is
# re-run only when its inputs or its code change; `publish` validates everything and replaces the
# published files (build/*.csv, build/parquet/, build/kzfp.duckdb, datapackage.json) all at once.
#   make build     set up .venv, run the stages, publish
#   make test      build, then run the test suite
#   make evaluate  score the extracted facts against the gold annotation
#   make bench     benchmark the extract stage (words/s with the parser) and the dedupe stage
#   make release   build, check and write the citable archive in dist/

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

.PHONY: build test evaluate bench release clean
.DEFAULT_GOAL := build

build: build/.published

$(READY): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(W)/ingest.done: $(READY) raw/sources.yaml $(RAW_TEXTS) pipeline/ingest.py pipeline/decode.py \
		pipeline/boilerplate.py pipeline/sources.py
	$(KZFP) stage ingest && touch $@

$(W)/segment.done: $(W)/ingest.done pipeline/segment.py pipeline/sentences.py
	$(KZFP) stage segment && touch $@

$(W)/dedupe.done: $(W)/segment.done pipeline/dedupe.py
	$(KZFP) stage dedupe && touch $@

$(W)/extract.done: $(W)/segment.done $(DICTIONARIES) raw/sources.yaml pipeline/extract.py pipeline/mentions.py \
		pipeline/gazetteer.py pipeline/dates.py pipeline/amounts.py pipeline/spans.py pipeline/parse.py \
		pipeline/provisional.py $(wildcard pipeline/rules/*.py)
	$(KZFP) stage extract && touch $@

$(W)/reconcile.done: $(W)/extract.done $(W)/dedupe.done pipeline/reconcile.py pipeline/curation.py raw/curation.yaml
	$(KZFP) stage reconcile && touch $@

build/.published: $(W)/reconcile.done $(SCHEMAS) raw/reference/cow-igo-v3-memberships.csv \
		pipeline/publish.py pipeline/validate.py pipeline/views.py pipeline/evaluate.py pipeline/cli.py \
		tests/gold/facts.yaml tests/gold/second_annotation.yaml pipeline/evaluate_corpus.py \
		pipeline/evaluation_build.py $(shell find raw/evaluation -type f) $(wildcard pipeline/*.py pipeline/rules/*.py)
	$(KZFP) publish && touch $@

test: build
	$(BIN)/pytest

# Precision, recall and F1 per fact type and field: seeds (in-sample), dev and test (written by the build
# into build/evaluation.json; the evaluation corpus is built in build/evaluation-corpus/).
evaluate: build
	$(KZFP) evaluate

# Dedupe at 1x, 10x and 100x the texts, against a brute-force baseline (about 15 minutes).
bench: build
	$(BIN)/python -m bench.extract_bench
	$(BIN)/python -m bench.dedupe_bench

# The build (incremental) and `kzfp validate`, then dist/<name>-<version>.zip and CHANGELOG.md's section.
release: build
	$(KZFP) release --no-build

# dist/ is kept: the next release compares itself with the archives of earlier ones.
clean:
	rm -rf build/work build/parquet build/kzfp.duckdb build/.published
