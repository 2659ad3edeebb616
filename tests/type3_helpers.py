"""A hand-made one-page PDF whose text is drawn in a Type 3 font (every glyph a filled box), for the tests of
TeX bitmap fonts (session 23). ``names`` gives each character code its glyph name in the font's ``/Differences``;
a code left out has no name, as pdfTeX leaves no map from code to letter."""

from __future__ import annotations


def _differences(names: dict[int, str]) -> str:
    out: list[str] = []
    previous = -2
    for code in sorted(names):
        if code != previous + 1:
            out.append(str(code))
        out.append("/" + names[code])
        previous = code
    return " ".join(out)


def _escaped(line: bytes) -> bytes:
    for raw, escaped in ((b"\\", b"\\\\"), (b"(", b"\\("), (b")", b"\\)"), (b"\r", b"\\r"), (b"\n", b"\\n")):
        line = line.replace(raw, escaped)
    return line


def type3_pdf(lines: list[bytes], names: dict[int, str], to_unicode: dict[int, str] | None = None) -> bytes:
    """A PDF drawing ``lines`` (character codes, one line each) in one Type 3 font named as in ``names``; with
    ``to_unicode`` (code -> text) the font also carries a ToUnicode map."""
    codes = sorted({code for line in lines for code in line} | set(names))
    first, last = codes[0], codes[-1]
    objects: list[bytes] = []

    def add(body: bytes | str) -> int:
        objects.append(body if isinstance(body, bytes) else body.encode("latin-1"))
        return len(objects)

    glyph = b"500 0 0 0 400 600 d1 0 0 400 600 re f"
    proc = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(glyph), glyph))
    procs = " ".join(f"/{name} {proc} 0 R" for name in sorted(set(names.values())))
    widths = " ".join("500" for _ in range(first, last + 1))
    extra = ""
    if to_unicode:
        pairs = "".join(f"<{code:02X}> <{''.join(f'{ord(ch):04X}' for ch in text)}>\n" for code, text in to_unicode.items())
        cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def\n"
                "1 begincodespacerange <00> <FF> endcodespacerange\n"
                f"{len(to_unicode)} beginbfchar\n{pairs}endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end")
        extra = f"/ToUnicode {add(f'<< /Length {len(cmap)} >>' + chr(10) + 'stream' + chr(10) + cmap + chr(10) + 'endstream')} 0 R"
    font = add(f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 600] /FontMatrix [0.001 0 0 0.001 0 0] "
               f"/CharProcs << {procs} >> /Encoding << /Type /Encoding /Differences [{_differences(names)}] >> "
               f"/FirstChar {first} /LastChar {last} /Widths [{widths}] /Resources << >> {extra} >>")
    content = b"BT /F1 10 Tf 14 TL 50 780 Td\n" + b"".join(b"(" + _escaped(line) + b") Tj T*\n" for line in lines) + b"ET"
    contents = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    page = add(f"<< /Type /Page /Parent {len(objects) + 2} 0 R /MediaBox [0 0 595 842] /Contents {contents} 0 R "
               f"/Resources << /Font << /F1 {font} 0 R >> >> >>")
    pages = add(f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    catalog = add(f"<< /Type /Catalog /Pages {pages} 0 R >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def tex_names(lines: list[bytes]) -> dict[int, str]:
    """pdfTeX's names for a bitmap font's glyphs: ``/a<code>`` for every code drawn."""
    return {code: f"a{code}" for line in lines for code in line}
