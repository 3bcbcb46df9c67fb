"""A book list page (推荐书单): an ordered, themed list of at most 25 books."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core.fields import ChoiceListField
from core.image_renditions import attach_renditions
from core.models import BasePage
from core.serializers import ImageRenditionField
from core.visibility import public_pages
from recommendations import jsonld
from recommendations.forms import MAX_LIST_ITEMS, TOO_MANY_BOOKS, BookListPageForm
from recommendations.serializers import BookListItemsField

from .book_field import book_field
from .choices import AgeGroup, Season
from .localize import localize_books


def current_year():
    return timezone.localdate().year


class BookListItem(Orderable):
    page = ParentalKey(
        "recommendations.BookListPage", on_delete=models.CASCADE, related_name="items"
    )
    book = book_field(related_name="list_items")
    blurb = models.TextField(
        "推荐语",
        max_length=200,
        help_text="一两句话（200 字以内），说明为什么选入这份书单。",
    )

    panels = [FieldPanel("book"), FieldPanel("blurb")]

    class Meta(Orderable.Meta):
        verbose_name = "书单条目"
        verbose_name_plural = "书单条目"


class BookListPage(BasePage):
    """推荐书单: an ordered, themed list of at most 25 books."""

    how_to_use = RichTextField(
        "使用说明",
        features=["bold", "italic", "ol", "ul", "link"],
        blank=True,
        help_text="告诉读者怎样用这份书单：按什么顺序读、适合谁、在哪里借。",
    )
    year = models.PositiveSmallIntegerField(
        "年份", default=current_year, help_text="书单所属年份，用于筛选，如：2026。"
    )
    season = models.CharField(
        "时令",
        max_length=20,
        choices=Season.choices,
        default=Season.ALL_YEAR,
        help_text="如：寒假、暑假、世界读书日。",
    )
    audience = ChoiceListField(
        "适读人群", item_choices=AgeGroup.choices, help_text="可多选；留空表示老少皆宜。"
    )
    compiler = models.CharField(
        "编选", max_length=120, blank=True, help_text="编选单位或个人，如：西城区图书馆（示例）。"
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="书单封面",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="可选；留空时使用第一本书的封面。",
    )

    base_form_class = BookListPageForm
    parent_page_types = ["recommendations.RecommendationIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("how_to_use"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("year"), FieldPanel("season")]),
                FieldPanel("audience"),
                FieldPanel("compiler"),
                FieldPanel("image"),
            ],
            heading="书单信息",
        ),
        InlinePanel(
            "items",
            label="书目",
            heading=f"书目（按顺序，最多 {MAX_LIST_ITEMS} 本）",
            min_num=1,
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("how_to_use"),
        index.FilterField("year"),
        index.FilterField("season"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("how_to_use"),
        APIField("year"),
        APIField("season"),
        APIField("audience", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("compiler"),
        APIField("cover", serializer=ImageRenditionField("fill-600x400", source="image")),
        APIField("items", serializer=BookListItemsField()),
    ]

    # The API's items field reads every listed book and its cover.
    api_prefetch_related = ("items__book__cover",)

    class Meta:
        verbose_name = "推荐书单"
        verbose_name_plural = "推荐书单"

    def clean(self):
        super().clean()
        count = len([item for item in self.items.all() if item.book_id])
        if count > MAX_LIST_ITEMS:
            raise ValidationError(
                TOO_MANY_BOOKS.format(max=MAX_LIST_ITEMS, count=count, extra=count - MAX_LIST_ITEMS)
            )

    @property
    def season_label(self):
        return self.get_season_display()

    @property
    def audience_labels(self):
        return self._meta.get_field("audience").labels(self.audience)

    def get_main_image(self):
        if self.image_id:
            return self.image
        if "items" in getattr(self, "_prefetched_objects_cache", {}):  # API listings
            first = next((item for item in self.items.all() if item.book_id), None)
        else:
            first = self.items.select_related("book__cover").first()
        return first.book.cover if first and first.book else None

    def get_entries(self, request=None):
        """The list's books, localized, each with its position and where it points."""
        if hasattr(self, "_entries"):
            return self._entries
        items = [
            item
            for item in self.items.select_related("book__cover").prefetch_related("book__themes")
            if item.book
        ]
        books = localize_books([item.book for item in items], self.locale, themes=True)
        attach_renditions([book.cover for book in books.values()])
        keys = [item.book.translation_key for item in items]
        from .recommendation import BookRecommendationPage

        recommendations = {}
        for rec in (
            public_pages(BookRecommendationPage.objects)
            .filter(locale=self.locale, book__translation_key__in=keys)
            .select_related("book")
            .order_by("-recommended_on")
        ):
            recommendations.setdefault(rec.book.translation_key, rec)
        page_url = self.get_full_url(request) or ""
        entries = []
        for position, item in enumerate(items, start=1):
            rec = recommendations.get(item.book.translation_key)
            entries.append(
                {
                    "position": position,
                    "book": books[item.book.pk],
                    "blurb": item.blurb,
                    "recommendation": rec,
                    "url": rec.get_full_url(request) if rec else f"{page_url}#book-{position}",
                }
            )
        self._entries = entries
        return entries

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = self.get_entries(request)
        return context

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data.append(jsonld.item_list_object(self, self.get_entries(request), request))
        return data
