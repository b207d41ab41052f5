# Two entry points: `make demo` and `make test`. Both create the virtualenv when needed.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test setup bench clean vscode

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[all,dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/segdsl demo examples

# The VS Code extension is built when npm is there (.ci/run installs it): its tests need it.
test: $(STAMP) $(if $(shell command -v npm),vscode)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

VSCODE := editors/vscode
vscode: $(VSCODE)/segdsl.vsix

$(VSCODE)/segdsl.vsix: $(addprefix $(VSCODE)/,package.json package-lock.json extension.js language-configuration.json syntaxes/segdsl.tmLanguage.json README.md)
	cd $(VSCODE) && npm ci --no-audit --no-fund --loglevel=error && npx vsce package --out segdsl.vsix

clean:
	rm -rf $(VENV) $(VSCODE)/node_modules $(VSCODE)/segdsl.vsix examples/data examples/models examples/out examples/.segdsl benchmarks/data
