"""Campaign pages other apps read: the campaign the home page shows, campaigns with stages
(the statistics)."""

from django.conf import settings

from campaigns import stages as stage_rules
from campaigns.models import CampaignPage
from core.image_renditions import with_renditions
from core.queries import chosen_translation
from core.visibility import public_pages

# The stage kinds, for other apps' labels (the statistics' sign-ups by stage).
STAGE_KINDS = stage_rules.STAGE_KINDS


def live_campaigns():
    """Live campaigns with their stages prefetched and images joined, for cards and the home
    page (renditions: ``core.image_renditions.attach_renditions``)."""
    return (
        public_pages(CampaignPage.objects)
        .select_related("cover_image", "listing_image")
        .prefetch_related("stages")
    )


def current_campaign(locale, featured_id=None, now=None):
    """The campaign the home page shows (see ``_current_campaign``), images with renditions."""
    return with_renditions(
        _current_campaign(locale, featured_id, now), "cover_image", "listing_image"
    )


def _current_campaign(locale, featured_id=None, now=None):
    """The campaign the home page shows: the editor's choice, else the one that matters now.

    ``featured_id`` is a chosen CampaignPage in any language; its translation into
    ``locale`` is used. Without one: a campaign under way (the one closing soonest), else the next to
    start, else the most recently finished. A fixed number of queries whatever the count.
    """
    campaigns = live_campaigns().filter(locale=locale)
    if featured_id is not None:
        chosen = chosen_translation(campaigns, featured_id)
        if chosen is not None:
            chosen.state = chosen.get_state(now)
            return chosen
    candidates = list(campaigns)
    for campaign in candidates:
        campaign.state = campaign.get_state(now)
    live = [c for c in candidates if c.state.is_live]
    if live:
        return min(live, key=lambda c: (c.state.current or c.state.next).end)
    upcoming = [c for c in candidates if c.state.status == stage_rules.UPCOMING]
    if upcoming:
        return min(upcoming, key=lambda c: c.state.next.start)
    finished = [c for c in candidates if c.state.stages]
    if finished:
        return max(finished, key=lambda c: c.state.stages[-1].stage.end)
    return None


def campaigns_with_stages():
    """Live campaigns in the original language, stages prefetched (two queries)."""
    return list(
        CampaignPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .defer_streamfields()
        .prefetch_related("stages")
        .order_by("path")
    )


def stages_ending_between(start, end, limit=10):
    """[(campaign page, stage name, end date)] for stages of live campaigns ending in [start, end]."""
    from campaigns.models import CampaignStage

    stages = (
        CampaignStage.objects.filter(end_date__range=(start, end), page__live=True)
        .select_related("page")
        .order_by("end_date", "page__title")[:limit]
    )
    return [(stage.page, stage.label, stage.end_date) for stage in stages]
