# Shared set-up for scripts/run-app and scripts/run-tests (sourced, not run).
# Installs the Debian/Ubuntu packages Qt and the tests need (as root), creates .venv and
# installs the project into it; does nothing that is already done.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"
PYTHON=${PYTHON:-python3}

# Qt's xcb/offscreen platform libraries, a CJK font for the interface, venv support.
SYSTEM_PACKAGES=(
  python3 python3-venv python3-pip
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libxcb-xfixes0 libx11-xcb1
  fonts-noto-cjk
)

# install_system_packages [EXTRA_PACKAGE …]
install_system_packages() {
  command -v dpkg-query >/dev/null || return 0   # not Debian/Ubuntu: nothing to check
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $(id -u) -eq 0 ]]; then
    echo "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # another apt run (an unattended upgrade) may hold the lock: wait for it rather than fail
    local wait=(-o DPkg::Lock::Timeout=600)
    local tries=0
    until apt-get "${wait[@]}" update -qq 2>/tmp/apt-update.$$; do
      grep -q "Could not get lock" /tmp/apt-update.$$ && ((++tries < 120)) || { cat /tmp/apt-update.$$ >&2; return 1; }
      sleep 5
    done
    rm -f /tmp/apt-update.$$
    apt-get "${wait[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "These system packages are missing; install them with:" >&2
    echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  fi
}

# pip, quietly: a machine's pip configuration may name package folders that do not exist (pip
# notes each one), and setuptools announces every editable install as a warning; neither is
# about the project, so neither is shown. Real errors still are.
pip_quietly() {
  local python=$1
  shift
  PYTHONWARNINGS=ignore "$python" -m pip "$@" \
    2> >(grep -v "^WARNING: Location '.*' is ignored: it is neither a file nor a directory\.$" >&2)
}

make_venv() {
  if [[ ! -x "$VENV/bin/python" ]]; then
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
      echo "Python 3.11 or newer is needed ($PYTHON is $("$PYTHON" -V 2>&1))" >&2; exit 1; }
    "$PYTHON" -m venv "$VENV"
  fi
  # reinstall only when the project's dependencies changed
  local stamp="$VENV/.installed-$1" want
  want=$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)
  if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
    pip_quietly "$VENV/bin/python" install -q --upgrade pip
    pip_quietly "$VENV/bin/python" install -q -e "$ROOT[$1]"
    echo "$want" >"$stamp"
  fi
}
