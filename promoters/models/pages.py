"""阅读推广人信息库: one page per promoter (easy to share) and the directory that filters them."""

from django import forms
from django.db import models
from django.utils.html import strip_tags
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core import jsonld
from core.blocks import BodyStreamBlock
from core.choices import SUBDISTRICTS
from core.image_renditions import attach_renditions, with_renditions
from core.listing import paginate
from core.models import BasePage, SampleMixin
from core.serializers import ImageRenditionField
from core.visibility import public_pages

from .specialties import Specialty


class ReadingPromoterIndexPage(BasePage):
    """The directory of reading promoters, filtered by specialty and sub-district."""

    body = StreamField(
        BodyStreamBlock(),
        verbose_name="正文",
        blank=True,
        help_text="名录之后的补充说明，如如何成为阅读推广人，可链接到报名表单。",
    )
    application_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="报名表单页面",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="“我想成为阅读推广人”按钮链接到的报名表单页面。",
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["promoters.ReadingPromoterPage"]
    max_count_per_parent = 1

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("application_page"),
        FieldPanel("body"),
    ]
    api_fields = [*BasePage.api_fields, APIField("body")]

    class Meta:
        verbose_name = "阅读推广人名录"
        verbose_name_plural = "阅读推广人名录"

    def get_promoters(self):
        return (
            public_pages(ReadingPromoterPage.objects)
            .child_of(self)
            .select_related("photo", "listing_image")
            .prefetch_related("specialties")
            .order_by("path")
        )

    def filter_promoters(self, request):
        from promoters.filters import PromoterFilters

        specialties = Specialty.objects.values_list("slug", "name")
        filters = PromoterFilters(request, specialties=specialties)
        return filters.apply(self.get_promoters()), filters

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        promoters, filters = self.filter_promoters(request)
        page = paginate(request, promoters, per_page=24)
        with_renditions(page, "photo", "listing_image")
        context.update({"promoters": page, "filters": filters})
        return context


class ReadingPromoterPage(SampleMixin, BasePage):
    """One reading promoter's public profile. Honour rolls and events can link to it."""

    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="照片",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="本人同意公开的照片，建议方形、600 像素以上；请在图片库设置焦点（脸部）。",
    )
    affiliation = models.CharField(
        "所在单位",
        max_length=100,
        blank=True,
        help_text="学校、图书馆、社区或社会组织名称，如：某某小学、某某社区书屋。",
    )
    sub_district = models.CharField(
        "所在街道",
        max_length=20,
        choices=SUBDISTRICTS,
        blank=True,
        help_text="主要开展活动的街道，用于名录按街道筛选。",
    )
    specialties = ParentalManyToManyField(
        Specialty,
        verbose_name="推广专长",
        blank=True,
        related_name="promoters",
        help_text="可多选；专长列表在“片段 → 推广专长”中维护。",
    )
    bio = RichTextField(
        "个人简介",
        blank=True,
        features=["bold", "italic", "link", "ul"],
        max_length=2000,
        help_text="200–400 字：从事阅读推广的经历、擅长的活动形式、服务的人群。只写本人同意公开的信息。",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="更多内容",
        blank=True,
        help_text="可选：推荐书目、活动照片、访谈等。",
    )

    # Joined when a request is routed to the page (core BasePage.route).
    select_with_page = ("social_image", "photo")
    parent_page_types = ["promoters.ReadingPromoterIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("photo"),
                FieldPanel("affiliation"),
                FieldPanel("sub_district"),
                FieldPanel("specialties", widget=forms.CheckboxSelectMultiple),
            ],
            heading="基本信息",
        ),
        FieldPanel("intro"),
        FieldPanel("bio"),
        FieldPanel("body"),
        FieldPanel("is_sample"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("bio"),
        index.SearchField("affiliation"),
        index.FilterField("sub_district"),
        index.RelatedFields("specialties", [index.SearchField("name")]),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("is_sample"),
        APIField("photo_square", serializer=ImageRenditionField("fill-400x400", source="photo")),
        APIField("affiliation"),
        APIField("sub_district"),
        APIField("sub_district_name"),
        APIField("specialty_names"),
        APIField("bio"),
    ]

    # What the API fields read for every profile of a listing.
    api_prefetch_related = ("specialties",)

    class Meta:
        verbose_name = "阅读推广人"
        verbose_name_plural = "阅读推广人"

    @property
    def sub_district_name(self):
        return str(self.get_sub_district_display()) if self.sub_district else ""

    @property
    def specialty_names(self):
        return [specialty.name for specialty in self.specialties.all()]

    def get_main_image(self):
        return self.photo

    # -- what links here: honour rolls (honours.Honouree.promoter) and events --------

    def get_honours(self):
        """Honour roll entries naming this profile or any translation of it."""
        from honours.queries import honours_of_promoter

        return honours_of_promoter(self)

    def get_upcoming_events(self):
        """Upcoming events in this profile's language led by it or any translation of it."""
        from events.queries import upcoming_events

        return upcoming_events(promoter=self, limit=6)

    def get_context(self, request, *args, **kwargs):
        from django.db.models import prefetch_related_objects

        context = super().get_context(request, *args, **kwargs)
        if self.pk:  # the tags and the JSON-LD's knowsAbout: one query
            prefetch_related_objects([self], "specialties")
        attach_renditions([self.photo])
        context["honours"] = self.get_honours()
        context["upcoming_events"] = self.get_upcoming_events()
        return context

    def get_listing_summary(self):
        return super().get_listing_summary() or strip_tags(self.bio)[:80]

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data.append(
            {
                "@context": jsonld.CONTEXT,
                "@type": "Person",
                "name": self.title,
                "description": self.get_meta_description() or strip_tags(self.bio)[:200],
                "url": self.get_full_url(request),
                "image": jsonld.image_object(self.photo, request, "fill-600x600"),
                "jobTitle": "阅读推广人",
                "affiliation": {"@type": "Organization", "name": self.affiliation}
                if self.affiliation
                else None,
                "knowsAbout": self.specialty_names,
                "workLocation": {
                    "@type": "Place",
                    "name": f"北京市西城区{self.sub_district_name}街道",
                }
                if self.sub_district
                else None,
            }
        )
        return data
