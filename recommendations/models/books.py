"""The Book snippet: bibliographic data entered once and reused by every page."""

import contextlib

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fields import ChoiceListField
from core.serializers import ImageRenditionField
from recommendations.blocks import BorrowStreamBlock
from recommendations.forms import BookForm
from recommendations.isbn import InvalidISBN, parse_isbn

from .choices import AgeGroup, BookFormat, BookLanguage, Category

COVER_SPEC = "fill-300x425"


class BookTag(TaggedItemBase):
    content_object = ParentalKey(
        "recommendations.Book", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = "图书主题"
        verbose_name_plural = "图书主题"


class Book(
    WorkflowMixin,
    PreviewableMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One edition of a book; recommendation pages and book lists choose it.

    Book changes go through the 审核发布 workflow like pages (docs/editor-guide.md): editors
    save drafts and submit them, or a moderator's approval of a page publishes the new
    books that page shows (recommendations.signals). Pages, the API and search read only
    the published version.
    """

    base_form_class = BookForm

    title = models.CharField("书名", max_length=200, help_text="正书名，不加书名号，如：骆驼祥子。")
    subtitle = models.CharField(
        "副书名", max_length=200, blank=True, help_text="可选，如：插图本、第六版。"
    )
    authors = models.CharField(
        "作者",
        max_length=300,
        help_text="多位作者用顿号“、”分隔；外国作者写通行译名，如：圣埃克苏佩里。可写“编”“绘”等，如：朱成梁 绘。",
    )
    translator = models.CharField(
        "译者", max_length=200, blank=True, help_text="译著填写，多位译者用顿号分隔。"
    )
    publisher = models.CharField(
        "出版社", max_length=120, blank=True, help_text="所录版本的出版社；不确定时请留空。"
    )
    year = models.PositiveSmallIntegerField(
        "出版年份",
        null=True,
        blank=True,
        help_text="所录版本的出版年份，如：2008；不确定时请留空。",
    )
    isbn = models.CharField(
        "ISBN",
        max_length=32,
        blank=True,
        help_text="可填 ISBN-10 或 ISBN-13，可带连字符，保存为 13 位数字；系统会核对校验码。不确定时请留空，切勿猜测。",
    )
    pages = models.PositiveIntegerField("页数", null=True, blank=True, help_text="可选。")
    book_format = models.CharField(
        "装帧 / 形式",
        max_length=20,
        choices=BookFormat.choices,
        blank=True,
        help_text="不确定时请留空。",
    )
    language = models.CharField(
        "图书语种",
        max_length=5,
        choices=BookLanguage.choices,
        default=BookLanguage.ZH,
        help_text="这一版本正文的语种。",
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="封面",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="建议竖版 600×850 左右；请填写替代文字。",
    )
    category = models.CharField(
        "分类",
        max_length=20,
        choices=Category.choices,
        help_text="北京阅读季的五个门类之一。",
    )
    age_groups = ChoiceListField(
        "适读年龄",
        item_choices=AgeGroup.choices,
        help_text="可多选；居民可按年龄段筛选推荐。",
    )
    themes = ClusterTaggableManager(
        "主题",
        through=BookTag,
        blank=True,
        help_text="如：北京、老舍、亲子共读；用逗号或回车分隔。",
    )
    borrow_links = StreamField(
        BorrowStreamBlock(),
        verbose_name="借阅渠道",
        blank=True,
        help_text="在哪里能借到或读到这本书：图书馆馆藏查询、站内页面等。",
    )
    # Wagtail's workflow states of this book (moderation like pages).
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="book",
        for_concrete_model=False,
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("subtitle"),
                FieldRowPanel([FieldPanel("authors"), FieldPanel("translator")]),
                FieldRowPanel([FieldPanel("publisher"), FieldPanel("year")]),
                FieldRowPanel([FieldPanel("isbn"), FieldPanel("pages")]),
                FieldRowPanel([FieldPanel("book_format"), FieldPanel("language")]),
                FieldPanel("confirm_not_duplicate"),
            ],
            heading="书目信息",
        ),
        FieldPanel("cover"),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("age_groups"), FieldPanel("themes")],
            heading="分类与主题",
        ),
        FieldPanel("borrow_links"),
        PublishingPanel(),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("subtitle"),
        index.SearchField("authors", boost=2),
        index.AutocompleteField("authors"),
        index.SearchField("translator"),
        index.SearchField("publisher"),
        index.SearchField("isbn"),
        index.AutocompleteField("isbn"),
        index.FilterField("category"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    api_fields = [
        APIField("title"),
        APIField("subtitle"),
        APIField("authors"),
        APIField("translator"),
        APIField("publisher"),
        APIField("year"),
        APIField("isbn"),
        APIField("pages"),
        APIField("book_format"),
        APIField("language"),
        APIField("category"),
        APIField("category_label"),
        APIField("age_groups", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("theme_names", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("cover_image", serializer=ImageRenditionField(COVER_SPEC, source="cover")),
        APIField("cover_large", serializer=ImageRenditionField("fill-600x850", source="cover")),
        APIField("borrow_links"),
        APIField("locale_code"),
    ]

    # Bibliographic facts, the cover, classification and links are the same in every
    # language; titles and names are translated.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("subtitle"),
        TranslatableField("authors"),
        TranslatableField("translator"),
        TranslatableField("publisher"),
        SynchronizedField("year"),
        SynchronizedField("isbn"),
        SynchronizedField("pages"),
        SynchronizedField("book_format"),
        SynchronizedField("language"),
        SynchronizedField("cover"),
        SynchronizedField("category"),
        SynchronizedField("age_groups"),
        SynchronizedField("tagged_items"),
        TranslatableField("borrow_links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "图书"
        verbose_name_plural = "图书"
        ordering = ["title"]

    def __str__(self):
        return f"《{self.title}》{self.authors}" if self.authors else f"《{self.title}》"

    # -- validation ------------------------------------------------------------------

    def clean(self):
        super().clean()
        try:
            self.isbn = parse_isbn(self.isbn)
        except InvalidISBN as error:
            raise ValidationError({"isbn": str(error)})
        self.title = self.title.strip().strip("《》")

    def save(self, *args, **kwargs):
        # Keep the canonical form even when saved without full_clean (factories, shell).
        with contextlib.suppress(InvalidISBN):
            self.isbn = parse_isbn(self.isbn)
        super().save(*args, **kwargs)

    # -- display helpers ---------------------------------------------------------------

    @property
    def category_label(self):
        return self.get_category_display()

    @property
    def age_group_labels(self):
        return self._meta.get_field("age_groups").labels(self.age_groups)

    @property
    def book_format_label(self):
        return self.get_book_format_display() if self.book_format else ""

    @property
    def language_label(self):
        return self.get_language_display()

    @cached_property
    def theme_names(self):
        # Sorted here, not by the query: the same order from a prefetch, on every database
        # (JSON-LD keywords, the API and the page agree).
        return sorted(tag.name for tag in self.themes.all())

    @property
    def locale_code(self):
        return self.locale.language_code

    @property
    def author_list(self):
        return [
            name.strip() for name in self.authors.replace("，", "、").split("、") if name.strip()
        ]

    def get_preview_template(self, request, mode_name):
        return "recommendations/book_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["book"] = self
        return context
