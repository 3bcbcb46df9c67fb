"""Turn the plain-text policy document (西政办发〔2017〕26 号) into StandardPage fields.

The text was extracted from a PDF: lines are wrapped at about 29 characters, separated by
blank lines, and page breaks leave a leading space. A line shorter than the wrap width
ends a paragraph; numbered headings become heading blocks.
"""

import datetime
import re
from pathlib import Path

SOURCE = Path(__file__).parent / "data" / "xizhengbanfa-2017-26.txt"
WRAP_WIDTH = 27
H2 = re.compile(r"^[一二三四五六七八九十]+、\S{2,12}$")
H3 = re.compile(r"^（[一二三四五六七八九十]+）[^。，]{2,14}$")
STARTS_ITEM = re.compile(r"^(\d+\.|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")


def _paragraphs(lines):
    blocks, current = [], ""
    for line in lines:
        if H2.match(line) or H3.match(line):
            if current:
                blocks.append(("paragraph", current))
                current = ""
            blocks.append(("h2" if H2.match(line) else "h3", line))
            continue
        if current and STARTS_ITEM.match(line) and current.endswith("。"):
            blocks.append(("paragraph", current))
            current = ""
        current += line
        if len(line) < WRAP_WIDTH:
            blocks.append(("paragraph", current))
            current = ""
    if current:
        blocks.append(("paragraph", current))
    return blocks


def parse(text=None):
    text = text if text is not None else SOURCE.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # The body follows the second occurrence of the document's own title.
    starts = [i for i, line in enumerate(lines) if line.startswith("为促进全民阅读")]
    body_start = starts[0]
    body_end = next(i for i, line in enumerate(lines) if line.startswith("抄送"))
    letter_start = next(i for i, line in enumerate(lines) if line.startswith("经区政府"))
    letter_end = next(i for i in range(letter_start, body_start) if lines[i].endswith("。"))
    letter = "".join(lines[letter_start : letter_end + 1])
    return {
        "title": "北京市西城区促进全民阅读建设“书香西城”若干意见",
        "document_number": "西政办发〔2017〕26 号",
        "issuer": "北京市西城区人民政府办公室",
        "issued_on": datetime.date(2017, 12, 29),
        "intro": letter,
        "blocks": _paragraphs(lines[body_start:body_end]),
    }


def as_stream_data(blocks):
    """Blocks in the shape StreamField accepts: headings and plain paragraphs."""
    from django.utils.html import escape

    data = []
    for kind, text in blocks:
        if kind == "paragraph":
            data.append(("paragraph", f"<p>{escape(text)}</p>"))
        else:
            data.append(("heading", {"text": text, "level": kind}))
    return data
