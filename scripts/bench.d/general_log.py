"""Reads a MariaDB general log (scripts/bench (d)) taken while the app answered REQUESTS free-slot queries.

    python3 general_log.py LOG REQUESTS MAIN_OUT
Prints one JSON line: statements (all the app's statements in the log, per request), by_form (statement forms,
literals replaced by ?, with their count per request), and writes the free-slot SELECT itself (the last one seen)
to MAIN_OUT, to be run again with EXPLAIN and ANALYZE. Statements of the bench's own root client (SET GLOBAL ...)
and of the background jobs (Quartz's qrtz_ tables, the outbox, holds, rate limits) are left out.
"""
import json
import re
import sys
from collections import Counter

log, requests, main_out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
entry = re.compile(r"^(?:\d{6}\s+\d{1,2}:\d{2}:\d{2})?\s+(\d+)\s+(Query|Execute|Prepare|Connect|Quit|Close stmt|Init DB)\t?(.*)$")
statements = []
with open(log, encoding="utf-8", errors="replace") as f:
    for line in f:
        m = entry.match(line.rstrip("\n"))
        if m:
            statements.append([m.group(2), m.group(3)])
        elif statements:
            statements[-1][1] += " " + line.strip()

background = re.compile(r"qrtz_|outbox_message|rate_event|phone_verification|general_log|hold_until|"
                        r"@@|SHOW |SET |COMMIT|ROLLBACK|autocommit|SELECT 1\b", re.I)
forms = Counter()
main = None
for kind, text in statements:
    if kind not in ("Query", "Execute") or background.search(text):
        continue
    form = re.sub(r"'(?:[^'\\]|\\.)*'", "?", text)
    form = re.sub(r"\b\d+\b", "?", form)
    form = re.sub(r"\s+", " ", form).strip()
    forms[form] += 1
    if re.search(r"\bappointment_slot\b", text, re.I) and re.search(r"\btaken\b", text, re.I) \
            and re.match(r"\s*SELECT", text, re.I):
        main = text
if main:
    with open(main_out, "w", encoding="utf-8") as out:
        out.write(main.strip() + "\n")
print(json.dumps({
    "statements": round(sum(forms.values()) / requests, 1),
    "by_form": [{"per_request": round(n / requests, 1), "sql": f[:160]} for f, n in forms.most_common()],
}))
