# Everyday tasks. The two README commands (scripts/run-app, scripts/run-tests) need no make.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint typecheck bench package translations icons clean

run:
	./scripts/run-app

test:
	./scripts/run-tests

lint:
	$(VENV)/bin/ruff check .

typecheck:
	$(VENV)/bin/mypy

bench:
	./scripts/run-benchmarks

package:
	./scripts/build-package

translations:
	./scripts/update-translations

icons:
	./scripts/render-icons

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache
