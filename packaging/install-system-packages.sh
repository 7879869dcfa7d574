#!/bin/sh
# Installs the Debian packages listed in the given files that are missing.
# As root it runs apt-get; otherwise it prints the one command to run and fails.
set -eu
missing=""
for list in "$@"; do
    for package in $(grep -v '^#' "$list"); do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
    done
done
python=$(sh "$(dirname "$0")/find-python.sh")
"$python" -c 'import venv, ensurepip' 2>/dev/null || missing="$missing python3-venv"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "Missing system packages. Run as root:  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
echo "Installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing >/dev/null
