#!/usr/bin/env bash
# Refreshes web/vendor/ from npm: xterm.js (@xterm/xterm) and its fit addon (@xterm/addon-fit), with their licences.
# The browser page of `redflag serve --web` embeds exactly these files (include_dir); nothing is fetched at run
# time. Usage: scripts/vendor-xterm.sh [XTERM_VERSION] [FIT_VERSION]   (defaults: the versions pinned below)
set -euo pipefail
XTERM="${1:-6.0.0}"
FIT="${2:-0.11.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "@xterm/xterm@$XTERM" "@xterm/addon-fit@$FIT" >/dev/null
mkdir xterm fit
tar -xzf xterm-xterm-"$XTERM".tgz -C xterm
tar -xzf xterm-addon-fit-"$FIT".tgz -C fit
out="$root/web/vendor"
rm -rf "$out"
mkdir -p "$out/xterm" "$out/addon-fit"
cp xterm/package/lib/xterm.js "$out/xterm/xterm.js"
cp xterm/package/css/xterm.css "$out/xterm/xterm.css"
cp xterm/package/LICENSE "$out/xterm/LICENSE"
cp fit/package/lib/addon-fit.js "$out/addon-fit/addon-fit.js"
cp fit/package/LICENSE "$out/addon-fit/LICENSE"
printf '@xterm/xterm %s\n@xterm/addon-fit %s\n' "$XTERM" "$FIT" > "$out/VERSIONS"
echo "web/vendor: @xterm/xterm $XTERM, @xterm/addon-fit $FIT"
