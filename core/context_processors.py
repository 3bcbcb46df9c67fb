from django.conf import settings

from core.display import read_preferences


def display_preferences(request):
    """Large text and high contrast (适老化) come from a cookie, so they work without JavaScript."""
    prefs = read_preferences(request)
    return {
        "display": prefs,
        "show_demo_notice": settings.SHOW_DEMO_NOTICE,
    }
