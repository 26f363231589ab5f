"""Hand-written PDFs for the bad-input tests: encrypted, looping page tree, scanned, tiny text.

Written byte by byte so the tests need no PDF library that can encrypt (none is installed).
"""

from __future__ import annotations

import hashlib

# The padding string of the PDF Standard security handler (PDF 1.7, algorithm 2).
_PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def build_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """Objects numbered 1..n (object 1 is the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


_ONE_PAGE = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]


def encrypted_pdf(user_password: bytes = b"secret", owner_password: bytes = b"owner") -> bytes:
    """RC4 40-bit (revision 2) with a user password: opening without it must fail."""
    file_id = b"0123456789abcdef"
    permissions = -4
    owner_key = hashlib.md5((owner_password + _PASSWORD_PAD)[:32]).digest()[:5]
    o_entry = _rc4(owner_key, (user_password + _PASSWORD_PAD)[:32])
    key = hashlib.md5(
        (user_password + _PASSWORD_PAD)[:32] + o_entry + permissions.to_bytes(4, "little", signed=True) + file_id
    ).digest()[:5]
    u_entry = _rc4(key, _PASSWORD_PAD)
    objects = [
        *_ONE_PAGE,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (o_entry.hex().encode(), u_entry.hex().encode(), permissions),
    ]
    ids = b"<%s>" % file_id.hex().encode()
    return build_pdf(objects, b"/Encrypt 4 0 R /ID [" + ids + b" " + ids + b"] ")


def looping_page_tree_pdf() -> bytes:
    """A /Pages node whose kid is a /Pages node pointing back at its parent."""
    return build_pdf(
        [
            *_ONE_PAGE,
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        ]
    )


def scanned_pdf() -> bytes:
    """A page with only a filled rectangle: pages, but no text layer."""
    return build_pdf(
        [
            *_ONE_PAGE,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            _stream(b"0.5 g 20 20 160 160 re f"),
        ]
    )


def text_pdf(*pages: bytes) -> bytes:
    """Pages of Helvetica text, one line per item of each page's lines (split on b"\\n")."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for page in pages:
        ops = b"BT /F1 11 Tf 14 TL 40 800 Td " + b" ".join(
            b"(" + line.replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*" for line in page.split(b"\n")
        ) + b" ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (len(objects) + 2)
        )
        objects.append(_stream(ops))
    return build_pdf(objects)
