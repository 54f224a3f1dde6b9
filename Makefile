# dangol — quick start: `make run`, then `make test`.
#
# Every target installs what it needs first (as root, or through sudo), so a fresh Debian
# machine with Swift needs nothing else.

SWIFT       ?= swift
BIN_DIR      = $(shell $(SWIFT) build --show-bin-path)
DANGOL       = $(BIN_DIR)/dangol
# A release build, as a server runs it: the Swift runtime and Foundation linked into the binary,
# which then starts in about half the time and needs no toolchain libraries (README).
RELEASE      = $(SWIFT) build -c release --static-swift-stdlib
RELEASE_BIN  = $(shell $(RELEASE) --show-bin-path)
# make run works on a copy, so the tracked sample in Data/ never changes.
RUN_DATA     = .build/sample-data
SUDO         = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# What dangol needs to build and run, and what only the tests need (tmux drives the real
# binary; Chromium and the Korean fonts render the HTML report; python3 reads its PNG; the
# SSH tests start their own sshd on 127.0.0.1).
RUN_PACKAGES  = libncursesw5-dev
TEST_PACKAGES = tmux chromium fonts-noto-cjk python3 python3-pip openssh-server openssh-client mosh
# make bench compares dangol with jq and a Python script.
BENCH_PACKAGES = jq python3

.PHONY: all deps test-deps install build run test stress bench bench-sessions sample check clean demo-server

all: build

## deps, test-deps: install the system packages dangol, or its tests, need when missing.
deps:
	@$(MAKE) --no-print-directory install PACKAGES="$(RUN_PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory install PACKAGES="$(RUN_PACKAGES) $(TEST_PACKAGES)"
	@# openpyxl, the workbook tests' reader of their own (PyPI; a Debian python3 asks to be told it may).
	@python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl 2>/dev/null \
	  || python3 -m pip install --quiet --break-system-packages openpyxl

install:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## build: compile dangol (debug).
build: deps
	$(SWIFT) build --product dangol

## run: open dangol on a fresh copy of the sample programme in $(RUN_DATA).
run: build
	@rm -rf $(RUN_DATA) && mkdir -p $(RUN_DATA)
	@cp -R Data/program.json Data/markets $(RUN_DATA)/
	$(DANGOL) --data $(RUN_DATA)

## test: build everything and run every test (unit, command line, multi-process, tmux, Chromium).
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

## demo-server: a throwaway sshd on 127.0.0.1 serving a copy of the sample to three members
## (a tutor of 신영시장, staff of 자양전통시장, an admin); Ctrl-C stops it and removes it all.
demo-server: build
	@$(MAKE) --no-print-directory install PACKAGES="openssh-server openssh-client"
	@bash Tests/demo-server.sh $(DANGOL)

## stress: the fault-injection suite at full length (16 x 100 edits, 200 kills, 500 corruptions,
## 2,000 random dashboard inputs); make test runs the same tests shorter.
stress: test-deps
	$(SWIFT) build --build-tests
	DANGOL_STRESS=long $(SWIFT) test --skip-build --disable-xctest --filter 'StressTests|DashboardFuzz'

## bench: release build, then every benchmark figure, printed and written to bench/results.md.
## The national data (1,400 x 150) is generated once into .build/bench. Its saving-sessions
## rows open 300 dashboards, so it raises the inotify limit as bench-sessions does.
bench: deps
	@$(MAKE) --no-print-directory install PACKAGES="$(BENCH_PACKAGES)"
	$(call allow_sessions,300)
	$(RELEASE) --product dangol
	$(RELEASE) --product dangol-bench
	$(RELEASE_BIN)/dangol-bench --dangol $(RELEASE_BIN)/dangol

## bench-sessions: only the many-sessions rows, with N dashboards (default 300), written to
## bench/results-sessions.md.
N ?= 300
bench-sessions: deps
	$(call allow_sessions,$(N))
	$(RELEASE) --product dangol
	$(RELEASE) --product dangol-bench
	$(RELEASE_BIN)/dangol-bench --dangol $(RELEASE_BIN)/dangol \
	  --sessions-only --sessions $(N) --results bench/results-sessions.md

# $(call allow_sessions,N): raises fs.inotify.max_user_instances to N sessions and some to
# spare when it is lower, as a server for that many sessions must (README), saying so.
define allow_sessions
	@need=$$(( $(1) + 64 )); have=$$(cat /proc/sys/fs/inotify/max_user_instances); \
	if [ "$$have" -lt "$$need" ]; then \
	  echo "$(1) sessions need $$need inotify instances and fs.inotify.max_user_instances is $$have: raising it, as a server for that many sessions must (README)"; \
	  $(SUDO) sysctl -q -w fs.inotify.max_user_instances=$$need || true; \
	fi
endef

## check: validate the shipped sample data.
check: build
	$(DANGOL) check --data Data

## sample: regenerate Data/ from the generator (the result must not differ from what is committed).
sample: build
	rm -rf Data/program.json Data/markets Data/.dangol
	$(DANGOL) sample --out Data

clean:
	rm -rf .build
