"""The article index's filters: category and tag (``?category=news&tags=北京``)."""

from django.utils.translation import gettext_lazy as _

from articles.models import CATEGORIES
from core.listing import Choice, ListingFilters


class ArticleFilters(ListingFilters):
    filters = [
        Choice("category", _("栏目"), _("全部栏目"), CATEGORIES),
        # Choices per request: the tags of this index's live articles. "tag" was the old name.
        Choice("tags", _("标签"), _("全部标签"), aliases=("tag",), translate_labels=False),
    ]

    def filter_tags(self, queryset, name):
        return queryset.filter(tags__name=name).distinct()
