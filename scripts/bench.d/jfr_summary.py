"""Where the request threads' CPU went, from a JFR recording of the node (scripts/bench, part b).

    python3 jfr_summary.py RECORDING.jfr [FROM TO [THREADS]]

Reads the execution samples (jdk.ExecutionSample) of the HTTP request threads (or of the threads whose names contain
THREADS) and counts each sample once, under the nearest library on its stack (the first frame, from the top, that
belongs to one of the groups below; JDK frames are skipped unless nothing else is found). FROM and TO (seconds since the epoch) keep only the samples taken between them,
so that one recording of the whole bench serves each run. Prints one Markdown line: the groups by share of samples.
"""
import collections
import re
import subprocess
import sys
import time

GROUPS = {
    "Connector/J": ("com.mysql",),
    "EclipseLink": ("org.eclipse.persistence",),
    "Jersey (JAX-RS)": ("org.glassfish.jersey",),
    "Grizzly/HTTP": ("org.glassfish.grizzly", "org.apache.catalina", "org.apache.coyote", "com.sun.enterprise.web",
                     "org.glassfish.web"),
    "Weld (CDI)": ("org.jboss.weld",),
    "JTA and the connection pool": ("com.sun.enterprise.transaction", "com.sun.enterprise.resource", "com.sun.gjc",
                                    "com.sun.jts", "com.sun.enterprise.connectors"),
    "Helhed's own code": ("dk.helhed",),
    "security": ("org.glassfish.soteria", "com.sun.enterprise.security", "org.glassfish.exousia"),
    "JSON": ("org.eclipse.yasson", "org.eclipse.parsson"),
    "tracing and metrics": ("io.opentelemetry", "fish.payara.opentracing", "fish.payara.microprofile.metrics",
                            "fish.payara.nucleus.requesttracing", "fish.payara.opentelemetry", "io.smallrye"),
    "libphonenumber": ("com.google.i18n",),
    "Twilio SDK": ("com.twilio",),
    "Jakarta Mail": ("org.eclipse.angus", "jakarta.mail", "com.sun.mail", "jakarta.activation"),
    "Apache HttpClient": ("org.apache.hc", "org.apache.http"),
    "Jackson": ("com.fasterxml",),
}


def main(recording, start=None, end=None, threads="http-thread-pool"):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", recording],
                          capture_output=True, text=True, check=True).stdout
    counts, total = collections.Counter(), 0
    for event in text.split("\n}\n"):
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        if not thread or threads not in thread.group(1):
            continue
        if start is not None and not start <= taken_at(event, start) <= end:
            continue
        frames = re.findall(r"^\s+([\w$.<>]+)\(.*?line:", event, re.M)
        if not frames:
            continue
        total += 1
        group = next((name for frame in frames for name, prefixes in GROUPS.items() if frame.startswith(prefixes)),
                     "JDK only")
        counts[group] += 1
    if not total:
        print("no execution samples of threads named *%s*" % threads)
        return
    print("%d samples: " % total + ", ".join("%s %.0f %%" % (name, 100.0 * n / total)
                                              for name, n in counts.most_common()))


def taken_at(event, near):
    """The sample's time, seconds since the epoch. `jfr print` writes local time, with the date only when it is not
    today's; without one, the sample is taken to be within half a day of `near`."""
    at = re.search(r"startTime = (\d+):(\d+):(\d+(?:\.\d+)?)(?: \((\d+)-(\d+)-(\d+)\))?", event)
    if not at:
        return -1.0
    hour, minute, second, year, month, day = at.groups()
    if year is None:
        year, month, day = time.localtime(near)[:3]
    midnight = time.mktime((int(year), int(month), int(day), 0, 0, 0, 0, 0, -1))
    taken = midnight + int(hour) * 3600 + int(minute) * 60 + float(second)
    if at.group(4) is None and taken < near - 43200:
        taken += 86400
    return taken


if __name__ == "__main__":
    main(sys.argv[1], *(float(a) for a in sys.argv[2:4]), *sys.argv[4:5])
