"""The recommendations index: recommendations and book lists, filtered with plain GET parameters."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.models import Page

from core.fields import contains_code
from core.listing import FilterState, paginate, read_choice, read_int
from core.models import BasePage

from .choices import AgeGroup, Category
from .localize import attach_renditions, localize_books
from .pages import BookListItem, BookListPage, BookRecommendationPage

KIND_CHOICES = [("recommendation", _("好书推荐")), ("list", _("推荐书单"))]


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
        rec_years = {
            d.year
            for d in BookRecommendationPage.objects.child_of(self)
            .live()
            .dates("recommended_on", "year")
        }
        list_years = set(
            BookListPage.objects.child_of(self).live().values_list("year", flat=True).distinct()
        )
        return sorted(rec_years | list_years, reverse=True)

    def read_filters(self, request):
        state = FilterState()
        themes = self.theme_choices()
        filters = {
            "kind": read_choice(request, state, "type", KIND_CHOICES, "内容类型"),
            "category": read_choice(request, state, "category", Category.choices, "分类"),
            "age": read_choice(request, state, "age", AgeGroup.choices, "适读年龄"),
            "theme": read_choice(request, state, "theme", themes, "主题"),
            "year": read_int(request, state, "year", "年份", minimum=1900, maximum=2100),
        }
        return state, filters, themes

    # -- the listing -----------------------------------------------------------------

    def filtered_pages(self, kind=None, category=None, age=None, theme=None, year=None):
        """A Page queryset of the live recommendations and lists that match every filter."""
        recs = BookRecommendationPage.objects.child_of(self).live()
        lists = BookListPage.objects.child_of(self).live()
        if category:
            recs = recs.filter(book__category=category)
            lists = lists.filter(items__book__category=category)
        if age:
            recs = recs.filter(contains_code("book__age_groups", age))
            # A list with no audience chosen suits every age.
            lists = lists.filter(contains_code("audience", age) | Q(audience=[]))
        if theme:
            recs = recs.filter(book__tagged_items__tag__slug=theme)
            lists = lists.filter(items__book__tagged_items__tag__slug=theme)
        if year:
            recs = recs.filter(recommended_on__year=year)
            lists = lists.filter(year=year)
        condition = Q(pk__in=[])
        if kind in (None, "recommendation"):
            condition |= Q(pk__in=recs.values("pk"))
        if kind in (None, "list"):
            condition |= Q(pk__in=lists.values("pk"))
        return Page.objects.filter(condition).order_by("-first_published_at", "path")

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
        state, filters, themes = self.read_filters(request)
        pages = Page.objects.none() if state.invalid else self.filtered_pages(**filters)
        items = paginate(request, pages, self.per_page)
        context.update(
            {
                "filters": state,
                "items": items,
                "cards": self.build_cards(list(items.object_list), request),
                "kind_choices": KIND_CHOICES,
                "category_choices": Category.choices,
                "age_choices": AgeGroup.choices,
                "theme_choices": themes,
                "year_choices": self.year_choices(),
                "is_filtered": bool(state.values),
            }
        )
        return context
