#!/usr/bin/env python3
"""CPU time of a process's threads, grouped by name (digits dropped), between two snapshots.

  threads.py snapshot PID > FILE        user + system ticks of each thread now, with its name
  threads.py diff BEFORE AFTER OPS      the groups' CPU in ms per operation, largest first (top 8)
  threads.py share BEFORE AFTER TEXT    the share (%) of the process's CPU used by threads whose name has TEXT

Thread names come from /proc/PID/task/TID/comm (at most 15 characters: "http-thread-poo", "C2 CompilerThre").
A thread that ended between the snapshots is missing from AFTER and not counted.
"""
import os
import re
import sys


def snapshot(pid):
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read().strip()
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # after the name: state is field 3, utime 14 and stime 15 (1-based, as in proc(5))
        print(tid, int(fields[11]) + int(fields[12]), name, sep="\t")


def load(path):
    ticks = {}
    with open(path) as f:
        for line in f:
            tid, t, name = line.rstrip("\n").split("\t", 2)
            ticks[tid] = (int(t), name)
    return ticks


def diff(before, after, ops):
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    b, a = load(before), load(after)
    groups = {}
    for tid, (t, name) in a.items():
        used = t - b.get(tid, (0, name))[0]
        if used > 0:
            key = re.sub(r"[-#_ ]*\d+$", "", re.sub(r"\d+", "N", name)) or name
            groups[key] = groups.get(key, 0) + used
    total = sum(groups.values()) or 1
    top = sorted(groups.items(), key=lambda kv: -kv[1])[:8]
    print(", ".join("%s %.2f ms (%d %%)" % (k, v * tick_ms / max(1, ops), round(100 * v / total)) for k, v in top))


def share(before, after, text):
    b, a = load(before), load(after)
    used = {tid: t - b.get(tid, (0, name))[0] for tid, (t, name) in a.items()}
    total = sum(u for u in used.values() if u > 0) or 1
    print("%.1f" % (100 * sum(u for tid, u in used.items() if u > 0 and text in a[tid][1]) / total))


if __name__ == "__main__":
    if sys.argv[1] == "snapshot":
        snapshot(sys.argv[2])
    elif sys.argv[1] == "share":
        share(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        diff(sys.argv[2], sys.argv[3], int(sys.argv[4]))
