#!/usr/bin/env python3
"""Time from starting redflag in a pseudo-terminal to its first frame: the bottom border of the first screen.

Usage: scripts/first-frame.py target/release/redflag play dream-job --seed 1
Runs it 30 times with an empty HOME (no settings, no saved progress) in an 80x24 terminal and prints the median.
The harness itself costs about 2 ms: `scripts/first-frame.py /bin/echo ╰` measures that."""
import os, pty, sys, time, select, statistics, struct, fcntl, termios

def once(cmd, cols=80, rows=24):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["HOME"] = "/tmp/redflag-first-frame"
        for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            os.environ.pop(v, None)
        os.execv(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    seen = b""
    done = None
    while done is None:
        r, _, _ = select.select([fd], [], [], 5)
        if not r:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        seen += chunk
        # The frame is drawn when the box-drawing border of the bottom row has arrived.
        if seen.count("╰".encode()) >= 1:
            done = time.perf_counter() - t0
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
    return done

cmd = sys.argv[1:]
times = [once(cmd) for _ in range(30)]
times = [t for t in times if t is not None]
print(f"first frame: median {statistics.median(times)*1000:.1f} ms, min {min(times)*1000:.1f} ms, max {max(times)*1000:.1f} ms over {len(times)} runs")
