#!/usr/bin/env bash
# The bundle job: build the PyInstaller one-folder bundle for this platform and run it as a
# user would (tests/packaging/test_bundle.py). Separate from .ci/run because a build takes
# minutes; run it before a release and whenever packaging/ or dependencies change.
#
#     bash packaging/ci-bundle.sh            # from anywhere; needs python3 >= 3.11
#
# Uses the developer venv (.venv, via dev.py) for pytest and packaging/.build-venv for the
# build. On Debian-like systems as root, installs the X/xcb libraries the bundled Qt loads.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    missing=()
    for pkg in libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 \
               libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
               libxcb-shape0 libxcb-xkb1 libxcb-randr0; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
fi

started=$(date +%s)
CLAIMDESK_BUILD_BUNDLE=1 python3 dev.py test tests/packaging -v -s "$@"
echo "bundle job: $(( $(date +%s) - started )) s"
