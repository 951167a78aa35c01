# crosswire: `make demo` sets up and runs the bundled demo; `make test` runs the test suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: install demo test lint browser eval clean

$(BIN)/crosswire: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/crosswire

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/crosswire ingest demo/articles --db $(DEMO_DB)
	$(BIN)/crosswire incidents --db $(DEMO_DB)

# Headless Chromium for the browser tests: Debian's package (no browser downloads at run time).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
				|| echo "warning: could not install chromium; the browser tests will be skipped"; \
		else echo "chromium not found: install Debian's chromium package to run the browser tests"; fi; }

lint: install
	$(BIN)/ruff check src tests

test: install browser lint
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/crosswire bench accuracy

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info .pytest_cache $(DEMO_DB)
