# Two entry points for a fresh machine; see README.md.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check

.PHONY: demo test lint docs browser

$(PY):
	python3 -m venv $(VENV)

demo: $(PY)
	$(PIP) -e '.[web]'
	$(VENV)/bin/frontwatch demo

browser:
	@command -v chromium >/dev/null || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

lint: $(PY)
	$(PY) -m ruff check frontwatch tests scripts
	$(PY) -m mypy

docs: $(PY)
	$(PY) scripts/cli_docs.py > docs/cli.md

test: $(PY) browser
	$(PIP) -e '.[test]'
	$(MAKE) lint
	$(PY) -m pytest -q
	$(PY) scripts/eval_gate.py
