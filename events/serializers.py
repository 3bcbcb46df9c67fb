"""API representation of an event's registration: seats and state, never people."""

from django.utils import timezone
from rest_framework.fields import Field


def _iso(value):
    return timezone.localtime(value).isoformat() if value else None


class RegistrationSerializerField(Field):
    """``registration`` on /api/v2/pages/: mode, capacity, seats left per occurrence."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        summary = page.registration_summary()
        for key in ("opens", "closes"):
            if key in summary:
                summary[key] = _iso(summary[key])
        for occurrence in summary.get("occurrences", []):
            occurrence["start"] = _iso(occurrence["start"])
            occurrence["end"] = _iso(occurrence["end"])
        if summary.get("url"):
            request = self.context.get("request")
            if request is not None and summary["url"].startswith("/"):
                summary["url"] = request.build_absolute_uri(summary["url"])
        return summary
