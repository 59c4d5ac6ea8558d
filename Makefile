# One entry point per job. Every target that runs code builds .venv first, so a fresh clone needs
# nothing but Python 3.11+ on PATH.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Empty: `make regen` rebuilds from the pinned gateway commit, `make drift` checks the published spec
# (both URLs in scripts/_spec.py). SPEC=<path or URL> names another spec.
SPEC   ?=
PYTEST_ARGS ?=
MOCK_API_ROOT ?= /api/v1

.PHONY: test lint regen drift bench demo dist venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# setuptools reports the (expected) editable layout through a warning; only that one is silenced.
	PYTHONWARNINGS='ignore:Editable installation' $(BIN)/python -m pip install --quiet -e '.[dev,aiohttp]'
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check otari tests scripts bench examples
	$(BIN)/ruff format --check otari tests scripts bench examples
	$(BIN)/mypy
	$(BIN)/python scripts/check_types.py
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml
	$(BIN)/zizmor --offline --quiet .github

regen: $(STAMP)
	$(BIN)/python scripts/regen.py $(if $(SPEC),--spec '$(SPEC)')

drift: $(STAMP)
	$(BIN)/python scripts/check_drift.py $(if $(SPEC),--spec '$(SPEC)')

bench: $(STAMP)
	$(BIN)/python bench/run.py

# MOCK_API_ROOT=/v1 makes the bundled mock gateway play a gateway from before September 2026.
demo: $(STAMP)
	OTARI_EXAMPLE_MOCK_API_ROOT=$(MOCK_API_ROOT) $(BIN)/python examples/quickstart.py

# The release artefacts: sdist + wheel in dist/, checked as PyPI will render them.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis
