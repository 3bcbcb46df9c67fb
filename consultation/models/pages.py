"""留言咨询: the public list of answered questions, the ask form (its own URL), a feed."""

from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core import ratelimit
from core.listing import paginate
from core.models import BasePage

from .messages import MessageCategory

RATE_LIMIT_KEY = "consultation-ask"


class ConsultationIndexPage(RoutablePageMixin, BasePage):
    ask_notice = models.TextField(
        "留言须知",
        blank=True,
        max_length=1000,
        help_text="显示在留言表单上方：受理范围、答复时限、不受理的内容。空一行分段。",
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
    per_page = models.PositiveSmallIntegerField(
        "每页条数", default=10, help_text="列表每页显示的留言数，建议 10–20。"
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("ask_notice")]
    settings_panels = [
        *BasePage.settings_panels,
        FieldPanel("privacy_page"),
        FieldPanel("per_page"),
    ]
    api_fields = [*BasePage.api_fields, APIField("ask_notice")]

    class Meta:
        verbose_name = "留言咨询"
        verbose_name_plural = "留言咨询"

    # -- helpers ------------------------------------------------------------------

    def privacy_notice(self):
        if self.privacy_page_id:
            page = Page.objects.live().filter(pk=self.privacy_page_id).first()
            if page:
                return page
        return Page.objects.live().filter(slug="privacy", locale_id=self.locale_id).first()

    def is_empty_section(self):
        """For the health monitor: empty while no answer is public (it has no child pages)."""
        from consultation.models import Message

        return not Message.objects.public_answered().exists()

    def notice_paragraphs(self):
        return [p.strip() for p in self.ask_notice.split("\n\n") if p.strip()]

    def route_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=args)

    # -- the list -----------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from consultation.filters import filter_messages
        from consultation.queries import public_messages, with_response_times

        context = super().get_context(request, *args, **kwargs)
        messages, filters = filter_messages(request, public_messages())
        page_of_messages = paginate(request, messages, per_page=self.per_page or 10)
        page_of_messages.object_list = with_response_times(page_of_messages.object_list)
        context.update(
            messages_page=page_of_messages,
            filters=filters,
            categories=MessageCategory.choices,
            years=self.years(),
            ask_url=self.route_url("ask"),
            feed_url=self.route_url("feed_rss"),
        )
        return context

    def years(self):
        from consultation.models import Message

        dates = Message.objects.public_answered().dates("received_at", "year", order="DESC")
        return [d.year for d in dates]

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("<int:message_id>/", name="message")
    def message_route(self, request, message_id):
        from consultation.queries import public_messages, with_response_times

        message = public_messages().filter(pk=message_id).first()
        if message is None:
            raise Http404(_("没有这条留言，或它尚未公开答复。"))
        context = self.get_context(request)
        context["message"] = with_response_times([message])[0]
        return TemplateResponse(request, "consultation/message_detail.html", context)

    # -- the ask form (never cached: it carries a CSRF token) ---------------------

    @path("ask/", name="ask")
    def ask_route(self, request):
        from consultation.forms import HONEYPOT_FIELD, AskForm

        status, rate_limited = 200, False
        if request.method == "POST":
            form = AskForm(request.POST)
            if request.POST.get(HONEYPOT_FIELD, "").strip():
                ratelimit.record(RATE_LIMIT_KEY, request)
                return redirect(self.route_url("ask_done"))
            if ratelimit.is_limited(RATE_LIMIT_KEY, request):
                status, rate_limited = 429, True
            elif form.is_valid():
                ratelimit.record(RATE_LIMIT_KEY, request)
                form.save()
                return redirect(self.route_url("ask_done"))
            else:
                status = 400
        else:
            form = AskForm()
        from consultation.workdays import deadline_workdays

        limit, window = ratelimit.limits()
        context = self.get_context_for_form(request)
        context["deadline_workdays"] = deadline_workdays()
        context.update(
            form=form,
            visible_fields=form.visible_fields_without_protection(),
            honeypot_field=form[HONEYPOT_FIELD],
            consent_field=form["consent"],
            rate_limited=rate_limited,
            rate_limit=limit,
            rate_limit_minutes=max(1, window // 60),
            privacy=self.privacy_notice(),
        )
        response = TemplateResponse(request, "consultation/ask.html", context, status=status)
        patch_vary_headers(response, ["Cookie"])
        add_never_cache_headers(response)
        return response

    def get_context_for_form(self, request):
        return {"page": self, "self": self, "request": request}

    @path("ask/done/", name="ask_done")
    def ask_done_route(self, request):
        from consultation.workdays import deadline_workdays

        context = self.get_context_for_form(request)
        context["deadline_workdays"] = deadline_workdays()
        return TemplateResponse(request, "consultation/ask_done.html", context)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from consultation.feeds import AnsweredMessagesFeed

        return AnsweredMessagesFeed(index=self)(request)
