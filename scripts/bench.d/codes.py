#!/usr/bin/env python3
"""Part (g) of scripts/bench: how long a resident waits for the SMS code while a burst of reminders is being sent.

  codes.py BASE EVENT_ID TWILIO_LOG COUNT SPACING_MS

Signs up for the event COUNT times, one every SPACING_MS, each on a connection of its own from a loopback address of
its own (127.10.x.y, so the per-address limits apply as to residents on their own phones) and with a phone of its own
(+45289NNNNN: valid Danish numbers that part (b)'s +4528NNNNNN do not reach). The wait of each is from the moment its
hold is sent (so the hold's own answer time counts) to the moment its code's line is in the fake Twilio's log (read
every 5 ms, from where it ended when this started). Prints one JSON object: count, missing, p50_ms, p99_ms, max_ms, first_hold and last_hold
(epoch seconds, for the caller to compare with the burst).
"""
import http.client
import json
import sys
import threading
import time

base, event_id, log, count, spacing = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]) / 1000
host, port = base.split("//", 1)[1].split(":")
held = {}  # phone -> time of the hold's answer
arrived = {}  # phone -> time its code was seen at the fake
lock = threading.Lock()
stop = threading.Event()


def watch(position):
    while not stop.is_set():
        with open(log, encoding="utf-8") as f:
            f.seek(position)
            text = f.read()
            position = f.tell()
        now = time.time()
        for line in text.splitlines():
            phone = line.split("\t", 1)[0]
            if phone.startswith("+45289"):
                with lock:
                    arrived.setdefault(phone, now)
        time.sleep(0.005)


with open(log, encoding="utf-8") as f:
    f.seek(0, 2)  # only what arrives from now on
    start_position = f.tell()
watcher = threading.Thread(target=watch, args=(start_position,), daemon=True)
watcher.start()
holds = []
for i in range(count):
    phone = "+45289%05d" % i
    sent = time.time()
    connection = http.client.HTTPConnection(host, int(port), timeout=30,
                                            source_address=("127.10.%d.%d" % (i // 250, i % 250 + 1), 0))
    body = json.dumps({"name": "Bench %d" % i, "phone": phone, "language": "da"})
    connection.request("POST", "/api/v1/events/%s/signups" % event_id, body, {"Content-Type": "application/json"})
    answer = connection.getresponse()
    answer.read()
    connection.close()
    if answer.status == 201:
        with lock:
            held[phone] = sent
        holds.append(sent)
    else:
        print("hold %d answered %d" % (i, answer.status), file=sys.stderr)
    time.sleep(spacing)

deadline = time.time() + 60
while time.time() < deadline:
    with lock:
        if all(p in arrived for p in held):
            break
    time.sleep(0.05)
stop.set()
waits = sorted((arrived[p] - t) * 1000 for p, t in held.items() if p in arrived)


def percentile(values, q):
    return round(values[min(len(values) - 1, int(q * len(values)))]) if values else None


print(json.dumps({"count": len(held), "missing": len(held) - len(waits), "p50_ms": percentile(waits, 0.5),
                  "p99_ms": percentile(waits, 0.99), "max_ms": round(max(waits)) if waits else None,
                  "first_hold": holds[0] if holds else None, "last_hold": holds[-1] if holds else None}))
