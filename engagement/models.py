"""Public forms built by editors: satisfaction survey, feedback, book donation, promoter application.

One page type, ``FormPage``, with editor-managed fields (Wagtail's form builder) and a
``kind``. Every form has a honeypot and a per-IP limit; forms that collect personal data
require consent to the privacy notice. Submissions are read only by 表单审阅 members and
administrators (see editorial.wagtail_hooks).
"""

from django.db import models
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractFormField,
    EmailFormMixin,
    FormMixin,
    validate_to_address,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core import ratelimit
from core.blocks import BodyStreamBlock
from core.models import BasePage

from .forms import CONSENT_FIELD, HONEYPOT_FIELD, PublicFormBuilder, add_protection_fields

FIELD_TYPE_CHOICES = [
    *FORM_FIELD_CHOICES,
    ("phone", "电话号码"),
    ("rating", "满意度评分（五级）"),
]


class FormKind(models.TextChoices):
    SURVEY = "survey", "满意度调查"
    FEEDBACK = "feedback", "意见留言"
    DONATION = "donation", "图书捐赠与交换"
    PROMOTER = "promoter", "阅读推广人报名"
    SIGNUP = "signup", "活动报名"


# Kinds that always ask for a name and contact details, so always need consent.
PERSONAL_DATA_KINDS = {FormKind.DONATION, FormKind.PROMOTER, FormKind.SIGNUP}


def form_context(form):
    """The form split for the template: visible fields, the consent box, the honeypot."""
    hidden = (HONEYPOT_FIELD, CONSENT_FIELD)
    return {
        "form": form,
        "visible_fields": [form[name] for name in form.fields if name not in hidden],
        "consent_field": form[CONSENT_FIELD] if CONSENT_FIELD in form.fields else None,
        "honeypot_field": form[HONEYPOT_FIELD],
    }


class FormField(AbstractFormField):
    page = ParentalKey("engagement.FormPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(
        "字段类型",
        max_length=16,
        choices=FIELD_TYPE_CHOICES,
        help_text="“电话号码”会检查手机或固定电话格式；“满意度评分”默认五级（非常满意…非常不满意），也可在“选项”中自定义。",
    )
    field_type.required_on_save = True

    class Meta(AbstractFormField.Meta):
        verbose_name = "表单字段"
        verbose_name_plural = "表单字段"


class FormPage(EmailFormMixin, FormMixin, BasePage):
    form_builder = PublicFormBuilder
    template = "engagement/form_page.html"
    landing_page_template = "engagement/form_page_landing.html"

    kind = models.CharField(
        "表单用途",
        max_length=16,
        choices=FormKind.choices,
        default=FormKind.FEEDBACK,
        help_text="决定隐私规则：图书捐赠、阅读推广人报名和活动报名必须勾选同意个人信息保护说明。",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="表单说明",
        blank=True,
        help_text="显示在表单上方：填写须知、活动规则等，可留空。",
    )
    collects_personal_data = models.BooleanField(
        "收集个人信息",
        default=True,
        help_text="表单中有姓名、电话、邮箱等个人信息时勾选：提交前必须同意个人信息保护说明。图书捐赠和推广人报名始终需要。",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="个人信息保护说明页面",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="同意勾选框链接到这个页面；留空时使用网址为 privacy 的页面。",
    )
    submit_label = models.CharField(
        "提交按钮文字", max_length=20, default="提交", help_text="如：提交留言、提交报名。"
    )
    thank_you_title = models.CharField(
        "确认页标题",
        max_length=60,
        default="提交成功，谢谢您！",
        help_text="提交后显示的确认页标题。",
    )
    thank_you_text = RichTextField(
        "确认页内容",
        blank=True,
        features=["bold", "link", "ol", "ul"],
        help_text="告诉居民接下来会怎样：多久回复、谁会联系、还能做什么。",
    )
    to_address = models.CharField(
        "通知邮箱",
        max_length=255,
        blank=True,
        validators=[validate_to_address],
        help_text="可选：每次提交后发邮件通知这些地址（多个用英文逗号分隔）。邮件含个人信息，只填工作邮箱。",
    )
    from_address = models.EmailField(
        "发件地址",
        max_length=255,
        blank=True,
        help_text="通知邮件的发件人，留空时使用站点默认地址。",
    )
    subject = models.CharField(
        "邮件主题",
        max_length=255,
        blank=True,
        help_text="留空时为“书香西城：<表单标题> 有新的提交”。",
    )

    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("form_fields", label="表单字段", heading="表单字段"),
        FieldPanel("submit_label"),
        MultiFieldPanel(
            [FieldPanel("collects_personal_data"), FieldPanel("privacy_page")],
            heading="个人信息保护",
        ),
        MultiFieldPanel(
            [FieldPanel("thank_you_title"), FieldPanel("thank_you_text")], heading="提交后的确认页"
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="通知邮件（可选）",
        ),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("kind")]
    api_fields = [
        *BasePage.api_fields,
        APIField("kind"),
        APIField("body"),
        APIField("form_fields"),
        APIField("submit_label"),
    ]

    class Meta:
        verbose_name = "表单页面"
        verbose_name_plural = "表单页面"

    # -- rules -------------------------------------------------------------------

    @property
    def needs_consent(self):
        return self.collects_personal_data or self.kind in PERSONAL_DATA_KINDS

    @cached_property
    def privacy_notice(self):
        if self.privacy_page_id:
            page = Page.objects.live().filter(pk=self.privacy_page_id).first()
            if page:
                return page
        return Page.objects.live().filter(slug="privacy", locale_id=self.locale_id).first()

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        return add_protection_fields(
            form,
            consent_label="我已阅读并同意《个人信息保护说明》，同意本站为处理本次提交收集和使用我填写的个人信息。",
            consent_required=self.needs_consent,
        )

    def get_data_fields(self):
        fields = super().get_data_fields()
        if self.needs_consent:
            fields.append((CONSENT_FIELD, "同意个人信息保护说明"))
        return fields

    def process_form_submission(self, form):
        form.cleaned_data.pop(HONEYPOT_FIELD, None)
        if form.cleaned_data.get(CONSENT_FIELD):
            # Readable in the submissions list and the CSV export (a bare True is not).
            form.cleaned_data[CONSENT_FIELD] = "已同意"
        return super().process_form_submission(form)

    def send_mail(self, form):
        if not self.subject:
            self.subject = f"书香西城：{self.title} 有新的提交"
        super().send_mail(form)

    # -- serving -----------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            response = self.serve_post(request, *args, **kwargs)
        else:
            response = self.render_form(request, self.get_form(page=self, user=request.user))
        # Every form carries a CSRF token and may echo personal data: never cache it.
        patch_vary_headers(response, ["Cookie"])
        add_never_cache_headers(response)
        return response

    def serve_post(self, request, *args, **kwargs):
        if request.POST.get(HONEYPOT_FIELD, "").strip():
            # A bot filled the field people never see: thank it, store nothing.
            ratelimit.record(self.pk, request)
            return self.render_landing_page(request, None, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if ratelimit.is_limited(self.pk, request):
            return self.render_form(request, form, status=429, rate_limited=True)
        if form.is_valid():
            ratelimit.record(self.pk, request)
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission, *args, **kwargs)
        return self.render_form(request, form)

    def render_form(self, request, form, status=200, rate_limited=False):
        context = self.get_context(request)
        limit, window = ratelimit.limits()
        context.update(
            form_context(form),
            rate_limited=rate_limited,
            rate_limit=limit,
            rate_limit_minutes=max(1, window // 60),
        )
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context.update(form_context(context["form"]))
        return context
