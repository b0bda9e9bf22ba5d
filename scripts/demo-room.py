#!/usr/bin/env python3
"""A demo room's records, for pictures of the report (docs/report-page.png) and for trying the report out.

Not a real room: each "player" plays a shipped scenario, ends where that scenario's paths end (weighted by how many
paths lead there, from `redflag paths --format json`), meets most of the red flags its paths meet and spots each as
often as the paths do, and takes the quiz before and after with a made-up, modest gain. The records are in the
format `redflag play` writes, so `redflag report` reads them like any others.

Usage: scripts/demo-room.py REDFLAG_BINARY [PLAYERS] > demo-room.jsonl
"""
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_SCENARIOS = {"redflags", "resources", "sources", "quiz"}


def main():
    binary = sys.argv[1]
    players = int(sys.argv[2]) if len(sys.argv) > 2 else 24
    rng = random.Random(7)
    scenarios = sorted(p.stem for p in (ROOT / "scenarios").glob("*.toml") if p.stem not in NOT_SCENARIOS)
    # A workshop plays a few stories, not all of them.
    scenarios = [s for s in scenarios if s in ("dream-job", "wrong-number", "friends-offer")] or scenarios[:3]
    paths = {}
    for s in scenarios:
        out = subprocess.run([binary, "paths", s, "--format", "json"], check=True, capture_output=True, text=True)
        paths[s] = json.loads(out.stdout)
    for i in range(players):
        scn = scenarios[i % len(scenarios)]
        a = paths[scn]
        endings = list(a["endings"].values())
        outcome = rng.choices([e[0] for e in endings], weights=[e[1] for e in endings])[0]
        finished = rng.random() > 0.1
        spotted, missed = [], []
        for flag, (spot, past) in a["redflags"].items():
            if rng.random() < 0.8:
                p = spot / max(1, spot + past)
                (spotted if rng.random() < p else missed).append(flag)
        pre = round(rng.gauss(0.9, 0.6), 2)
        post = round(pre + rng.gauss(0.5, 0.5), 2)
        quiz = lambda d, c: {"answers": [], "hits": 0, "scams": 6, "false_alarms": 0, "genuine": 6,
                             "d_prime": d, "criterion": c}
        minutes = rng.randint(9, 22)
        rec = {
            "format": 2, "game": "0.1.0", "scenario": scn, "locale": "en", "seed": i,
            "started": "2026-11-25T09:00:00Z", "ended": "2026-11-25T09:00:00Z",
            "minutes": minutes, "finished": finished, "outcome": outcome if finished else None, "path": [],
            "spotted": spotted, "missed": missed, "participant": "P%02d" % (i + 1), "workshop": "DEMO",
            "quiz_pre": quiz(pre, round(rng.gauss(0.1, 0.3), 2)),
            "quiz_post": quiz(post, round(rng.gauss(-0.05, 0.3), 2)),
            "facilitator": False,
        }
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
