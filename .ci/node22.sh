# Sourced by .ci/run: puts Node.js 22 LTS (>= 22.12, package.json "engines") first on PATH when the machine's
# node is older or missing. The npm registry carries Node's Linux builds as the package node-linux-<arch>
# (bin/node only); it is unpacked into a cache folder kept between runs, and npm is then run by that node.
# Alone: `. .ci/node22.sh && node --version && npm version --json`.

# Whether the given node (default: the one on PATH) is 22.12 or newer.
node_is_22() {
  local node="${1:-node}"
  command -v "$node" >/dev/null 2>&1 &&
    "$node" -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

use_node22() {
  if node_is_22; then return 0; fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "ci: Node.js 22 is needed and there is no npm to fetch it with: install Node.js 22 LTS" >&2
    return 1
  fi
  local arch
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "ci: no Node.js 22 package for $(uname -m): install Node.js 22 LTS" >&2; return 1 ;;
  esac
  local dir="${NODE22_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/recovery-desk/node22-$arch}"
  if ! node_is_22 "$dir/bin/node"; then
    echo "ci: node $(node --version 2>/dev/null || echo missing) is older than 22.12; fetching node-linux-$arch@22 from the npm registry into $dir"
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-$arch@22" >/dev/null) || { rm -rf "$tmp"; return 1; }
    rm -rf "$dir" && mkdir -p "$dir"
    tar -xzf "$tmp"/node-linux-"$arch"-*.tgz -C "$dir" --strip-components=1
    rm -rf "$tmp"
  fi
  # npm itself is a script of the old install: a wrapper runs its CLI under the new node, whatever its shebang.
  local npm_cli npx_cli
  npm_cli="$(readlink -f "$(command -v npm)")"
  [ "$(basename "$npm_cli")" = npm-cli.js ] || npm_cli="$(npm root -g)/npm/bin/npm-cli.js"
  [ -f "$npm_cli" ] || { echo "ci: cannot find npm's npm-cli.js (tried $npm_cli)" >&2; return 1; }
  npx_cli="$(dirname "$npm_cli")/npx-cli.js"
  mkdir -p "$dir/npm-bin"
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$dir/bin/node" "$npm_cli" >"$dir/npm-bin/npm"
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$dir/bin/node" "$npx_cli" >"$dir/npm-bin/npx"
  chmod +x "$dir/npm-bin/npm" "$dir/npm-bin/npx"
  export PATH="$dir/npm-bin:$dir/bin:$PATH"
  hash -r
  node_is_22 || { echo "ci: $dir/bin/node is not Node.js >= 22.12" >&2; return 1; }
  local npm_node
  npm_node="$(npm version --json | node -e 'let s = ""; process.stdin.on("data", (c) => (s += c)).on("end", () => console.log(JSON.parse(s).node))')"
  case "$npm_node" in
    22.*) ;;
    *) echo "ci: npm runs under node $npm_node, not 22" >&2; return 1 ;;
  esac
}
