"""schema.org for a campaign: an Event in Xicheng whose stages are its sub-events."""

from core import jsonld


def campaign_event(campaign, request):
    """The campaign as an Event, or None while it has no stages."""
    stage_list = sorted(campaign.stage_list(), key=lambda s: s.start)
    if not stage_list:
        return None
    state = campaign.get_state()
    return {
        "@context": jsonld.CONTEXT,
        "@type": "Event",
        "name": campaign.title,
        "description": campaign.get_meta_description(),
        "url": campaign.get_full_url(request),
        "startDate": stage_list[0].start.isoformat(),
        "endDate": max(s.end for s in stage_list).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": "北京市西城区",
            "address": jsonld.postal_address(),
        },
        "organizer": {"@type": "Organization", "name": campaign.organiser}
        if campaign.organiser
        else None,
        "image": jsonld.image_object(campaign.cover_image, request),
        "inLanguage": campaign.locale.language_code,
        "subEvent": [
            {
                "@type": "Event",
                "name": f"{campaign.title} · {stage.label}",
                "startDate": stage.start.isoformat(),
                "endDate": stage.end.isoformat(),
            }
            for stage in stage_list
        ],
        "isAccessibleForFree": True,
        "keywords": str(state.status_label),
    }
