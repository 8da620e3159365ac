# mediacompare: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PYTHON := $(VENV)/bin/python
# Python 3.13 (pinned in .python-version); pyenv's shims pick it up.
BASE_PYTHON ?= $(shell command -v python3.13 || command -v python3)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install runtime run demo serve worker test pytest lint format check eval bench load scan scale clean

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

# Two stamps: the runtime (make run, make serve) and the development tools (make test).
$(VENV)/.runtime-installed: requirements.txt
	@$(BASE_PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12+ is needed (3.13 is pinned in .python-version); found " + sys.version.split()[0])'
	test -x $(PYTHON) || $(BASE_PYTHON) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed: requirements-dev.txt $(VENV)/.runtime-installed
	$(PYTHON) -m pip install --quiet -r requirements-dev.txt
	touch $@

runtime: $(VENV)/.runtime-installed  ## Install what the app needs to run (no test tools)

install: $(VENV)/.installed  ## Create the virtual environment and install the runtime and the test tools

# The SQLite database lives in var/; settings create no directory themselves.
var:
	mkdir -p var

demo: runtime var  ## Migrate the database and load the demo event and accounts
	$(PYTHON) manage.py migrate --noinput
	$(PYTHON) manage.py load_demo

run: demo  ## Set everything up and serve the demo at http://127.0.0.1:8000
	@echo "Serving mediacompare at http://$(HOST):$(PORT)/ (admin: /admin/)"
	$(PYTHON) manage.py runserver $(HOST):$(PORT)

serve: runtime  ## Production: migrate, collectstatic, gunicorn with DEBUG off (README: Production)
	@test -n "$$SECRET_KEY" || { echo "make serve uses production settings: set SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL… (see production.env.example and the README)" >&2; exit 1; }
	DEBUG=false $(PYTHON) manage.py migrate --noinput
	DEBUG=false $(PYTHON) manage.py collectstatic --noinput -v0
	DEBUG=false exec $(VENV)/bin/gunicorn --config gunicorn.conf.py mediacompare.wsgi:application

worker: runtime var  ## A background worker (alignment, imports) for the database task backend (README: Background work)
	TASKS_BACKEND=$${TASKS_BACKEND:-database} exec $(PYTHON) manage.py db_worker --no-reload

check: install var  ## Django system checks and missing migrations
	$(PYTHON) manage.py check --fail-level WARNING
	$(PYTHON) manage.py makemigrations --check --dry-run

lint: install  ## ruff lint and format check, django-upgrade (Django 6.1)
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .
	git ls-files -z -- '*.py' | xargs -0 $(VENV)/bin/django-upgrade --target-version 6.1 --check

format: install  ## Format the code with ruff
	$(PYTHON) -m ruff format .
	$(PYTHON) -m ruff check --fix .

test: lint check pytest  ## Run the whole suite (DATABASE_URL selects PostgreSQL; SQLite by default)

pytest: install var  ## The tests only (CI lints once, then runs `make check pytest` per database)
	$(PYTHON) -m pytest

eval: install  ## Alignment quality on the gold set: held-out cross-validation folds (P, R, F1 per kind, cross-language)
	$(PYTHON) -m mediacompare.alignment.evaluate

$(VENV)/.bench-installed: requirements-bench.txt $(VENV)/.installed
	$(PYTHON) -m pip install --quiet -r requirements-bench.txt
	touch $@

bench: $(VENV)/.bench-installed  ## Benchmarks: alignment speed/memory (events from corpus sentences), page cost, API p95
	$(PYTHON) benchmarks/alignment_bench.py
	$(PYTHON) benchmarks/page_bench.py
	$(PYTHON) benchmarks/api_bench.py

N ?= 100000
WORKERS ?= 2
BUDGET ?= 3600
scale: install var  ## Scale run on PostgreSQL: N articles (100000) imported, aligned by WORKERS (2), measured (docs/scale.md)
	$(PYTHON) benchmarks/scale/run.py --articles $(N) --workers $(WORKERS) --align-budget $(BUDGET) $(SCALE_ARGS)

load: runtime  ## Load test: gunicorn (production settings) on PostgreSQL, wrk at 16 connections (README)
	$(PYTHON) ops/load.py $(LOAD_ARGS)

scan: runtime  ## Web vulnerability scan (wapiti) of gunicorn with production settings (README)
	bash ops/scan.sh

clean:  ## Remove the virtual environment and local database
	rm -rf $(VENV) var
