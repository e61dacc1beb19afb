#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program under a private D-Bus session with its own unlocked gnome-keyring
# (a real Secret Service), in a throw-away home, so the user's keyring is never touched.
# Both end with the session when the test exits.
set -eu
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
HOME="$home" XDG_RUNTIME_DIR="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    dbus-run-session -- sh -c \
    'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@"
