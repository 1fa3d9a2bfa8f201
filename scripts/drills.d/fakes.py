#!/usr/bin/env python3
"""Counting fakes for scripts/drills, each run as its own process so it can be stopped alone.

  fakes.py smtp PORT LOG     an SMTP server: one line "recipient" appended to LOG per message accepted (after the
                             final "." and before the 250 that acknowledges it)
  fakes.py twilio PORT LOG   Twilio's Messages API: one line "To<TAB>Body" appended to LOG per POST, then a 201

Every line is flushed at once, so a count read from LOG is what the application's client was (or was about to be)
told had been accepted. Counting is done by the caller (count.py), never by the application.
"""
import http.server
import json
import socketserver
import sys
import threading
import urllib.parse
import uuid

lock = threading.Lock()


def append(log, line):
    with lock:
        with open(log, "a", encoding="utf-8") as f:
            f.write(line + "\n")
            f.flush()


class Smtp(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write((text + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 fake-smtp ESMTP")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 fake-smtp")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                address = command.split(":", 1)[1].strip().strip("<>").split(">")[0]
                recipients.append(address)
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 go ahead")
                while True:
                    data = self.rfile.readline()
                    if not data:
                        return
                    if data in (b".\r\n", b".\n"):
                        break
                for address in recipients:
                    append(self.server.log, address)
                recipients = []
                self.reply("250 OK queued as " + uuid.uuid4().hex)
            elif verb == "RSET":
                recipients = []
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


class ThreadingTcp(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class Twilio(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        to = form.get("To", [""])[0]
        body = form.get("Body", [""])[0].replace("\t", " ").replace("\n", " ")
        append(self.server.log, to + "\t" + body)
        answer = json.dumps({"sid": "SM" + uuid.uuid4().hex, "status": "queued", "to": to}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


class ThreadingHttp(http.server.ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    kind, port, log = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    server = (ThreadingTcp if kind == "smtp" else ThreadingHttp)(("127.0.0.1", port),
                                                                Smtp if kind == "smtp" else Twilio)
    server.log = log
    print(f"fake {kind} on 127.0.0.1:{port}, logging to {log}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
