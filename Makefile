# Puskesos Desktop. Quick start: `make run` (program on a demo database), `make test` (the whole suite).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB := demo/puskesos-demo.sqlite3

.PHONY: run test checks test-postgres pins lint typecheck deadcode pytest demo dist screenshots bench soak baseline translations clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Butuh Python 3.11 ($(PYTHON)); pasang: sudo apt-get install python3.11 python3.11-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml constraints.txt
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

translations: $(STAMP)
	$(PY) scripts/build_translations.py

$(DEMO_DB): | $(STAMP)
	@mkdir -p demo
	$(PY) main.py demo --db $(DEMO_DB) --residents 3000 --seed 1

run: $(STAMP) translations $(DEMO_DB)
	$(PY) main.py --db $(DEMO_DB)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(MAKE) $(DEMO_DB)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# vulture over product, tests and scripts; vulture_whitelist.py lists what only Qt, SQLAlchemy, pytest… call.
deadcode: $(STAMP)
	$(VENV)/bin/vulture

# Every test process (the xdist workers, each command a test starts as a real process) imports the program: let the
# first compile it for the others (PYTHONDONTWRITEBYTECODE, set on some machines, made each process compile ~60,000
# lines again and pytest rewrite every test module again: collecting took 17 CPU-s a worker instead of 7).
TEST_ENV := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=

# Coverage of core/ and services/ ([tool.coverage] in pyproject.toml): below the floor fails the run. The tests that
# drive the window run untraced (tests/helpers/coverage_scope.py: the tracer cost them ~50 % more CPU, and the floor
# holds without them); `make pytest COVERAGE_ALL=1` measures them too.
COVERAGE_ALL ?=
pytest: $(STAMP) translations
	$(TEST_ENV) PUSKESOS_COVERAGE_ALL=$(COVERAGE_ALL) $(VENV)/bin/pytest -n 2 --dist worksteal -m "not slow" --cov --cov-report=term

pins: $(STAMP)
	$(PY) scripts/check_pins.py

# The checks (ruff, the pins, mypy, vulture: ~40 CPU-s on one core, mypy most of it with a cold cache) run beside the
# suite instead of before it: started first, the suite keeps both cores busy, and the checks fill the gaps its two
# workers leave (while they start up and at the end). Every check runs even when one fails (--keep-going); a failing
# check still fails `make test`, after the suite.
checks: lint pins typecheck deadcode

test: $(STAMP)
	$(MAKE) --no-print-directory --keep-going -j2 pytest checks

# The suite against a running PostgreSQL server (it starts nothing itself; .ci/run does):
# PUSKESOS_TEST_PG=postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB, a role with CREATEDB. Every test gets a database
# of its own made from a migrated template; tests marked sqlite_only (they read the SQLite file) are skipped.
PG_TESTS ?= not slow
test-postgres: $(STAMP) translations
	@test -n "$$PUSKESOS_TEST_PG" || { echo "Setel PUSKESOS_TEST_PG=postgresql+psycopg://pengguna:sandi@host/db"; exit 1; }
	$(TEST_ENV) $(VENV)/bin/pytest -n 2 --dist worksteal -m "$(PG_TESTS)"

baseline: $(STAMP)
	$(PY) scripts/regen_baseline.py

# The one-folder bundle (installer/puskesos.spec) in dist/puskesos/, then the built program's self-test, a demo
# village and printed documents (scripts/check_bundle.py). The Windows installer: installer/README.md.
dist: $(STAMP) translations
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/puskesos.spec
	$(PY) scripts/check_bundle.py dist/puskesos/puskesos

screenshots: $(STAMP) translations
	$(PY) scripts/screenshots.py

bench: $(STAMP)
	$(PY) -m pip install --quiet -c constraints.txt -e '.[bench]'
	$(PY) main.py bench

soak: $(STAMP)
	$(PY) main.py soak --kills 200

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .coverage
