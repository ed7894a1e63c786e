#!/usr/bin/env python3
# Writes the small bad-input files that are committed (the large and special ones are made by
# tests/test-bad-input.c at run time). Run from this folder after changing plain.txt.
plain = open("plain.txt", encoding="utf-8").read()
french = (
    "Le Secrétaire général de l'OTAN, M. Jens Stoltenberg, a rencontré le 12 mars 2024 à "
    "Bruxelles le Premier ministre belge. « Notre Alliance est plus forte quand nous sommes "
    "unis », a déclaré le Secrétaire général.\n\n"
    "Les deux dirigeants ont également évoqué la préparation du sommet de Washington, prévu en "
    "juillet, ainsi que les dépenses de défense.\n"
)
raw = plain.encode("utf-8")
files = {
    "utf-8-bom.txt": b"\xef\xbb\xbf" + raw,
    "utf-16le-bom.txt": b"\xff\xfe" + plain.encode("utf-16-le"),
    "utf-16be-bom.txt": b"\xfe\xff" + plain.encode("utf-16-be"),
    "utf-16-no-bom.txt": plain.encode("utf-16-le"),
    "crlf.txt": plain.replace("\n", "\r\n").encode("utf-8"),
    "cr.txt": plain.replace("\n", "\r").encode("utf-8"),
    "windows-1252.txt": plain.encode("cp1252"),
    "latin-1.txt": french.encode("latin-1"),
    "nul-inside-text.txt": raw.replace(b"Belgium for", b"Belgium\x00 for", 1),
    # a stray byte and a character cut in two (a lone continuation byte)
    "invalid-utf8.txt": raw.replace(b"Brussels,", b"Brussels\xff,", 1).replace(
        b"two leaders", b"two\xe2\x80 leaders", 1
    ),
    "empty.txt": b"",
    "whitespace-only.txt": b"  \t\n\r\n   \n\xc2\xa0\xc2\xa0\n\n\t\n",
    "chrome-only.txt": b"NATO MULTIMEDIA ACCOUNT\n\nRegister\n\nReset password\n\nLast updated: 12 Mar. 2024 10:00\n",
    "html-page.txt": b"<!DOCTYPE html>\n<html lang=\"en\"><head><title>NATO</title></head>\n"
    b"<body><p>NATO Secretary General Jens Stoltenberg met the Prime Minister of Belgium.</p>"
    b"</body></html>\n",
    "impossible-dates.txt": (
        "NATO Defence Ministers met in Brussels on 31 February 2021 to discuss deterrence and "
        "defence. The next meeting is planned for 99 March 2020, and an archive card gives "
        "1 January 0000 as the date of the first session.\n\n"
        "The Secretary General said that Allies had agreed to step up their support.\n"
    ).encode("utf-8"),
}
for name, data in files.items():
    with open(name, "wb") as f:
        f.write(data)
