"""Campaign reads other apps use (the statistics): campaigns with their stages."""

from django.conf import settings


def campaigns_with_stages():
    """Live campaigns in the original language, stages prefetched (two queries)."""
    from campaigns.models import CampaignPage

    return list(
        CampaignPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .defer_streamfields()
        .prefetch_related("stages")
        .order_by("path")
    )
