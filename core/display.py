"""Reader display preferences: larger text and higher contrast, kept in one cookie."""

COOKIE_NAME = "sxc_display"
COOKIE_MAX_AGE = 365 * 24 * 3600
OPTIONS = {"large", "contrast"}


def parse(value: str | None) -> set[str]:
    if not value:
        return set()
    return {part for part in value.split("-") if part in OPTIONS}


def serialise(options: set[str]) -> str:
    return "-".join(sorted(options & OPTIONS))


def read_preferences(request) -> dict:
    options = parse(request.COOKIES.get(COOKIE_NAME))
    return {
        "large": "large" in options,
        "contrast": "contrast" in options,
        "classes": " ".join(f"pref-{name}" for name in sorted(options)),
    }
