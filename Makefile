# Quick start: `make serve` (install, build, serve) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)

.PHONY: install build validate serve test clean java

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP) java

java:  ## HermiT (owlready2) needs a Java runtime
	@command -v java >/dev/null || { echo "Java not found: installing default-jre-headless"; \
	  apt-get update -q && apt-get install -y -q default-jre-headless; }

build: install
	$(BIN)/milcoop build

validate: install
	$(BIN)/milcoop validate

serve: install
	$(BIN)/milcoop serve

test: install
	$(BIN)/pytest

clean:
	rm -rf build
