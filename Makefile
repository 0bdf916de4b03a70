# Serverless privacy & compliance bundle: local cloud, tests, benchmarks, build and deploy.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHECKOV := $(VENV)/checkov/bin/checkov
SAM := $(VENV)/sam/bin/sam
AWS_CLI := $(BIN)/aws
# sam build needs the Lambda runtime's Python (3.13) on PATH; pyenv keeps one out of the shims' way.
PY313_BIN := $(shell (pyenv prefix 3.13 2>/dev/null || dirname "$$(command -v python3.13 2>/dev/null)") | head -n 1)/bin
export SAM_CLI_TELEMETRY := 0
PORT ?= 3000
AWS_PORT ?= 5000
# Template parameters for `make run`, as `sam --parameter-overrides` takes them; read by privacy-local
# from the environment, so JSON values need no make quoting.
export PARAMETER_OVERRIDES

.DEFAULT_GOAL := help
.PHONY: help install run trigger token test lint bench backtest validate build deploy clean person-model person-model-loco medical-model medical-model-loco

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements-dev.txt layers/privacykit/requirements.txt
	@echo "make install: setting up $(VENV) (a few minutes the first time; later runs skip it)"
	@echo "  [1/4] creating $(VENV) with $$($(PYTHON) --version)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet --upgrade pip
	@echo "  [2/4] installing the layer's and the tools' packages (requirements-dev.txt; the longest step)"
	@$(BIN)/pip install --quiet -r requirements-dev.txt
	@echo "  [3/4] installing this repository in editable mode (privacy-local, privacy-audit, privacy-scan)"
	@$(BIN)/pip install --quiet --no-deps -e .
	@# checkov pins its own versions of boto3 and friends: it gets a venv of its own inside .venv
	@echo "  [4/4] installing checkov into a venv of its own ($(VENV)/checkov: it pins its own boto3)"
	@$(PYTHON) -m venv $(VENV)/checkov
	@$(VENV)/checkov/bin/pip install --quiet --upgrade pip
	@$(VENV)/checkov/bin/pip install --quiet checkov==3.3.30
	@touch $(STAMP)
	@echo "make install: done ($(VENV))"

# Start-up work done here once instead of at every start of a scan (detection/prebuilt.py): the keyword
# automaton's tables and the compiled patterns. The detector reads them only when they match its sources (the
# tables) or its interpreter (the patterns), and otherwise does the work as before.
DETECTION := layers/privacykit/privacykit/domain/detection
PREBUILT := $(DETECTION)/data/keywords.tables
$(PREBUILT): $(STAMP) $(shell find $(DETECTION) -name '*.py') $(wildcard $(DETECTION)/data/*.t[sx][vt])
	@$(BIN)/python -c "from privacykit.domain.detection.prebuilt import write; write()"

# The README's walk-through looks at the local resources with the AWS CLI. Version 1 is on PyPI; it pins its own
# botocore, so it gets a venv of its own, linked in as .venv/bin/aws.
$(AWS_CLI): | $(STAMP)
	@echo "make install: the AWS CLI into a venv of its own ($(VENV)/awscli: it pins its own botocore)"
	@$(PYTHON) -m venv $(VENV)/awscli
	@$(VENV)/awscli/bin/pip install --quiet awscli==1.45.11
	@ln -sf ../awscli/bin/aws $(AWS_CLI)

install: $(STAMP) $(PREBUILT) $(AWS_CLI) ## create .venv with everything (both other targets call it)

run: install ## serve the whole bundle on 127.0.0.1 (API on PORT, moto on AWS_PORT, PARAMETER_OVERRIDES as for sam); Ctrl-C stops it
	@$(BIN)/privacy-local run --port $(PORT) --aws-port $(AWS_PORT)

trigger: install ## run a schedule of the running local cloud now: make trigger SCHEDULE=AuditSealFunction (none lists them)
	@$(BIN)/privacy-local trigger $(SCHEDULE)

token: install ## print a bearer token: make token TENANT=acme GROUPS=privacy_officer SUB=u-1 [MFA_AGE=60]
	@$(BIN)/privacy-local token --tenant "$(or $(TENANT),acme)" --sub "$(or $(SUB),u-1)" --groups "$(GROUPS)" $(if $(MFA_AGE),--mfa-age $(MFA_AGE))

lint: install ## ruff, mypy, import contracts, cfn-lint and checkov on the template
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy layers/privacykit/privacykit localcloud
	$(BIN)/lint-imports
	# one module at a time: every function folder has an app.py (and maybe other handler modules)
	for module in functions/*/*.py; do $(BIN)/mypy $$module || exit 1; done
	$(BIN)/cfn-lint template.yaml
	$(CHECKOV) --quiet --compact --skip-download --framework cloudformation --config-file .checkov.yaml -f template.yaml

test: install lint ## lint, then every test (unit, property, integration through the local HTTP API)
	$(BIN)/pytest -n 2 --dist loadfile

bench: install ## print the measured figures, then a table of figure, goal and measured (logs: .local/bench.log)
	@$(BIN)/python bench/run.py

backtest: install ## every earlier detector scored on the newest tune sets: what each pass gained on data it never saw
	@$(BIN)/python bench/backtest_classify.py

person-model: install ## retrain the person-name tagger from the tune corpora (detection/data/person_tagger.json; deterministic)
	$(BIN)/python bench/train_person_model.py

person-model-loco: install ## leave-one-corpus-out table of the person-name tagger against the rules alone
	$(BIN)/python bench/person_model_loco.py --thresholds 0.95,0.9,0.97

medical-model: install ## retrain the judge of medical mentions through holdout43 (detection/data/medical_model.json; deterministic)
	$(BIN)/python bench/train_medical_model.py --through 43

medical-model-loco: install ## leave-one-corpus-out (holdout24-33) and outside (holdout34-38) tables of the medical judge
	$(BIN)/python bench/medical_model_loco.py --pairs 0.1:0.95,0.05:1.01,0.1:1.01,0.15:1.01 \
		--outside holdout34,holdout35,holdout36,holdout37,holdout38

$(SAM):
	$(PYTHON) -m venv $(VENV)/sam
	$(VENV)/sam/bin/pip install --quiet aws-sam-cli==1.170.0

validate: $(SAM) ## sam validate --lint (the SAM CLI gets a venv of its own inside .venv)
	$(SAM) validate --lint --region us-east-1

build: $(SAM) ## sam build for python3.13 on arm64 into .aws-sam/
	PATH="$(PY313_BIN):$$PATH" $(SAM) build --parallel

deploy: build ## sam deploy --guided into your AWS account
	$(SAM) deploy --guided

clean: ## remove the venv, build output and local state
	rm -rf $(VENV) .aws-sam .local .mypy_cache .ruff_cache
