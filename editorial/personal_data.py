"""Personal-data patterns in published text: mainland mobile numbers, ID-card numbers, e-mails.

Pure functions over plain text; ``find_personal_data(text)`` returns ``Match`` tuples with
the kind, a masked excerpt (never the number itself: these go into admin messages and the
health report) and whether publishing must be blocked (phone and ID numbers always are).
"""

import datetime
import re
from dataclasses import dataclass

from core.privacy import mask_email, mask_phone

MOBILE_RE = re.compile(r"(?<![\d])(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?![\d])")
ID_CARD_RE = re.compile(r"(?<![\dXx])(\d{17}[\dXx])(?![\dXx\d])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"

KIND_LABELS = {"mobile": "手机号码", "id_card": "身份证号", "email": "电子邮箱"}


@dataclass(frozen=True)
class Match:
    kind: str
    excerpt: str
    blocking: bool

    @property
    def label(self):
        return KIND_LABELS.get(self.kind, self.kind)


def is_valid_id_card(number):
    """An 18-character resident ID number with a correct GB 11643 checksum and a birth date."""
    number = number.upper()
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    total = sum(int(digit) * weight for digit, weight in zip(number[:17], ID_WEIGHTS, strict=True))
    if ID_CHECK_CHARS[total % 11] != number[17]:
        return False
    try:
        born = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= born <= datetime.date.today()


def mask_id_card(number):
    return number[:3] + "*" * 11 + number[-4:]


def find_personal_data(text):
    """Every personal-data match in ``text`` (plain text, tags already stripped)."""
    if not text:
        return []
    found = []
    for match in ID_CARD_RE.finditer(text):
        if is_valid_id_card(match.group(1)):
            found.append(Match("id_card", mask_id_card(match.group(1)), True))
    without_ids = ID_CARD_RE.sub(" ", text)
    for match in MOBILE_RE.finditer(without_ids):
        found.append(Match("mobile", mask_phone("".join(match.groups())), True))
    for match in EMAIL_RE.finditer(text):
        found.append(Match("email", mask_email(match.group(0)), False))
    return found
