"""Honour rolls (光荣榜 / 推优表彰): who was commended, for what, in which year."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core import jsonld
from core.blocks import BodyStreamBlock
from core.image_renditions import attach_renditions, with_renditions
from core.models import BasePage, SampleMixin
from core.queries import in_language
from core.serializers import ImageRenditionField
from core.visibility import public_pages

CATEGORIES = [
    ("space", "特色阅读空间"),
    ("promoter", "阅读推广人"),
    ("family", "书香家庭"),
    ("individual", "书香个人"),
    ("organisation", "书香单位"),
]
HONOUREE_KINDS = [("person", "个人或家庭"), ("organization", "单位或空间")]


class HonourRollIndexPage(BasePage):
    """光荣榜 — every roll, grouped by year, filterable by year and category."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["honours.HonourRollPage"]
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = "光荣榜目录"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from honours.filters import HonourRollFilters
        from honours.queries import live_rolls

        year_choices = list(
            public_pages(HonourRollPage.objects)
            .child_of(self)
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        filters = HonourRollFilters(request, year=year_choices)
        rolls = filters.apply(live_rolls().child_of(self))
        rolls = list(rolls.annotate(honouree_count=models.Count("honourees")))
        with_renditions(rolls, "listing_image", "cover_image")
        years = {}
        for roll in rolls:
            years.setdefault(roll.year, []).append(roll)
        context.update(
            filters=filters,
            years=sorted(years.items(), reverse=True),
        )
        return context


class HonourRollPage(SampleMixin, BasePage):
    """One list of honourees: an award in a year, in one category."""

    award = models.CharField(
        "奖项名称", max_length=100, help_text="如：2025 年度西城区“书香家庭”。"
    )
    year = models.PositiveSmallIntegerField(
        "年度",
        validators=[MinValueValidator(1949), MaxValueValidator(2100)],
        help_text="评选年度，四位数字。",
    )
    category = models.CharField(
        "类别", max_length=20, choices=CATEGORIES, help_text="表彰对象的类别。"
    )
    awarded_by = models.CharField(
        "表彰单位", max_length=200, blank=True, help_text="发布表彰决定的单位。"
    )
    announced_on = models.DateField(
        "公布日期", null=True, blank=True, help_text="表彰决定公布的日期。"
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="题图",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="表彰活动现场或光荣榜主视觉，可留空。",
    )
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name="来自的评选活动",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="honour_rolls",
        help_text="这份名单来自哪个评选活动；活动页面会链接到这里。",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="说明",
        blank=True,
        help_text="评选过程、评选标准等补充说明，显示在名单之后。",
    )

    # Joined when a request is routed to the page (core BasePage.route).
    select_with_page = ("social_image", "cover_image", "campaign")
    parent_page_types = ["honours.HonourRollIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("award"),
                FieldPanel("year"),
                FieldPanel("category"),
                FieldPanel("awarded_by"),
                FieldPanel("announced_on"),
                PageChooserPanel("campaign", "campaigns.CampaignPage"),
            ],
            heading="表彰信息",
        ),
        FieldPanel("intro"),
        FieldPanel("cover_image"),
        InlinePanel("honourees", label="获表彰者", heading="获表彰名单"),
        FieldPanel("body"),
        FieldPanel("is_sample"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("award"),
        index.FilterField("year"),
        index.FilterField("category"),
        index.RelatedFields(
            "honourees",
            [
                index.SearchField("name"),
                index.SearchField("affiliation"),
                index.SearchField("citation"),
            ],
        ),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("award"),
        APIField("year"),
        APIField("category"),
        APIField("awarded_by"),
        APIField("announced_on"),
        APIField("cover", serializer=ImageRenditionField("fill-1600x900", source="cover_image")),
        APIField("campaign"),
        APIField("honourees"),
        APIField("body"),
        APIField("is_sample"),
    ]

    class Meta:
        verbose_name = "光荣榜"
        verbose_name_plural = "光荣榜"

    def get_main_image(self):
        return self.cover_image

    def get_honourees(self):
        """The entries, each linking the promoter profile in this roll's language if any.

        Read once per page view (the list and its JSON-LD)."""
        if "_honourees_read" in self.__dict__:
            return self.__dict__["_honourees_read"]
        honourees = list(self.honourees.select_related("photo", "promoter"))
        profiles = [entry.promoter for entry in honourees if entry.promoter_id]
        localized = {
            profile.translation_key: profile for profile in in_language(profiles, self.locale_id)
        }
        for entry in honourees:
            if entry.promoter_id:
                entry.promoter = localized.get(entry.promoter.translation_key, entry.promoter)
        return honourees

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.__dict__.pop("_honourees_read", None)
        self.__dict__["_honourees_read"] = self.get_honourees()
        attach_renditions([self.cover_image, *(entry.photo for entry in self.get_honourees())])
        context["honourees"] = self.get_honourees()
        return context

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        honourees = list(self.get_honourees())
        data.append(
            {
                "@context": jsonld.CONTEXT,
                "@type": "ItemList",
                "name": self.title,
                "description": f"{self.award}（{self.year}）",
                "url": self.get_full_url(request),
                "numberOfItems": len(honourees),
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "item": honouree.as_json_ld(request),
                    }
                    for position, honouree in enumerate(honourees, start=1)
                ],
            }
        )
        return data


class Honouree(Orderable):
    page = ParentalKey(HonourRollPage, on_delete=models.CASCADE, related_name="honourees")
    name = models.CharField("名称", max_length=100, help_text="个人姓名、家庭名称或单位名称。")
    kind = models.CharField(
        "类型",
        max_length=20,
        choices=HONOUREE_KINDS,
        default="person",
        help_text="个人或家庭选“个人或家庭”；单位、阅读空间选“单位或空间”。",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="照片",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="须取得本人同意后使用；可留空。",
    )
    affiliation = models.CharField(
        "单位或街道", max_length=100, blank=True, help_text="所在单位或所属街道，如：德胜街道。"
    )
    citation = models.TextField(
        "表彰理由", max_length=400, blank=True, help_text="一两句话说明事迹，400 字以内。"
    )
    promoter = models.ForeignKey(
        "promoters.ReadingPromoterPage",
        verbose_name="阅读推广人档案",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="honours",
        help_text="获表彰者在阅读推广人信息库中有档案时选择，名单会链接到其档案页。",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("photo"),
        FieldPanel("affiliation"),
        FieldPanel("citation"),
        PageChooserPanel("promoter", "promoters.ReadingPromoterPage"),
    ]
    api_fields = [
        APIField("name"),
        APIField("kind"),
        APIField("photo", serializer=ImageRenditionField("fill-400x400")),
        APIField("affiliation"),
        APIField("citation"),
        APIField("promoter_id"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "获表彰者"
        verbose_name_plural = "获表彰名单"

    def as_json_ld(self, request):
        item = {
            "@type": "Organization" if self.kind == "organization" else "Person",
            "name": self.name,
            "description": self.citation,
            "image": jsonld.image_object(self.photo, request, "fill-400x400"),
            "url": self.promoter.get_full_url(request)
            if self.promoter_id and self.promoter.live
            else None,
        }
        if self.kind == "organization":
            item["areaServed"] = self.affiliation
        else:
            item["affiliation"] = (
                {"@type": "Organization", "name": self.affiliation} if self.affiliation else None
            )
        return item
