#!/bin/bash
# Peak memory and idle CPU of the game as a player sees it: starts redflag in a tmux terminal, makes a few choices,
# then reads the kernel's figures for the process.
#
# Usage: scripts/play-probe.sh [LANG] [COLSxROWS] [BINARY]     e.g. scripts/play-probe.sh th 200x60
# Prints VmHWM (peak resident memory) and the CPU ticks the waiting game used over 10 seconds (0 means idle).
# It plays with an empty HOME, so no settings or saved progress of yours are read or changed.
set -euo pipefail
lang=${1:-en}
size=${2:-120x40}
bin=${3:-target/release/redflag}
bin=$(realpath "$bin")
cols=${size%x*}
rows=${size#*x}
home=$(mktemp -d)
sock=redflag-probe-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$home"' EXIT
tmux -L "$sock" new-session -d -x "$cols" -y "$rows" -s probe \
    "exec env HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data $bin play dream-job --seed 1 --lang $lang"
sleep 1.5
# Past the content note and the first messages, then three choices.
for key in Enter Enter 1 Enter 1 Enter 1 Enter; do
    tmux -L "$sock" send-keys -t probe "$key"
    sleep 0.3
done
pid=$(tmux -L "$sock" list-panes -t probe -F '#{pane_pid}')
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(ticks)
sleep 10
after=$(ticks)
echo "$lang ${cols}x${rows}: $(grep VmHWM "/proc/$pid/status" | tr -s ' \t' ' '), CPU while idle: $((after - before)) ticks in 10 s ($(getconf CLK_TCK) per second)"
