"""Every figure of the programme, registered once (see ``base``); import this package to use them."""

from . import activity, facilities, people, satisfaction  # noqa: F401 (they register figures)
from .base import REGISTRY, SECTIONS, Figure, Table

HEADLINES = [
    "spaces_by_subdistrict",
    "events_by_month",
    "bookings_attendance",
    "promoters_by_subdistrict",
    "books_by_category",
    "survey_ratings",
    "feedback_by_month",
]


def get_figure(key):
    return REGISTRY[key]


def all_keys():
    """Every figure, in the order of the policy's sections."""
    order = [code for code, _label in SECTIONS]
    return [f.key for f in sorted(REGISTRY.values(), key=lambda f: order.index(f.section))]


__all__ = ["HEADLINES", "REGISTRY", "SECTIONS", "Figure", "Table", "all_keys", "get_figure"]
