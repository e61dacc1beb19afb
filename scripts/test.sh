#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything (warnings are errors) and runs every test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages
build_parkett -DPARKETT_BUILD_TESTS=ON -DPARKETT_BUILD_BENCH=ON -DPARKETT_WERROR=ON
cd "$PARKETT_BUILD"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)"
