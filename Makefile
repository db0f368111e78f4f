# One-command setup: every target bootstraps .venv from nothing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
SPEC   := openapi/vbr-agents.yaml
PKG    := veeam_agents_client
STAMP  := $(VENV)/.deps-stamp
# Test processes (pytest-xdist): one per core by default.
PYTEST_WORKERS ?= auto
BENCH_STAMP := $(VENV)/.bench-stamp
# The generator runs ruff as a post hook: it must find the pinned one first on PATH.
GENERATE = PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate \
	--path $(SPEC) --config generator-config.yml --custom-template-path openapi/templates \
	--meta none --fail-on-warning --output-path

.PHONY: test test-pythons lint typecheck pytest generate check-generated document check-document api-diff validate-spec install demo bench soak docs docs-serve clean

test: lint typecheck check-document check-generated validate-spec pytest

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	touch $@

# Tests and type checks use the package as built (generated code + custom/), never the source tree.
# Reinstalled only when a file of it changed (the folders count too: a file added or removed).
INSTALLED := $(VENV)/.installed-stamp
PACKAGE_SOURCES := $(shell find custom $(PKG) -name __pycache__ -prune -o -print) pyproject.toml README.md LICENSE
$(INSTALLED): $(STAMP) $(PACKAGE_SOURCES)
	$(PY) -m pip install --quiet --no-deps --force-reinstall .
	touch $@

install: $(INSTALLED)

lint: $(STAMP)
	$(BIN)/ruff check custom tests examples benchmarks tools
	$(BIN)/ruff format --check custom tests examples benchmarks tools

typecheck: install
	cd $(VENV) && bin/mypy --config-file ../pyproject.toml -p $(PKG)

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)

# Warnings are errors (pyproject.toml), also in the processes tests start (examples, the fake's CLI).
pytest: install
	PYTHONWARNINGS=error $(BIN)/pytest -n $(PYTEST_WORKERS)

# The suite on the other CPython versions pyproject.toml declares, each from pyenv, in .venv-3.x/
# (all of it but the document and generated-code checks, which do not depend on the interpreter).
test-pythons:
	PYTEST_WORKERS=$(PYTEST_WORKERS) $(PYTHON) -m tools.pythons

# What the package holds beside the generator's output, written from the document into folder $(1):
# the revision table, the typed list calls, the document as JSON (for the fake) and the typing mark.
WRITE_FROM_DOCUMENT = $(PY) -m tools.revision_table $(SPEC) > $(1)/revisions.py && \
	$(PY) -m tools.listings $(SPEC) $(1)/listings && \
	$(PY) -m tools.document_json $(SPEC) > $(1)/openapi.json && touch $(1)/py.typed

generate: $(STAMP)
	rm -rf $(PKG)
	$(GENERATE) $(PKG)
	$(call WRITE_FROM_DOCUMENT,$(PKG))

# The document is derived from Veeam's published facts (openapi/veeam/) and our intent (openapi/intent.yaml).
# SOURCE: a revision whose facts are in openapi/veeam/, or a published JSON document; default: the newest facts.
document: $(STAMP)
	$(PY) -m tools.derive $(SOURCE) --output $(SPEC)

check-document: $(STAMP)
	@tmp=$$(mktemp) && $(PY) -m tools.derive --output $$tmp && \
	if diff -u $(SPEC) $$tmp; then echo "document is up to date"; rm -f $$tmp; \
	else echo "$(SPEC) differs from a fresh derivation: run make document"; rm -f $$tmp; exit 1; fi

# What changed for a client between two revisions (or published documents): make api-diff FROM=... TO=...
api-diff: $(STAMP)
	$(PY) -m tools.api_diff $(FROM) $(TO)

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && \
	$(GENERATE) $$tmp/$(PKG) >/dev/null && $(call WRITE_FROM_DOCUMENT,$$tmp/$(PKG)) && \
	if diff -r --exclude=__pycache__ $(PKG) $$tmp/$(PKG); then echo "generated code is up to date"; rm -rf $$tmp; \
	else echo "veeam_agents_client/ differs from a fresh generation: run make generate"; rm -rf $$tmp; exit 1; fi

demo: install
	$(PY) examples/quickstart.py
	$(PY) examples/protection_groups.py
	$(PY) examples/fleet.py

$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet ".[bench]"
	touch $@

# ONLY=fleet runs the fleet figures alone (1,000 clients over TLS, about 10 s).
bench: $(BENCH_STAMP) install
	$(PY) benchmarks/bench.py $(ONLY)

soak: install
	$(PY) benchmarks/soak.py

# The documentation site, built strictly into site/: a broken link or anchor, a reference to nothing, a
# docstring the handler cannot read or a page left out of the navigation fails the build. `make test`
# builds it too (tests/test_docs.py). The API reference documents the installed package (make install).
MKDOCS = NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs
docs: install
	$(MKDOCS) build --strict --quiet

docs-serve: install
	$(MKDOCS) serve --strict --dev-addr 127.0.0.1:8000

clean:
	rm -rf $(VENV) $(VENV)-3.* build dist site .bench .pytest_cache .mypy_cache .hypothesis
