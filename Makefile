# Everyday tasks. The two README commands (scripts/run-app, scripts/run-tests) need no make.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint typecheck bench package deb translations icons clean

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

# the bundle as a .deb in the UOS application layout (opt/apps/<appid>/…), built offline
deb: package
	packaging/linux/make-deb.sh dist/ogi-report dist $$($(PY) -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

translations:
	./scripts/update-translations

icons:
	./scripts/render-icons

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache
