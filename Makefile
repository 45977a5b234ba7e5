# The two commands: `make run` and `make test`. Each installs what it is missing first.
# Compiled output goes to a target directory outside the clone, so a fresh clone (and CI)
# reuses what an earlier build compiled.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export CARGO_TARGET_DIR ?= $(HOME)/.cache/forsamling/target
CARGO_LEPTOS_VERSION := 0.3.10
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
# wasm-opt for the release build. Debian's binaryen (108) rewrites the browser bundle so that
# it fails to start (wasm-bindgen's table of JavaScript values becomes a function table);
# binaryen's own npm build is current and works.
BINARYEN_VERSION := 132.0.0
# Lighthouse for `make bench` (mobile performance of the public pages). 12.8 is the last
# line that runs on Node.js 20; 13 needs 22.19.
LIGHTHOUSE_VERSION := 12.8.2
TOOLS := $(HOME)/.cache/forsamling/tools
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SITE_ROOT := $(CURDIR)/target/site
PG_ADMIN_URL ?= postgres://postgres@127.0.0.1:5432/postgres
# The end-to-end tests' server is built by plain cargo with the flags cargo-leptos gives a
# debug build (`--cfg erase_components`, which the browser bundle's hydration must match),
# so that it is the very build the Rust tests made. Built by cargo-leptos instead, it
# resolved its dependencies' features without the tests' dev-dependencies and overwrote
# app and server in the shared target directory: `make test` compiled them two or three
# extra times.
DEBUG_ENV := RUSTFLAGS="--cfg erase_components"

.PHONY: help setup run test test-setup test-rust test-e2e build-debug lint bench

help:
	@echo "make run    build and serve the platform with demo data at http://127.0.0.1:3000"
	@echo "make test   run every test (unit, integration on SQLite and PostgreSQL, end-to-end)"
	@echo "make lint   cargo fmt --check and clippy"
	@echo "make bench  measure the release build at real size beside nginx (see README)"

# --- installation -------------------------------------------------------------------------

setup:
	@echo "==> Checking the build tools"
	@rustup target list --installed | grep -q '^wasm32-unknown-unknown$$' || { \
	  echo "==> Adding the wasm32-unknown-unknown Rust target"; \
	  rustup target add wasm32-unknown-unknown; }
	@if ! cargo leptos --version 2>/dev/null | grep -q "$(CARGO_LEPTOS_VERSION)"; then \
	  echo "==> Installing cargo-leptos $(CARGO_LEPTOS_VERSION) (the first time takes about 25 minutes)"; \
	  cargo install cargo-leptos@$(CARGO_LEPTOS_VERSION) --locked --features no_downloads; fi
	@if ! wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN_VERSION)"; then \
	  echo "==> Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 5 minutes)"; \
	  cargo install wasm-bindgen-cli@$(WASM_BINDGEN_VERSION); fi
	@if ! "$(TOOLS)/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version $(firstword $(subst ., ,$(BINARYEN_VERSION)))"; then \
	  echo "==> Installing binaryen $(BINARYEN_VERSION) (wasm-opt) from npm into $(TOOLS)"; \
	  mkdir -p "$(TOOLS)" && npm install --prefix "$(TOOLS)" --no-audit --no-fund --loglevel=error binaryen@$(BINARYEN_VERSION); fi

test-setup: setup
	@command -v chromium >/dev/null || { \
	  echo "==> Installing Chromium from Debian for the end-to-end tests"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@echo "==> Installing the end-to-end test packages (npm ci)"
	@cd end2end && npm ci --no-audit --no-fund --loglevel=error

# --- running --------------------------------------------------------------------------------

run: setup
	@echo "==> Building a release build (the first time takes 10 minutes or more)"
	PATH="$(TOOLS)/node_modules/.bin:$$PATH" cargo leptos build --release --precompress
	@echo "==> Starting forsamling with an embedded SQLite database in ./data"
	FORSAMLING_SITE_ROOT=$(SITE_ROOT) "$(CARGO_TARGET_DIR)/release/server" serve --demo

# --- testing --------------------------------------------------------------------------------

test: test-setup lint test-rust test-e2e
	@echo "==> All tests passed"

test-rust:
	@if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then \
	  echo "==> PostgreSQL answers on 127.0.0.1:5432: storage tests run on SQLite and PostgreSQL"; \
	else \
	  echo "==> PostgreSQL is not reachable on 127.0.0.1:5432: its tests will be SKIPPED (REQUIRE_POSTGRES=1 makes that a failure)"; \
	fi
	@echo "==> Unit and integration tests"
	PG_ADMIN_URL=$(PG_ADMIN_URL) $(DEBUG_ENV) cargo test --workspace --locked

build-debug:
	@echo "==> Building the site and the tests' mail server for the end-to-end tests"
	cargo leptos build --frontend-only
	$(DEBUG_ENV) cargo build -p server --bin server --example mailbox --locked

test-e2e: build-debug
	@echo "==> End-to-end tests in headless Chromium"
	cd end2end && SERVER_BIN="$(CARGO_TARGET_DIR)/debug/server" MAILBOX_BIN="$(CARGO_TARGET_DIR)/debug/examples/mailbox" SITE_ROOT=$(SITE_ROOT) npx playwright test

lint:
	@echo "==> rustfmt and clippy (server and browser builds)"
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy -p app --lib --target wasm32-unknown-unknown --features hydrate --locked -- -D warnings

# --- benchmark (never run by CI) ------------------------------------------------------------

bench: setup
	@[ -x /usr/sbin/nginx ] || { \
	  echo "==> Installing nginx from Debian, the static file server the pages are measured beside"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light \
	  || $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; }
	@command -v chromium >/dev/null || { \
	  echo "==> Installing Chromium from Debian for Lighthouse"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@"$(TOOLS)/node_modules/.bin/lighthouse" --version 2>/dev/null | grep -qx "$(LIGHTHOUSE_VERSION)" || { \
	  echo "==> Installing Lighthouse $(LIGHTHOUSE_VERSION) from npm into $(TOOLS)"; \
	  mkdir -p "$(TOOLS)" && npm install --prefix "$(TOOLS)" --no-audit --no-fund --loglevel=error lighthouse@$(LIGHTHOUSE_VERSION); }
	@echo "==> Building the release build and the benchmark"
	PATH="$(TOOLS)/node_modules/.bin:$$PATH" cargo leptos build --release --precompress
	cargo build --release -p server --example bench --locked
	@echo "==> Measuring (about 15 minutes; BENCH_SECONDS and BENCH_SIZES make it shorter)"
	BENCH_SITE=$(SITE_ROOT) PG_ADMIN_URL=$(PG_ADMIN_URL) "$(CARGO_TARGET_DIR)/release/examples/bench"
