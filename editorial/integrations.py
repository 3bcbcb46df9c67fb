"""Reads of other apps' models for the dashboard; each returns [] while the model is missing.

campaigns.CampaignPage / CampaignStage and events.EventPage are built by other apps; they
are looked up at run time so the editorial app works (and its dashboard renders) without them.
"""

from django.apps import apps
from django.utils import timezone


def get_model(label):
    """A model another app may or may not provide (campaigns, events)."""
    try:
        return apps.get_model(label, require_ready=False)
    except (LookupError, ValueError):
        return None


def campaign_stages_ending_between(start, end, limit=10):
    """[(campaign page, stage name, end date)] for stages of live campaigns ending in [start, end]."""
    CampaignStage = get_model("campaigns.CampaignStage")
    if CampaignStage is None:
        return []
    stages = (
        CampaignStage.objects.filter(end_date__range=(start, end), page__live=True)
        .select_related("page")
        .order_by("end_date", "page__title")[:limit]
    )
    return [
        (stage.page, stage.title or stage.get_kind_display(), stage.end_date) for stage in stages
    ]


def upcoming_events_without_registration(today, limit=10):
    """Live, scheduled events still to come with neither a sign-up form, a sign-up link, nor a
    note saying none is needed (e.g. “无需报名”)."""
    EventPage = get_model("events.EventPage")
    if EventPage is None:
        return []
    events = EventPage.objects.live().filter(start__gte=timezone.now())
    if hasattr(EventPage, "status"):
        events = events.filter(status="scheduled")
    for name in ("registration_page", "registration_url", "registration_note"):
        if not hasattr(EventPage, name):
            return []
    if hasattr(EventPage, "registration_mode"):  # booking on this site is registration too
        events = events.exclude(registration_mode="site")
    return list(
        events.filter(
            registration_page__isnull=True, registration_url="", registration_note=""
        ).order_by("start")[:limit]
    )


def overdue_messages(today=None):
    """Unanswered residents' messages past their deadline (consultation.queries), or []."""
    if get_model("consultation.Message") is None:
        return []
    from consultation.queries import overdue_messages as consultation_overdue

    return consultation_overdue(today)
