#!/usr/bin/env python3
"""scripts/drills.d/fakes.py with TCP_NODELAY on every connection, for scripts/bench.

The drills' fake Twilio writes its headers and its body in two sends; with Nagle's algorithm on and the client's
delayed ACK, each request then takes about 40 ms on loopback (measured: 44 ms median on a keep-alive connection), so a
sequential sender could do at most ~23 messages a second against it. A benchmark would measure the fake, not the app.
  fakes_nodelay.py smtp|twilio PORT LOG   (as fakes.py)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "drills.d"))
import fakes  # noqa: E402

fakes.Smtp.disable_nagle_algorithm = True
fakes.Twilio.disable_nagle_algorithm = True
fakes.main()
