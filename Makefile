# Quick start: `make serve` (install, build, serve) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)

.PHONY: install build validate serve test test-deps clean java chromium vendor

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP) java

test-deps: chromium

java:  ## HermiT (owlready2) needs a Java runtime
	@command -v java >/dev/null || { echo "Java not found: installing default-jre-headless"; \
	  apt-get update -q && apt-get install -y -q default-jre-headless; }

build: install
	$(BIN)/milcoop build

validate: install
	$(BIN)/milcoop validate

serve: install
	$(BIN)/milcoop serve

chromium:  ## the browser tests drive Debian's Chromium (no browser download)
	@command -v chromium >/dev/null || { echo "Chromium not found: installing Debian's chromium"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

test: install test-deps
	$(BIN)/pytest

vendor:  ## refresh the query UI (YASGUI) served from server/static/vendor
	cd /tmp && rm -rf yasgui-pack && mkdir yasgui-pack && cd yasgui-pack && npm pack @zazuko/yasgui@4.6.2 && tar xzf *.tgz
	cp /tmp/yasgui-pack/package/build/yasgui.min.js /tmp/yasgui-pack/package/build/yasgui.min.css server/static/vendor/yasgui/

clean:
	rm -rf build
