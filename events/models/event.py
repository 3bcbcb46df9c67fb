"""One reading event: when, where, for whom, how to register, and whether it still happens."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.fields import ChoiceListField
from core.image_renditions import attach_renditions
from core.models import BasePage, RoutableBasePage, SampleMixin
from core.queries import chosen_in_language
from core.serializers import ImageRenditionField
from core.visibility import public_pages
from events import choices
from events.choices import AUDIENCES, STATUSES
from events.serializers import RegistrationSerializerField

from .display import EventDisplayMixin
from .recurrence import RecurrenceMixin
from .registration import RegistrationMixin
from .routes import EventRoutesMixin


class EventPage(
    EventRoutesMixin,
    EventDisplayMixin,
    RegistrationMixin,
    RecurrenceMixin,
    SampleMixin,
    RoutableBasePage,
):
    start = models.DateTimeField("开始时间", help_text="北京时间。全天活动只看日期。")
    end = models.DateTimeField(
        "结束时间", help_text="北京时间，不早于开始时间。多日活动填最后一天的结束时间。"
    )
    all_day = models.BooleanField(
        "全天活动", default=False, help_text="如书展、主题展览：只显示日期，不显示钟点。"
    )
    venue = models.ForeignKey(
        "spaces.ReadingSpacePage",
        verbose_name="举办场所（阅读空间）",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text="在本站阅读空间中选择；活动会显示在该空间的页面上。",
    )
    place_name = models.CharField(
        "其他地点",
        max_length=120,
        blank=True,
        help_text="不在本站阅读空间举办时填写，如：某小学礼堂。",
    )
    place_address = models.CharField(
        "其他地点地址", max_length=200, blank=True, help_text="从街道写起。"
    )
    online_url = models.URLField(
        "线上参与链接",
        blank=True,
        help_text="直播或线上会议链接；线下、线上同时举办时两者都填。",
    )
    brand = models.ForeignKey(
        "brands.ReadingBrandPage",
        verbose_name="阅读品牌",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text="属于哪个阅读品牌；活动会显示在品牌页面上。",
    )
    organiser = models.CharField(
        "主办单位", max_length=100, blank=True, help_text="留空时使用阅读品牌的主办单位。"
    )
    audiences = ChoiceListField(
        "适合人群", item_choices=AUDIENCES, help_text="可多选；读者可按人群筛选。"
    )
    promoters = ParentalManyToManyField(
        "promoters.ReadingPromoterPage",
        verbose_name="领读的阅读推广人",
        blank=True,
        related_name="events",
        help_text="带领本场活动的阅读推广人；活动会显示在他们的档案页上。",
    )
    capacity = models.PositiveIntegerField(
        "名额", null=True, blank=True, help_text="人数上限；不限名额时留空。"
    )
    registration_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="报名表单页",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="本站的报名表单页面。",
    )
    registration_url = models.URLField(
        "报名链接", blank=True, help_text="外部报名链接（如小程序、问卷）；与表单页二选一。"
    )
    registration_note = models.CharField(
        "报名说明", max_length=200, blank=True, help_text="如：免费，无需报名，先到先得。"
    )
    status = models.CharField(
        "状态",
        max_length=12,
        choices=STATUSES,
        default=choices.SCHEDULED,
        help_text="取消、延期或改期时修改，并在下方说明原因。",
    )
    previous_start = models.DateTimeField(
        "原定开始时间",
        null=True,
        blank=True,
        help_text="改期或延期时填写原来的开始时间；改期后请把“开始时间”改为新时间。",
    )
    status_note = models.CharField(
        "状态说明",
        max_length=200,
        blank=True,
        help_text="如：因场馆维修延期，新时间另行通知。",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="活动图片",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="海报或现场照片，建议 3:2，1200 像素宽以上。",
    )
    body = StreamField(
        BodyStreamBlock(), verbose_name="活动介绍", blank=True, help_text="流程、嘉宾、注意事项。"
    )

    # Joined when a request is routed to the page (core BasePage.route).
    select_with_page = ("social_image", "image", "brand", "venue")
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading="时间",
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("place_name"), FieldPanel("place_address")]),
                FieldPanel("online_url"),
            ],
            heading="地点",
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("previous_start"), FieldPanel("status_note")],
            heading="状态",
        ),
        MultiFieldPanel(
            [
                FieldPanel("brand"),
                FieldPanel("organiser"),
                FieldPanel("audiences"),
                FieldPanel("promoters", widget=forms.CheckboxSelectMultiple),
            ],
            heading="品牌与人群",
        ),
        *RecurrenceMixin.recurrence_panels,
        *RegistrationMixin.registration_panels,
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("is_sample"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("place_name"),
        index.FilterField("start"),
        index.FilterField("status"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("is_sample"),
        APIField("start"),
        APIField("end"),
        APIField("all_day"),
        APIField("status"),
        APIField("previous_start"),
        APIField("status_note"),
        APIField("venue"),
        APIField("place_name"),
        APIField("place_address"),
        APIField("online_url"),
        APIField("brand"),
        APIField("promoters"),
        APIField("organiser"),
        APIField("audiences"),
        APIField("capacity"),
        APIField("repeat"),
        # Seats left per occurrence and whether booking is open: counts only, no people.
        APIField("registration", serializer=RegistrationSerializerField()),
        APIField("registration_url"),
        APIField("registration_note"),
        APIField("image_thumbnail", serializer=ImageRenditionField("fill-600x400", source="image")),
        APIField("body"),
    ]

    class Meta:
        verbose_name = "阅读活动"
        verbose_name_plural = "阅读活动"
        ordering = ["start"]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = "结束时间不能早于开始时间。"
        if self.status == choices.RESCHEDULED and not self.previous_start:
            errors["previous_start"] = "改期的活动请填写原定开始时间。"
        if not (self.venue_id or self.place_name or self.online_url):
            errors["place_name"] = "请选择阅读空间、填写其他地点或线上参与链接。"
        self.registration_errors(errors)
        self.recurrence_errors(errors)
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ics_url"] = self.url + "ics/" if self.url else ""
        if self.books_on_site:
            context["occurrences"] = [
                (occurrence, self.booking_state(occurrence))
                for occurrence in self.bookable_occurrences
            ]
        context["is_past"] = self.is_past()
        attach_renditions([self.image])
        # One query: the promoters chosen, in the page's language where translated.
        context["promoters"] = chosen_in_language(
            public_pages(self.promoters), self.locale_id, order_by=("title",)
        )
        return context

    def get_json_ld(self, request):
        from events.jsonld import event_object

        data = super().get_json_ld(request)
        data.append(event_object(self, request))
        return data
