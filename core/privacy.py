"""Masking personal data for lists and public pages (王**, 138****1234, w***@example.com)."""

import re

MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")


def mask_name(name):
    """Keep the first character: 王小明 → 王**, Alice → A****."""
    name = (name or "").strip()
    if not name:
        return ""
    return name[0] + "*" * max(len(name) - 1, 1)


def mask_phone(phone):
    """Keep the first three and the last four digits: 13812341234 → 138****1234."""
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_email(email):
    """Keep the first character of the local part and the domain: w***@example.com."""
    local, _, domain = (email or "").partition("@")
    if not domain:
        return mask_name(local)
    return (local[:1] + "***@" + domain) if local else "***@" + domain
