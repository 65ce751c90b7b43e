# Shared by scripts/dev, scripts/build, scripts/test and scripts/bench: install what is missing,
# quickly do nothing when everything is there. Sourced, not run.
# Tools go where a new user expects them: cargo tools in ~/.cargo/bin, wasm-opt (npm binaryen)
# and the browser-test packages inside the repo (.tools/, tests/e2e/node_modules), Chromium from
# Debian's packages.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Versions. wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
TRUNK_VERSION_REQ="~0.21"
TRUNK_MINOR="0.21."
BINARYEN_VERSION="132"

[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

need_cmd() {
  command -v "$1" >/dev/null 2>&1 || { echo "error: '$1' is required but not installed ($2)" >&2; exit 1; }
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "error: need root (or sudo) to run: $*" >&2; exit 1
  fi
}

lock_version() { # crate name -> version in Cargo.lock
  awk -v n="$1" '$0=="name = \""n"\"" {getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock"
}

ensure_rust() {
  need_cmd cargo "install Rust from https://rustup.rs"
  need_cmd rustup "install Rust with rustup"
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_wasm_bindgen() {
  local want; want="$(lock_version wasm-bindgen)"
  [ -n "$want" ] || { echo "error: wasm-bindgen not found in Cargo.lock" >&2; exit 1; }
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (about 4 minutes)"
    # Not --locked: one of its locked dependencies is no longer on the registry.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_MINOR"; then
    say "installing trunk $TRUNK_VERSION_REQ (about 12 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION_REQ" --locked --force
  fi
}

ensure_wasm_opt() {
  need_cmd npm "install Node.js and npm"
  if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into .tools/"
    mkdir -p "$ROOT/.tools"
    npm install --prefix "$ROOT/.tools" --no-audit --no-fund --no-save "binaryen@$BINARYEN_VERSION" >/dev/null
  fi
}

# binaryen's wasm-split (docs/size.md, "Code splitting"): npm's binaryen ships no wasm-split, so
# it is built from the binaryen 116 sources that the crate wasm-opt-sys 0.116.0 vendors (crates.io
# is reachable wherever cargo is; the archive's SHA-256 is the one crates.io's index lists).
# About 7 minutes on 2 cores, once; needs cmake and a C++ compiler (installed from Debian's
# packages when missing).
WASM_SPLIT_CRATE="wasm-opt-sys-0.116.0"
WASM_SPLIT_SHA256="8a1cce564dc768dacbdb718fc29df2dba80bd21cb47d8f77ae7e3d95ceb98cbe"
export WASM_SPLIT="$ROOT/.tools/wasm-split/wasm-split"

ensure_wasm_split() {
  if [ -x "$WASM_SPLIT" ] && "$WASM_SPLIT" --version 2>/dev/null | grep -q "version 116"; then return; fi
  say "building binaryen 116's wasm-split from $WASM_SPLIT_CRATE (about 7 minutes on 2 cores)"
  if ! command -v cmake >/dev/null 2>&1 || ! command -v g++ >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y cmake g++ make
  fi
  need_cmd curl "install curl"
  local work; work="$(mktemp -d)"
  curl -sSfL -o "$work/src.crate" "https://static.crates.io/crates/wasm-opt-sys/$WASM_SPLIT_CRATE.crate"
  echo "$WASM_SPLIT_SHA256  $work/src.crate" | sha256sum -c --quiet -
  tar -xzf "$work/src.crate" -C "$work"
  local src="$work/$WASM_SPLIT_CRATE/binaryen"
  # The crate leaves out binaryen's lit tests, which CMake still lists.
  mkdir -p "$src/test/lit" && : > "$src/test/lit/CMakeLists.txt"
  (cd "$work" && mkdir build && cd build &&
    cmake "$src" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTS=OFF -DBUILD_STATIC_LIB=ON -DENABLE_WERROR=OFF >/dev/null &&
    make -j"$(nproc)" wasm-split >/dev/null)
  mkdir -p "$(dirname "$WASM_SPLIT")"
  cp "$work/build/bin/wasm-split" "$WASM_SPLIT"
  rm -rf "$work"
}

ensure_build_tools() {
  ensure_rust
  ensure_wasm_bindgen
  ensure_trunk
  ensure_wasm_opt
}

# A release build also splits the wasm, guided by a profile of the first view taken in Chromium
# (scripts/split.mjs): it needs wasm-split, Chromium and playwright-core too.
ensure_release_tools() {
  ensure_build_tools
  ensure_wasm_split
  ensure_chromium
  ensure_e2e_packages
}

ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    say "installing Chromium and ChromeDriver from Debian's packages"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
  # A CJK font, as every Chinese reader's device has (Android ships Noto Sans CJK): without
  # one, Chinese text is laid out in fallback boxes of other widths, and the browser tests
  # check layout (reflow, no layout shift) in Simplified and Traditional Chinese. A shift that
  # only CJK widths cause was found this way (docs/performance.md).
  if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; then
    say "installing a CJK font (Debian's fonts-noto-cjk) for the browser tests"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-cjk
  fi
}

ensure_e2e_packages() {
  need_cmd npm "install Node.js and npm"
  local dir="$ROOT/tests/e2e" stamp="$ROOT/tests/e2e/node_modules/.qingshan-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    say "installing the browser-test packages (npm ci in tests/e2e)"
    (cd "$dir" && npm ci --no-audit --no-fund >/dev/null)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

# Release build of the static site into dist/ (relative URLs: works under any sub-path).
build_release() {
  say "trunk build --release --offline"
  trunk build --release --offline
}
