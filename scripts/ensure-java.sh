#!/bin/sh
# Make sure Java is there for the Nu Html Checker (vnu.jar); install Debian's when we may.
set -e
command -v java >/dev/null && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's default-jre-headless for the HTML validity check..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
    exit 0
fi
echo "The HTML validity check needs Java: run 'sudo apt-get install default-jre-headless' and then make test again." >&2
exit 1
