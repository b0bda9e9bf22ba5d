#!/usr/bin/env bash
# Ends the game from outside while a session is in progress (SIGTERM, SIGHUP, SIGINT, SIGQUIT, and a panic in a
# debug build) and checks each time that the terminal settings are restored, the cursor is visible, the exit code
# is the conventional one, the session's record is written, and progress is kept. Then suspends it with Ctrl-Z:
# the terminal must be as before while it is stopped, and after `fg` the game must be drawn again and go on.
# Usage: scripts/tmux-signals.sh [path/to/redflag] CONTENT
set -euo pipefail

BIN=$(realpath "${1:-target/debug/redflag}")
CONTENT=$(realpath "${2:?the content folder to play, with the scenario mini}")
S="redflag-sig-$$"
# shellcheck source=scripts/tmux-lib.sh
. "$(dirname "$0")/tmux-lib.sh"

t new-session -d -x 80 -y 24 -s "$S" "env -u TMUX bash --norc --noprofile"

for CASE in TERM HUP INT QUIT panic; do
  D="$WORK/$CASE"
  mkdir -p "$D"
  rm -f "$WORK/done"
  PANIC=""
  [ "$CASE" = panic ] && PANIC="REDFLAG_TEST_PANIC=after-draw"
  t send-keys -t "$S" "clear; export XDG_CONFIG_HOME='$D/config' XDG_DATA_HOME='$D/data' LANG=C.UTF-8; stty -a > '$D/before'; $PANIC bash -c 'echo \$\$ > \"$D/pid\"; exec \"$BIN\" play mini --seed 1 --results \"$D/r.jsonl\" --content \"$CONTENT\"'; echo \"EXIT=\$?\" > '$D/exit'; stty -a > '$D/after'; touch '$WORK/done'" Enter
  if [ "$CASE" != panic ]; then
    expect "What do you do?"
    t send-keys -t "$S" 1
    expect "What this choice means"
    kill "-$CASE" "$(cat "$D/pid")"
  fi
  wait_file "$WORK/done"
  if ! diff -q "$D/before" "$D/after" >/dev/null; then
    echo "FAIL ($CASE): the terminal settings were not restored:" >&2
    diff "$D/before" "$D/after" >&2
    exit 1
  fi
  case "$CASE" in
    TERM) want=143 ;; HUP) want=129 ;; INT) want=130 ;; QUIT) want=131 ;; panic) want=101 ;;
  esac
  if [ "$(t display -p -t "$S" '#{cursor_flag}')" != 1 ]; then
    echo "FAIL ($CASE): the cursor is still hidden" >&2
    exit 1
  fi
  grep -q "EXIT=$want" "$D/exit" || { echo "FAIL ($CASE): $(cat "$D/exit"), expected $want" >&2; exit 1; }
  if [ "$CASE" != panic ]; then
    grep -q '"finished":false' "$D/r.jsonl" || { echo "FAIL ($CASE): no record of the left session" >&2; exit 1; }
    grep -q '"choice": "apply"' "$D/data/redflag/progress.json" || { echo "FAIL ($CASE): progress lost" >&2; exit 1; }
  fi
  echo "ok: $CASE: terminal restored, exit $want"
done

CASE=TSTP
D="$WORK/$CASE"
mkdir -p "$D"
rm -f "$WORK/done"
t send-keys -t "$S" "clear; export XDG_CONFIG_HOME='$D/config' XDG_DATA_HOME='$D/data' LANG=C.UTF-8; stty -a > '$D/before'; bash -c 'exec \"$BIN\" play mini --seed 1 --results \"$D/r.jsonl\" --content \"$CONTENT\"'" Enter
expect "What do you do?"
t send-keys -t "$S" 1
expect "What this choice means"
t send-keys -t "$S" C-z
expect "Stopped"
# While the game is stopped the shell must have its terminal back: cooked mode, echo, the cursor shown.
t send-keys -t "$S" "stty -a > '$D/stopped'; fg; echo \"EXIT=\$?\" > '$D/exit'; stty -a > '$D/after'; touch '$WORK/done'" Enter
for _ in $(seq 1 150); do [ -s "$D/stopped" ] && break; sleep 0.1; done
if ! diff -q "$D/before" "$D/stopped" >/dev/null; then
  echo "FAIL (TSTP): the terminal was left in the game's mode while it was stopped:" >&2
  diff "$D/before" "$D/stopped" >&2
  exit 1
fi
# After fg the whole screen is drawn again, and keys work: leave the scenario and quit.
expect "What this choice means"
t send-keys -t "$S" q
expect "Leave this scenario?"
t send-keys -t "$S" y
expect "A small test"
t send-keys -t "$S" q
expect "Quit redflag?"
t send-keys -t "$S" y
wait_file "$WORK/done"
grep -q "EXIT=0" "$D/exit" || { echo "FAIL (TSTP): $(cat "$D/exit"), expected 0" >&2; exit 1; }
if ! diff -q "$D/before" "$D/after" >/dev/null; then
  echo "FAIL (TSTP): the terminal settings were not restored:" >&2
  diff "$D/before" "$D/after" >&2
  exit 1
fi
[ "$(grep -c '"finished":false' "$D/r.jsonl")" = 1 ] || { echo "FAIL (TSTP): not exactly one record" >&2; exit 1; }
echo "ok: TSTP: suspended and resumed, terminal restored, exit 0"
