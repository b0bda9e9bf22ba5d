#!/usr/bin/env bash
# Plays the real binary in a real terminal (tmux at 80x24): starts a scenario, makes a choice, reads the
# feedback, leaves with confirmation, quits from the title screen, and checks that the terminal settings are
# the same afterwards as before. Usage: scripts/tmux-play.sh [path/to/redflag]
set -euo pipefail

BIN=$(realpath "${1:-target/debug/redflag}")
S="redflag-test-$$"
# shellcheck source=scripts/tmux-lib.sh
. "$(dirname "$0")/tmux-lib.sh"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"

t new-session -d -x 80 -y 24 -s "$S" "env -u TMUX bash --norc --noprofile"
t send-keys -t "$S" "export XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_DATA_HOME='$XDG_DATA_HOME' LANG=C.UTF-8; stty -a > '$WORK/before'; '$BIN' play dream-job --seed 1 --lang en; echo \"EXIT=\$?\" > '$WORK/exit'; stty -a > '$WORK/after'; touch '$WORK/done'" Enter

expect "Content note"
t send-keys -t "$S" Enter
expect "Red flags: 0 spotted"
# Narration passages come first: continue until the first choice.
for _ in 1 2 3 4 5; do
  screen | grep -qF "What do you do?" && break
  t send-keys -t "$S" Enter
  sleep 0.3
done
expect "What do you do?"
t send-keys -t "$S" 2
expect "What this choice means"
t send-keys -t "$S" Enter
expect "What do you do?"
t send-keys -t "$S" q
expect "Leave this scenario?"
t send-keys -t "$S" y
expect "Resume: The dream job"
t send-keys -t "$S" q
expect "Quit redflag?"
t send-keys -t "$S" y
wait_file "$WORK/done"

grep -q "EXIT=0" "$WORK/exit" || { echo "FAIL: exit code: $(cat "$WORK/exit")" >&2; exit 1; }
if ! diff -q "$WORK/before" "$WORK/after" >/dev/null; then
  echo "FAIL: the terminal settings were not restored:" >&2
  diff "$WORK/before" "$WORK/after" >&2
  exit 1
fi
test -s "$XDG_DATA_HOME/redflag/progress.json" || { echo "FAIL: progress was not saved" >&2; exit 1; }
echo "ok: played, left, quit; terminal restored; progress saved"
