"""Family-reading campaigns (书香家庭评选, 亲子阅读): stages with dates and a computed status."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from campaigns import stages as stage_rules
from core.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from core.image_renditions import attach_renditions, with_renditions
from core.listing import paginate
from core.models import BasePage, SampleMixin
from core.serializers import ImageRenditionField


class CampaignIndexPage(BasePage):
    """书香家庭 — campaigns under way first, then the finished ones."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = "活动目录"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from campaigns.queries import live_campaigns

        campaigns = list(live_campaigns().child_of(self))
        for campaign in campaigns:
            campaign.state = campaign.get_state()
        order = {
            stage_rules.OPEN: 0,
            stage_rules.REVIEWING: 1,
            stage_rules.PUBLIC_NOTICE: 2,
            stage_rules.UPCOMING: 3,
        }
        campaigns.sort(key=lambda c: (order.get(c.state.status, 9), -c.sort_date().toordinal()))
        page = paginate(request, campaigns, per_page=12)
        with_renditions(page, "cover_image", "listing_image")
        context["campaigns"] = page
        return context


class CampaignPage(SampleMixin, BasePage):
    """One campaign: aim, who may take part, stages with dates, how to join, the results."""

    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="主视觉",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="活动海报或主视觉，建议 1600×900 以上；请设置焦点。",
    )
    organiser = models.CharField(
        "主办单位", max_length=200, blank=True, help_text="主办、承办单位，多个单位用顿号分隔。"
    )
    aim = RichTextField(
        "活动目的",
        features=RICH_TEXT_FEATURES,
        help_text="为什么办这个活动，希望带动什么；两三句话即可。",
    )
    eligibility = RichTextField(
        "参与条件",
        features=RICH_TEXT_FEATURES,
        help_text="谁可以参加：如户籍或居住在西城区的家庭、学校班级；有几条写几条。",
    )
    how_to_take_part = RichTextField(
        "参与方式",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="报名需要准备什么、怎么提交、截止时间以阶段日期为准。",
    )
    participation_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="报名表单页面",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="选择本站的报名表单页面；报名阶段会显示“我要报名”按钮。",
    )
    participation_url = models.URLField(
        "外部报名链接",
        blank=True,
        help_text="报名在其他网站进行时填写；已选表单页面时优先使用表单页面。",
    )
    participation_label = models.CharField(
        "报名按钮文字", max_length=30, blank=True, help_text="留空时显示“我要报名”。"
    )
    contact = models.CharField(
        "咨询方式", max_length=200, blank=True, help_text="咨询电话或邮箱，如：010-0000 0000。"
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="详细说明",
        blank=True,
        help_text="评选标准、奖项设置、往届回顾等。",
    )

    # Joined when a request is routed to the page (core BasePage.route).
    select_with_page = ("social_image", "cover_image", "participation_page")
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []
    # The status changes at midnight: keep shared caches short.
    cache_max_age = 60

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("cover_image"),
        FieldPanel("organiser"),
        FieldPanel("aim"),
        FieldPanel("eligibility"),
        InlinePanel(
            "stages",
            label="阶段",
            heading="活动阶段",
            help_text="按 报名 → 评选 → 公示 → 表彰 添加，日期按北京时间，结束日当天 24 点截止。",
            min_num=1,
        ),
        MultiFieldPanel(
            [
                FieldPanel("how_to_take_part"),
                PageChooserPanel("participation_page"),
                FieldPanel("participation_url"),
                FieldPanel("participation_label"),
                FieldPanel("contact"),
            ],
            heading="怎样参与",
        ),
        FieldPanel("body"),
        FieldPanel("is_sample"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("aim"),
        index.SearchField("eligibility"),
        index.SearchField("body"),
        index.SearchField("organiser"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("cover", serializer=ImageRenditionField("fill-1600x900", source="cover_image")),
        APIField("organiser"),
        APIField("aim"),
        APIField("eligibility"),
        APIField("how_to_take_part"),
        APIField("participation_link"),
        APIField("stages"),
        APIField("status"),
        APIField("status_label"),
        APIField("body"),
        APIField("is_sample"),
    ]

    class Meta:
        verbose_name = "书香家庭活动"
        verbose_name_plural = "书香家庭活动"

    def get_main_image(self):
        return self.cover_image

    # -- stages and status -------------------------------------------------------------

    def stage_list(self):
        if "_stages_read" in self.__dict__:  # read once per page view (get_context)
            return self.__dict__["_stages_read"]
        return [
            stage_rules.Stage(s.kind, s.start_date, s.end_date, s.title, s)
            for s in self.stages.all()
        ]

    def get_state(self, now=None):
        return stage_rules.compute_state(self.stage_list(), now)

    @property
    def status(self):
        return self.get_state().status

    @property
    def status_label(self):
        return str(self.get_state().status_label)

    def sort_date(self):
        dates = [s.start for s in self.stage_list() if s.start]
        return min(dates) if dates else self.first_published_at.date()

    @property
    def participation_link(self):
        if self.participation_page_id and self.participation_page and self.participation_page.live:
            return self.participation_page.url
        return self.participation_url

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query for the stages: the status, the stage list and the JSON-LD all read them.
        self.__dict__.pop("_stages_read", None)
        self.__dict__["_stages_read"] = self.stage_list()
        context["state"] = self.get_state()
        attach_renditions([self.cover_image])
        context["honour_rolls"] = self.get_honour_rolls()
        return context

    def get_honour_rolls(self):
        from honours.queries import rolls_of_campaign

        return rolls_of_campaign(self)

    def get_json_ld(self, request):
        from campaigns.jsonld import campaign_event

        data = super().get_json_ld(request)
        event = campaign_event(self, request)
        return [*data, event] if event else data


class CampaignStage(Orderable):
    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="stages")
    kind = models.CharField(
        "阶段",
        max_length=20,
        choices=stage_rules.STAGE_KINDS,
        help_text="报名、评选、公示或表彰；决定页面显示的状态。",
    )
    title = models.CharField(
        "阶段名称", max_length=40, blank=True, help_text="留空时显示阶段类型，如“报名”。"
    )
    start_date = models.DateField("开始日期", help_text="北京时间，当天 0 点开始。")
    end_date = models.DateField(
        "结束日期", help_text="北京时间，当天 24 点结束；一天的阶段与开始日期相同。"
    )
    description = models.CharField(
        "阶段说明",
        max_length=200,
        blank=True,
        help_text="这一阶段做什么，如：各街道推荐、专家评审。",
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
        FieldPanel("description"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("title"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "活动阶段"
        verbose_name_plural = "活动阶段"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "结束日期不能早于开始日期。"})

    @property
    def label(self):
        return self.title or self.get_kind_display()
