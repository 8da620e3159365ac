# mediacompare: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PYTHON := $(VENV)/bin/python
# Python 3.13 (pinned in .python-version); pyenv's shims pick it up.
BASE_PYTHON ?= $(shell command -v python3.13 || command -v python3)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install run demo test lint format check eval bench clean

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	@$(BASE_PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12+ is needed (3.13 is pinned in .python-version); found " + sys.version.split()[0])'
	$(BASE_PYTHON) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed  ## Create the virtual environment and install the pinned requirements

demo: install  ## Migrate the database and load the demo event and accounts
	$(PYTHON) manage.py migrate --noinput
	$(PYTHON) manage.py load_demo

run: demo  ## Set everything up and serve the demo at http://127.0.0.1:8000
	@echo "Serving mediacompare at http://$(HOST):$(PORT)/ (admin: /admin/)"
	$(PYTHON) manage.py runserver $(HOST):$(PORT)

check: install  ## Django system checks and missing migrations
	$(PYTHON) manage.py check --fail-level WARNING
	$(PYTHON) manage.py makemigrations --check --dry-run

lint: install  ## ruff lint and format check
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .

format: install  ## Format the code with ruff
	$(PYTHON) -m ruff format .
	$(PYTHON) -m ruff check --fix .

test: lint check  ## Run the whole suite (DATABASE_URL selects PostgreSQL; SQLite by default)
	$(PYTHON) -m pytest

eval: install  ## Alignment quality on the gold set: held-out cross-validation folds (P, R, F1 per kind, cross-language)
	$(PYTHON) -m mediacompare.alignment.evaluate

$(VENV)/.bench-installed: requirements-bench.txt $(VENV)/.installed
	$(PYTHON) -m pip install --quiet -r requirements-bench.txt
	touch $@

bench: $(VENV)/.bench-installed  ## Benchmarks: alignment speed/memory (events from corpus sentences), page cost
	$(PYTHON) benchmarks/alignment_bench.py
	$(PYTHON) benchmarks/page_bench.py

clean:  ## Remove the virtual environment and local database
	rm -rf $(VENV) var
