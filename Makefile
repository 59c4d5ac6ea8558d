# One entry point per job. Every target that runs code builds .venv first, so a fresh clone needs
# nothing but Python 3.11+ on PATH.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SPEC   ?= https://raw.githubusercontent.com/mozilla-ai/otari/main/docs/public/openapi.json
PYTEST_ARGS ?=

.PHONY: test lint regen drift bench demo venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,aiohttp]'
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check otari tests scripts bench examples
	$(BIN)/ruff format --check otari tests scripts bench examples
	$(BIN)/mypy

regen: $(STAMP)
	$(BIN)/python scripts/regen.py --spec '$(SPEC)'

drift: $(STAMP)
	$(BIN)/python scripts/check_drift.py --spec '$(SPEC)'

bench: $(STAMP)
	$(BIN)/python bench/run.py

demo: $(STAMP)
	$(BIN)/python examples/quickstart.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
