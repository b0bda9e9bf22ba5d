#!/usr/bin/env python3
"""A demo room's records, for pictures of the report (docs/report-page.png) and for trying the report out.

Not a real room: each "player" plays a shipped scenario, ends where that scenario's paths end (weighted by how many
paths lead there, from `redflag paths --format json`), meets most of the red flags its paths meet and spots each as
often as the paths do, and takes the quiz before and after (rating each item 1 to 6, half the room on each form
first) with a made-up, modest gain. The records are in the
format `redflag play` writes, so `redflag report` reads them like any others.

Usage: scripts/demo-room.py REDFLAG_BINARY [PLAYERS] > demo-room.jsonl
"""
import json
import random
import subprocess
import sys
from statistics import NormalDist
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_SCENARIOS = {"redflags", "resources", "sources", "quiz"}


def quiz(rng, d, lean):
    """Six scams and six genuine offers rated 1 (surely genuine) to 6 (surely a scam) by a player who tells them apart
    by `d` and leans by `lean`, with d' and the criterion of the ratings cut at 4, as the game computes them."""
    answers = []
    for k in range(12):
        scam = k % 2 == 0
        x = 3.5 + (d / 2 if scam else -d / 2) + lean + rng.gauss(0, 1.0)
        answers.append({"item": "demo-%02d" % k, "genuine": not scam, "rating": min(6, max(1, round(x)))})
    hits = sum(1 for a in answers if not a["genuine"] and a["rating"] >= 4)
    fas = sum(1 for a in answers if a["genuine"] and a["rating"] >= 4)
    z = NormalDist().inv_cdf
    # The log-linear correction: never a rate of 0 or 1.
    h, f = (hits + 0.5) / 7, (fas + 0.5) / 7
    return {"answers": answers, "hits": hits, "scams": 6, "false_alarms": fas, "genuine": 6,
            "d_prime": round(z(h) - z(f), 2), "criterion": round(-(z(h) + z(f)) / 2, 2)}


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
        pre = rng.gauss(0.9, 0.6)
        post = pre + rng.gauss(0.5, 0.5)
        minutes = rng.randint(9, 22)
        rec = {
            "format": 2, "game": "0.1.0", "scenario": scn, "locale": "en", "seed": i,
            "started": "2026-11-25T09:00:00Z", "ended": "2026-11-25T09:00:00Z",
            "minutes": minutes, "finished": finished, "outcome": outcome if finished else None, "path": [],
            "spotted": spotted, "missed": missed, "participant": "P%02d" % (i + 1), "workshop": "DEMO",
            "quiz_form": "AB"[i % 2],
            "quiz_pre": quiz(rng, pre, rng.gauss(0.1, 0.3)),
            "quiz_post": quiz(rng, post, rng.gauss(-0.05, 0.3)),
            "facilitator": False,
        }
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
