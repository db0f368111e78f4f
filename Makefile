# One-command setup: every target bootstraps .venv from nothing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
SPEC   := openapi/vbr-agents-1.3-rev0.yaml
PKG    := veeam_agents_client
STAMP  := $(VENV)/.deps-stamp
BENCH_STAMP := $(VENV)/.bench-stamp
# The generator runs ruff as a post hook: it must find the pinned one first on PATH.
GENERATE = PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate \
	--path $(SPEC) --config generator-config.yml --custom-template-path openapi/templates \
	--meta none --fail-on-warning --output-path

.PHONY: test lint typecheck pytest generate check-generated validate-spec install demo bench soak clean

test: lint typecheck check-generated validate-spec pytest

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	touch $@

# Tests and type checks use the package as built (generated code + custom/), never the source tree.
install: $(STAMP)
	$(PY) -m pip install --quiet --no-deps --force-reinstall .

lint: $(STAMP)
	$(BIN)/ruff check custom tests examples benchmarks
	$(BIN)/ruff format --check custom tests examples benchmarks

typecheck: install
	cd $(VENV) && bin/mypy --config-file ../pyproject.toml -p $(PKG)

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)

pytest: install
	$(BIN)/pytest

generate: $(STAMP)
	rm -rf $(PKG)
	$(GENERATE) $(PKG)
	touch $(PKG)/py.typed

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && \
	$(GENERATE) $$tmp/$(PKG) >/dev/null && touch $$tmp/$(PKG)/py.typed && \
	if diff -r --exclude=__pycache__ $(PKG) $$tmp/$(PKG); then echo "generated code is up to date"; rm -rf $$tmp; \
	else echo "veeam_agents_client/ differs from a fresh generation: run make generate"; rm -rf $$tmp; exit 1; fi

demo: install
	$(PY) examples/quickstart.py

$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet ".[bench]"
	touch $@

bench: $(BENCH_STAMP) install
	$(PY) benchmarks/bench.py

soak: install
	$(PY) benchmarks/soak.py

clean:
	rm -rf $(VENV) build dist .bench .pytest_cache .mypy_cache .hypothesis
