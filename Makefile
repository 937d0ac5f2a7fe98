# The project's vocabulary. `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
# No network at run time: Rasa must not try to send telemetry.
export RASA_TELEMETRY_ENABLED := false

BIN := .venv/bin
INSTALLED := .venv/.installed
MODEL := models/assistant.tar.gz
TRAINING_INPUTS := config.yml domain.yml $(shell find data -name "*.yml" 2>/dev/null) $(wildcard bot/nlu/*.py)

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml constraints.txt bin/setup-venv bin/find-python
	bin/setup-venv
	touch $@

install: $(INSTALLED) ## create .venv with Python 3.10 and the pinned packages

$(MODEL): $(INSTALLED) $(TRAINING_INPUTS)
	$(BIN)/rasa train --fixed-model-name assistant --out models
	touch $@

train: $(MODEL) ## train the model when data or config changed (Rasa's cache reuses unchanged parts)

validate: $(INSTALLED) ## check the training data and domain (warnings fail)
	$(BIN)/rasa data validate --fail-on-warnings

run: $(MODEL) ## start the action server, the Rasa server (REST on :5005) and a console chat
	bin/run

redis: ## make sure redis-server is installed (the Redis tests start their own)
	bin/ensure-redis

test: lint validate redis $(MODEL) ## lint, validate, train, run every test (pytest, then Rasa test stories)
	$(BIN)/pytest
	$(BIN)/rasa test core --stories tests/test_stories.yml --model $(MODEL) --fail-on-prediction-errors --out results

lint: $(INSTALLED) ## check the Python code (ruff: errors, unused names, import order)
	$(BIN)/ruff check bot actions bench tests

bench: $(INSTALLED) ## print NLU figures per language on a held-out split (trains its own model; minutes; BENCH_ARGS="--more-splits 2" adds two more splits)
	$(BIN)/python -m bench.nlu $(BENCH_ARGS)

.PHONY: help install train validate redis run test lint bench
