"""A book recommendation page: one book, why it is worth reading, what to read next."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core.image_renditions import attach_renditions
from core.models import BasePage
from core.serializers import ImageRenditionField
from core.visibility import public_pages
from recommendations import jsonld
from recommendations.serializers import BookSerializer, RelatedBooksField

from .book_field import book_field
from .localize import localize_books

MAX_REASON_CHARS = 400


def text_units(text):
    """Length for a word limit: each Chinese character or Latin word counts as one."""
    return len(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9][A-Za-z0-9'’-]*", text))


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

    # The book and its cover are what the page is about: fetched with it.
    select_with_page = ("social_image", "book__cover")
    api_prefetch_related = ("book__themes", "related_books__book__cover")

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
                book = localize_books([book], self.locale, themes=True).get(book.pk, book)
            self._localized_book = book
        return self._localized_book

    @classmethod
    def prepare_api_listing(cls, pages):
        """Each page's book in the page's language for a page of API results: two queries per
        language present (the books, their themes), not two per page."""
        by_locale = {}
        for page in pages:
            if page.book_id:
                by_locale.setdefault(page.locale_id, []).append(page)
        for group in by_locale.values():
            localized = localize_books([p.book for p in group], group[0].locale, themes=True)
            for page in group:
                page._localized_book = localized.get(page.book_id, page.book)

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
        attach_renditions(
            [
                self.social_image,
                self.recommender_photo if self.recommender_photo_id else None,
                getattr(context["book"], "cover", None),
            ]
            + [book.cover for book in context["related"]]
        )
        from .book_list import BookListPage

        context["lists"] = (
            public_pages(BookListPage.objects)
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
