"""A reading space: where it is, when it is open, what it offers."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyStreamBlock
from core.choices import SUBDISTRICTS, labels
from core.fields import ChoiceListField
from core.models import BasePage, SampleMixin
from spaces import geo, hours
from spaces.choices import ACCESSIBILITY, SERVICES, SPACE_TYPES


class ReadingSpacePage(SampleMixin, BasePage):
    space_type = models.CharField(
        "类型",
        max_length=20,
        choices=SPACE_TYPES,
        help_text="决定在查找页中的分类和结构化数据类型。",
    )
    subdistrict = models.CharField(
        "所在街道", max_length=20, choices=SUBDISTRICTS, help_text="西城区 15 个街道之一。"
    )
    address = models.CharField(
        "地址", max_length=200, help_text="从街道写起，如：西城区西四北大街 XX 号。"
    )
    latitude = models.DecimalField(
        "纬度",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="GCJ-02 坐标（高德地图拾取的坐标），如 39.912345。用于“在地图中打开”。",
    )
    longitude = models.DecimalField(
        "经度",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="GCJ-02 坐标，如 116.365432。",
    )
    open_24h = models.BooleanField(
        "24 小时开放",
        default=False,
        help_text="勾选后每天全天开放，不用填写每周开放时间；特殊日期仍然适用。",
    )
    hours_note = models.CharField(
        "开放时间说明",
        max_length=200,
        blank=True,
        help_text="补充说明，如：入馆需刷读者卡或身份证；闭馆前 30 分钟停止入馆。",
    )
    services = ChoiceListField(
        "服务", item_choices=SERVICES, help_text="勾选这里提供的服务，读者可按服务筛选。"
    )
    accessibility = ChoiceListField(
        "无障碍设施",
        item_choices=ACCESSIBILITY,
        help_text="只勾选实际具备的设施；残障读者会据此决定是否前往。",
    )
    phone = models.CharField(
        "电话", max_length=40, blank=True, help_text="如：010-6616 0000；多个号码用顿号分隔。"
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="介绍",
        blank=True,
        help_text="空间特色、馆藏、交通方式等，可留空。",
    )

    # Translators translate names, addresses and notes; numbers stay in sync with the source.
    override_translatable_fields = [
        SynchronizedField("phone"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]

    # Joined when a request is routed to the page (core BasePage.route).
    select_with_page = ("social_image", "listing_image")
    parent_page_types = ["spaces.ReadingSpaceIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("space_type"), FieldPanel("subdistrict")]),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("phone"),
            ],
            heading="类型与位置",
        ),
        MultiFieldPanel(
            [FieldPanel("open_24h"), FieldPanel("hours_note")],
            heading="开放时间",
        ),
        InlinePanel("opening_periods", heading="每周开放时间", label="开放时段"),
        InlinePanel("opening_exceptions", heading="特殊日期", label="特殊日期"),
        MultiFieldPanel(
            [FieldPanel("services"), FieldPanel("accessibility")], heading="服务与设施"
        ),
        InlinePanel("photos", heading="照片", label="照片"),
        FieldPanel("body"),
        FieldPanel("is_sample"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("address"),
        index.SearchField("body"),
        index.FilterField("space_type"),
        index.FilterField("subdistrict"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("is_sample"),
        APIField("space_type"),
        APIField("subdistrict"),
        APIField("address"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("open_24h"),
        APIField("hours_note"),
        APIField("services"),
        APIField("accessibility"),
        APIField("phone"),
        APIField("opening_periods"),
        APIField("opening_exceptions"),
        APIField("photos"),
        APIField("body"),
    ]

    # What the API fields read for every space of a listing (photos with their images).
    api_prefetch_related = ("photos__image",)

    class Meta:
        verbose_name = "阅读空间"
        verbose_name_plural = "阅读空间"

    # -- images ----------------------------------------------------------------------

    def get_main_image(self):
        first = next(iter(self.photos.all()), None)
        return first.image if first else None

    # -- hours -----------------------------------------------------------------------

    def hours_periods(self):
        """Weekly periods as plain values, read once per page instance."""
        if getattr(self, "_hours_periods", None) is None:
            self._hours_periods = [row.as_period() for row in self.opening_periods.all()]
        return self._hours_periods

    def hours_exceptions(self):
        if getattr(self, "_hours_exceptions", None) is None:
            self._hours_exceptions = [row.as_exception() for row in self.opening_exceptions.all()]
        return self._hours_exceptions

    def opening_status(self, now=None):
        """Open now? Uses prefetched periods and exceptions when the finder provides them."""
        return hours.status_at(
            self.hours_periods(), self.hours_exceptions(), self.open_24h, now or timezone.now()
        )

    def weekly_table(self):
        """Seven rows, Monday first: {"day", "periods", "is_today"}."""
        today = timezone.localdate().weekday()
        return [
            {"day": day, "periods": periods, "is_today": weekday == today}
            for weekday, (day, periods) in enumerate(
                hours.weekly_table(self.hours_periods(), self.open_24h)
            )
        ]

    def upcoming_exceptions(self, days=60):
        return hours.upcoming_exceptions(self.hours_exceptions(), timezone.localdate(), days)

    # -- labels and links ------------------------------------------------------------

    def service_labels(self):
        return labels(SERVICES, self.services)

    def accessibility_labels(self):
        return labels(ACCESSIBILITY, self.accessibility)

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    def amap_url(self):
        if self.has_coordinates:
            return geo.amap_url(self.latitude, self.longitude, self.title)
        return ""

    def baidu_url(self):
        if self.has_coordinates:
            return geo.baidu_url(self.latitude, self.longitude, self.title, self.address)
        return ""

    def wgs84(self):
        """(lat, lng) in WGS-84 for schema.org and iCalendar, or None."""
        if not self.has_coordinates:
            return None
        return geo.gcj02_to_wgs84(float(self.latitude), float(self.longitude))

    # -- page ------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from django.db.models import Prefetch, prefetch_related_objects

        from core.image_renditions import attach_renditions
        from events.queries import upcoming_events

        from .hours import ReadingSpacePhoto

        context = super().get_context(request, *args, **kwargs)
        if self.pk:  # the photos, the share image and the JSON-LD: one query with images
            photos = ReadingSpacePhoto.objects.select_related("image")
            prefetch_related_objects([self], Prefetch("photos", queryset=photos))
            attach_renditions([photo.image for photo in self.photos.all()])
        context["status"] = self.opening_status()
        context["upcoming_events"] = upcoming_events(venue=self, limit=6)
        return context

    def get_json_ld(self, request):
        from spaces.jsonld import reading_space

        data = super().get_json_ld(request)
        data.append(reading_space(self, request))
        return data
