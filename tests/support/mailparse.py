#!/usr/bin/env python3
"""Prints the emails of a Maildir (as aiosmtpd's Mailbox handler writes them) as JSON, read
with Python's own MIME parser: envelope, headers decoded, and each leaf part's type and text.
Usage: mailparse.py MAILDIR"""
import email
import email.policy
import json
import mailbox
import sys


def main(path):
    box = mailbox.Maildir(path, factory=None, create=False)
    out = []
    for key in box.keys():
        with box.get_file(key) as raw:
            message = email.message_from_binary_file(raw, policy=email.policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            parts.append({
                "type": part.get_content_type(),
                "charset": part.get_content_charset() or "",
                "text": part.get_content(),
            })
        out.append({
            "envelope_to": message.get("X-RcptTo", ""),
            "envelope_from": message.get("X-MailFrom", ""),
            "from": str(message.get("From", "")),
            "to": str(message.get("To", "")),
            "subject": str(message.get("Subject", "")),
            "date": str(message.get("Date", "")),
            "message_id": str(message.get("Message-ID", "")),
            "content_type": message.get_content_type(),
            "defects": [type(d).__name__ for d in message.defects],
            "parts": parts,
        })
    out.sort(key=lambda m: (m["date"], m["message_id"]))
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
