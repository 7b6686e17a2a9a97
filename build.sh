#!/usr/bin/env bash
# Comptoir's two commands (see README.md):
#   ./build.sh start   install what is missing, build, create the demo shop if needed, launch Comptoir on it
#   ./build.sh test    install what is missing, build, run every test (what CI runs)
# Other verbs: deps (install only), build (install and build), bench DB (benchmarks on a shop file).
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 packages: the toolchain and Qt 6.4 modules the project builds with, what the tests
# need to run headless (the offscreen platform, a font, the sqlite3 shell used as a reference);
# customer mail: GMime for MIME, libxml2 to turn HTML mail into text, libcurl for SMTP and IMAP, and the
# real servers the mail tests start on loopback (Dovecot, aiosmtpd, openssl for their certificate).
PACKAGES=(
    g++ cmake ninja-build git pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libzxing-dev libgl-dev
    sqlite3 fonts-dejavu-core
    libgmime-3.0-dev libxml2-dev libcurl4-openssl-dev dovecot-imapd python3-aiosmtpd openssl
)
BUILD_DIR=${COMPTOIR_BUILD_DIR:-build}
JOBS=${COMPTOIR_JOBS:-$(nproc)}

install_missing() {
    local missing=() package
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    install_missing
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CI:+-DCOMPTOIR_WERROR=ON}
    cmake --build "$BUILD_DIR" --parallel "$JOBS"
}

case "${1:-}" in
deps)
    install_missing
    ;;
build)
    build
    ;;
start)
    build
    if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found: run this from a desktop session (or set QT_QPA_PLATFORM)." >&2
        exit 1
    fi
    # --demo creates the demo shop in the user's data folder the first time, then opens it.
    exec "$BUILD_DIR/bin/comptoir" --demo
    ;;
test)
    build
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$JOBS" --timeout 900
    ;;
bench)
    build
    shop=${2:?usage: ./build.sh bench SHOP.db}
    "$BUILD_DIR/tests/bench/bench_open" "$shop" 7
    ;;
*)
    echo "usage: ./build.sh start | test | build | deps | bench SHOP.db" >&2
    exit 2
    ;;
esac
