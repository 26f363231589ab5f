#!/usr/bin/env bash
# Build the self-contained Linux app folder dist/minutesapp/ with PyInstaller, then smoke-test it.
#
#     packaging/build_linux.sh            # build + smoke test (a few minutes)
#     packaging/build_linux.sh --no-test  # build only
#
# PyInstaller is a build tool, not a dependency of the app: it lives in a separate build
# environment (build/venv, or $MINUTESAPP_BUILD_VENV) with the project's `build` extra.
# Afterwards `packaging/linux/install.sh` installs the folder into ~/.local.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_TESTS=1
[ "${1:-}" = "--no-test" ] && RUN_TESTS=0

# The Debian libraries Qt loads (for the smoke test) and the build environment.
MINUTESAPP_VENV="${MINUTESAPP_BUILD_VENV:-$ROOT/build/venv}"
export MINUTESAPP_VENV
source "$ROOT/scripts/bootstrap.sh"
PY="$VENV/bin/python"
"$PY" -m pip install -q --disable-pip-version-check -e "$ROOT[build]" >&2

cd "$ROOT"
echo "== translations (.ts -> .qm)" >&2
"$PY" scripts/build_translations.py >&2

echo "== PyInstaller" >&2
rm -rf "$ROOT/dist/minutesapp"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/minutesapp.spec

echo "== built: $ROOT/dist/minutesapp ($(du -sh "$ROOT/dist/minutesapp" | cut -f1))" >&2
if [ "$RUN_TESTS" = 1 ]; then
  "$PY" packaging/smoke_test.py "$ROOT/dist/minutesapp"
fi
