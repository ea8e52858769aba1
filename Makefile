# The two quick-start commands: `make run` (app on embedded defaults) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: run test lint format eval index install install-dev

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

install: $(PY)
	$(PIP) install --quiet -e .

install-dev: $(PY)
	$(PIP) install --quiet -e '.[dev]'

run: install
	$(PY) app.py

test: install-dev
	$(PY) -m ruff check .
	$(PY) -m pytest -q

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install-dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

index: install
	$(PY) -m assistant index

eval: install-dev
	$(PY) -m assistant eval
