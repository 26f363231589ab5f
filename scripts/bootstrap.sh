#!/usr/bin/env bash
# Set up everything minutesapp needs on a fresh Debian machine: the Debian libraries
# Qt loads at run time (where missing) and a virtual environment with the package installed.
# Sourced by scripts/run-app and scripts/run-tests; safe to run again (it only adds what is missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MINUTESAPP_VENV:-$ROOT/.venv}"

# What a minimal Debian lacks: the venv module, and the shared libraries that the PySide6 wheels
# expect from the system (xcb for real windows, EGL/GL and fontconfig for every platform plugin,
# Kerberos for QtNetwork's local socket, fonts so that æøå render).
DEBIAN_PACKAGES=(
  python3-venv libgssapi-krb5-2
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  libnss3 fonts-dejavu-core
)

install_debian_libraries() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: nothing we can do here
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian libraries for Qt: ${missing[*]}" >&2
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

install_python_environment() {
  local stamp="$VENV/.minutesapp-installed"
  # A venv made while python3-venv was missing has no pip: start that one again.
  if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    rm -f "$VENV/.minutesapp-installed"
  fi
  # Reinstall only when the project's requirements changed since the last install.
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >&2
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT[test]" >&2
    touch "$stamp"
  fi
}

install_debian_libraries
install_python_environment
# Fail here, with the reason, if Qt still cannot load (rather than in the middle of the tests).
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -c "from PySide6 import QtWidgets, QtNetwork, QtPdf, QtPdfWidgets" >&2 \
  || { echo "minutesapp: Qt cannot load on this machine; see the error above." >&2; exit 1; }
