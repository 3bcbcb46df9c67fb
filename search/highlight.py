"""Snippets around the words a reader searched for, escaped, with the words in <mark>."""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from .segment import ParsedQuery

SNIPPET_CHARS = 120
WHITESPACE = re.compile(r"\s+")


def pattern_for(parsed: ParsedQuery):
    """One regex matching every query word: Chinese words as typed, English words by stem."""
    parts = []
    for word in parsed.highlight_terms:
        if word.isascii():
            parts.append(r"\b" + re.escape(word) + r"\w*")
        else:
            parts.append(re.escape(word))
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def clean(text):
    return WHITESPACE.sub(" ", strip_tags(text or "")).strip()


def mark(text, pattern):
    """Escape ``text`` and wrap each match of ``pattern`` in <mark>."""
    if not pattern:
        return escape(text)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        out.append("<mark>" + escape(match.group()) + "</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))


def snippet(texts, pattern, length=SNIPPET_CHARS):
    """The first passage of ``texts`` (tried in order) that contains a query word, marked.

    Falls back on the start of the first non-empty text when no word is found (a match in
    a field that is not shown, or on a stem).
    """
    texts = [clean(t) for t in texts if t]
    texts = [t for t in texts if t]
    if not texts:
        return ""
    for text in texts:
        match = pattern.search(text) if pattern else None
        if match:
            start = max(0, match.start() - length // 3)
            end = min(len(text), start + length)
            passage = text[start:end]
            prefix = "…" if start > 0 else ""
            suffix = "…" if end < len(text) else ""
            return mark_safe(prefix + mark(passage, pattern) + suffix)
    text = texts[0]
    passage = text[:length]
    return mark_safe(mark(passage, pattern) + ("…" if len(text) > length else ""))
