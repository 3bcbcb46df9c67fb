"""Line breaking for text drawn into images (covers, posters, share cards).

Chinese may break between any two characters, except where 禁则 (kinsoku) forbids it:
closing punctuation (，。、）》…) never starts a line and opening punctuation (（《“) never
ends one. English breaks between words. ``measure(text) -> width`` is the caller's font
metric (``draw.textlength``), so the rules stay independent of Pillow.
"""

import re

# May not start a line: closing brackets and quotes, sentence and clause marks, iteration
# marks, the ellipsis and the dash (they hang on the previous character).
NO_LINE_START = set("，。、；：？！）》」』】〕〉〗｝”’·…—～％‰,.;:?!)]}%、ー々〻")
# May not end a line: opening brackets and quotes.
NO_LINE_END = set("（《「『【〔〈〖｛“‘([{")

# A Latin word or number (kept whole), a run of spaces, or any other single character.
TOKENS = re.compile(r"[A-Za-z0-9'’\-]+|\s+|.")


def _units(text):
    """Unbreakable units: each token, with closing marks glued to the unit before them and
    opening marks glued to the unit after them."""
    units = []
    pending_open = ""
    for token in TOKENS.findall(text):
        if token in NO_LINE_END:
            pending_open += token
            continue
        if token[0] in NO_LINE_START and units and not pending_open:
            units[-1] += token
            continue
        units.append(pending_open + token)
        pending_open = ""
    if pending_open:
        if units:
            units[-1] += pending_open
        else:
            units.append(pending_open)
    return units


def _hard_split(unit, measure, max_width):
    """A unit wider than a line (a very long word): cut it where it must be cut."""
    pieces = []
    while unit and measure(unit) > max_width:
        cut = len(unit) - 1
        while cut > 1 and measure(unit[:cut]) > max_width:
            cut -= 1
        pieces.append(unit[:cut])
        unit = unit[cut:]
    if unit:
        pieces.append(unit)
    return pieces


def break_lines(text, measure, max_width):
    """Lines of ``text`` no wider than ``max_width`` that respect the kinsoku rules."""
    lines, current = [], ""
    for unit in _units(" ".join(text.split())):
        trial = current + unit
        if measure(trial) <= max_width or not current.strip():
            if measure(trial) > max_width:  # alone on a line and still too wide
                *full, current = _hard_split(trial, measure, max_width)
                lines.extend(full)
            else:
                current = trial
            continue
        lines.append(current.rstrip())
        current = unit.lstrip()
        if measure(current) > max_width:
            *full, current = _hard_split(current, measure, max_width)
            lines.extend(full)
    if current.strip():
        lines.append(current.rstrip())
    return lines


def fit_lines(text, measure, max_width, max_lines):
    """At most ``max_lines`` lines; the last one ends in an ellipsis when text was cut."""
    lines = break_lines(text, measure, max_width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and measure(last + "…") > max_width:
            last = last[:-1]
        # Never leave an opening mark before the ellipsis.
        last = last.rstrip("".join(NO_LINE_END) + " ")
        lines[-1] = last + "…"
    return lines
