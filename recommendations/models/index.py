"""The recommendations index: recommendations and book lists, filtered with plain GET parameters."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.db.models.functions import ExtractYear
from taggit.models import Tag
from wagtail.models import Page

from core.image_renditions import attach_renditions
from core.listing import paginate
from core.models import BasePage
from core.visibility import public_pages

from .book_list import BookListItem, BookListPage
from .localize import localize_books
from .recommendation import BookRecommendationPage


@dataclass
class Card:
    page: Page
    kind: str
    url: str
    title: str
    summary: str = ""
    image: object = None
    book: object = None
    count: int = 0


class RecommendationIndexPage(BasePage):
    """好书推荐 index: every recommendation and book list below it, filterable and paginated."""

    per_page = 12

    parent_page_types = ["home.HomePage"]
    subpage_types = ["recommendations.BookRecommendationPage", "recommendations.BookListPage"]

    content_panels = [*BasePage.content_panels, "intro"]

    class Meta:
        verbose_name = "好书推荐首页"
        verbose_name_plural = "好书推荐首页"

    # -- filter options --------------------------------------------------------------

    @staticmethod
    def theme_choices():
        tags = (
            Tag.objects.filter(recommendations_booktag_items__isnull=False)
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )
        return list(tags)

    def year_choices(self):
        """Years with a recommendation or a book list here (one query)."""
        rec_years = (
            public_pages(BookRecommendationPage.objects.child_of(self))
            .filter(recommended_on__isnull=False)
            .annotate(y=ExtractYear("recommended_on"))
            .order_by()
            .values_list("y")
        )
        list_years = (
            public_pages(BookListPage.objects.child_of(self))
            .filter(year__isnull=False)
            .order_by()
            .values_list("year")
        )
        return sorted({year for (year,) in rec_years.union(list_years)}, reverse=True)

    def build_cards(self, pages, request):
        """Cards for one page of results, in a fixed number of queries."""
        ids = [p.pk for p in pages]
        recs = {
            p.pk: p
            for p in BookRecommendationPage.objects.filter(pk__in=ids).select_related(
                "book__cover", "listing_image"
            )
        }
        lists = {
            p.pk: p
            for p in BookListPage.objects.filter(pk__in=ids)
            .select_related("image", "listing_image")
            .prefetch_related(
                Prefetch("items", queryset=BookListItem.objects.select_related("book__cover"))
            )
        }
        books = localize_books([p.book for p in recs.values() if p.book_id])
        cards = []
        for base in pages:
            if base.pk in recs:
                page = recs[base.pk]
                book = books.get(page.book_id) if page.book_id else None
                cards.append(
                    Card(
                        page=page,
                        kind="recommendation",
                        url=page.get_url(request),
                        title=page.get_listing_title(),
                        summary=page.listing_summary or page.intro,
                        image=page.listing_image or (book.cover if book else None),
                        book=book,
                    )
                )
            elif base.pk in lists:
                page = lists[base.pk]
                items = [item for item in page.items.all() if item.book_id]
                first_cover = next((i.book.cover for i in items if i.book.cover_id), None)
                cards.append(
                    Card(
                        page=page,
                        kind="list",
                        url=page.get_url(request),
                        title=page.get_listing_title(),
                        summary=page.listing_summary or page.intro,
                        image=page.listing_image or page.image or first_cover,
                        count=len(items),
                    )
                )
        attach_renditions([card.image for card in cards])
        return cards

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from recommendations.filters import RecommendationFilters

        filters = RecommendationFilters(
            request, themes=self.theme_choices(), year=self.year_choices()
        )
        pages = filters.apply(public_pages(Page.objects.child_of(self), request))
        items = paginate(request, pages, self.per_page)
        context.update(
            {
                "filters": filters,
                "items": items,
                "cards": self.build_cards(list(items.object_list), request),
                "is_filtered": bool(filters.values),
            }
        )
        return context
