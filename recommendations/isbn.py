"""ISBN parsing: accept ISBN-10 or ISBN-13, with or without hyphens; store 13 digits.

Pure functions first (easy to test), then the Django validator that model ``clean()``
and forms use. Messages are in Chinese because editors read them in the admin.
"""

import re

from django.core.exceptions import ValidationError

SEPARATORS = re.compile(r"[\s\-‐‑‒–—－]")


class InvalidISBN(ValueError):
    """Raised with a Chinese message an editor can act on."""


def _strip(raw):
    return SEPARATORS.sub("", str(raw or "")).upper()


def isbn10_check_digit(first_nine):
    total = sum((10 - i) * int(d) for i, d in enumerate(first_nine))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def isbn13_check_digit(first_twelve):
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first_twelve))
    return str((10 - total % 10) % 10)


def isbn10_to_13(isbn10):
    """978-prefixed ISBN-13 for a (valid, compact) ISBN-10."""
    body = "978" + isbn10[:9]
    return body + isbn13_check_digit(body)


def parse_isbn(raw):
    """The canonical 13-digit ISBN for ``raw``, or ``""`` for an empty value.

    Raises ``InvalidISBN`` with a Chinese message for anything else.
    """
    compact = _strip(raw)
    if not compact:
        return ""
    if len(compact) == 10:
        if not re.fullmatch(r"\d{9}[\dX]", compact):
            raise InvalidISBN("ISBN-10 应为 9 位数字加 1 位校验码（数字或 X）。")
        if isbn10_check_digit(compact[:9]) != compact[9]:
            raise InvalidISBN(
                f"ISBN “{raw}”的校验码不正确：最后一位应为 {isbn10_check_digit(compact[:9])}，请核对书上的条码。"
            )
        return isbn10_to_13(compact)
    if len(compact) == 13:
        if not compact.isdigit():
            raise InvalidISBN("ISBN-13 只能包含数字（可以带连字符）。")
        if not compact.startswith(("978", "979")):
            raise InvalidISBN("ISBN-13 应以 978 或 979 开头。")
        if isbn13_check_digit(compact[:12]) != compact[12]:
            raise InvalidISBN(
                f"ISBN “{raw}”的校验码不正确：最后一位应为 {isbn13_check_digit(compact[:12])}，请核对书上的条码。"
            )
        return compact
    raise InvalidISBN("ISBN 应为 10 位或 13 位（可以带连字符），请核对。")


def is_valid_isbn(raw):
    try:
        parse_isbn(raw)
    except InvalidISBN:
        return False
    return True


def validate_isbn(value):
    """Django validator: raises a Chinese ValidationError for a malformed ISBN."""
    try:
        parse_isbn(value)
    except InvalidISBN as error:
        raise ValidationError(str(error), code="invalid_isbn")
