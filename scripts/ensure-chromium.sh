#!/bin/sh
# Make sure Debian's Chromium is there for the browser tests; install it when we may.
set -e
# CHROMIUM may name another Chromium-based browser (CI runners ship Google Chrome).
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium package for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    exit 0
fi
echo "The browser tests need Chromium: run 'sudo apt-get install chromium' and then make test again." >&2
exit 1
