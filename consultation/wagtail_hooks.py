"""Admin: messages (答复 group only), answers (through 审核发布), holidays, the deadline panel."""

from django.contrib.auth.decorators import user_passes_test
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import (
    AnswerCreateView,
    AnswerLinkColumn,
    DeadlineColumn,
    QuestionPanel,
    StatusColumn,
)
from .dashboard import DeadlinePanel, can_answer
from .models import Answer, Message, WorkdayOverride


class RepliersOnly:
    """Messages hold personal data: anyone but the 答复 group and superusers gets a plain 403
    page (Wagtail's admin would turn PermissionDenied into a redirect to the dashboard)."""

    def dispatch(self, request, *args, **kwargs):
        if not can_answer(request.user):
            return TemplateResponse(request, "consultation/admin/forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)


def repliers_only(view_class):
    return type(f"RepliersOnly{view_class.__name__}", (RepliersOnly, view_class), {})


class MessageViewSet(ModelViewSet):
    model = Message
    index_view_class = repliers_only(generic.IndexView)
    add_view_class = repliers_only(generic.CreateView)
    edit_view_class = repliers_only(generic.EditView)
    delete_view_class = repliers_only(generic.DeleteView)
    inspect_view_class = repliers_only(generic.InspectView)
    history_view_class = repliers_only(history.HistoryView)
    usage_view_class = repliers_only(usage.UsageView)
    icon = "comment"
    menu_label = "留言"
    url_prefix = "consultation/messages"
    name = "consultation_message"
    inspect_view_enabled = True
    list_filter = ["category", "keep_private", "is_sample"]
    search_fields = ["title", "text"]
    list_per_page = 30
    panels = [
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("title"), FieldPanel("text")], heading="留言"
        ),
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("mobile"), FieldPanel("email")]),
                FieldPanel("keep_private"),
            ],
            heading="留言人（仅答复组可见，不公开）",
        ),
        FieldPanel("received_at"),
        FieldPanel("is_sample"),
    ]
    inspect_view_fields = [
        "category",
        "title",
        "text",
        "name",
        "mobile",
        "email",
        "keep_private",
        "consent_at",
        "received_at",
        "personal_data_purged_at",
    ]

    @property
    def list_display(self):
        return [
            TitleColumn("title", label="标题", url_name=self.get_url_name("edit")),
            Column("category", label="类别", accessor="get_category_display"),
            Column("masked_name", label="留言人"),
            DateColumn("received_at", label="收到"),
            StatusColumn("status", label="状态"),
            DeadlineColumn("deadline", label="答复期限 / 用时"),
            AnswerLinkColumn("answer", label="答复"),
        ]

    def get_queryset(self, request):
        return Message.objects.select_related("answer")


class AnswerViewSet(SnippetViewSet):
    model = Answer
    icon = "comment"
    menu_label = "答复"
    add_view_class = AnswerCreateView
    list_display = [
        "__str__",
        "unit",
        Column("status_label", label="状态"),
        DateColumn("first_published_at", label="答复日期"),
    ]
    search_fields = ["body", "unit"]
    # Search the admin list in the database: the search backend would turn these fields
    # into FTS column filters that do not exist on SQLite (as for books, issue 12).
    search_backend_name = None
    panels = [
        FieldPanel("message"),
        QuestionPanel(heading="居民的问题"),
        FieldPanel("unit"),
        FieldPanel("body"),
    ]

    def get_queryset(self, request):
        return Answer.objects.select_related("message")


class WorkdayOverrideViewSet(SnippetViewSet):
    model = WorkdayOverride
    icon = "date"
    menu_label = "节假日与调休"
    list_display = ["date", "is_workday", "note"]
    panels = [FieldPanel("date"), FieldPanel("is_workday"), FieldPanel("note")]


class ConsultationGroup(ViewSetGroup):
    menu_label = "留言咨询"
    menu_icon = "comment"
    menu_order = 250
    items = (MessageViewSet, AnswerViewSet, WorkdayOverrideViewSet)


# register_snippet (not the register_admin_viewset hook) so the answer and holiday snippets
# are known as soon as hooks load, e.g. to editorial's post_migrate permission grants.
register_snippet(ConsultationGroup)


@hooks.register("construct_homepage_panels")
def add_deadline_panel(request, panels):
    if can_answer(request.user):
        panels.append(DeadlinePanel())


@hooks.register("register_log_actions")
def register_actions(actions):
    actions.register_action(
        "sxc.purge_message_personal_data", "删除留言联系方式", "删除留言联系方式"
    )


@user_passes_test(lambda user: user.is_active and user.has_perm("wagtailadmin.access_admin"))
def statistics_view(request):
    """Monthly counts and working days to answer: aggregates only, for every admin user."""
    from django.conf import settings
    from django.utils import timezone

    from .queries import monthly_statistics

    raw = request.GET.get("year", "")
    year = int(raw) if raw.isdigit() and 2000 <= int(raw) <= 2100 else None
    dates = Message.objects.dates("received_at", "year", order="DESC")
    return TemplateResponse(
        request,
        "consultation/admin/statistics.html",
        {
            "rows": monthly_statistics(year, today=timezone.localdate()),
            "years": [d.year for d in dates],
            "year": year,
            "deadline": getattr(settings, "MESSAGE_ANSWER_DEADLINE_WORKDAYS", 5),
        },
    )


@hooks.register("register_admin_urls")
def statistics_urls():
    return [path("consultation/statistics/", statistics_view, name="consultation_statistics")]


@hooks.register("register_reports_menu_item")
def statistics_menu_item():
    return MenuItem("留言答复统计", reverse("consultation_statistics"), icon_name="table", order=60)
