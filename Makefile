# Two commands matter: `make run` and `make test`. Each sets up what is missing first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
EXAMPLE := resources/examples/redis-cache-invalidation.diagram.json
# Interface catalogues: the .ts sources are committed, the .qm files are built here (never stale: tests compare).
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard translations/diagram_editor_*.ts))
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint format setup system-deps schema bench clean translations translations-qm

run: setup
	@$(PY) -m editor $(EXAMPLE)

test: setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

setup: system-deps $(STAMP) $(QM_FILES)

system-deps:
	@sh packaging/install-system-packages.sh packaging/system-packages.txt

$(STAMP): pyproject.toml packaging/constraints.txt
	@test -x $(PY) || $$(sh packaging/find-python.sh) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade "pip>=24"
	$(PY) -m pip install -q -c packaging/constraints.txt -e ".[test,dev]"
	@touch $(STAMP)

lint: $(STAMP)
	$(VENV)/bin/ruff check editor tests benchmarks translations
	$(VENV)/bin/ruff format --check editor tests benchmarks translations
	$(VENV)/bin/mypy editor
	$(VENV)/bin/lint-imports

format: $(STAMP)
	$(VENV)/bin/ruff format editor tests benchmarks translations
	$(VENV)/bin/ruff check --fix editor tests benchmarks translations

# Refresh every translations/diagram_editor_<lang>.ts from the strings marked in editor/ (pyside6-lupdate).
translations: $(STAMP)
	$(PY) -m translations.catalog update

translations-qm: $(QM_FILES)

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

schema: $(STAMP)
	$(PY) -m editor schema > resources/diagram.schema.json

# docs/images/example-{de,ja,zh-Hans,ar,he}.{png,svg} from the reviewed translations in docs/translations/*.xlf,
# and the whiteboard close-ups docs/images/whiteboard-{ja,zh-Hans,ar}.png.
.PHONY: docs-images
docs-images: setup
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_images.py

bench: setup
	@sh packaging/install-system-packages.sh packaging/system-packages.txt packaging/bench-packages.txt
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache

# Desktop integration for the current user (~/.local/share): launcher, icons, *.diagram.json type.
# DESKTOP_EXEC picks what the launcher runs, e.g. the bundle: make install-desktop DESKTOP_EXEC=$(CURDIR)/dist/diagram-editor/diagram-editor
DESKTOP_EXEC ?= $(CURDIR)/$(VENV)/bin/diagram-editor
.PHONY: install-desktop uninstall-desktop icons

install-desktop: setup
	@sh packaging/install-desktop.sh install --exec "$(DESKTOP_EXEC)"

uninstall-desktop:
	@sh packaging/install-desktop.sh uninstall

icons:
	sh packaging/render-icons.sh

# A one-folder PyInstaller bundle at dist/diagram-editor/ (PyInstaller pinned in packaging/dist-requirements.txt;
# setup compiles the .qm files it ships),
# and a check that the built bundle runs headless and opens its window under Xvfb (report in build/dist-check/).
.PHONY: dist dist-check

# DIST_DIR and BUILD_DIR let the test suite build a bundle in a scratch folder.
DIST_DIR ?= dist
BUILD_DIR ?= build

dist: setup
	@sh packaging/install-system-packages.sh packaging/system-packages.txt packaging/dist-packages.txt
	$(PY) -m pip install -q -c packaging/constraints.txt -r packaging/dist-requirements.txt
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath $(DIST_DIR) --workpath $(BUILD_DIR)/pyinstaller packaging/diagram-editor.spec
	@echo "$(DIST_DIR)/diagram-editor: $$(du -sh $(DIST_DIR)/diagram-editor | cut -f1)"

dist-check:
	@sh packaging/install-system-packages.sh packaging/system-packages.txt packaging/dist-packages.txt
	@test -x $(DIST_DIR)/diagram-editor/diagram-editor || $(MAKE) dist
	bash packaging/check-dist.sh $(DIST_DIR)/diagram-editor $(BUILD_DIR)/dist-check
