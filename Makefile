# Two entry points for people: `make run` (open the app on the samples) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench eval samples clean bundle

$(BIN)/plancompare: pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

run: $(BIN)/plancompare
	$(BIN)/plancompare-gui samples/hanoi-kh285.html samples/haiphong-kh298.docx samples/backan-kl51.txt

test: $(BIN)/plancompare
	$(BIN)/ruff check comparer desktop tests bench docs packaging
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

eval: $(BIN)/plancompare
	$(PY) ../shared/eval/evaluate.py passages --gold ../shared/eval/dev-passages.jsonl --cmd "$(BIN)/plancompare classify"
	$(PY) ../shared/eval/evaluate.py coverage --gold ../shared/eval/dev-coverage.json --plans-dir ../shared/seeds --cmd "$(BIN)/plancompare compare --json -"

bench: $(BIN)/plancompare
	$(BIN)/python bench/run.py

# A one-folder app (window and CLI) built by PyInstaller from packaging/plancompare.spec; the same
# spec builds the Windows bundle on a Windows machine (see the comment at its top).
bundle: $(BIN)/plancompare
	$(BIN)/pip install -q -e '.[test,bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/plancompare.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
