#!/usr/bin/env python3
"""Books in parallel over REST, as residents do online (hold, then the SMS code), for scripts/drills.

  bookings.py BASE_URL TWILIO_LOG SLOTS_FILE SECONDS THREADS OUT_TSV
SLOTS_FILE: free slot ids, one a line. Each thread takes the next slot, holds it (POST /api/v1/appointments),
reads the code from the fake Twilio's log and verifies it. Runs for SECONDS, then prints a JSON summary; OUT_TSV
gets one line per attempt: started (epoch s), slot, hold status, verify status, reference, error.
"""
import json
import re
import sys
import threading
import time
import urllib.error
import urllib.request

base, twilio_log, slots_file, seconds, threads, out = sys.argv[1:7]
seconds, threads = float(seconds), int(threads)
slots = [line.strip() for line in open(slots_file) if line.strip()]
lock = threading.Lock()
lines = []
deadline = time.time() + seconds
counter = [0]


def call(path, payload):
    request = urllib.request.Request(base + path, data=json.dumps(payload).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Accept-Language": "en"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as e:
        body = e.read()
        try:
            return e.code, json.loads(body or b"{}")
        except ValueError:
            return e.code, {"raw": body[:200].decode("utf-8", "replace")}
    except Exception as e:  # connection refused, reset, timeout
        return 0, {"error": str(e)[:200]}


def code_for(phone, wait=90):
    until = time.time() + wait
    while time.time() < until:
        try:
            with open(twilio_log, encoding="utf-8") as f:
                for line in reversed(f.read().splitlines()):
                    to, _, body = line.partition("\t")
                    if to == phone:
                        m = re.search(r"\b(\d{6})\b", body)
                        if m:
                            return m.group(1)
        except FileNotFoundError:
            pass
        time.sleep(0.5)
    return None


def worker():
    while time.time() < deadline:
        with lock:
            if not slots:
                return
            slot = slots.pop(0)
            counter[0] += 1
            n = counter[0]
        phone = "+45281%05d" % n  # 281xxxxx: an allocated Danish mobile range (210xxxxx is not)
        started = time.time()
        held, body = call("/api/v1/appointments", {"slotId": int(slot), "name": "Drill %d" % n, "phone": phone,
                                                   "language": "en"})
        verified, reference, error = "", body.get("reference", ""), body.get("error", body.get("type", ""))
        if held == 201:
            code = code_for(phone)
            if code is None:
                verified, error = "no-code", "no SMS code within 90 s"
            else:
                for _ in range(30):  # the database may be down: try again for a while, as a person would
                    status, vbody = call("/api/v1/appointments/manage/%s/verify" % body["manageToken"],
                                         {"code": code})
                    verified, error = str(status), vbody.get("error", vbody.get("type", ""))
                    if status == 200 or 400 <= status < 500:
                        break
                    time.sleep(2)
        with lock:
            lines.append("%.1f\t%s\t%s\t%s\t%s\t%s" % (started, slot, held, verified, reference, error))


pool = [threading.Thread(target=worker) for _ in range(threads)]
for t in pool:
    t.start()
for t in pool:
    t.join()
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
summary = {}
for line in lines:
    key = line.split("\t")[2] + "/" + (line.split("\t")[3] or "-")
    summary[key] = summary.get(key, 0) + 1
print(json.dumps({"attempts": len(lines), "hold/verify": summary}, sort_keys=True))
