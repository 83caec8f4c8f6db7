#!/usr/bin/env python3
"""Writes the saved e-mails of tests/files/eml/ with Python's own e-mail writer (the MIME a mail client saves):
usage `python3 scripts/letters-to-eml.py`. Each carries a letter of tests/letters in a different way:
- quoted-printable: the letter as the message's text, UTF-8 quoted-printable, with an HTML alternative;
- base64: the letter as the message's text, Big5 in base64 (as older Hong Kong mail clients send it);
- pdf-attachment: a short covering note, and the letter as a PDF attachment (from tests/files/pdf/).
"""
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from pathlib import Path
import html

root = Path(__file__).resolve().parent.parent
out = root / "tests/files/eml"
out.mkdir(parents=True, exist_ok=True)
when = format_datetime(datetime(2026, 1, 12, 10, 30, tzinfo=timezone(timedelta(hours=8))))


def message(subject, sender):
    m = EmailMessage(policy=default)
    m["From"] = sender
    m["To"] = "Invitee <invitee@example.org>"
    m["Date"] = when
    m["Subject"] = subject
    return m


letter = (root / "tests/letters/01-hkapa-cellist.txt").read_text(encoding="utf-8")
m = message("Invitation – School of Music, March 2026", "香港演藝學院 <music@hkapa.example>")
m.set_content(letter, charset="utf-8", cte="quoted-printable")
m.add_alternative("<html><body>" + "".join(f"<p>{html.escape(l)}</p>" for l in letter.splitlines()) + "</body></html>", subtype="html")
(out / "01-hkapa-cellist-quoted-printable.eml").write_bytes(bytes(m))

letter = (root / "tests/letters/13-hkapa-dance-zh-hant.txt").read_text(encoding="utf-8")
m = message("邀請函：舞蹈大師班", "香港演藝學院舞蹈學院 <dance@hkapa.example>")
m.set_content(letter.encode("big5"), maintype="text", subtype="plain", cte="base64", params={"charset": "big5"})
(out / "13-hkapa-dance-zh-hant-big5-base64.eml").write_bytes(bytes(m))

m = message("Fwd: Invitation letter", "Festival Office <office@festival.example>")
m.set_content("Dear Ms Romano,\n\nPlease find attached the invitation letter for your visit.\n\nBest regards,\nFestival Office\n")
pdf = (root / "tests/files/pdf/28-sinfonietta-bullets-stay.pdf").read_bytes()
m.add_attachment(pdf, maintype="application", subtype="pdf", filename="invitation letter.pdf")
(out / "28-sinfonietta-bullets-stay-pdf-attachment.eml").write_bytes(bytes(m))
print("wrote", *sorted(p.name for p in out.iterdir()))
