#!/usr/bin/env bash
# Installs the Debian packages the tests use (run by `npm test` before the tests, and by
# .ci/run), so the README's test command works on a fresh machine. Idempotent and quick when
# everything is there already.
set -euo pipefail

# command -> Debian package
declare -A needed=(
  [chromium]=chromium          # end-to-end tests drive Debian's Chromium through playwright-core
  [make]=make                  # better-sqlite3 compiles from source during npm ci (node-gyp)
  [g++]=g++
  [python3]=python3
  [pdftotext]=poppler-utils     # the report tests read the printed PDF back
  [xmllint]=libxml2-utils     # ArchiMate exchange files are checked against the Open Group XSDs
  [nginx]=nginx                # the cluster tests put nginx in front of two server processes
)
missing=()
for cmd in "${!needed[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${needed[$cmd]}")
done
# PostgreSQL (storage suite and cluster tests start a throwaway cluster): initdb is not on PATH.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
# Fonts the rendered pages and documents rely on (Latin, Arabic and emoji in user text).
for font in fonts-liberation2 fonts-noto-core fonts-noto-color-emoji; do
  dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'install ok installed' || missing+=("$font")
done

[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Paket Debian yang diperlukan belum ada / missing Debian packages: ${missing[*]}" >&2
  echo "Pasang dengan / install with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Memasang paket Debian / installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
