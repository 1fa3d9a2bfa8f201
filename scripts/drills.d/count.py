#!/usr/bin/env python3
"""Counts one drill's messages at the fakes against its outbox rows.

  count.py SMTP_LOG TWILIO_LOG ROWS_TSV
ROWS_TSV: "recipient<TAB>channel<TAB>status" for each of the drill's rows (from the database). Prints one JSON
object: rows, delivered_once, duplicates (extra deliveries), duplicated_messages, not_delivered broken down by the
row's status, unknown_but_delivered, lost (not delivered although the row says SENT, or still waiting), statuses.
"""
import collections
import json
import sys


def counts(path, field=0):
    c = collections.Counter()
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line:
                    c[line.split("\t")[field]] += 1
    except FileNotFoundError:
        pass
    return c


smtp = counts(sys.argv[1])
sms = counts(sys.argv[2])
rows = []
with open(sys.argv[3], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            recipient, channel, status = line.rstrip("\n").split("\t")
            rows.append((recipient, channel, status))

result = {"rows": len(rows), "delivered_once": 0, "duplicates": 0, "duplicated_messages": 0,
          "not_delivered": collections.Counter(), "unknown_but_delivered": 0, "lost": 0,
          "statuses": collections.Counter()}
for recipient, channel, status in rows:
    n = (smtp if channel == "EMAIL" else sms)[recipient]
    result["statuses"][status] += 1
    if n == 1:
        result["delivered_once"] += 1
    if n > 1:
        result["duplicates"] += n - 1
        result["duplicated_messages"] += 1
    if n == 0:
        result["not_delivered"][status] += 1
        if status not in ("UNKNOWN", "FAILED"):
            result["lost"] += 1
    if n >= 1 and status == "UNKNOWN":
        result["unknown_but_delivered"] += 1
result["not_delivered"] = dict(result["not_delivered"])
result["statuses"] = dict(result["statuses"])
print(json.dumps(result, sort_keys=True))
