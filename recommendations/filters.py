"""The recommendations index's filters: kind, category, age group, theme, year.

``?kind=list&category=literature&age_groups=primary&themes=beijing&year=2026``; the older
``type``, ``age`` and ``theme`` still work. Recommendations are matched by their book's
fields, book lists by any of their books' (and their own audience and year).
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.fields import contains_code
from core.listing import Choice, ListingFilters, year_choice
from recommendations.models import BookListPage, BookRecommendationPage
from recommendations.models.choices import AgeGroup, Category

KIND_CHOICES = [("recommendation", _("好书推荐")), ("list", _("推荐书单"))]


class RecommendationFilters(ListingFilters):
    filters = [
        Choice("kind", _("内容类型"), _("推荐与书单"), KIND_CHOICES, aliases=("type",)),
        Choice("category", _("分类"), _("全部分类"), Category.choices),
        Choice("age_groups", _("适读年龄"), _("全部年龄"), AgeGroup.choices, aliases=("age",)),
        # Choices per request: the books' themes (slug, name) and the years with content.
        Choice("themes", _("主题"), _("全部主题"), aliases=("theme",), translate_labels=False),
        year_choice(_("全部年份"), minimum=1900),
    ]

    def apply(self, queryset):
        """The live recommendations and book lists of ``queryset`` (pages) that match."""
        if self.invalid:
            return queryset.none()
        ids = queryset.values("pk")
        recs = BookRecommendationPage.objects.filter(pk__in=ids)
        lists = BookListPage.objects.filter(pk__in=ids)
        values = self.values
        if values.get("category"):
            recs = recs.filter(book__category=values["category"])
            lists = lists.filter(items__book__category=values["category"])
        if values.get("age_groups"):
            age = values["age_groups"]
            recs = recs.filter(contains_code("book__age_groups", age))
            # A list with no audience chosen suits every age.
            lists = lists.filter(contains_code("audience", age) | Q(audience=[]))
        if values.get("themes"):
            recs = recs.filter(book__tagged_items__tag__slug=values["themes"])
            lists = lists.filter(items__book__tagged_items__tag__slug=values["themes"])
        if values.get("year"):
            recs = recs.filter(recommended_on__year=values["year"])
            lists = lists.filter(year=values["year"])
        kind = values.get("kind")
        condition = Q(pk__in=[])
        if kind in (None, "recommendation"):
            condition |= Q(pk__in=recs.values("pk"))
        if kind in (None, "list"):
            condition |= Q(pk__in=lists.values("pk"))
        return Page.objects.filter(condition).order_by("-first_published_at", "path")
