"""The public list's GET filters: category, year and a search query."""

from django.utils.translation import gettext as _
from wagtail.search.backends import get_search_backend

from core.listing import FilterState, read_choice, read_int

from .models import Answer, MessageCategory

MAX_QUERY_LENGTH = 50
SEARCH_LIMIT = 500


def filter_messages(request, messages):
    """(messages, filters): unknown values empty the list with a message, never an error."""
    filters = FilterState()
    category = read_choice(request, filters, "category", MessageCategory.choices, _("类别"))
    if category:
        messages = messages.filter(category=category)
    year = read_int(request, filters, "year", _("年份"), minimum=2000, maximum=2100)
    if year:
        messages = messages.filter(received_at__year=year)
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    if query:
        filters.values["q"] = query
        # The index holds published answers to public questions only (Answer.get_indexed_objects).
        found = get_search_backend().search(query, Answer.objects.filter(live=True))[:SEARCH_LIMIT]
        messages = messages.filter(answer__in=[answer.pk for answer in found])
    if filters.invalid:
        messages = messages.none()
    return messages, filters
