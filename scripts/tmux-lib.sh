# Shared by the tmux test scripts: a private tmux server (so no other tmux on the machine can interfere), a work
# folder removed on exit, and `expect TEXT`, which waits up to 15 s for the screen to show TEXT. Set S (the
# session and server name) before sourcing; set CASE to name the case in failures.
WORK=$(mktemp -d)
t() { tmux -L "$S" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

screen() { t capture-pane -p -t "$S"; }

expect() {
  for _ in $(seq 1 150); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "FAIL${CASE:+ ($CASE)}: the screen never showed: $1" >&2
  screen >&2
  exit 1
}

# Waits up to 15 s for a file: the commands typed into the shell write one when the game has ended. (Waiting for
# text would match the typed command line itself, which shows again when the game leaves the alternate screen.)
wait_file() {
  for _ in $(seq 1 150); do
    [ -e "$1" ] && return 0
    sleep 0.1
  done
  echo "FAIL${CASE:+ ($CASE)}: the game did not end" >&2
  screen >&2
  exit 1
}
