#!/usr/bin/env python3
"""A local stand-in for Twilio's Messages API, for tests: it answers
POST /2010-04-01/Accounts/{AccountSid}/Messages.json as Twilio documents it (201 with the
message resource; 400 with error 21211 for the magic invalid number +15005550001) and
records every request (path, Authorization, form fields) as a JSON line in RECORD_FILE.
GET /media/NAME?size=N serves N bytes of a fixed pattern (byte i = i*7 mod 256) as MMS media
do, only with HTTP Basic authentication.
Usage: twilio_standin.py PORT RECORD_FILE"""
import json
import re
import sys
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qsl

RECORD = sys.argv[2]
PATH = re.compile(r"^/2010-04-01/Accounts/([A-Za-z0-9]+)/Messages\.json$")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path, _, query = self.path.partition("?")
        params = dict(parse_qsl(query))
        with open(RECORD, "a") as out:
            out.write(json.dumps({"path": path, "method": "GET",
                                  "authorization": self.headers.get("Authorization", "")}) + "\n")
        if not self.headers.get("Authorization", "").startswith("Basic "):
            return self.answer(401, {"code": 20003, "message": "Authenticate"})
        if not path.startswith("/media/"):
            return self.answer(404, {"code": 20404, "message": "The requested resource was not found"})
        size = int(params.get("size", "1000"))
        data = bytes((i * 7) % 256 for i in range(size))
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length).decode()
        form = dict(parse_qsl(raw, keep_blank_values=True))
        with open(RECORD, "a") as out:
            out.write(json.dumps({
                "path": self.path,
                "authorization": self.headers.get("Authorization", ""),
                "content_type": self.headers.get("Content-Type", ""),
                "form": form,
            }) + "\n")
        match = PATH.match(self.path)
        if not match:
            return self.answer(404, {"code": 20404, "message": "The requested resource was not found"})
        if form.get("To") == "+15005550001":
            return self.answer(400, {"code": 21211, "message": "The 'To' number is not a valid phone number.", "status": 400})
        self.answer(201, {
            "sid": "SM" + uuid.uuid4().hex,
            "account_sid": match.group(1),
            "to": form.get("To"),
            "from": form.get("From"),
            "body": form.get("Body"),
            "status": "queued",
            "num_segments": "1",
        })


HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
