#!/usr/bin/env bash
# Set up everything minutesapp needs on a fresh Debian machine: the Debian libraries
# Qt loads at run time (where missing) and a virtual environment with the package installed.
# Sourced by scripts/run-app and scripts/run-tests; safe to run again (it only adds what is missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MINUTESAPP_VENV:-$ROOT/.venv}"

# Shared libraries that the PySide6 wheels expect from the system (xcb for real windows,
# EGL/GL and fontconfig for every platform plugin, fonts so that æøå render).
DEBIAN_PACKAGES=(
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
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
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
