"""Book recommendation and book list pages."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable
from wagtail.search import index

from core.fields import ChoiceListField
from core.models import BasePage
from recommendations import jsonld

from .books import COVER_SPEC, Book
from .choices import AgeGroup, Season
from .localize import active_locale, localize_books

MAX_LIST_ITEMS = 25


def text_units(text):
    """Length for a word limit: each Chinese character or Latin word counts as one."""
    return len(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9][A-Za-z0-9'’-]*", text))


def current_year():
    return timezone.localdate().year


MAX_REASON_CHARS = 400
TOO_MANY_BOOKS = "一份书单最多收录 {max} 本书，现在有 {count} 本，请删去 {extra} 本后再保存。"


class BookSerializer(serializers.Serializer):
    """A book as nested in page API responses."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    subtitle = serializers.CharField()
    authors = serializers.CharField()
    translator = serializers.CharField()
    publisher = serializers.CharField()
    year = serializers.IntegerField()
    isbn = serializers.CharField()
    category = serializers.CharField()
    category_label = serializers.CharField()
    age_groups = serializers.ListField(child=serializers.CharField())
    cover_image = ImageRenditionField(COVER_SPEC, source="cover")


class RelatedBooksField(serializers.Field):
    def to_representation(self, value):
        return [BookSerializer(item.book).data for item in value.all() if item.book_id]


class BookListItemsField(serializers.Field):
    def to_representation(self, value):
        return [
            {"position": position, "blurb": item.blurb, "book": BookSerializer(item.book).data}
            for position, item in enumerate(value.all(), start=1)
            if item.book_id
        ]


def book_field(related_name="+", label="图书", help_text=""):
    return models.ForeignKey(
        Book,
        verbose_name=label,
        null=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        help_text=help_text,
    )


class RelatedBook(Orderable):
    page = ParentalKey(
        "recommendations.BookRecommendationPage",
        on_delete=models.CASCADE,
        related_name="related_books",
    )
    book = book_field(help_text="读完这本，还可以读什么。")

    panels = [FieldPanel("book")]

    class Meta(Orderable.Meta):
        verbose_name = "相关图书"
        verbose_name_plural = "相关图书"


class BookRecommendationPage(BasePage):
    """好书推荐: one book, who recommends it and why."""

    book = book_field(
        related_name="recommendation_pages",
        help_text="从图书库中选择；没有时先在“图书”中添加。",
    )
    recommended_on = models.DateField(
        "推荐日期", default=timezone.localdate, help_text="用于按年份筛选，默认为今天。"
    )
    recommender_name = models.CharField(
        "推荐人", max_length=60, help_text="姓名；示例内容请注明“（示例）”。"
    )
    recommender_title = models.CharField(
        "推荐人身份", max_length=120, blank=True, help_text="职务或单位，如：西城区图书馆馆员。"
    )
    recommender_photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="推荐人照片",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="可选，会裁切为正方形；请取得本人同意。",
    )
    reason = RichTextField(
        "推荐理由",
        features=["bold", "italic"],
        help_text=f"四五句话（{MAX_REASON_CHARS} 字以内，英文按词计）：这本书好在哪里、适合谁读；请勿剧透结局。",
    )
    excerpt = models.TextField(
        "书摘", blank=True, max_length=800, help_text="可选，摘录原文一段，请逐字核对。"
    )
    excerpt_source = models.CharField(
        "书摘出处", max_length=120, blank=True, help_text="如：第一章、《冬阳·童年·骆驼队》。"
    )

    parent_page_types = ["recommendations.RecommendationIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("book"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("recommender_name"), FieldPanel("recommender_title")]),
                FieldPanel("recommender_photo"),
                FieldPanel("recommended_on"),
            ],
            heading="推荐人",
        ),
        FieldPanel("reason"),
        MultiFieldPanel([FieldPanel("excerpt"), FieldPanel("excerpt_source")], heading="书摘"),
        InlinePanel("related_books", label="相关图书", max_num=6),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("reason"),
        index.SearchField("recommender_name"),
        index.RelatedFields("book", [index.SearchField("title"), index.SearchField("authors")]),
        index.FilterField("recommended_on"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("book", serializer=BookSerializer()),
        APIField("recommended_on"),
        APIField("recommender_name"),
        APIField("recommender_title"),
        APIField(
            "recommender_photo_image",
            serializer=ImageRenditionField("fill-160x160", source="recommender_photo"),
        ),
        APIField("reason"),
        APIField("excerpt"),
        APIField("excerpt_source"),
        APIField("related_books", serializer=RelatedBooksField()),
    ]

    class Meta:
        verbose_name = "好书推荐"
        verbose_name_plural = "好书推荐"

    def clean(self):
        super().clean()
        length = text_units(strip_tags(self.reason or ""))
        if length > MAX_REASON_CHARS:
            raise ValidationError(
                {"reason": f"推荐理由请控制在 {MAX_REASON_CHARS} 字以内（现在约 {length} 字）。"}
            )

    # -- the book in the reader's language ---------------------------------------------

    def get_book(self):
        """The chosen book, in this page's locale when a live translation exists."""
        if not self.book_id:
            return None
        if not hasattr(self, "_localized_book"):
            book = self.book
            if book.locale_id != self.locale_id:
                book = localize_books([book], self.locale).get(book.pk, book)
            self._localized_book = book
        return self._localized_book

    def get_main_image(self):
        book = self.get_book()
        return book.cover if book else None

    def get_related_books(self):
        books = [
            item.book for item in self.related_books.select_related("book__cover") if item.book
        ]
        localized = localize_books(books, self.locale)
        return [localized[b.pk] for b in books]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["book"] = self.get_book()
        context["related"] = self.get_related_books()
        context["lists"] = (
            BookListPage.objects.live()
            .filter(locale=self.locale, items__book__translation_key=self.book.translation_key)
            .distinct()
            .order_by("-year")[:5]
            if self.book_id
            else []
        )
        return context

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data.append(jsonld.recommendation_object(self, self.get_book(), request))
        return data


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


class BookListPageForm(WagtailAdminPageForm):
    """Refuses more than MAX_LIST_ITEMS books with a message editors understand."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("items")
        if formset is not None:
            kept = 0
            for form in formset.forms:
                delete_field = form.fields.get("DELETE")
                deleted = bool(delete_field and delete_field.clean(form["DELETE"].data))
                if not deleted and form["book"].data:
                    kept += 1
            if kept > MAX_LIST_ITEMS:
                self.add_error(
                    None,
                    TOO_MANY_BOOKS.format(
                        max=MAX_LIST_ITEMS, count=kept, extra=kept - MAX_LIST_ITEMS
                    ),
                )
        return cleaned


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
        books = localize_books([item.book for item in items], self.locale)
        keys = [item.book.translation_key for item in items]
        recommendations = {}
        for rec in (
            BookRecommendationPage.objects.live()
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


__all__ = [
    "BookListItem",
    "BookListPage",
    "BookRecommendationPage",
    "RelatedBook",
    "active_locale",
]
